using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Tests.Language;

public class GraphQLErrorTests
{
    [Fact]
    public void Locates_itself_at_its_nodes()
    {
        var document = Parser.Parse("{\n  a\n  b(x: 1)\n}");
        var fields = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;

        var error = new GraphQLError("Two fields.", [fields[0], fields[1], new NameNode("built in code")]);

        Assert.Equal([new SourceLocation(2, 3), new SourceLocation(3, 3)], error.Locations);
        Assert.Equal("Two fields. (2:3) (3:3)", error.ToString());
        Assert.Equal(3, error.Nodes!.Count);
    }

    [Fact]
    public void Has_no_locations_when_its_nodes_have_none()
    {
        var error = new GraphQLError("Nowhere.", new NameNode("n"));

        Assert.Null(error.Locations);
        Assert.Equal("Nowhere.", error.ToString());
    }

    [Fact]
    public void Copies_keep_everything_but_what_they_change()
    {
        var cause = new InvalidOperationException("inner");
        var error = new GraphQLError("Failed.", [new SourceLocation(1, 2)], originalError: cause);

        var withPath = error.WithPath(["user", 0, "name"]);
        var withCode = withPath.WithExtension("code", "BOOM").WithExtension("retry", false);

        Assert.Null(error.Path);
        Assert.Equal(["user", 0, "name"], withCode.Path!);
        Assert.Equal("BOOM", withCode.Extensions!["code"]);
        Assert.Equal(false, withCode.Extensions["retry"]);
        Assert.Same(cause, withCode.OriginalError);
        Assert.Equal([new SourceLocation(1, 2)], withCode.Locations);
        Assert.Null(withPath.Extensions);
    }

    [Fact]
    public void An_exception_carries_its_errors()
    {
        var exception = new GraphQLException([new GraphQLError("First."), new GraphQLError("Second.")]);

        Assert.Equal("First.", exception.Message);
        Assert.Equal(2, exception.Errors.Count);
    }

    [Fact]
    public void A_syntax_exception_knows_its_source_and_position()
    {
        var source = new Source("{ a\n  ?", "request.graphql");

        var exception = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));

        Assert.Same(source, exception.GraphQLSource);
        Assert.Equal(6, exception.Position);
        Assert.Equal("Syntax Error: Unexpected character: \"?\". (2:3)", exception.Error.ToString());
    }
}
