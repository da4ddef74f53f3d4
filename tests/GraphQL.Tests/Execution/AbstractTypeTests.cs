using GraphQL.Execution;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Tests.Execution;

// Expected responses come from graphql-js 17 on the same schema, resolveType functions and root value.
public sealed class AbstractTypeTests
{
    private const string Sdl = """
        interface Pet { name: String }
        type Dog implements Pet { name: String barks: Boolean }
        type Cat implements Pet { name: String meows: Boolean }
        type Rock { name: String }
        union Thing = Dog | Cat
        type Query { pets: [Pet] things: [Thing] bad: Pet wrong: Pet }
        """;

    private static Dictionary<string, object?> Pet(string? kind, string name) => new() { ["kind"] = kind, ["name"] = name, ["barks"] = true, ["meows"] = false };

    private static readonly Dictionary<string, object?> Root = new()
    {
        ["pets"] = new List<object?> { Pet("Dog", "a"), Pet("Cat", "b") },
        ["things"] = new List<object?> { Pet("Cat", "c") },
        ["bad"] = Pet(null, "x"),
        ["wrong"] = Pet("Rock", "r"),
    };

    private static Schema BuildSchema() => SchemaBuilder.FromSdl(Sdl)
        .ResolveType("Pet", (value, _) => (string?)((Dictionary<string, object?>)value)["kind"])
        .ResolveType("Thing", (value, _) => (string?)((Dictionary<string, object?>)value)["kind"])
        .Build();

    [Theory]
    [InlineData(
        "{ pets { __typename name ... on Dog { barks } ... on Cat { meows } } things { ... on Cat { name } } }",
        """{"data":{"pets":[{"__typename":"Dog","name":"a","barks":true},{"__typename":"Cat","name":"b","meows":false}],"things":[{"name":"c"}]}}""")]
    [InlineData(
        "{ bad { name } }",
        """{"errors":[{"message":"Abstract type \"Pet\" must resolve to an Object type at runtime for field \"Query.bad\". Either the \"Pet\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.","locations":[{"line":1,"column":3}],"path":["bad"]}],"data":{"bad":null}}""")]
    [InlineData(
        "{ wrong { name } }",
        """{"errors":[{"message":"Runtime Object type \"Rock\" is not a possible type for \"Pet\".","locations":[{"line":1,"column":3}],"path":["wrong"]}],"data":{"wrong":null}}""")]
    public async Task Resolves_runtime_types_like_graphql_js(string query, string expected)
    {
        var result = await Executor.ExecuteAsync(BuildSchema(), Parser.Parse(query), new ExecutionOptions { RootValue = Root });
        Assert.Equal(expected, result.ToJson());
    }

    private sealed record Dog(string Name, bool Barks);

    private sealed record Cat(string Name, bool Meows);

    [Fact]
    public async Task Falls_back_to_is_type_of_and_clr_type_bindings()
    {
        var schema = SchemaBuilder.FromSdl(Sdl)
            .BindRuntimeType("Dog", typeof(Dog))
            .Resolve("Query", "pets", _ => new List<object> { new Dog("rex", true), new Cat("tom", false) })
            .Build();
        ((ObjectType)schema.GetType("Cat")!).IsTypeOf = (value, _) => value is Cat;
        var result = await Executor.ExecuteAsync(schema, Parser.Parse("{ pets { __typename name } }"));
        Assert.Equal("""{"data":{"pets":[{"__typename":"Dog","name":"rex"},{"__typename":"Cat","name":"tom"}]}}""", result.ToJson());
    }

    [Fact]
    public async Task Is_type_of_rejects_values_of_other_types()
    {
        var schema = SchemaBuilder.FromSdl("type Query { dog: Dog } type Dog { name: String }")
            .Resolve("Query", "dog", _ => "not a dog")
            .Build();
        ((ObjectType)schema.GetType("Dog")!).IsTypeOf = (value, _) => value is Dog;
        var result = await Executor.ExecuteAsync(schema, Parser.Parse("{ dog { name } }"));
        Assert.Equal(
            """{"errors":[{"message":"Expected value of type \"Dog\" but got: \"not a dog\".","locations":[{"line":1,"column":3}],"path":["dog"]}],"data":{"dog":null}}""",
            result.ToJson());
    }
}
