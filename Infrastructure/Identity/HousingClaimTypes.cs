namespace Housing.Infrastructure.Identity;

/// <summary>
/// Claim names shared by the admin cookie and the bearer tokens (JWT names, so a token reads the same as a
/// signed-in principal).
/// </summary>
public static class HousingClaimTypes
{
    public const string UserId = "sub";
    public const string UserName = "preferred_username";
    public const string Name = "name";
    public const string Role = "role";
    public const string ComplexId = "complex_id";
    public const string ResidentId = "resident_id";
    public const string HouseholdId = "household_id";
    public const string WelfareCenterId = "welfare_center_id";
    public const string VendorId = "vendor_id";

    /// <summary>The sigungu code of a district officer's district (e.g. 11560, 영등포구).</summary>
    public const string DistrictCode = "district_code";
    public const string ClientId = "client_id";
    public const string Scope = "scope";
}
