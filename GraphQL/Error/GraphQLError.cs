using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Error;

/// <summary>A line and column (both 1-based) in a GraphQL source text.</summary>
/// <param name="Line">The 1-based line number.</param>
/// <param name="Column">The 1-based column number.</param>
public readonly record struct SourceLocation(int Line, int Column);

/// <summary>
/// An error as the GraphQL specification describes it (§7.1.2): a message, the source locations it
/// refers to, the response path where it occurred and free-form extensions.
/// </summary>
public sealed class GraphQLError
{
    /// <summary>Creates an error from a message and already-known locations.</summary>
    public GraphQLError(
        string message,
        IReadOnlyList<SourceLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? originalError = null)
    {
        Message = message;
        Locations = locations is { Count: > 0 } ? locations : null;
        Path = path;
        Extensions = extensions;
        OriginalError = originalError;
    }

    /// <summary>Creates an error located at the given AST nodes (those without a location are skipped).</summary>
    public GraphQLError(
        string message,
        IReadOnlyList<Node> nodes,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? originalError = null)
        : this(message, LocationsOf(nodes), path, extensions, originalError)
    {
        Nodes = nodes;
    }

    /// <summary>Creates an error located at one AST node.</summary>
    public GraphQLError(string message, Node node, Exception? originalError = null)
        : this(message, [node], null, null, originalError)
    {
    }

    /// <summary>The human-readable description of the error.</summary>
    public string Message { get; }

    /// <summary>The locations in the document this error refers to, or null when it has none.</summary>
    public IReadOnlyList<SourceLocation>? Locations { get; }

    /// <summary>The response path (string keys and int indices) of the field where the error occurred.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Additional entries for the <c>extensions</c> member of the serialized error.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The exception that caused this error, if any; never shown to clients.</summary>
    public Exception? OriginalError { get; }

    /// <summary>The AST nodes this error refers to, when it was created from nodes.</summary>
    public IReadOnlyList<Node>? Nodes { get; private init; }

    /// <summary>Returns a copy of this error carrying the given response path.</summary>
    public GraphQLError WithPath(IReadOnlyList<object>? path) =>
        new(Message, Locations, path, Extensions, OriginalError) { Nodes = Nodes };

    /// <summary>Returns a copy of this error carrying the given extensions.</summary>
    public GraphQLError WithExtensions(IReadOnlyDictionary<string, object?>? extensions) =>
        new(Message, Locations, Path, extensions, OriginalError) { Nodes = Nodes };

    /// <summary>Returns a copy of this error with one extension entry added or replaced.</summary>
    public GraphQLError WithExtension(string key, object? value)
    {
        var copy = Extensions is null
            ? new Dictionary<string, object?>(1)
            : new Dictionary<string, object?>(Extensions);
        copy[key] = value;
        return WithExtensions(copy);
    }

    /// <summary>The message followed by its locations, e.g. <c>Unknown type "Foo". (1:5)</c>.</summary>
    public override string ToString()
    {
        if (Locations is null)
        {
            return Message;
        }

        var text = new System.Text.StringBuilder(Message);
        foreach (var location in Locations)
        {
            text.Append(" (").Append(location.Line).Append(':').Append(location.Column).Append(')');
        }

        return text.ToString();
    }

    private static SourceLocation[]? LocationsOf(IReadOnlyList<Node> nodes)
    {
        var count = 0;
        foreach (var node in nodes)
        {
            if (node.Location is not null)
            {
                count++;
            }
        }

        if (count == 0)
        {
            return null;
        }

        var locations = new SourceLocation[count];
        var i = 0;
        foreach (var node in nodes)
        {
            if (node.Location is { } location)
            {
                locations[i++] = location.Source.GetLocation(location.Start);
            }
        }

        return locations;
    }
}
