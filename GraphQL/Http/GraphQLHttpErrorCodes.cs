namespace GraphQL.Http;

/// <summary>The <c>extensions.code</c> values of errors the HTTP endpoint produces before execution.</summary>
public static class GraphQLHttpErrorCodes
{
    /// <summary>The body or the query string is not a well-formed GraphQL-over-HTTP request.</summary>
    public const string InvalidRequest = "HTTP_INVALID_REQUEST";

    /// <summary>The request body is larger than <see cref="GraphQLHttpOptions.MaxRequestBodySize"/>.</summary>
    public const string RequestTooLarge = "HTTP_REQUEST_TOO_LARGE";

    /// <summary>The HTTP method cannot carry this request (e.g. a mutation over GET).</summary>
    public const string MethodNotAllowed = "HTTP_METHOD_NOT_ALLOWED";

    /// <summary>The Accept header names no media type the endpoint can produce.</summary>
    public const string NotAcceptable = "HTTP_NOT_ACCEPTABLE";

    /// <summary>The POST body is not <c>application/json</c> in UTF-8.</summary>
    public const string UnsupportedMediaType = "HTTP_UNSUPPORTED_MEDIA_TYPE";

    /// <summary>The body is a JSON array but batching is off, or the batch is too large.</summary>
    public const string BatchingNotAllowed = "HTTP_BATCHING_NOT_ALLOWED";
}
