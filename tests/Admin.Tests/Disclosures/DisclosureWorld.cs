using Admin.Tests.Support;
using Api.Tests.Support;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Disclosures;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Disclosures;

/// <summary>
/// A district with one complex holding two years of disclosures (two months never disclosed, one filed late), 21 similar
/// complexes that disclosed last month (enough peers to rate it), a small complex, and users of every role that may or
/// may not read the charts: <c>officer</c>, <c>analyst</c>, <c>admin</c>, <c>manager</c> (of the complex),
/// <c>manager.other</c> (of the small one) and <c>worker</c> (welfare); <c>officer</c> belongs to the district (11560), <c>officer.dongjak</c>
/// to another and <c>officer.nodistrict</c> to none.
/// </summary>
public class DisclosureWorld : IAsyncLifetime
{
    public const int Peers = 21;

    private static readonly Actor Admin = Actor.System;

    public DisclosureWorld()
        : this(live: false)
    {
    }

    /// <summary>With <paramref name="live"/>, the host also listens on a free port of 127.0.0.1, for a real browser.</summary>
    protected DisclosureWorld(bool live)
    {
        if (live)
            BaseAddress = LiveHost.ListenOnLoopback(Factory);
    }

    public HousingApiFactory Factory { get; } = new AdminHostFactory();

    /// <summary>Where a live host listens; empty for the in-memory one.</summary>
    public string BaseAddress { get; } = "";

    public Guid ComplexId { get; private set; }

    public Guid SmallComplexId { get; private set; }

    public YearMonth LastMonth { get; } = YearMonth.From(KoreanCalendar.Today(TimeProvider.System)).AddMonths(-1);

    /// <summary>The months of the window that were never disclosed.</summary>
    public IReadOnlyList<YearMonth> MissingMonths => [LastMonth.AddMonths(-20), LastMonth.AddMonths(-19)];

    /// <summary>The month filed by the manager after its due date.</summary>
    public YearMonth LateMonth => LastMonth.AddMonths(-2);

    public async Task InitializeAsync()
    {
        foreach (var (name, role) in new[] { ("officer", Roles.DistrictOfficer), ("analyst", Roles.Analyst), ("admin", Roles.PlatformAdmin),
                     ("worker", Roles.WelfareCaseworker) })
            await Factory.CreateUserAsync(name, role, link: u => u.DistrictCode = role == Roles.DistrictOfficer ? "11560" : null);
        await Factory.CreateUserAsync("officer.dongjak", Roles.DistrictOfficer, link: u => u.DistrictCode = "11590");
        await Factory.CreateUserAsync("officer.nodistrict", Roles.DistrictOfficer);
        var manager = await Factory.CreateUserAsync("manager", Roles.ComplexManager);
        var otherManager = await Factory.CreateUserAsync("manager.other", Roles.ComplexManager);

        await using var scope = Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var complexes = new ComplexService(services.GetRequiredService<IHousingStore>(), TimeProvider.System);
        var disclosures = services.GetRequiredService<DisclosureService>();
        var region = await complexes.CreateRegionAsync(Admin, "서울특별시", "11560", "영등포구");
        ComplexId = (await complexes.RegisterComplexAsync(Admin, "A10000001", region.Id, Profile("여의도 시범아파트", 1_584))).Id;
        SmallComplexId = (await complexes.RegisterComplexAsync(Admin, "A10000002", region.Id, Profile("당산 소규모", 60))).Id;
        var since = KoreanCalendar.Today(TimeProvider.System).AddYears(-3);
        await complexes.AssignManagerAsync(Admin, ComplexId, manager.Id, since);
        await complexes.AssignManagerAsync(Admin, SmallComplexId, otherManager.Id, since);

        for (var i = 0; i < 24; i++)
        {
            var month = LastMonth.AddMonths(i - 23);
            if (MissingMonths.Contains(month) || month == LateMonth) continue;
            await disclosures.ImportDisclosureFromKaptAsync(Admin, new KaptDisclosureImport("A10000001", month, Amounts(1_584, i)));
        }
        await disclosures.FileDisclosureAsync(new Actor(manager.Id, "관리소장", new HashSet<string> { Roles.ComplexManager }),
            new FileDisclosureCommand(ComplexId, LateMonth, Amounts(1_584, 21).ToDictionary(a => a.Key, a => a.Value!.Value)));

        for (var p = 0; p < Peers; p++)
        {
            var code = $"A2{p:D7}";
            await complexes.RegisterComplexAsync(Admin, code, region.Id, Profile($"비교단지 {p + 1:D2}", 1_500 + p));
            await disclosures.ImportDisclosureFromKaptAsync(Admin, new KaptDisclosureImport(code, LastMonth, Amounts(1_500 + p, p, scale: 0.8 + p * 0.02)));
        }
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    public async Task<AdminBrowser> SignedInAsync(string userName)
    {
        var browser = new AdminBrowser(Factory);
        var (response, _) = await browser.SignInAsync(userName);
        AdminBrowser.AssertRedirectsTo(response, "/admin");
        return browser;
    }

    private static ComplexProfile Profile(string name, int households) =>
        new(name, "1156011000", "서울특별시 영등포구 여의도동 50", "서울특별시 영등포구 여의대방로 1", HousingType.Apartment, SaleType.Sale,
            HeatingType.District, ManagementType.Consigned, households, 24, new DateOnly(2010, 6, 30), households * 110.0, households * 100.0,
            households * 80.0, "02-780-0000");

    /// <summary>A month's amounts for a complex of <paramref name="households"/>, varying a little with <paramref name="i"/>.</summary>
    private static Dictionary<string, long?> Amounts(int households, int i, double scale = 1.0)
    {
        long Per(double krwPerHousehold) => (long)(households * krwPerHousehold * scale * (1 + (i % 5) * 0.01));
        return new Dictionary<string, long?>
        {
            ["LABOR"] = Per(52_000), ["OFFICE"] = Per(2_000), ["CLEANING"] = Per(9_000), ["SECURITY"] = Per(14_000),
            ["ELEVATOR"] = Per(2_500), ["HEATING_PRIVATE"] = Per(i % 12 is < 3 or > 9 ? 90_000 : 15_000), ["ELECTRICITY_PRIVATE"] = Per(38_000),
            ["WATER_PRIVATE"] = Per(12_000), ["HOUSEHOLD_WASTE"] = Per(1_200), [FeeCatalog.RepairReserveCharged] = Per(21_000),
            [FeeCatalog.MiscIncome] = Per(3_000),
        };
    }
}
