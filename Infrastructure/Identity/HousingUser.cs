using Microsoft.AspNetCore.Identity;

namespace Housing.Infrastructure.Identity;

/// <summary>
/// A person who signs in: staff of the district, complexes, welfare centers and vendors, residents and analysts.
/// The organisation links say whose data the person acts for; roles come from <c>Domain.Common.Roles</c>.
/// </summary>
public sealed class HousingUser : IdentityUser<Guid>
{
    public HousingUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public HousingUser(string userName, string displayName) : this()
    {
        UserName = userName;
        DisplayName = displayName;
    }

    public string DisplayName { get; set; } = "";

    public Guid? ComplexId { get; set; }

    public Guid? ResidentId { get; set; }

    public Guid? HouseholdId { get; set; }

    public Guid? WelfareCenterId { get; set; }

    public Guid? VendorId { get; set; }

    /// <summary>A district officer's district: the sigungu code of a known region (e.g. 11560, 영등포구).</summary>
    public string? DistrictCode { get; set; }
}

/// <summary>A role of DESIGN.md ("Roles"); names are the constants of <c>Domain.Common.Roles</c>.</summary>
public sealed class HousingRole : IdentityRole<Guid>
{
    public HousingRole() => Id = Guid.CreateVersion7();

    public HousingRole(string name) : this()
    {
        Name = name;
        NormalizedName = name.ToUpperInvariant();
    }
}
