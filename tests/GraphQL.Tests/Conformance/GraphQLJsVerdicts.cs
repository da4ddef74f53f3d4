using System.Text;
using System.Text.Json;
using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Tests.Conformance;

/// <summary>
/// graphql-js 17's verdicts on the whole corpus and on our introspection, from one run of
/// tests/conformance/differential.mjs shared by the differential tests.
/// </summary>
public sealed class GraphQLJsVerdicts : IAsyncLifetime
{
    public static string CorpusFolder => Path.Combine(NodeScripts.ConformanceFolder, "corpus");

    internal Schema Schema { get; } = ConformanceSchema.Build();

    internal RequestExecutor Executor { get; private set; } = null!;

    /// <summary>Each document's verdict by its corpus-relative name (e.g. <c>validation/ScalarLeafs/invalid-01.graphql</c>).</summary>
    public IReadOnlyDictionary<string, JsonElement> Documents { get; private set; } = new Dictionary<string, JsonElement>();

    /// <summary>graphql-js's <c>printSchema(buildSchema(schema.graphql))</c>.</summary>
    public string SchemaSdl { get; private set; } = "";

    /// <summary>graphql-js's <c>printSchema(buildClientSchema(our introspection))</c>, or its error.</summary>
    public JsonElement Introspection { get; private set; }

    /// <summary>Our introspection result as JSON.</summary>
    public string OurIntrospection { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Executor = ConformanceSchema.CreateExecutor(Schema);
        var query = await File.ReadAllTextAsync(Path.Combine(NodeScripts.ConformanceFolder, "introspection-query.graphql"));
        var introspection = await Executor.ExecuteAsync(new GraphQLRequest { Query = query });
        OurIntrospection = introspection.ToJson();

        var folder = Directory.CreateTempSubdirectory("graphql-differential-");
        try
        {
            var introspectionPath = Path.Combine(folder.FullName, "introspection.json");
            await File.WriteAllTextAsync(introspectionPath, OurIntrospection, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            var requestPath = Path.Combine(folder.FullName, "request.json");
            await File.WriteAllTextAsync(requestPath, JsonSerializer.Serialize(new
            {
                schema = Path.Combine(NodeScripts.ConformanceFolder, "schema.graphql"),
                corpus = CorpusFolder,
                data = Path.Combine(NodeScripts.ConformanceFolder, "data.json"),
                introspection = introspectionPath,
            }));

            var output = await NodeScripts.RunAsync("differential.mjs", [requestPath], TimeSpan.FromMinutes(2));
            var root = JsonDocument.Parse(output).RootElement;
            Documents = root.GetProperty("documents").EnumerateArray().ToDictionary(d => d.GetProperty("name").GetString()!);
            Introspection = root.GetProperty("introspection");
            SchemaSdl = root.GetProperty("schemaSdl").GetString()!;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The document's text, decoded without dropping a byte order mark.</summary>
    public static string ReadDocument(string name) => Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(CorpusFolder, name)));

    /// <summary>The document's variables from its <c>.variables.json</c> sidecar, if any.</summary>
    public static IReadOnlyDictionary<string, object?>? ReadVariables(string name)
    {
        var path = Path.Combine(CorpusFolder, Path.ChangeExtension(name, ".variables.json"));
        return File.Exists(path) ? ConformanceSchema.ReadJsonObject(File.ReadAllBytes(path)) : null;
    }
}
