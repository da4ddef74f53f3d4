using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Housing.Domain.Common;

namespace Housing.Infrastructure.Identity;

/// <summary>Builds the Domain's <see cref="Actor"/> from a signed-in principal (admin cookie, our tokens or an external issuer's).</summary>
public static class ActorFactory
{
    private static readonly HashSet<string> KnownRoles = [.. Roles.All];

    /// <summary>The actor of <paramref name="principal"/>, or null when nobody is signed in.</summary>
    public static Actor? FromPrincipal(ClaimsPrincipal principal, string? ipAddress = null)
    {
        if (principal.Identity?.IsAuthenticated != true)
            return null;
        var subject = principal.FindFirstValue(HousingClaimTypes.UserId)
                      ?? principal.FindFirstValue("oid")
                      ?? principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (subject is null)
            return null;
        var roles = principal.FindAll(HousingClaimTypes.Role)
            .Concat(principal.FindAll("roles"))
            .Concat(principal.FindAll(ClaimTypes.Role))
            .Select(c => c.Value)
            .Where(KnownRoles.Contains)
            .ToHashSet(StringComparer.Ordinal);
        return new Actor(
            Guid.TryParse(subject, out var id) ? id : StableIdOf(subject),
            principal.FindFirstValue(HousingClaimTypes.Name) ?? principal.FindFirstValue(HousingClaimTypes.UserName) ?? subject,
            roles,
            IdOf(principal, HousingClaimTypes.ComplexId),
            IdOf(principal, HousingClaimTypes.ResidentId),
            IdOf(principal, HousingClaimTypes.HouseholdId),
            IdOf(principal, HousingClaimTypes.WelfareCenterId),
            IdOf(principal, HousingClaimTypes.VendorId),
            ipAddress,
            principal.FindFirstValue(HousingClaimTypes.DistrictCode));
    }

    private static Guid? IdOf(ClaimsPrincipal principal, string type) =>
        Guid.TryParse(principal.FindFirstValue(type), out var id) ? id : null;

    /// <summary>External issuers may use subjects that are not Guids; the same subject always maps to the same id.</summary>
    private static Guid StableIdOf(string subject) => new(SHA256.HashData(Encoding.UTF8.GetBytes(subject)).AsSpan(0, 16));
}
