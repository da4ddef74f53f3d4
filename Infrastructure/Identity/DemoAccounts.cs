using Housing.Domain.Common;

namespace Housing.Infrastructure.Identity;

/// <summary>
/// The accounts a new demo database starts with, one or more per role. Their password is for demonstrations
/// only (README says so); a real deployment runs with <c>DemoData:Enabled=false</c>.
/// </summary>
public static class DemoAccounts
{
    public const string Password = "Housing!2026";

    public const string ApiClientId = "demo-resident-app";

    public const string ApiClientSecret = "demo-resident-app-secret-2026";

    public static readonly IReadOnlyList<DemoAccount> All =
    [
        new("admin", "플랫폼 관리자", Roles.PlatformAdmin),
        new("officer", "영등포구 주택과 담당자", Roles.DistrictOfficer, "11560"),
        new("manager1", "관리소장 1", Roles.ComplexManager),
        new("manager2", "관리소장 2", Roles.ComplexManager),
        new("resident1", "입주민 1", Roles.Resident),
        new("resident2", "입주민 2", Roles.Resident),
        new("vendor1", "사회적기업 판매자", Roles.Vendor),
        new("caseworker.ydp", "영등포구 주거복지센터 사례관리자", Roles.WelfareCaseworker),
        new("centermanager.ydp", "영등포구 주거복지센터장", Roles.WelfareCenterManager),
        new("central1", "중앙주거복지센터 담당자", Roles.CentralCenterStaff),
        new("analyst1", "관리비 분석가", Roles.Analyst),
    ];
}

/// <summary>A demo account: user name, display name, its one role and, for a district officer, the district's sigungu code.</summary>
public sealed record DemoAccount(string UserName, string DisplayName, string Role, string? DistrictCode = null);
