using System.Globalization;
using System.Text;
using System.Text.Json;
using GraphQL.Error;
using GraphQL.Execution;
using GraphQL.Http;
using GraphQL.Types;

namespace GraphQL.Tests.Conformance;

/// <summary>
/// The shared conformance schema (schema.graphql) with resolvers that behave like those of
/// tests/conformance/differential.mjs: fields read the JSON data, <c>echo</c> returns its coerced arguments as
/// canonical JSON, <c>boom</c> fields throw.
/// </summary>
internal static class ConformanceSchema
{
    public static string Sdl { get; } = File.ReadAllText(Path.Combine(NodeScripts.ConformanceFolder, "schema.graphql"));

    /// <summary>The root value: data.json read into dictionaries and lists.</summary>
    public static IReadOnlyDictionary<string, object?> Data { get; } = ReadJsonObject(File.ReadAllBytes(Path.Combine(NodeScripts.ConformanceFolder, "data.json")))!;

    public static Schema Build()
    {
        var builder = SchemaBuilder.FromSdl(Sdl)
            // graphql-js gives custom scalars identity coercion; these two mirror it.
            .AddScalar(new DelegateScalarType("DateTime"))
            .AddScalar(new DelegateScalarType("Long"))
            .Resolve("Query", "echo", context => CanonicalJson(context.Arguments))
            .Resolve("Query", "boom", Boom)
            .Resolve("Query", "boomRequired", Boom);
        foreach (var abstractType in new[] { "Node", "Entity", "Pet", "CatOrDog", "Being" })
        {
            builder.ResolveType(abstractType, (value, _) => ((IReadOnlyDictionary<string, object?>)value)["__typename"] as string);
        }

        return builder.Build();
    }

    public static RequestExecutor CreateExecutor(Schema schema) => new(schema, new RequestExecutorOptions
    {
        Validate = (s, document) => GraphQL.Validation.DocumentValidator.Validate(s, document),
    });

    public static IReadOnlyDictionary<string, object?>? ReadJsonObject(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        return JsonValueReader.ReadObject(ref reader);
    }

    /// <summary>JSON with object keys sorted, numbers and strings written as JavaScript's JSON.stringify does.</summary>
    public static string CanonicalJson(object? value)
    {
        var text = new StringBuilder();
        Write(text, value);
        return text.ToString();
    }

    private static object? Boom(IResolverContext context) => throw new GraphQLException(new GraphQLError("Boom."));

    private static void Write(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case bool b:
                text.Append(b ? "true" : "false");
                break;
            case string s:
                WriteString(text, s);
                break;
            case int or long or short or byte:
                text.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            case double or float or decimal:
                // JSON.stringify writes -0 as 0.
                var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                text.Append(number == 0 ? "0" : number.ToString("R", CultureInfo.InvariantCulture));
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                text.Append('{');
                var first = true;
                foreach (var (key, item) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    text.Append(first ? "" : ",");
                    first = false;
                    WriteString(text, key);
                    text.Append(':');
                    Write(text, item);
                }

                text.Append('}');
                break;
            case System.Collections.IEnumerable list:
                text.Append('[');
                var firstItem = true;
                foreach (var item in list)
                {
                    text.Append(firstItem ? "" : ",");
                    firstItem = false;
                    Write(text, item);
                }

                text.Append(']');
                break;
            default:
                WriteString(text, Convert.ToString(value, CultureInfo.InvariantCulture)!);
                break;
        }
    }

    private static void WriteString(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case < ' ': text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: text.Append(c); break;
            }
        }

        text.Append('"');
    }
}
