using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Http;

/// <summary>A WebSocket connection being initialised: what <see cref="GraphQLWebSocketOptions.OnConnect"/> decides on.</summary>
public sealed class GraphQLWebSocketConnection
{
    internal GraphQLWebSocketConnection(HttpContext httpContext, IReadOnlyDictionary<string, object?> initPayload)
    {
        HttpContext = httpContext;
        InitPayload = initPayload;
        User = httpContext.User;
    }

    /// <summary>The upgrade request.</summary>
    public HttpContext HttpContext { get; }

    /// <summary>The <c>payload</c> of <c>connection_init</c> (empty when the client sent none).</summary>
    public IReadOnlyDictionary<string, object?> InitPayload { get; }

    /// <summary>The user every operation of the connection runs as; starts as the upgrade request's user.</summary>
    public ClaimsPrincipal User { get; set; }

    /// <summary>The <c>payload</c> sent with <c>connection_ack</c>, if any.</summary>
    public IReadOnlyDictionary<string, object?>? AcknowledgementPayload { get; set; }

    /// <summary>The <c>Authorization</c> (or <c>authorization</c>) string of the init payload, e.g. <c>Bearer eyJ…</c>.</summary>
    public string? Authorization =>
        InitPayload.FirstOrDefault(entry => entry.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase)).Value as string;
}

/// <summary>Ready-made <see cref="GraphQLWebSocketOptions.OnConnect"/> hooks.</summary>
public static class GraphQLWebSocketAuthentication
{
    /// <summary>
    /// Browsers cannot send headers with a WebSocket upgrade, so clients put their token in <c>connection_init</c>
    /// (<c>{"Authorization": "Bearer …"}</c>): this hook authenticates it with <paramref name="scheme"/> (the default
    /// scheme when null) as if it were the request's Authorization header. Without a token the upgrade request's user
    /// stays; a token the scheme does not accept rejects the connection (4403).
    /// </summary>
    public static Func<GraphQLWebSocketConnection, CancellationToken, ValueTask<bool>> FromInitPayload(string? scheme = null) =>
        async (connection, _) =>
        {
            if (connection.Authorization is not { } authorization)
            {
                return true;
            }

            // A fresh scope and context: the upgrade request's handlers have cached their header-less result.
            await using var scope = connection.HttpContext.RequestServices.CreateAsyncScope();
            var probe = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
            probe.Request.Headers.Authorization = authorization;
            probe.Connection.RemoteIpAddress = connection.HttpContext.Connection.RemoteIpAddress;
            var result = await probe.AuthenticateAsync(scheme);
            if (!result.Succeeded)
            {
                return false;
            }

            connection.User = result.Principal;
            return true;
        };
}
