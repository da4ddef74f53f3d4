using Housing.Domain.Common;
using static Api.Tests.GraphQL.Authorization.Caller;

namespace Api.Tests.GraphQL.Authorization;

/// <summary>Everyone who calls the API (DESIGN.md, "Roles"), partner apps both on their own and acting for a resident.</summary>
public enum Caller
{
    PlatformAdmin,
    DistrictOfficer,
    ComplexManager,
    Resident,
    Vendor,
    WelfareCaseworker,
    WelfareCenterManager,
    CentralCenterStaff,
    Analyst,

    /// <summary>A registered API client with its own token (client credentials).</summary>
    PartnerApp,

    /// <summary>A partner app acting for a signed-in resident (password grant through the app).</summary>
    PartnerAppForResident,
    Anonymous,
}

/// <summary>
/// Who may call each root field and mutation, as designed. Every field of the schema needs a row here, so a new field
/// without one fails <see cref="AuthorizationMatrixTests"/>; a row says which callers pass the server's authorization.
/// Rows name the roles of <see cref="Roles"/>: a partner app acting for a resident holds the resident's role, a partner
/// app on its own the role <see cref="Roles.ApiClient"/>.
/// </summary>
public static class AccessTable
{
    public static readonly Caller[] Everyone = Enum.GetValues<Caller>();

    public static readonly Caller[] SignedIn = [.. Everyone.Where(c => c != Anonymous)];

    private static readonly string[] WelfareStaff = [Roles.WelfareCaseworker, Roles.WelfareCenterManager, Roles.CentralCenterStaff];

    private static readonly string[] AccessLogReviewers = [Roles.WelfareCenterManager, Roles.CentralCenterStaff];

    private static readonly string[] ResidentsAndApps = [Roles.Resident, Roles.ApiClient];

    private static readonly string[] ComplexManagement = [Roles.ComplexManager, Roles.PlatformAdmin];

    private static readonly string[] DistrictOffice = [Roles.DistrictOfficer, Roles.PlatformAdmin];

    private static readonly string[] Sellers = [Roles.Resident, Roles.ApiClient, Roles.Vendor];

    private static readonly string[] Moderators = [Roles.ComplexManager, Roles.DistrictOfficer, Roles.PlatformAdmin];

    /// <summary>The callers holding one of <paramref name="roles"/>.</summary>
    public static Caller[] Having(params string[] roles) => [.. roles.SelectMany(CallersOf).Distinct()];

    private static IEnumerable<Caller> CallersOf(string role) => role switch
    {
        Roles.PlatformAdmin => [PlatformAdmin],
        Roles.DistrictOfficer => [DistrictOfficer],
        Roles.ComplexManager => [ComplexManager],
        Roles.Resident => [Resident, PartnerAppForResident],
        Roles.Vendor => [Vendor],
        Roles.WelfareCaseworker => [WelfareCaseworker],
        Roles.WelfareCenterManager => [WelfareCenterManager],
        Roles.CentralCenterStaff => [CentralCenterStaff],
        Roles.Analyst => [Analyst],
        Roles.ApiClient => [PartnerApp],
        _ => throw new ArgumentException($"{role} is no role of DESIGN.md.", nameof(role)),
    };

