using Api.Tests.Support;
using Housing.Domain.Common;
using Housing.Domain.Welfare;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Support;

/// <summary>
/// A host with three welfare centers (two districts and the central one) and their staff, each able to sign in:
/// caseworkers <c>worker.a</c> and <c>worker.b</c>, manager <c>manager.a</c>, central <c>central</c>, and a
/// district officer who is no welfare staff. Tests open their own cases, so they do not depend on each other.
/// </summary>
public class WelfareWorld : IAsyncLifetime
{
    public WelfareWorld()
        : this(live: false)
    {
    }

    /// <summary>With <paramref name="live"/>, the host also listens on a free port of 127.0.0.1, for a real browser.</summary>
    protected WelfareWorld(bool live)
        : this(live, null)
    {
    }

    /// <summary>With <paramref name="clock"/>, the host's time is the test's (to let follow-ups and limits fall due).</summary>
    protected WelfareWorld(bool live, TimeProvider? clock)
    {
        Factory = new AdminHostFactory
        {
            ConfigureTestServices = clock is null ? null : services => services.AddSingleton(clock),
        };
        if (live)
            BaseAddress = LiveHost.ListenOnLoopback(Factory);
    }

    public HousingApiFactory Factory { get; }

    /// <summary>Where a live host listens; empty for the in-memory one.</summary>
    public string BaseAddress { get; } = "";

    public Guid CenterA { get; private set; }

    public Guid CenterB { get; private set; }

    public Guid CentralCenter { get; private set; }

    public Dictionary<string, (Actor Actor, Guid StaffId)> Staff { get; } = [];

    public async Task InitializeAsync()
    {
        await Factory.CreateUserAsync("officer", Roles.DistrictOfficer);
        await using var scope = Factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IHousingStore>();
        var centers = new WelfareCenterService(store);
        var central = await centers.CreateCentralCenterAsync(Actor.System, "서울중앙주거복지센터");
        CentralCenter = central.Id;
        CenterA = (await centers.CreateDistrictCenterAsync(Actor.System, "영등포구 주거복지센터", "11560")).Id;
        CenterB = (await centers.CreateDistrictCenterAsync(Actor.System, "동작구 주거복지센터", "11590")).Id;
        await AddStaffAsync(centers, "worker.a", "김사례", Roles.WelfareCaseworker, StaffRole.Caseworker, CenterA);
        await AddStaffAsync(centers, "pager.a", "박목록", Roles.WelfareCaseworker, StaffRole.Caseworker, CenterA);
        await AddStaffAsync(centers, "manager.a", "이센터", Roles.WelfareCenterManager, StaffRole.CenterManager, CenterA);
        await AddStaffAsync(centers, "worker.b", "최동작", Roles.WelfareCaseworker, StaffRole.Caseworker, CenterB);
        await AddStaffAsync(centers, "central", "정중앙", Roles.CentralCenterStaff, StaffRole.CentralStaff, central.Id);
    }

    public virtual Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Registers a client and opens a case for them as <paramref name="userName"/>, through the welfare services.</summary>
    public async Task<(Guid ClientId, Guid CaseId)> OpenCaseAsync(string userName, string clientName = "홍길동", int daysAgo = 0,
        Urgency urgency = Urgency.Normal, CrisisType crisis = CrisisType.RentArrears, string? assignedTo = null)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var actor = Staff[userName].Actor;
        var client = await services.GetRequiredService<WelfareClientService>().RegisterClientAsync(actor, new RegisterClientCommand(
            new ClientDetails(clientName, new DateOnly(1971, 12, 31), "010-1234-5678", "서울 영등포구 당산로 1", IncomeLevel.NearPoverty),
            new RegistrationNumberInput("711231-1234567", "주거급여법 시행령")));
        var today = KoreanCalendar.Today(TimeProvider.System);
        var opened = await services.GetRequiredService<WelfareCaseService>().OpenCaseAsync(actor, new OpenCaseCommand(client.Id,
            new OpenCaseDetails(IntakeChannel.WalkIn, [crisis], urgency, "월세 3개월 체납", IntakeDate: today.AddDays(-daysAgo)),
            assignedTo is null ? null : Staff[assignedTo].StaffId));
        return (client.Id, opened.Id);
    }

    /// <summary>Uses the case services directly, as another tab or a colleague would meanwhile.</summary>
    public async Task<T> CasesAsync<T>(Func<WelfareCaseService, Task<T>> use)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<WelfareCaseService>());
    }

    /// <summary>Takes a case of <paramref name="userName"/> through assessment, a plan with one goal and a service: stage 서비스 제공.</summary>
    public async Task<WelfareCase> ToServiceStageAsync(string userName, Guid caseId)
    {
        var actor = Staff[userName].Actor;
        var today = KoreanCalendar.Today(TimeProvider.System);
        await CasesAsync(s => s.RecordAssessmentAsync(actor, caseId, "체납 해소"));
        await CasesAsync(s => s.RecordPlanAsync(actor, caseId, today, null, [new PlanGoalInput("체납 월세 정리")]));
        return await CasesAsync(s => s.RecordServiceAsync(actor, caseId,
            new RecordServiceDetails(ServiceType.EmergencyHousingCost, "구청", 300000, today, ServiceOutcome.Delivered)));
    }

    /// <summary>Reads a case as the central center sees it (without going through the pages).</summary>
    public async Task<WelfareCase> CaseAsync(Guid caseId)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IHousingStore>();
        return (await store.FirstOrDefaultAsync(store.Query<WelfareCase>().Where(c => c.Id == caseId)))!;
    }

    public async Task<List<AccessLogEntry>> AccessLogOfAsync(Guid clientId)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IHousingStore>();
        return await store.ToListAsync(store.Query<AccessLogEntry>().Where(e => e.ClientId == clientId).OrderBy(e => e.Sequence));
    }

    public async Task<AdminBrowser> SignedInAsync(string userName)
    {
        var browser = new AdminBrowser(Factory);
        var (response, _) = await browser.SignInAsync(userName);
        AdminBrowser.AssertRedirectsTo(response, "/admin");
        return browser;
    }

    private async Task AddStaffAsync(WelfareCenterService centers, string userName, string name, string role, StaffRole staffRole, Guid centerId)
    {
        var user = await Factory.CreateUserAsync(userName, role);
        var staff = await centers.RegisterStaffAsync(Actor.System, centerId, user.Id, name, staffRole);
        Staff[userName] = (new Actor(user.Id, name, new HashSet<string> { role }), staff.Id);
    }
}

/// <summary>The host as the admin is seen in a browser: with the stylesheets of the Razor class library served.</summary>
public sealed class AdminHostFactory(params (string Key, string? Value)[] settings) : HousingApiFactory(settings)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Outside Development the host serves a library's assets only from a publish folder; tests run from the build.
        builder.UseStaticWebAssets();
    }
}
