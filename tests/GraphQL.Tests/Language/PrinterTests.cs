using System.Runtime.CompilerServices;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Tests.Language;

// The *.printed.graphql files are graphql-js 17.1's print(parse(...)) of the kitchen-sink documents.
public class PrinterTests
{
    private static string Fixture(string name, [CallerFilePath] string here = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(here)!, "Fixtures", name));

    [Theory]
    [InlineData("kitchen-sink")]
    [InlineData("schema-kitchen-sink")]
    public void Prints_the_kitchen_sink_exactly_as_graphql_js(string name)
    {
        var printed = Printer.Print(Parser.Parse(Fixture(name + ".graphql")));

        Assert.Equal(Fixture(name + ".printed.graphql"), printed);
    }

    [Theory]
    [InlineData("kitchen-sink")]
    [InlineData("schema-kitchen-sink")]
    public void Printing_is_a_fixed_point(string name)
    {
        var printed = Printer.Print(Parser.Parse(Fixture(name + ".graphql")));

        Assert.Equal(printed, Printer.Print(Parser.Parse(printed)));
    }

    [Theory]
    [InlineData("query { a }", "{\n  a\n}")]
    [InlineData("query Q { a }", "query Q {\n  a\n}")]
    [InlineData("query @d { a }", "query @d {\n  a\n}")]
    [InlineData("mutation { a }", "mutation {\n  a\n}")]
    [InlineData("{ a(x: \"\"\"  indented\"\"\") }", "{\n  a(x: \"\"\"  indented\"\"\")\n}")]
    [InlineData("{ a(x: \"\\u0001\\u007F\") }", "{\n  a(x: \"\\u0001\\u007F\")\n}")]
    [InlineData("type T {\n  f(\"d\" a: Int): Int\n}", "type T {\n  f(\n    \"d\"\n    a: Int\n  ): Int\n}")]
    [InlineData("directive @d repeatable on FIELD", "directive @d repeatable on FIELD")]
    [InlineData("extend directive @d @e", "extend directive @d @e")]
    [InlineData("directive @d @e on FIELD", "directive @d @e on FIELD")]
    public void Prints_small_documents(string document, string expected)
    {
        Assert.Equal(expected, Printer.Print(Parser.Parse(document)));
    }

    [Fact]
    public void Prints_nodes_built_in_code()
    {
        var field = new FieldNode
        {
            Alias = new NameNode("first"),
            Name = new NameNode("node"),
            Arguments = [new ArgumentNode { Name = new NameNode("id"), Value = new IntValueNode { Value = "4" } }],
        };

        Assert.Equal("first: node(id: 4)", Printer.Print(field));
        Assert.Equal("[[Int!]]!", Printer.Print(Parser.ParseType("[[ Int! ]]!")));
        Assert.Equal("{ a: [1, 2.5, \"s\", E, null, true, $v] }", Printer.Print(Parser.ParseValue("{a:[1 2.5 \"s\" E null true $v]}")));
    }
}
