using System.Text.RegularExpressions;
using Housing.Domain.Common;
using Housing.Infrastructure.Identity;

namespace Housing.Admin.Platform;

/// <summary>
/// Registration and revocation of partner apps (API clients). The secret is generated here and returned once, to be
/// shown on the page that registered the client; only its hash is stored.
/// </summary>
public sealed partial class ApiClientRegistry(IHousingStore store, TimeProvider clock)
{
    public IQueryable<ApiClient> List(Actor actor)
    {
        actor.Require(Roles.PlatformAdmin);
        return store.Query<ApiClient>().OrderBy(c => c.IsRevoked).ThenBy(c => c.ClientId);
    }

    /// <summary>Registers a client; returns it with its secret, which is never stored or shown again.</summary>
    public async Task<(ApiClient Client, string Secret)> RegisterAsync(Actor actor, string clientId, string name, IReadOnlyCollection<string> scopes,
        CancellationToken ct = default)
    {
        actor.Require(Roles.PlatformAdmin);
        clientId = clientId.Trim();
        if (!ClientIdPattern().IsMatch(clientId))
            throw new DomainException("CLIENT_ID_INVALID", "A client id is 3 to 100 lower-case letters, digits, '-', '_' or '.'.");
        if (scopes.Count == 0)
            throw new DomainException("SCOPES_REQUIRED", $"Choose one or more scopes of {string.Join(", ", ApiScopes.All)}.");
        if (ApiScopes.UnknownOf(scopes) is { Count: > 0 } unknown)
            throw new DomainException("SCOPES_UNKNOWN", $"The platform has no scope {string.Join(", ", unknown)}; its scopes are {string.Join(", ", ApiScopes.All)}.");
        if (await store.AnyAsync(store.Query<ApiClient>().Where(c => c.ClientId == clientId), ct))
            throw new DomainException("CLIENT_ID_TAKEN", $"A client '{clientId}' is already registered (revoked clients keep their id).");
        var (client, secret) = ApiClient.Register(clientId, name.Trim(), scopes, clock.GetUtcNow());
        store.Add(client);
        await store.SaveChangesAsync(ct);
        return (client, secret);
    }

    /// <summary>Revokes a client: it gets no new tokens (tokens already issued expire on their own).</summary>
    public async Task<ApiClient> RevokeAsync(Actor actor, Guid id, CancellationToken ct = default)
    {
        actor.Require(Roles.PlatformAdmin);
        var client = await store.FirstOrDefaultAsync(store.Query<ApiClient>().Where(c => c.Id == id), ct)
            ?? throw new NotFoundException(nameof(ApiClient), id);
        client.Revoke(clock.GetUtcNow());
        await store.SaveChangesAsync(ct);
        return client;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{2,99}$")]
    private static partial Regex ClientIdPattern();
}