    public static IReadOnlyDictionary<string, Caller[]> Queries { get; } = new Dictionary<string, Caller[]>
    {
        ["me"] = Everyone,
        ["node"] = Everyone,
        ["nodes"] = Everyone,

        // Complexes: the register of complexes is for every signed-in caller; a household only for its residents.
        ["regions"] = SignedIn,
        ["region"] = SignedIn,
        ["complexes"] = SignedIn,
        ["complex"] = SignedIn,
        ["complexByKaptCode"] = SignedIn,
        ["myHousehold"] = Having(ResidentsAndApps),

        // Documents: the district office sends, complex managers receive.
        ["inbox"] = Having(Roles.ComplexManager),
        ["outbox"] = Having(DistrictOffice),
        ["document"] = Having(Roles.DistrictOfficer, Roles.PlatformAdmin, Roles.ComplexManager),
        ["postageSaved"] = Having(DistrictOffice),

        // Listings: the market is read by residents, apps, vendors, staff and caseworkers (rental housing linkage).
        ["listings"] = Having([.. Sellers, .. Moderators, .. WelfareStaff]),
        ["myOrders"] = Having(ResidentsAndApps),
        ["ordersForMyListings"] = Having(Sellers),

        // Points: residents' own accounts; common points with the complex's managers; the ledger's sums for admins.
        ["myPointAccounts"] = Having(Roles.Resident, Roles.ApiClient, Roles.ComplexManager),
        ["commonPointSpendings"] = Having(ComplexManagement),
        ["pointLedgerSummary"] = Having(Roles.PlatformAdmin),

        // Disclosures: public K-apt data for every signed-in caller; compliance for the district, admins, analysts and managers.
        ["feeItems"] = SignedIn,
        ["disclosureMonth"] = SignedIn,
        ["disclosureComparison"] = SignedIn,
        ["disclosureComparisonTrend"] = SignedIn,
        ["disclosureCompliance"] = Having(Roles.DistrictOfficer, Roles.PlatformAdmin, Roles.Analyst, Roles.ComplexManager),

        // Analytics: disclosure statistics and compliance over any scope for analysts, the district and admins.
        ["disclosureStatistics"] = Having(Roles.Analyst, Roles.DistrictOfficer, Roles.PlatformAdmin),
        ["disclosureComplianceRates"] = Having(Roles.Analyst, Roles.DistrictOfficer, Roles.PlatformAdmin),
        ["disclosureDefaulters"] = Having(Roles.Analyst, Roles.DistrictOfficer, Roles.PlatformAdmin),

        // Bulk exports: the requester's own (a platform admin's, everyone's), for analysts, the district and admins.
        ["exports"] = Having(Roles.Analyst, Roles.DistrictOfficer, Roles.PlatformAdmin),

        // Community: notices for everyone signed in, polls for members, complaints for managers (residents see their own).
        ["notices"] = SignedIn,
        ["polls"] = Having(Roles.Resident, Roles.ApiClient, Roles.ComplexManager, Roles.PlatformAdmin),
        ["complaints"] = Having(ComplexManagement),
        // A partner app on its own has no household, so only a resident (directly or through an app) has complaints of its own.
        ["myComplaints"] = Having(Roles.Resident),
        ["newsItems"] = Everyone,

        // Welfare: welfare staff only (never partner apps); the access log for its reviewers.
        ["welfareCenters"] = Having([.. WelfareStaff, Roles.PlatformAdmin]),
        ["welfareCases"] = Having(WelfareStaff),
        ["welfareCase"] = Having(WelfareStaff),
        ["welfareClient"] = Having(WelfareStaff),
        ["accessLog"] = Having(AccessLogReviewers),
        ["accessLogVerification"] = Having(AccessLogReviewers),
    };

    public static IReadOnlyDictionary<string, Caller[]> Mutations { get; } = new Dictionary<string, Caller[]>
    {
        ["sendDocument"] = Having(DistrictOffice),
        ["resendDocumentNotice"] = Having(DistrictOffice),
        ["markDeliveryRead"] = Having(Roles.ComplexManager),
        ["replyToDocument"] = Having(Roles.ComplexManager),

        ["createListing"] = Having(Sellers),
        ["updateListing"] = Having(Sellers),
        ["closeListing"] = Having(Sellers),
        ["reportListing"] = Having(ResidentsAndApps),
        ["hideListing"] = Having(Moderators),
        ["restoreListing"] = Having(Moderators),
        ["placeOrder"] = Having(ResidentsAndApps),
        ["confirmOrder"] = Having(Sellers),
        ["completeOrder"] = Having(Sellers),
        ["cancelOrder"] = Having(Sellers),

        ["grantPoints"] = Having(Roles.PlatformAdmin),
        ["spendPoints"] = Having(ResidentsAndApps),
        ["payRentWithPoints"] = Having(ResidentsAndApps),
        ["requestCommonPointSpending"] = Having(Roles.ComplexManager),
        ["approveCommonPointSpending"] = Having(Roles.ComplexManager),
        ["rejectCommonPointSpending"] = Having(Roles.ComplexManager),

        ["fileDisclosure"] = Having(ComplexManagement),
        ["startDisclosureExport"] = Having(Roles.Analyst, Roles.DistrictOfficer, Roles.PlatformAdmin),
        ["cancelDisclosureExport"] = Having(Roles.Analyst, Roles.DistrictOfficer, Roles.PlatformAdmin),

        ["createNotice"] = Having(ComplexManagement),
        ["updateNotice"] = Having(ComplexManagement),
        ["createPoll"] = Having(ComplexManagement),
        ["castBallot"] = Having(ResidentsAndApps),
        ["closePoll"] = Having(ComplexManagement),
        ["fileComplaint"] = Having(ResidentsAndApps),
        ["assignComplaint"] = Having(ComplexManagement),
        ["startComplaint"] = Having(ComplexManagement),
        ["resolveComplaint"] = Having(ComplexManagement),
        ["rateComplaint"] = Having(ResidentsAndApps),
        ["postNewsItem"] = Having(Roles.PlatformAdmin, Roles.DistrictOfficer, Roles.WelfareCenterManager, Roles.CentralCenterStaff, Roles.ComplexManager),

        ["registerWelfareClient"] = Having(WelfareStaff),
        ["revealClientPersonalData"] = Having(WelfareStaff),
        ["openCase"] = Having(WelfareStaff),
        ["recordAssessment"] = Having(WelfareStaff),
        ["recordPlan"] = Having(WelfareStaff),
        ["recordService"] = Having(WelfareStaff),
        ["referCase"] = Having(WelfareStaff),
        ["acceptReferral"] = Having(WelfareStaff),
        ["declineReferral"] = Having(WelfareStaff),
        ["addCaseNote"] = Having(WelfareStaff),
        ["closeCase"] = Having(WelfareStaff),
    };
}
