using System.Text;
using Domain.Tests.Support;
using Housing.Domain.Common;
using Housing.Domain.Welfare;

namespace Domain.Tests.Welfare;

/// <summary>Reversible stand-in for the real protector: proves callers store only what Protect returned.</summary>
public sealed class FakeProtector : IPersonalDataProtector
{
    public string Protect(string plaintext) => "enc:" + Convert.ToBase64String(Encoding.UTF8.GetBytes(new string(plaintext.Reverse().ToArray())));

    public string Unprotect(string protectedText) =>
        new(Encoding.UTF8.GetString(Convert.FromBase64String(protectedText["enc:".Length..])).Reverse().ToArray());
}

/// <summary>A central center, two district centers and their staff, with services over an in-memory store.</summary>
public sealed class WelfareWorld
{
    public InMemoryHousingStore Store { get; } = new();
    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));
    public FakeProtector Protector { get; } = new();

    public WelfareCenter Central { get; private set; } = null!;
    public WelfareCenter Yeongdeungpo { get; private set; } = null!;
    public WelfareCenter Guro { get; private set; } = null!;

    public Actor Admin { get; } = new(Guid.NewGuid(), "admin", new HashSet<string> { Roles.PlatformAdmin });
    public Actor YdpWorker { get; private set; } = null!;
    public Actor YdpWorker2 { get; private set; } = null!;
    public Actor YdpManager { get; private set; } = null!;
    public Actor GuroWorker { get; private set; } = null!;
    public Actor GuroManager { get; private set; } = null!;
    public Actor CentralStaff { get; private set; } = null!;

    public WelfareCaseService Cases => new(Store, Clock);
    public WelfareClientService Clients => new(Store, Clock, Protector);
    public AccessLogService AccessLog => new(Store, Clock);
    public WelfareCenterService Centers => new(Store);

    public static async Task<WelfareWorld> CreateAsync()
    {
        var w = new WelfareWorld();
        w.Central = await w.Centers.CreateCentralCenterAsync(w.Admin, "서울주거복지센터");
        w.Yeongdeungpo = await w.Centers.CreateDistrictCenterAsync(w.Admin, "영등포주거복지센터", "11560");
        w.Guro = await w.Centers.CreateDistrictCenterAsync(w.Admin, "구로주거복지센터", "11530");
        w.YdpWorker = await w.StaffAsync(w.Yeongdeungpo, "김사례", StaffRole.Caseworker);
        w.YdpWorker2 = await w.StaffAsync(w.Yeongdeungpo, "이사례", StaffRole.Caseworker);
        w.YdpManager = await w.StaffAsync(w.Yeongdeungpo, "박센터", StaffRole.CenterManager);
        w.GuroWorker = await w.StaffAsync(w.Guro, "최구로", StaffRole.Caseworker);
        w.GuroManager = await w.StaffAsync(w.Guro, "정구로", StaffRole.CenterManager);
        w.CentralStaff = await w.StaffAsync(w.Central, "한중앙", StaffRole.CentralStaff);
        return w;
    }

    public async Task<Actor> StaffAsync(WelfareCenter center, string name, StaffRole role)
    {
        var userId = Guid.NewGuid();
        var staff = await Centers.RegisterStaffAsync(Admin, center.Id, userId, name, role);
        return new Actor(userId, name, new HashSet<string> { staff.PlatformRole }, IpAddress: "10.0.0.7");
    }

    public WelfareStaff StaffOf(Actor actor) => Store.Query<WelfareStaff>().Single(s => s.UserId == actor.UserId);

    public Task<Client> ClientAsync(Actor by, string name = "홍길동", RegistrationNumberInput? rrn = null) =>
        Clients.RegisterClientAsync(by, new RegisterClientCommand(
            new ClientDetails(name, new DateOnly(1971, 12, 31), "010-1234-5678", "서울 영등포구 당산로 1", IncomeLevel.NearPoverty,
                [new HouseholdMemberInput("홍아들", "자녀", new DateOnly(2005, 3, 1))]),
            rrn));

    public static OpenCaseDetails Details(Urgency urgency = Urgency.Normal) =>
        new(IntakeChannel.WalkIn, [CrisisType.RentArrears, CrisisType.Eviction], urgency, "월세 3개월 체납, 퇴거 통보");

    public async Task<WelfareCase> OpenCaseAsync(Actor? by = null, Urgency urgency = Urgency.Normal)
    {
        by ??= YdpWorker;
        var client = await ClientAsync(by);
        return await Cases.OpenCaseAsync(by, new OpenCaseCommand(client.Id, Details(urgency)));
    }

    public DateOnly Today => KoreanCalendar.Today(Clock);

    /// <summary>Opens a case and moves it through assessment, plan and one service.</summary>
    public async Task<WelfareCase> CaseInServiceAsync(Actor? by = null)
    {
        by ??= YdpWorker;
        var c = await OpenCaseAsync(by);
        await Cases.RecordAssessmentAsync(by, c.Id, "주거비 지원과 임대주택 연계 필요");
        await Cases.RecordPlanAsync(by, c.Id, Today, "사례관리자, 동 주민센터", [new PlanGoalInput("긴급주거비 지원"), new PlanGoalInput("매입임대 신청")]);
        return await Cases.RecordServiceAsync(by, c.Id,
            new RecordServiceDetails(ServiceType.EmergencyHousingCost, "서울시 긴급복지", 1_200_000, Today, ServiceOutcome.Delivered));
    }
}
