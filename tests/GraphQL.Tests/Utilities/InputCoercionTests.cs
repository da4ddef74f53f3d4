using System.Text.Json;
using GraphQL.Execution;
using GraphQL.Language;
using GraphQL.Types;
using GraphQL.Utilities;

namespace GraphQL.Tests.Utilities;

// Expected responses were produced by graphql-js 17 graphqlSync on the same schema, document and variables.
public sealed class InputCoercionTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        input In { a: Int! b: [String!] c: In2 }
        input In2 @oneOf { x: Int y: String }
        enum Color { RED GREEN }
        type Query { f(i: Int, in: In, c: Color, l: [Int!]): String, g(x: Int! = 3): Int }
        """)
        .Resolve("Query", "f", ctx => JsonSerializer.Serialize(ctx.Arguments))
        .Resolve("Query", "g", ctx => ctx.ArgumentValue<int>("x"))
        .Build();

    public static TheoryData<string, string, string> Cases => new()
    {
        {
            "query($v: In) { f(in: $v) }",
            """{"v": {"a": 1.5, "b": ["x", 2], "c": {"x": 1, "y": "2"}, "z": 1}}""",
            """{"errors":[{"message":"Variable \"$v\" has invalid value at .a: Int cannot represent non-integer value: 1.5","locations":[{"line":1,"column":7}],"extensions":{"code":"BAD_USER_INPUT"}},{"message":"Variable \"$v\" has invalid value at .b[1]: String cannot represent a non string value: 2","locations":[{"line":1,"column":7}],"extensions":{"code":"BAD_USER_INPUT"}},{"message":"Variable \"$v\" has invalid value at .c: Within OneOf Input Object type \"In2\", exactly one field must be specified, and the value for that field must be non-null.","locations":[{"line":1,"column":7}],"extensions":{"code":"BAD_USER_INPUT"}},{"message":"Variable \"$v\" has invalid value: Expected value of type \"In\" not to include unknown field \"z\". Did you mean \"a\", \"b\", or \"c\"? Found: { a: 1.5, b: [\"x\", 2], c: { x: 1, y: \"2\" }, z: 1 }.","locations":[{"line":1,"column":7}],"extensions":{"code":"BAD_USER_INPUT"}}]}"""
        },
        {
            "query($v: In!) { f(in: $v) }",
            "{}",
            """{"errors":[{"message":"Variable \"$v\" has invalid value: Expected a value of non-null type \"In!\" to be provided.","locations":[{"line":1,"column":7}],"extensions":{"code":"BAD_USER_INPUT"}}]}"""
        },
        {
            "query($v: Int) { f(i: $v) }",
            """{"v": 2147483648}""",
            """{"errors":[{"message":"Variable \"$v\" has invalid value: Int cannot represent non 32-bit signed integer value: 2147483648","locations":[{"line":1,"column":7}],"extensions":{"code":"BAD_USER_INPUT"}}]}"""
        },
        {
            "query($v: Color) { f(c: $v) }",
            """{"v": "REDD"}""",
            """{"errors":[{"message":"Variable \"$v\" has invalid value: Value \"REDD\" does not exist in \"Color\" enum. Did you mean the enum value \"RED\"?","locations":[{"line":1,"column":7}],"extensions":{"code":"BAD_USER_INPUT"}}]}"""
        },
        {
            "query($v: [Int!]) { f(l: $v) }",
            """{"v": [1, null]}""",
            """{"errors":[{"message":"Variable \"$v\" has invalid value at [1]: Expected value of non-null type \"Int!\" not to be null.","locations":[{"line":1,"column":7}],"extensions":{"code":"BAD_USER_INPUT"}}]}"""
        },
        {
            "query($v: Int) { g(x: $v) }",
            "{}",
            """{"data":{"g":3}}"""
        },
        {
            "query($v: Int) { g(x: $v) }",
            """{"v": null}""",
            """{"errors":[{"message":"Argument \"Query.g(x:)\" has invalid value: Expected variable \"$v\" provided to non-null type \"Int!\" not to be null.","locations":[{"line":1,"column":23}],"path":["g"]}],"data":{"g":null}}"""
        },
        {
            "query($v: In) { f(in: $v) }",
            """{"v": "str"}""",
            """{"errors":[{"message":"Variable \"$v\" has invalid value: Expected value of type \"In\" to be an object, found: \"str\".","locations":[{"line":1,"column":7}],"extensions":{"code":"BAD_USER_INPUT"}}]}"""
        },
        {
            "query($v: [Int!]) { f(l: $v) }",
            """{"v": 7}""",
            """{"data":{"f":"{\"l\":[7]}"}}"""
        },
        {
            "{ f(in: {a: 1, c: {y: \"s\"}}) }",
            "{}",
            """{"data":{"f":"{\"in\":{\"a\":1,\"c\":{\"y\":\"s\"}}}"}}"""
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Coerces_inputs_with_graphql_js_messages(string query, string variables, string expected)
    {
        var result = await Executor.ExecuteAsync(Schema, Parser.Parse(query), new ExecutionOptions
        {
            Variables = GraphQLRequest.ToDictionary(JsonDocument.Parse(variables).RootElement),
        });
        var json = result.ToJson();
        Assert.Equal(expected, json);
    }

    [Fact]
    public void Literal_errors_carry_the_path_inside_the_value()
    {
        var type = (InputObjectType)Schema.GetType("In")!;
        var errors = new List<string>();
        InputCoercion.CoerceInputLiteral(Parser.ParseValue("{a: \"x\", b: [\"ok\", 1]}"), type, null, (error, path) =>
            errors.Add(VariableValues.PrintPath(path) + ": " + error.Message));
        Assert.Equal(
            [" at .a: Int cannot represent non-integer value: \"x\"", " at .b[1]: String cannot represent a non string value: 1"],
            errors);
    }

    [Fact]
    public void Ast_from_value_prints_inputs_of_every_kind()
    {
        var type = (InputObjectType)Schema.GetType("In")!;
        var value = new Dictionary<string, object?> { ["a"] = 1, ["b"] = new List<object?> { "x", null }, ["c"] = new Dictionary<string, object?> { ["x"] = 2 } };
        Assert.Equal("{ a: 1, b: [\"x\"], c: { x: 2 } }", Printer.Print(AstFromValue.From(value, type)!));
        Assert.Equal("RED", Printer.Print(AstFromValue.From("RED", Schema.GetType("Color")!)!));
        Assert.Null(AstFromValue.From(null, new NonNullType(Scalars.Int)));
        Assert.Equal("1", Printer.Print(AstFromValue.From(1, new ListType(Scalars.Int))!));
    }

    [Fact]
    public void Type_from_ast_resolves_wrapped_types()
    {
        Assert.Equal("[In!]", TypeFromAst.From(Schema, Parser.ParseType("[In!]"))!.ToString());
        Assert.Null(TypeFromAst.From(Schema, Parser.ParseType("[Missing]")));
    }

    [Theory]
    [InlineData("abc", "\"abc\"")]
    [InlineData(1.5, "1.5")]
    [InlineData(1e21, "1e+21")]
    [InlineData(true, "true")]
    public void Inspects_values_as_javascript_does(object value, string expected) => Assert.Equal(expected, Inspector.Inspect(value));

    [Fact]
    public void Suggests_close_names()
    {
        Assert.Equal(["RED"], Suggestions.List("REDD", ["RED", "GREEN"]));
        Assert.Equal(" Did you mean \"a\", \"b\", or \"c\"?", Suggestions.DidYouMean(["a", "b", "c"]));
    }
}
