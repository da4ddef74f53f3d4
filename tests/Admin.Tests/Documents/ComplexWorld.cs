using Admin.Tests.Support;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Api.Tests.Support;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Disclosures;
using Housing.Domain.Documents;
using Housing.Domain.Listings;
using Housing.Infrastructure.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Documents;

/// <summary>
/// A host with 영등포구's complexes (and one of 동작구), a district officer <c>officer</c> of 영등포구 (and <c>officer.nodistrict</c>,
/// whose account names no district), managers <c>manager.a</c>
/// (당산 래미안, reachable by SMS, with a second manager <c>manager.a2</c>) and <c>manager.b</c> (문래 자이), and a welfare caseworker <c>worker</c> who may use
/// neither the district's nor the managers' pages. Tests send their own documents, so they do not depend on each other.
/// </summary>
public class ComplexWorld : IAsyncLifetime
{
    public const string ManagerAPhone = "010-1111-2222";

    /// <summary>Every complex's management office; complexes without a manager account are reached there.</summary>
    public const string OfficePhone = "02-2670-0000";

    public ComplexWorld()
        : this(live: false)
    {
    }

    /// <summary>
    /// With <paramref name="live"/>, the host also listens on a free port of 127.0.0.1, for a real browser; with
    /// <paramref name="clock"/>, the host tells the time by it (a test moves it past a deadline).
    /// </summary>
    protected ComplexWorld(bool live, TimeProvider? clock = null)
    {
        Factory = new AdminHostFactory { ConfigureTestServices = clock is null ? null : services => services.AddSingleton(clock) };
        if (live)
            BaseAddress = LiveHost.ListenOnLoopback(Factory);
    }

    public HousingApiFactory Factory { get; }

    public string BaseAddress { get; } = "";

    public Guid Yeongdeungpo { get; private set; }

    public Dictionary<string, Complex> Complexes { get; } = [];

    public Dictionary<string, Actor> Users { get; } = [];

