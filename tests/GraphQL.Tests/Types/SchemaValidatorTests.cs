using GraphQL.Types;

namespace GraphQL.Tests.Types;

// Each SDL and its messages come from graphql-js 17 validateSchema(buildSchema(sdl, { assumeValidSDL: true })).
public sealed class SchemaValidatorTests
{
    public static TheoryData<string, string[]> Cases => new()
    {
        { "type Query { a: Int } type Mutation { b: Int } schema { query: Query mutation: Query }", ["All root types must be different, \"Query\" type is used as query and mutation root types."] },
        { "type Query { __a: Int }", ["Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection."] },
        { "type Query { a: I } interface I { x: Int } type T implements I { y: Int }", ["Interface field I.x expected but T does not provide it."] },
        { "type Query { a: I } interface I { x: Int } type T implements I { x: String }", ["Interface field I.x expects type Int but T.x is type String."] },
        { "type Query { a: I } interface I { x(a: Int): Int } type T implements I { x: Int }", ["Interface field argument I.x(a:) expected but T.x does not provide it."] },
        { "type Query { a: I } interface I { x(a: Int): Int } type T implements I { x(a: String): Int }", ["Interface field argument I.x(a:) expects type Int but T.x(a:) is type String."] },
        { "type Query { a: I } interface I { x: Int } type T implements I { x(b: Int!): Int }", ["Argument \"T.x(b:)\" must not be required type \"Int!\" if not provided by the Interface field \"I.x\"."] },
        { "type Query { a: J } interface I { x: Int } interface J implements I { x: Int } type T implements J { x: Int }", ["Type T must implement I because it is implemented by J."] },
        { "type Query { a: I } interface I { x: Int } type T implements I { x: Int @deprecated }", ["Interface field I.x is not deprecated, so implementation field T.x must not be deprecated."] },
        { "type Query { a(x: A): Int } input A { b: B! } input B { a: A! }", ["Input Object A cannot be provided a finite value because it references itself through fields: A.b, B.a."] },
        { "type Query { a(x: A): Int } input A @oneOf { b: Int! c: String = \"x\" }", ["OneOf input field A.b must be nullable.", "OneOf input field A.c cannot have a default value."] },
        { "type Query { a(x: Int! @deprecated): Int }", ["Required argument Query.a(x:) cannot be deprecated."] },
        { "type Query { a(x: A): Int } input A { b: Int! @deprecated }", ["Required input field A.b cannot be deprecated."] },
        { "type Query { a(x: Int = \"s\"): Int }", ["Query.a(x:) has invalid default value: Int cannot represent non-integer value: \"s\""] },
        { "type Query { a: Int } directive @d on FIELD directive @__e on FIELD", ["Name \"__e\" must not begin with \"__\", which is reserved by GraphQL introspection."] },
        { "type Query { a: [I!]! } interface I { x: Int } type T implements I { x: Int! }", [] },
        { "type Query { a: Int } enum E { __A }", ["Name \"__A\" must not begin with \"__\", which is reserved by GraphQL introspection."] },
        { "type Query { a(x: A): Int } input A @oneOf { b: A c: Int }", [] },
        { "type Query { a(x: A): Int } input A @oneOf { b: A }", ["Input Object A cannot be provided a finite value because it references itself through fields: A.b."] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_type_system_errors_like_graphql_js(string sdl, string[] expected)
    {
        var schema = SchemaBuilder.FromSdl(sdl).Build();
        Assert.Equal(expected, schema.ValidationErrors.Select(e => e.Message).ToArray());
    }

    [Fact]
    public void A_schema_without_query_type_is_invalid()
    {
        var schema = new Schema(new SchemaConfig { Mutation = new ObjectType("Mutation") });
        Assert.Contains("Query root type must be provided.", schema.ValidationErrors.Select(e => e.Message));
    }

    [Fact]
    public void Code_built_types_are_checked_too()
    {
        var query = new ObjectType("Query");
        query.AddField("a", Scalars.Int);
        var empty = new ObjectType("Empty");
        var union = new UnionType("Nothing");
        query.AddField("e", empty);
        query.AddField("u", union);
        var schema = new Schema(query);
        Assert.Equal(
            ["Type Empty must define one or more fields.", "Union type Nothing must define one or more member types."],
            schema.ValidationErrors.Select(e => e.Message).ToArray());
    }
}
