namespace Housing.Domain.Common;

/// <summary>Roles of the platform (DESIGN.md, "Roles").</summary>
public static class Roles
{
    public const string PlatformAdmin = "PlatformAdmin";
    public const string DistrictOfficer = "DistrictOfficer";
    public const string ComplexManager = "ComplexManager";
    public const string Resident = "Resident";
    public const string Vendor = "Vendor";
    public const string WelfareCaseworker = "WelfareCaseworker";
    public const string WelfareCenterManager = "WelfareCenterManager";
    public const string CentralCenterStaff = "CentralCenterStaff";
    public const string Analyst = "Analyst";
    public const string ApiClient = "ApiClient";

    public static readonly IReadOnlyList<string> All =
    [
        PlatformAdmin, DistrictOfficer, ComplexManager, Resident, Vendor,
        WelfareCaseworker, WelfareCenterManager, CentralCenterStaff, Analyst, ApiClient,
    ];
}

/// <summary>
/// Who is performing a use case: the signed-in user (or API client acting for a resident), the roles
/// they hold and the organisations they belong to. Application services authorize against it.
/// <see cref="DistrictCode"/> is the sigungu code (e.g. 11560) of a district officer's district.
/// </summary>
public sealed record Actor(
    Guid UserId,
    string Name,
    IReadOnlySet<string> RoleSet,
    Guid? ComplexId = null,
    Guid? ResidentId = null,
    Guid? HouseholdId = null,
    Guid? WelfareCenterId = null,
    Guid? VendorId = null,
    string? IpAddress = null,
    string? DistrictCode = null)
{
    public bool IsIn(string role) => RoleSet.Contains(role);

    public bool IsAnyOf(params string[] roles) => roles.Any(RoleSet.Contains);

    public void Require(params string[] roles)
    {
        if (!IsAnyOf(roles))
            throw new ForbiddenException($"This action needs one of the roles {string.Join(", ", roles)}.");
    }

    public static Actor System { get; } = new(Guid.Empty, "system", new HashSet<string> { Roles.PlatformAdmin });
}