    public virtual async Task InitializeAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var complexes = new ComplexService(scope.ServiceProvider.GetRequiredService<IHousingStore>(), TimeProvider.System);
        var ydp = await complexes.CreateRegionAsync(Actor.System, "서울특별시", "11560", "영등포구");
        var dongjak = await complexes.CreateRegionAsync(Actor.System, "서울특별시", "11590", "동작구");
        Yeongdeungpo = ydp.Id;
        var approved = new DateOnly(2005, 3, 1);
        foreach (var (key, code, region, dong, name, housing, heating, households) in new[]
        {
            ("A", "A10000001", ydp, "1156010100", "당산 래미안", HousingType.Apartment, HeatingType.District, 1200),
            ("B", "A10000002", ydp, "1156010200", "문래 자이", HousingType.Apartment, HeatingType.Individual, 600),
            ("C", "A10000003", ydp, "1156010300", "여의도 시범", HousingType.Apartment, HeatingType.Central, 1500),
            ("D", "A10000004", ydp, "1156010400", "신길 연립", HousingType.RowHouse, HeatingType.Individual, 80),
            ("E", "A10000005", dongjak, "1159010100", "노량진 래미안", HousingType.Apartment, HeatingType.District, 900),
        })
        {
            Complexes[key] = await complexes.RegisterComplexAsync(Actor.System, code, region.Id, new ComplexProfile(name, dong, $"서울 {name}",
                null, housing, SaleType.Sale, heating, ManagementType.Consigned, households, households / 100 + 1, approved,
                households * 110.0, households * 100.0, households * 84.0, OfficePhone));
        }
        await AddUserAsync("officer", "주택과 김주무관", Roles.DistrictOfficer, district: "11560");
        await AddUserAsync("officer.nodistrict", "주택과 신규", Roles.DistrictOfficer);
        await AddUserAsync("worker", "복지 이사례", Roles.WelfareCaseworker);
        await AddUserAsync("manager.a", "래미안 관리소장", Roles.ComplexManager, ManagerAPhone);
        await AddUserAsync("manager.b", "자이 관리소장", Roles.ComplexManager, "010-3333-4444");
        var today = KoreanCalendar.Today(TimeProvider.System);
        await complexes.AssignManagerAsync(Actor.System, Complexes["A"].Id, Users["manager.a"].UserId, today.AddYears(-1));
        await AddUserAsync("manager.a2", "래미안 관리과장", Roles.ComplexManager);
        await complexes.AssignManagerAsync(Actor.System, Complexes["B"].Id, Users["manager.b"].UserId, today.AddYears(-1));
        await complexes.AssignManagerAsync(Actor.System, Complexes["A"].Id, Users["manager.a2"].UserId, today.AddYears(-1));
        await FileHistoryAsync(scope.ServiceProvider.GetRequiredService<DisclosureService>(), today);
        await MoveInResidentAsync(complexes, today);
    }

    /// <summary>The steady amounts 문래 자이 disclosed each month; a month's amount varies by up to ±2 % around them.</summary>
    public static readonly IReadOnlyDictionary<string, long> UsualAmounts = new Dictionary<string, long>
    {
        ["LABOR"] = 42_000_000, ["OFFICE"] = 1_200_000, ["CLEANING"] = 9_800_000, ["SECURITY"] = 15_500_000,
        ["ELEVATOR"] = 2_400_000, ["ELECTRICITY_COMMON"] = 6_100_000, ["WATER_PRIVATE"] = 11_000_000,
        ["REPAIR_RESERVE_CHARGED"] = 18_000_000, ["REPAIR_RESERVE_USED"] = 3_000_000, ["MISC_INCOME"] = 2_100_000,
    };

    /// <summary>Eight months of 문래 자이, from ten months ago to two months ago, with a repair reserve that adds up.</summary>
    private async Task FileHistoryAsync(DisclosureService disclosures, DateOnly today)
    {
        var balance = 900_000_000L;
        var month = YearMonth.From(today).AddMonths(-9);
        for (var i = 0; i < 8; i++, month = month.AddMonths(1))
        {
            var amounts = UsualAmounts.ToDictionary(a => a.Key, a => a.Value + a.Value * ((i % 5) - 2) / 100);
            balance += amounts["REPAIR_RESERVE_CHARGED"] - amounts["REPAIR_RESERVE_USED"];
            amounts["REPAIR_RESERVE_BALANCE"] = balance;
            await disclosures.FileDisclosureAsync(Users["manager.b"], new FileDisclosureCommand(Complexes["B"].Id, month, amounts, 0.5));
        }
        LastBalance = balance;
    }

    /// <summary>문래 자이's repair reserve balance after its last filed month.</summary>
    public long LastBalance { get; private set; }

    /// <summary>A resident of 당산 래미안 (101동 1502호), who files complaints and requests.</summary>
    public Actor Resident { get; private set; } = null!;

    /// <summary>Files a complaint as the resident of 당산 래미안, through the domain service.</summary>
    public Task<Housing.Domain.Community.Complaint> FileComplaintAsync(string title) => WithServicesAsync(sp =>
        sp.GetRequiredService<Housing.Domain.Community.ComplaintService>().FileComplaintAsync(Resident, new Housing.Domain.Community.FileComplaintCommand(
            Housing.Domain.Community.ComplaintKind.Defect, Housing.Domain.Community.ComplaintCategory.Leak, title, "욕실 천장에서 물이 샙니다.", "101동 1502호")));

    /// <summary>Residents moved into a new building of the complex, one household per unit, to list and to report listings.</summary>
    public Task<List<Actor>> MoveInResidentsAsync(string complex, string building, int count) => WithServicesAsync(async sp =>
    {
        var complexes = sp.GetRequiredService<ComplexService>();
        var complexId = Complexes[complex].Id;
        var b = await complexes.AddBuildingAsync(Actor.System, complexId, building);
        var residents = new List<Actor>();
        for (var i = 1; i <= count; i++)
        {
            var unit = await complexes.AddUnitAsync(Actor.System, b.Id, $"{i:D2}01", i, 59.9);
            var (household, head) = await complexes.MoveInAsync(Actor.System,
                new MoveInCommand(unit.Id, new DateOnly(2024, 3, 1), $"{building} 입주민{i}", $"010-7000-{i:D4}"));
            residents.Add(new Actor(Guid.NewGuid(), head.Name, new HashSet<string> { Roles.Resident }, complexId, head.Id, household.Id));
        }
        return residents;
    });

    /// <summary>The seller lists goods for sale in their complex, and each reporter reports the listing with a reason.</summary>
    public Task<Listing> ListAndReportAsync(Actor seller, string title, params (Actor Reporter, string Reason)[] reports) => WithServicesAsync(async sp =>
    {
        var service = sp.GetRequiredService<ListingService>();
        var listing = await service.CreateListingAsync(seller, new CreateListingCommand(ListingKind.GoodsSale, ListingScope.Complex, null,
            new ListingDetails(title, $"{title} 팝니다.", 30_000, false)));
        foreach (var (reporter, reason) in reports)
            await service.ReportListingAsync(reporter, listing.Id, reason);
        return listing;
    });

    private async Task MoveInResidentAsync(ComplexService complexes, DateOnly today)
    {
        var building = await complexes.AddBuildingAsync(Actor.System, Complexes["A"].Id, "101동");
        var unit = await complexes.AddUnitAsync(Actor.System, building.Id, "1502", 15, 84.9);
        var (household, head) = await complexes.MoveInAsync(Actor.System, new MoveInCommand(unit.Id, today.AddYears(-2), "정입주", "010-5555-6666"));
        Resident = new Actor(Guid.NewGuid(), head.Name, new HashSet<string> { Roles.Resident }, Complexes["A"].Id, head.Id, household.Id);
    }

    public virtual Task DisposeAsync()
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

    /// <summary>Sends a document as the officer through the domain service (not through the pages).</summary>
    public async Task<Document> SendAsync(string title, string[] complexes, bool requiresReply = true, int dueInDays = 7)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<DocumentService>();
        DateTimeOffset? due = requiresReply ? DateTimeOffset.UtcNow.AddDays(dueInDays) : null;
        return await service.SendDocumentAsync(Users["officer"], new SendDocumentCommand(Yeongdeungpo, "주택과", title, $"{title} 본문입니다.",
            DocumentCategory.Request, [.. complexes.Select(c => Complexes[c].Id)], requiresReply, due));
    }

    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> use)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider);
    }

    public Task<Document?> DocumentAsync(Guid id) => WithServicesAsync(sp =>
    {
        var store = sp.GetRequiredService<IHousingStore>();
        return store.FirstOrDefaultAsync(store.Query<Document>().Where(d => d.Id == id));
    });

    public Task<Document?> DocumentTitledAsync(string title) => WithServicesAsync(sp =>
    {
        var store = sp.GetRequiredService<IHousingStore>();
        return store.FirstOrDefaultAsync(store.Query<Document>().Where(d => d.Title == title));
    });

    public Task<List<OutboundMessage>> MessagesToAsync(string phone) => WithServicesAsync(sp =>
    {
        var store = sp.GetRequiredService<IHousingStore>();
        return store.ToListAsync(store.Query<OutboundMessage>().Where(m => m.Recipient == phone));
    });

    /// <summary>Adds a manager account (with or without a mobile number) and assigns it to the complex from a year ago.</summary>
    public async Task<Actor> AddManagerAsync(string userName, string name, string complex, string? phone = null)
    {
        await AddUserAsync(userName, name, Roles.ComplexManager, phone);
        await WithServicesAsync(sp => new ComplexService(sp.GetRequiredService<IHousingStore>(), TimeProvider.System)
            .AssignManagerAsync(Actor.System, Complexes[complex].Id, Users[userName].UserId, KoreanCalendar.Today(TimeProvider.System).AddYears(-1)));
        return Users[userName];
    }

    private async Task AddUserAsync(string userName, string name, string role, string? phone = null, string? district = null)
    {
        var user = await Factory.CreateUserAsync(userName, role, link: u => (u.PhoneNumber, u.DisplayName, u.DistrictCode) = (phone, name, district));
        Users[userName] = new Actor(user.Id, name, new HashSet<string> { role }, DistrictCode: district);
    }
}

/// <summary>Posts a page's form as <c>multipart/form-data</c> with files, the way a browser sends a form with file inputs.</summary>
public static class MultipartForms
{
    private static readonly HtmlParser Parser = new();

    public static async Task<(HttpResponseMessage Response, IHtmlDocument Page)> SubmitWithFilesAsync(this AdminBrowser browser, string path,
        IHtmlDocument page, IReadOnlyDictionary<string, string> fields, params (string Field, string FileName, byte[] Content)[] files)
    {
        var form = page.Forms.First(f => f.Enctype == "multipart/form-data");
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in AdminBrowser.FormValues(form).Where(v => !fields.ContainsKey(v.Key)).Concat(fields))
            content.Add(new StringContent(value), name);
        foreach (var (field, fileName, bytes) in files)
            content.Add(new ByteArrayContent(bytes), field, fileName);
        var response = await browser.Client.PostAsync(path, content);
        return (response, Parser.ParseDocument(await response.Content.ReadAsStringAsync()));
    }
}
