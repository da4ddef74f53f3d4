namespace GraphQL.Error;

/// <summary>An exception carrying one or more <see cref="GraphQLError"/>s.</summary>
public class GraphQLException : Exception
{
    /// <summary>Creates an exception carrying the given errors; its message is the first error's.</summary>
    public GraphQLException(IReadOnlyList<GraphQLError> errors)
        : base(errors.Count > 0 ? errors[0].Message : "GraphQL error.")
    {
        Errors = errors;
    }

    /// <summary>Creates an exception carrying one error.</summary>
    public GraphQLException(GraphQLError error)
        : this([error])
    {
    }

    /// <summary>The errors this exception reports.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }
}

/// <summary>Thrown by the lexer and parser when a document is not valid GraphQL syntax.</summary>
public sealed class GraphQLSyntaxException : GraphQLException
{
    /// <summary>Creates a syntax exception; the message becomes <c>Syntax Error: {description}</c>.</summary>
    public GraphQLSyntaxException(Language.Source source, int position, string description)
        : base(new GraphQLError(
            "Syntax Error: " + description,
            [source.GetLocation(position)],
            extensions: null))
    {
        GraphQLSource = source;
        Position = position;
    }

    /// <summary>The source text that failed to parse.</summary>
    public Language.Source GraphQLSource { get; }

    /// <summary>The offset in the source where the error was detected.</summary>
    public int Position { get; }

    /// <summary>The single error describing the syntax problem.</summary>
    public GraphQLError Error => Errors[0];
}
