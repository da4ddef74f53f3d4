using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Housing.Api.Authentication;

/// <summary>Signs the platform's own bearer tokens (JWT, ES256) for API clients and users.</summary>
public sealed class TokenIssuer(SigningKeyStore keys, IOptions<TokenOptions> options, TimeProvider clock)
{
    private readonly JsonWebTokenHandler _handler = new();

    public IssuedToken Issue(IEnumerable<Claim> claims, string? scope)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var subject = new ClaimsIdentity(claims);
        subject.AddClaim(new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")));
        if (!string.IsNullOrEmpty(scope))
            subject.AddClaim(new Claim("scope", scope));
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            Subject = subject,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + settings.Lifetime,
            SigningCredentials = keys.Credentials,
        });
        return new IssuedToken(token, (int)settings.Lifetime.TotalSeconds, scope);
    }
}

public sealed record IssuedToken(string AccessToken, int ExpiresInSeconds, string? Scope);
