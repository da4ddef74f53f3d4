using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Housing.Infrastructure.Identity;

/// <summary>Adds the display name and organisation links of a <see cref="HousingUser"/> to its principal.</summary>
public sealed class HousingClaimsPrincipalFactory(
    UserManager<HousingUser> userManager,
    RoleManager<HousingRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<HousingUser, HousingRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(HousingUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(HousingClaimTypes.Name, user.DisplayName));
        AddId(identity, HousingClaimTypes.ComplexId, user.ComplexId);
        AddId(identity, HousingClaimTypes.ResidentId, user.ResidentId);
        AddId(identity, HousingClaimTypes.HouseholdId, user.HouseholdId);
        AddId(identity, HousingClaimTypes.WelfareCenterId, user.WelfareCenterId);
        AddId(identity, HousingClaimTypes.VendorId, user.VendorId);
        if (user.DistrictCode is { Length: > 0 } district)
            identity.AddClaim(new Claim(HousingClaimTypes.DistrictCode, district));
        return identity;
    }

    private static void AddId(ClaimsIdentity identity, string type, Guid? id)
    {
        if (id is { } value)
            identity.AddClaim(new Claim(type, value.ToString()));
    }
}
