using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using GraphQL.Error;
using GraphQL.Execution;
using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;
using GraphQL.Validation;

namespace Bench.Engine;

/// <summary>The engine's core operations, one request at a time: µs per operation and bytes allocated.</summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private const string SmallQueryWithFragments = """
        query Small {
          dog { ...DogParts }
          human { ...HumanParts }
        }
        fragment DogParts on Dog { id name barkVolume owner { ...HumanParts } }
        fragment HumanParts on Human { id name pets { name ... on Cat { lives } } }
        """;

    private readonly ArrayBufferWriter<byte> _output = new(64 * 1024);
    private Schema _schema = null!;
    private DocumentNode _kitchenSink = null!;
    private RequestExecutor _threeFields = null!;
    private RequestExecutor _conformance = null!;
    private RequestContext _data = null!;
    private Utf8JsonWriter _writer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _schema = BenchDocuments.BuildSchema();
        _kitchenSink = Parser.Parse(BenchDocuments.KitchenSink);
        _threeFields = BenchDocuments.CreateExecutor(SchemaBuilder.FromSdl("type Query { a: String b: String c: String }")
            .Resolve("Query", "a", _ => "alpha")
            .Resolve("Query", "b", _ => "beta")
            .Resolve("Query", "c", _ => "gamma")
            .Build());
        _conformance = BenchDocuments.CreateExecutor(_schema);
        _data = new RequestContext { RootValue = BenchDocuments.Data };
        _writer = new Utf8JsonWriter(_output);
        if (DocumentValidator.Validate(_schema, _kitchenSink).Count > 0)
        {
            throw new InvalidOperationException("The kitchen sink must be valid, or validation stops early.");
        }
    }

    [Benchmark(Description = "parse kitchen sink")]
    public DocumentNode ParseKitchenSink() => Parser.Parse(BenchDocuments.KitchenSink);

    [Benchmark(Description = "validate kitchen sink")]
    public IReadOnlyList<GraphQLError> ValidateKitchenSink() => DocumentValidator.Validate(_schema, _kitchenSink);

    [Benchmark(Description = "execute { a b c } + JSON")]
    public ValueTask<int> ExecuteThreeFields() => ExecuteAsync(_threeFields, "{ a b c }", null);

    [Benchmark(Description = "execute small query with fragments + JSON")]
    public ValueTask<int> ExecuteSmallQueryWithFragments() => ExecuteAsync(_conformance, SmallQueryWithFragments, _data);

    [Benchmark(Description = "execute introspection query + JSON")]
    public ValueTask<int> ExecuteIntrospection() => ExecuteAsync(_conformance, BenchDocuments.IntrospectionQuery, null);

    // A request as the server runs it: document cache lookup, execution, the response written as JSON.
    private async ValueTask<int> ExecuteAsync(RequestExecutor executor, string query, RequestContext? context)
    {
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = query }, context);
        if (result.Errors is not null)
        {
            throw new InvalidOperationException(result.Errors[0].Message);
        }

        _output.ResetWrittenCount();
        _writer.Reset(_output);
        result.WriteTo(_writer);
        _writer.Flush();
        return _output.WrittenCount;
    }
}

/// <summary>Parse and validation time against document size: 1, 10 and 100 kitchen sinks in one document.</summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private static readonly ParserOptions Unlimited = new();
    private Schema _schema = null!;
    private string _document = null!;

    [Params(1, 10, 100)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _schema = BenchDocuments.BuildSchema();
        _document = BenchDocuments.RepeatedKitchenSink(Copies);
        if (DocumentValidator.Validate(_schema, Parser.Parse(_document, Unlimited)).Count > 0)
        {
            throw new InvalidOperationException("The repeated kitchen sink must be valid.");
        }
    }

    [Benchmark(Description = "parse + validate")]
    public int ParseAndValidate() => DocumentValidator.Validate(_schema, Parser.Parse(_document, Unlimited)).Count;
}
