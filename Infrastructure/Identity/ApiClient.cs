using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Housing.Infrastructure.Identity;

/// <summary>
/// A registered partner app (resident or operator app) that obtains tokens with its client id and secret.
/// Only a hash of the secret is kept; the secret itself is shown once, when the client is registered.
/// </summary>
public sealed class ApiClient
{
    private static readonly PasswordHasher<ApiClient> SecretHasher = new();

    private ApiClient() { }

    public Guid Id { get; private set; }

    public string ClientId { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string SecretHash { get; private set; } = "";

    /// <summary>Space-separated scopes, the form OAuth uses on the wire.</summary>
    public string Scopes { get; private set; } = "";

    public bool IsRevoked { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Registers a client with a fresh random secret; the returned secret is never stored.</summary>
    public static (ApiClient Client, string Secret) Register(string clientId, string name, IEnumerable<string> scopes, DateTimeOffset now)
    {
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (Register(clientId, name, scopes, secret, now), secret);
    }

    /// <summary>Registers a client with a given secret (demo data and tests, where the secret must be known).</summary>
    public static ApiClient Register(string clientId, string name, IEnumerable<string> scopes, string secret, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(clientId) || clientId.Length > 100)
            throw new ArgumentException("A client id is 1 to 100 characters.", nameof(clientId));
        if (secret.Length < 16)
            throw new ArgumentException("A client secret has at least 16 characters.", nameof(secret));
        var client = new ApiClient
        {
            Id = Guid.CreateVersion7(),
            ClientId = clientId,
            Name = name,
            Scopes = string.Join(' ', scopes.Distinct(StringComparer.Ordinal)),
            RegisteredAt = now,
        };
        client.SecretHash = SecretHasher.HashPassword(client, secret);
        return client;
    }

    public bool VerifySecret(string secret) =>
        SecretHasher.VerifyHashedPassword(this, SecretHash, secret) != PasswordVerificationResult.Failed;

    public void Revoke(DateTimeOffset now)
    {
        if (IsRevoked) return;
        IsRevoked = true;
        RevokedAt = now;
    }
}
