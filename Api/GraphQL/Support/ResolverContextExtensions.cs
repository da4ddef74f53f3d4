using System.Runtime.CompilerServices;
using System.Security.Claims;
using GraphQL.Authorization;
using GraphQL.Error;
using GraphQL.Execution;
using Housing.Domain.Common;
using Housing.Infrastructure.Identity;
using Housing.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Housing.Api.GraphQL.Support;

/// <summary>What every resolver of the housing schema needs: the caller as a Domain actor, services and a database to read.</summary>
public static class ResolverContextExtensions
{
    /// <summary>
    /// The caller, or null for an anonymous request: the operation's user, which over a WebSocket is the one its
    /// <c>connection_init</c> token named rather than the upgrade request's.
    /// </summary>
    public static Actor? OptionalActor(this IResolverContext context) =>
        context.User is { } user
            ? Actors.GetValue(user, principal => new CallerActor(ActorFactory.FromPrincipal(principal,
                context.RequestServices.GetService<IHttpContextAccessor>()?.HttpContext?.Connection.RemoteIpAddress?.ToString()))).Actor
            : context.RequestServices.GetRequiredService<ICurrentActor>().Actor;

    // Every resolver asks; the claims are read once per principal (a request's, or a socket's after connection_init).
    private static readonly ConditionalWeakTable<ClaimsPrincipal, CallerActor> Actors = new();

    private sealed record CallerActor(Actor? Actor);

    /// <summary>The caller; an anonymous request fails the field with <c>AUTH_NOT_AUTHENTICATED</c>.</summary>
    public static Actor Actor(this IResolverContext context) =>
        context.OptionalActor() ?? throw new GraphQLException(new GraphQLError(
            "Sign in first: this field needs an authenticated user or API client.",
            extensions: new Dictionary<string, object?> { ["code"] = GraphQLAuthorization.NotAuthenticatedCode }));

    /// <summary>A request-scoped service, such as an application service of the Domain.</summary>
    public static T Use<T>(this IResolverContext context) where T : notnull =>
        context.RequestServices.GetRequiredService<T>();

    /// <summary>
    /// A database context of its own for one read (a resolver or one DataLoader batch): resolvers run concurrently and
    /// an EF Core context is not thread-safe. No tracking; disposed when the request ends.
    /// </summary>
    public static HousingDbContext ReadDb(this IResolverContext context) =>
        context.RequestServices.GetRequiredService<ReadContexts>().Open();
}

/// <summary>Hands out read-only contexts for one request and disposes them all at its end.</summary>
public sealed class ReadContexts(HousingDatabase database) : IAsyncDisposable
{
    private readonly List<HousingDbContext> _open = [];

    public HousingDbContext Open()
    {
        var db = database.CreateContext();
        db.ChangeTracker.QueryTrackingBehavior = Microsoft.EntityFrameworkCore.QueryTrackingBehavior.NoTracking;
        lock (_open)
            _open.Add(db);
        return db;
    }

    public async ValueTask DisposeAsync()
    {
        HousingDbContext[] open;
        lock (_open)
        {
            open = [.. _open];
            _open.Clear();
        }

        foreach (var db in open)
            await db.DisposeAsync();
    }
}
