using GraphQL.Types;

namespace GraphQL.Tests.Types;

public sealed class SchemaPrinterTests
{
    // The committed snapshots were produced by graphql-js 17 printSchema(buildSchema(sdl)) from the same SDL.
    [Theory]
    [InlineData("kitchen")]
    [InlineData("simple")]
    public void Prints_sdl_schemas_as_graphql_js_does(string name)
    {
        var schema = SchemaBuilder.FromSdl(Snapshot.Read("Schemas/" + name + ".graphql")).Build();
        Snapshot.Match(SchemaPrinter.Print(schema), "Snapshots/" + name + ".graphql");
    }

    [Fact]
    public void Printing_is_stable_through_a_round_trip()
    {
        var printed = SchemaPrinter.Print(SchemaBuilder.FromSdl(Snapshot.Read("Schemas/kitchen.graphql")).Build());
        Assert.Equal(printed, SchemaPrinter.Print(SchemaBuilder.FromSdl(printed).Build()));
    }

    [Fact]
    public void Omits_the_schema_definition_for_default_root_names_and_built_ins()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: String } type Mutation { b: Int }").Build();
        Assert.Equal("type Query {\n  a: String\n}\n\ntype Mutation {\n  b: Int\n}", SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Prints_code_built_defaults_through_ast_from_value()
    {
        var query = new ObjectType("Query");
        var field = query.AddField("f", Scalars.String);
        var argument = new ArgumentDefinition("list", new ListType(Scalars.Int));
        argument.SetDefaultValue(new List<object?> { 1, 2 });
        field.AddArgument(argument);
        var text = new ArgumentDefinition("text", Scalars.String) { Description = "multi\nline" };
        text.SetDefaultValue("x");
        field.AddArgument(text);
        Assert.Equal(
            "type Query {\n  f(\n    list: [Int] = [1, 2]\n\n    \"\"\"\n    multi\n    line\n    \"\"\"\n    text: String = \"x\"\n  ): String\n}",
            SchemaPrinter.Print(new Schema(query)));
    }
}
