using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Housing.Domain.Common;
using Housing.Infrastructure.Identity;
using Housing.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Housing.Api.Authentication;

/// <summary>
/// Checks a bearer token of this platform against the account behind it on every request, as the admin's cookie is checked,
/// in one statement: a token of a locked account, of an account whose security stamp was renewed (lock, password change) or
/// of a revoked API client is refused before its expiry, and a user's roles and district are those the account has now, so
/// a role taken away or a district changed applies to the next request.
/// </summary>
public sealed class BearerAccountCheck(HousingDbContext db, UserManager<HousingUser> users, IUserClaimsPrincipalFactory<HousingUser> principals, TimeProvider clock)
{
    /// <summary>The claim carrying a digest of the account's security stamp when the token was issued (the stamp itself stays on the server).</summary>
    public const string StampDigestClaim = "stamp_digest";

    private static string StampDigest(string? securityStamp) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(securityStamp ?? "")), 0, 16);

    public async Task ValidateAsync(TokenValidatedContext context)
    {
        var token = context.Principal!;
        var ct = context.HttpContext.RequestAborted;
        if (!Guid.TryParse(token.FindFirstValue(HousingClaimTypes.UserId), out var subject))
        {
            context.Fail("The token names no account.");
            return;
        }

        var clientId = token.FindFirstValue(HousingClaimTypes.ClientId);
        if (token.IsInRole(Roles.ApiClient))
        {
            // A partner app's own token: its client is its account.
            if (!await db.ApiClients.AnyAsync(c => c.Id == subject && !c.IsRevoked, ct))
                context.Fail($"The API client '{clientId}' has been revoked.");
            return;
        }

        var account = await db.Users.AsNoTracking().Where(u => u.Id == subject)
            .Select(u => new
            {
                u.SecurityStamp,
                u.LockoutEnabled,
                u.LockoutEnd,
                u.DistrictCode,
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, role) => role.Name!).ToList(),
                ClientRevoked = clientId != null && !db.ApiClients.Any(c => c.ClientId == clientId && !c.IsRevoked),
            })
            .AsSingleQuery()
            .FirstOrDefaultAsync(ct);
        string? refusal = account switch
        {
            null => "The account of this token no longer exists.",
            { ClientRevoked: true } => $"The API client '{clientId}' has been revoked.",
            { LockoutEnabled: true } when account.LockoutEnd > clock.GetUtcNow() => "The account of this token is locked.",
            _ when token.FindFirstValue(StampDigestClaim) != StampDigest(account.SecurityStamp) =>
                "The account's sign-in was renewed after this token was issued (locked, unlocked or password changed); ask for a new token.",
            _ => null,
        };
        if (refusal is not null)
        {
            context.Fail(refusal);
            return;
        }

        // Roles and district as the account has them now; the rest of the token as issued.
        var identity = new ClaimsIdentity(
            token.Claims.Where(c => c.Type is not (HousingClaimTypes.Role or HousingClaimTypes.DistrictCode)).Select(c => new Claim(c.Type, c.Value))
                .Concat(account!.Roles.Order(StringComparer.Ordinal).Select(r => new Claim(HousingClaimTypes.Role, r))),
            JwtBearerDefaults.AuthenticationScheme, HousingClaimTypes.Name, HousingClaimTypes.Role);
        if (account.DistrictCode is { Length: > 0 } district)
            identity.AddClaim(new Claim(HousingClaimTypes.DistrictCode, district));
        context.Principal = new ClaimsPrincipal(identity);
    }

    /// <summary>What a user's token says of the account: its roles, name, district and links, and the digest of its security stamp.</summary>
    public async Task<List<Claim>> AccountClaimsAsync(HousingUser user)
    {
        var stampType = users.Options.ClaimsIdentity.SecurityStampClaimType;
        var principal = await principals.CreateAsync(user);
        List<Claim> claims = [.. principal.Claims.Where(c => c.Type != stampType).Select(c => new Claim(c.Type, c.Value))];
        claims.Add(new Claim(StampDigestClaim, StampDigest(user.SecurityStamp)));
        return claims;
    }
}
