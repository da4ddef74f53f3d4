using GraphQL.Error;

namespace GraphQL.Http;

/// <summary>
/// A request the endpoint refuses before execution, answered with the given status code and a GraphQL error body.
/// </summary>
public sealed class GraphQLHttpException : GraphQLException
{
    /// <summary>Creates the refusal with a status code, a message and the error's <c>extensions.code</c>.</summary>
    public GraphQLHttpException(int statusCode, string message, string code)
        : base(new GraphQLError(message, extensions: new Dictionary<string, object?> { ["code"] = code }))
    {
        StatusCode = statusCode;
        Code = code;
    }

    /// <summary>The HTTP status code of the response.</summary>
    public int StatusCode { get; }

    /// <summary>The machine-readable reason, also written as <c>extensions.code</c>.</summary>
    public string Code { get; }

    /// <summary>Headers to add to the response, e.g. <c>Allow</c> for 405.</summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
}
