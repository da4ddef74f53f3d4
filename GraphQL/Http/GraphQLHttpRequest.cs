namespace GraphQL.Http;

/// <summary>
/// The parameters of one GraphQL-over-HTTP request, read from a JSON body or from the query string.
/// JSON values are held as CLR values: objects as <c>Dictionary&lt;string, object?&gt;</c>, arrays as
/// <c>List&lt;object?&gt;</c>, numbers as <see cref="int"/>, <see cref="long"/> or <see cref="double"/>.
/// </summary>
public sealed record GraphQLHttpRequest
{
    /// <summary>The document text, or null when the request carried none (e.g. a persisted operation's id only).</summary>
    public string? Query { get; init; }

    /// <summary>The id of a persisted operation (the <c>id</c> parameter), or null.</summary>
    public string? DocumentId { get; init; }

    /// <summary>The name of the operation to run when the document holds several.</summary>
    public string? OperationName { get; init; }

    /// <summary>The variable values, or null when absent.</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The request's extensions, or null when absent.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>Whether the request came as a GET, so only queries may run.</summary>
    public bool IsGet { get; init; }
}
