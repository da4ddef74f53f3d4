using System.Text.Json;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;

namespace Bench.Engine;

/// <summary>The benchmarks' documents, schema and data, embedded in the assembly.</summary>
public static class BenchDocuments
{
    public static string KitchenSink { get; } = Read("kitchen-sink.graphql");

    public static string IntrospectionQuery { get; } = Read("introspection-query.graphql");

    public static string SchemaSdl { get; } = Read("schema.graphql");

    /// <summary>The conformance schema (interfaces, unions, inputs, custom scalars) the kitchen sink validates against.</summary>
    public static Schema BuildSchema()
    {
        var builder = SchemaBuilder.FromSdl(SchemaSdl);
        foreach (var abstractType in new[] { "Node", "Entity", "Pet", "CatOrDog", "Being" })
        {
            builder.ResolveType(abstractType, (value, _) => ((IReadOnlyDictionary<string, object?>)value)["__typename"] as string);
        }

        return builder.Build();
    }

    /// <summary>The data the conformance schema's default resolvers read, as dictionaries and lists.</summary>
    public static IReadOnlyDictionary<string, object?> Data { get; } = (IReadOnlyDictionary<string, object?>)ToClr(JsonDocument.Parse(Read("data.json")).RootElement)!;

    /// <summary>An executor validating with the specified rules and caching documents, as the server runs it.</summary>
    public static RequestExecutor CreateExecutor(Schema schema) => new(schema, new RequestExecutorOptions
    {
        Validate = (s, document) => DocumentValidator.Validate(s, document),
    });

    /// <summary><paramref name="copies"/> copies of the kitchen sink with their operations and fragments renamed apart.</summary>
    public static string RepeatedKitchenSink(int copies) => string.Concat(Enumerable.Range(0, copies).Select(i => KitchenSink
        .Replace("KitchenSink(", $"KitchenSink{i}(", StringComparison.Ordinal)
        .Replace("Rename(", $"Rename{i}(", StringComparison.Ordinal)
        .Replace("OnPet {", $"OnPet{i} {{", StringComparison.Ordinal)
        .Replace("PetSummary", $"PetSummary{i}", StringComparison.Ordinal)
        .Replace("DogDetails", $"DogDetails{i}", StringComparison.Ordinal)
        .Replace("HumanDetails", $"HumanDetails{i}", StringComparison.Ordinal)));

    private static string Read(string name)
    {
        using var stream = typeof(BenchDocuments).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded document {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static object? ToClr(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => ToClr(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => element.EnumerateArray().Select(ToClr).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt32(out var i) ? i : element.TryGetInt64(out var l) ? l : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
