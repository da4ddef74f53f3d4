using Housing.Domain.Common;
using Microsoft.AspNetCore.Http;

namespace Housing.Infrastructure.Identity;

/// <summary>The actor of the current request, for callers of the application services (GraphQL resolvers, admin pages, endpoints).</summary>
public interface ICurrentActor
{
    /// <summary>The signed-in actor, or null for an anonymous request.</summary>
    Actor? Actor { get; }

    /// <summary>The signed-in actor; throws <see cref="UnauthorizedAccessException"/> for an anonymous request.</summary>
    Actor Require();
}

internal sealed class HttpCurrentActor(IHttpContextAccessor accessor) : ICurrentActor
{
    private Actor? _actor;
    private bool _resolved;

    public Actor? Actor
    {
        get
        {
            if (_resolved) return _actor;
            var context = accessor.HttpContext;
            _actor = context is null ? null : ActorFactory.FromPrincipal(context.User, context.Connection.RemoteIpAddress?.ToString());
            _resolved = true;
            return _actor;
        }
    }

    public Actor Require() => Actor ?? throw new UnauthorizedAccessException("Sign in first: this needs an authenticated user or API client.");
}
