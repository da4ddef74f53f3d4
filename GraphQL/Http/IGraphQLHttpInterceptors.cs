using GraphQL.Error;
using Microsoft.AspNetCore.Http;

namespace GraphQL.Http;

/// <summary>Sees, and may change or reject, every GraphQL request the endpoint has parsed, before it executes.</summary>
public interface IGraphQLHttpRequestInterceptor
{
    /// <summary>
    /// Returns the request to execute (the same one, or a changed copy), or throws <see cref="GraphQLHttpException"/>
    /// to answer with an error instead.
    /// </summary>
    ValueTask<GraphQLHttpRequest> OnRequestAsync(HttpContext context, GraphQLHttpRequest request, CancellationToken cancellationToken);
}

/// <summary>Runs after a request has been executed and before its response starts, e.g. to add headers.</summary>
public interface IGraphQLHttpResponseInterceptor
{
    /// <summary>Called once per HTTP response with the requests it answers and the errors of each result.</summary>
    ValueTask OnResponseAsync(HttpContext context, GraphQLHttpResponseInfo response, CancellationToken cancellationToken);
}

/// <summary>What a response interceptor may know about the response about to be written.</summary>
/// <param name="Requests">The requests the response answers (one, or several for a batch).</param>
/// <param name="StatusCode">The status code that will be sent.</param>
/// <param name="Errors">The errors of each request's result, in request order.</param>
public sealed record GraphQLHttpResponseInfo(
    IReadOnlyList<GraphQLHttpRequest> Requests,
    int StatusCode,
    IReadOnlyList<IReadOnlyList<GraphQLError>> Errors);
