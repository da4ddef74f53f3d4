using System.Text.Json;
using GraphQL.Execution;
using GraphQL.Language;
using GraphQL.Tests.Types;
using GraphQL.Types;

namespace GraphQL.Tests.Introspection;

public sealed class IntrospectionTests
{
    private static string Query => Snapshot.Read("IntrospectionQuery.graphql");

    // The snapshot is graphql-js 17's response to getIntrospectionQuery (all options) on the same SDL.
    [Fact]
    public async Task Full_introspection_matches_graphql_js()
    {
        var schema = SchemaBuilder.FromSdl(Snapshot.Read("../Types/Schemas/kitchen.graphql")).Build();
        var result = await Executor.ExecuteAsync(schema, Parser.Parse(Query));
        Snapshot.Match(result.ToJson(), "Snapshots/kitchen.json");
    }

    [Fact]
    public async Task Type_lookup_and_wrapping_types()
    {
        var schema = SchemaBuilder.FromSdl("type Query { list: [String!] }").Build();
        var result = await Executor.ExecuteAsync(schema, Parser.Parse(
            "{ __type(name: \"Query\") { name kind fields { type { kind ofType { kind ofType { name } } } } } missing: __type(name: \"Nope\") { name } }"));
        Assert.Equal(
            "{\"data\":{\"__type\":{\"name\":\"Query\",\"kind\":\"OBJECT\",\"fields\":[{\"type\":{\"kind\":\"LIST\",\"ofType\":{\"kind\":\"NON_NULL\",\"ofType\":{\"name\":\"String\"}}}}]},\"missing\":null}}",
            result.ToJson());
    }

    [Fact]
    public async Task Deprecated_members_are_hidden_unless_asked_for()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { a(x: Int @deprecated, y: Int): Int b: Int @deprecated(reason: "no") e: E i(v: I): Int }
            enum E { ONE TWO @deprecated }
            input I { p: Int q: Int @deprecated }
            """).Build();
        var json = (await Executor.ExecuteAsync(schema, Parser.Parse("""
            {
              q: __type(name: "Query") { fields { name args { name } } all: fields(includeDeprecated: true) { name isDeprecated deprecationReason args(includeDeprecated: true) { name isDeprecated } } }
              e: __type(name: "E") { enumValues { name } all: enumValues(includeDeprecated: true) { name } }
              i: __type(name: "I") { inputFields { name } all: inputFields(includeDeprecated: true) { name } }
            }
            """))).ToJson();
        using var document = JsonDocument.Parse(json);
        var data = document.RootElement.GetProperty("data");
        Assert.Equal("[{\"name\":\"a\",\"args\":[{\"name\":\"y\"}]},{\"name\":\"e\",\"args\":[]},{\"name\":\"i\",\"args\":[{\"name\":\"v\"}]}]", data.GetProperty("q").GetProperty("fields").GetRawText());
        Assert.Equal(4, data.GetProperty("q").GetProperty("all").GetArrayLength());
        Assert.Equal("no", data.GetProperty("q").GetProperty("all")[1].GetProperty("deprecationReason").GetString());
        Assert.Equal(2, data.GetProperty("q").GetProperty("all")[0].GetProperty("args").GetArrayLength());
        Assert.Equal(1, data.GetProperty("e").GetProperty("enumValues").GetArrayLength());
        Assert.Equal(2, data.GetProperty("e").GetProperty("all").GetArrayLength());
        Assert.Equal(1, data.GetProperty("i").GetProperty("inputFields").GetArrayLength());
        Assert.Equal(2, data.GetProperty("i").GetProperty("all").GetArrayLength());
    }

    [Fact]
    public async Task Typename_is_available_on_unions_and_introspection_types()
    {
        var schema = SchemaBuilder.FromSdl("type Query { u: U } union U = A type A { x: Int }")
            .Resolve("Query", "u", _ => new Dictionary<string, object?> { ["__typename"] = "A", ["x"] = 1 })
            .Build();
        var json = (await Executor.ExecuteAsync(schema, Parser.Parse("{ u { __typename ... on A { x } } __schema { __typename queryType { __typename } } }"))).ToJson();
        Assert.Equal("{\"data\":{\"u\":{\"__typename\":\"A\",\"x\":1},\"__schema\":{\"__typename\":\"__Schema\",\"queryType\":{\"__typename\":\"__Type\"}}}}", json);
    }
}
