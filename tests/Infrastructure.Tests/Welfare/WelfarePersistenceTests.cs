using System.Text;
using Housing.Domain.Common;
using Housing.Domain.Welfare;
using Infrastructure.Tests.Jobs.Support;
using Infrastructure.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Infrastructure.Tests.Welfare;

/// <summary>Centers, staff and services on in-memory SQLite; every call is its own unit of work.</summary>
public sealed class WelfareEfWorld : IDisposable
{
    public SqliteTestDatabase Database { get; } = new();
    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));
    public XorProtector Protector { get; } = new();
    public Guid Central { get; private set; }
    public Guid Ydp { get; private set; }
    public Guid Guro { get; private set; }
    public Actor YdpWorker { get; private set; } = null!;
    public Actor YdpManager { get; private set; } = null!;
    public Actor GuroWorker { get; private set; } = null!;
    public Actor CentralStaff { get; private set; } = null!;

    public WelfareCaseService Cases() => new(Database.CreateStore(), Clock);
    public WelfareClientService Clients() => new(Database.CreateStore(), Clock, Protector);
    public AccessLogService AccessLog() => new(Database.CreateStore(), Clock);
    private WelfareCenterService Centers() => new(Database.CreateStore());

    public static async Task<WelfareEfWorld> CreateAsync()
    {
        var w = new WelfareEfWorld();
        w.Central = (await w.Centers().CreateCentralCenterAsync(Actor.System, "서울주거복지센터")).Id;
        w.Ydp = (await w.Centers().CreateDistrictCenterAsync(Actor.System, "영등포주거복지센터", "11560")).Id;
        w.Guro = (await w.Centers().CreateDistrictCenterAsync(Actor.System, "구로주거복지센터", "11530")).Id;
        w.YdpWorker = await w.StaffAsync(w.Ydp, "김사례", StaffRole.Caseworker);
        w.YdpManager = await w.StaffAsync(w.Ydp, "박센터", StaffRole.CenterManager);
        w.GuroWorker = await w.StaffAsync(w.Guro, "최구로", StaffRole.Caseworker);
        w.CentralStaff = await w.StaffAsync(w.Central, "한중앙", StaffRole.CentralStaff);
        return w;
    }

    private async Task<Actor> StaffAsync(Guid center, string name, StaffRole role)
    {
        var userId = Guid.NewGuid();
        var staff = await Centers().RegisterStaffAsync(Actor.System, center, userId, name, role);
        return new Actor(userId, name, new HashSet<string> { staff.PlatformRole }, IpAddress: "192.0.2.10");
    }

    public async Task<Guid> ClientAsync(string? rrn = null) =>
        (await Clients().RegisterClientAsync(YdpWorker, new RegisterClientCommand(
            new ClientDetails("홍길동", new DateOnly(1971, 12, 31), "010-1234-5678", "서울 영등포구", IncomeLevel.BasicLivelihoodRecipient,
                [new HouseholdMemberInput("홍아들", "자녀")]),
            rrn is null ? null : new RegistrationNumberInput(rrn, "주거급여법")))).Id;

    public DateOnly Today => KoreanCalendar.Today(Clock);

    public void Dispose() => Database.Dispose();
}

/// <summary>A reversible test protector whose output never contains the plain digits.</summary>
public sealed class XorProtector : IPersonalDataProtector
{
    public string Protect(string plaintext) => Convert.ToBase64String(Encoding.UTF8.GetBytes(plaintext).Select(b => (byte)(b ^ 0x5A)).ToArray());

    public string Unprotect(string protectedText) =>
        Encoding.UTF8.GetString(Convert.FromBase64String(protectedText).Select(b => (byte)(b ^ 0x5A)).ToArray());
}

public sealed class WelfarePersistenceTests
{
    [Fact]
    public async Task A_case_round_trips_with_its_whole_history()
    {
        using var w = await WelfareEfWorld.CreateAsync();
        var clientId = await w.ClientAsync();
        var caseId = (await w.Cases().OpenCaseAsync(w.YdpWorker, new OpenCaseCommand(clientId,
            new OpenCaseDetails(IntakeChannel.Referral, [CrisisType.Eviction, CrisisType.UtilityCutOff], Urgency.High, "퇴거 위기", "당산1동 주민센터")))).Id;
        await w.Cases().RecordAssessmentAsync(w.YdpWorker, caseId, "임대주택 연계", "반지하 곰팡이", "월 소득 80만원");
        await w.Cases().RecordPlanAsync(w.YdpWorker, caseId, w.Today, "사례회의 5인", [new PlanGoalInput("매입임대 입주", w.Today.AddDays(60)), new PlanGoalInput("체납 해소")]);
        await w.Cases().RecordServiceAsync(w.YdpWorker, caseId,
            new RecordServiceDetails(ServiceType.EmergencyHousingCost, "서울시", 1_500_000, w.Today, ServiceOutcome.Delivered, "3개월분"));
        await w.Cases().AddCaseNoteAsync(w.YdpWorker, caseId, "집주인 통화");
        var referral = await w.Cases().ReferCaseAsync(w.YdpWorker, caseId, w.Guro, null, "구로구 매입임대 입주");
        await w.Cases().AcceptReferralAsync(w.GuroWorker, caseId, referral.Id);
        await w.Cases().StartMonitoringAsync(w.GuroWorker, caseId);
        w.Clock.Advance(TimeSpan.FromDays(2));
        await w.Cases().CloseCaseAsync(w.GuroWorker, new CloseCaseCommand(caseId, CaseOutcome.Resolved, "입주 완료",
            FollowUpDueDates: [w.Today.AddDays(30), w.Today.AddDays(90)]));

        var c = await w.Cases().GetCaseAsync(w.CentralStaff, caseId);
        Assert.Equal(CaseStatus.FollowUp, c.Status);
        Assert.Equal(w.Guro, c.CenterId);
        Assert.Equal(w.Ydp, c.OpenedByCenterId);
        Assert.Equal("당산1동 주민센터", c.ReferralSource);
        Assert.Equal([CrisisType.Eviction, CrisisType.UtilityCutOff], c.Crises.Select(x => x.Type).Order());
        Assert.Equal("반지하 곰팡이", Assert.Single(c.Assessments).HousingCondition);
        Assert.Equal(2, Assert.Single(c.Plans).Goals.Count);
        Assert.Equal(1_500_000, Assert.Single(c.Services).Amount);
        Assert.Equal(ReferralStatus.Accepted, Assert.Single(c.Referrals).Status);
        Assert.Single(c.Notes);
        Assert.Equal(CaseOutcome.Resolved, c.Closure!.Outcome);
        Assert.Equal(2, c.FollowUps.Count);
        Assert.Equal(8, c.StatusHistory.Count);

        var followUp = c.FollowUps.OrderBy(f => f.DueDate).First();
        await w.Cases().RecordFollowUpAsync(w.GuroWorker, caseId, followUp.Id, "안정", true);
        Assert.Single((await w.Cases().GetCaseAsync(w.GuroWorker, caseId)).FollowUps, f => f.IsDone);
    }

    [Fact]
    public async Task Visibility_and_time_limit_queries_run_in_sql()
    {
        using var w = await WelfareEfWorld.CreateAsync();
        var clientId = await w.ClientAsync();
        var details = new OpenCaseDetails(IntakeChannel.Phone, [CrisisType.RentArrears], Urgency.Normal, "월세 체납");
        var caseId = (await w.Cases().OpenCaseAsync(w.YdpWorker, new OpenCaseCommand(clientId, details))).Id;

        Assert.Empty(await w.Database.CreateStore().ToListAsync(await w.Cases().VisibleCasesAsync(w.GuroWorker)));
        await Assert.ThrowsAsync<NotFoundException>(() => w.Cases().GetCaseAsync(w.GuroWorker, caseId));
        Assert.Single(await w.Database.CreateStore().ToListAsync(await w.Cases().VisibleCasesAsync(w.CentralStaff)));

        await w.Cases().ReferCaseAsync(w.YdpWorker, caseId, w.Guro, null, "이사");
        Assert.Equal(caseId, (await w.Cases().GetCaseAsync(w.GuroWorker, caseId)).Id);

        Assert.Empty(await w.Cases().CasesBreachingTimeLimitsAsync(w.YdpManager, w.Today.AddDays(10)));
        Assert.Single(await w.Cases().CasesBreachingTimeLimitsAsync(w.YdpManager, w.Today.AddDays(11)));
        var store = w.Database.CreateStore();
        Assert.Single(await store.ToListAsync(store.Query<WelfareCase>().Where(WelfareCaseQueries.HasCrisis(CrisisType.RentArrears))));
        Assert.Equal(1, (await w.Cases().CaseCountsByStageAsync(w.CentralStaff))[CaseStatus.Intake]);
    }

    [Fact]
    public async Task Two_writers_of_one_case_cannot_both_save()
    {
        using var w = await WelfareEfWorld.CreateAsync();
        var clientId = await w.ClientAsync();
        var caseId = (await w.Cases().OpenCaseAsync(w.YdpWorker, new OpenCaseCommand(clientId,
            new OpenCaseDetails(IntakeChannel.WalkIn, [CrisisType.Disaster], Urgency.Emergency, "침수")))).Id;
        var first = w.Cases();
        var second = new WelfareCaseService(w.Database.CreateStore(), w.Clock);
        var slowStore = w.Database.CreateStore();
        var loaded = await slowStore.FirstOrDefaultAsync(slowStore.Query<WelfareCase>().Where(c => c.Id == caseId));
        Assert.NotNull(loaded);
        await first.AddCaseNoteAsync(w.YdpWorker, caseId, "첫 번째");
        var stale = new WelfareCaseService(slowStore, w.Clock);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => stale.AddCaseNoteAsync(w.YdpWorker, caseId, "두 번째"));
        await second.AddCaseNoteAsync(w.YdpWorker, caseId, "다시 읽고 쓴 메모");
        Assert.Equal(2, (await w.Cases().GetCaseAsync(w.YdpWorker, caseId)).Notes.Count);
    }

    [Fact]
    public async Task The_registration_number_is_stored_encrypted_and_revealed_through_the_log()
    {
        using var w = await WelfareEfWorld.CreateAsync();
        var clientId = await w.ClientAsync("7112311234567");
        using (var db = w.Database.CreateContext())
        {
            var raw = await db.Database.SqlQuery<string>($"SELECT ProtectedRegistrationNumber AS Value FROM WelfareClients").SingleAsync();
            Assert.DoesNotContain("1234567", raw);
            var masked = await db.Database.SqlQuery<string>($"SELECT MaskedRegistrationNumber AS Value FROM WelfareClients").SingleAsync();
            Assert.Equal("711231-*******", masked);
        }
        var data = await w.Clients().RevealClientPersonalDataAsync(w.YdpWorker, clientId, "주거급여 신청");
        Assert.Equal("711231-1234567", data.RegistrationNumber);
        Assert.Equal("홍아들", Assert.Single(data.HouseholdMembers).Name);
        var entries = await w.AccessLog().EntriesForClientAsync(w.YdpManager, clientId);
        var entry = Assert.Single(entries);
        Assert.Equal(AccessAction.Reveal, entry.Action);
        Assert.Equal("192.0.2.10", entry.IpAddress);
    }

    [Fact]
    public async Task The_chain_verifies_after_a_round_trip_and_a_row_edited_in_the_database_is_found()
    {
        using var w = await WelfareEfWorld.CreateAsync();
        var clientId = await w.ClientAsync();
        for (var i = 0; i < 6; i++)
        {
            await w.Clients().RevealClientPersonalDataAsync(w.YdpWorker, clientId, $"사유 {i}");
            w.Clock.Advance(TimeSpan.FromTicks(1_234_567));
        }
        Assert.True((await w.AccessLog().VerifyAccessLogAsync(w.YdpManager)).Intact);

        using (var db = w.Database.CreateContext())
            await db.Database.ExecuteSqlAsync($"UPDATE WelfareAccessLog SET Purpose = '업무 확인' WHERE Sequence = 4");
        var result = await w.AccessLog().VerifyAccessLogAsync(w.CentralStaff);
        Assert.False(result.Intact);
        Assert.Equal(4, result.FirstBrokenSequence);
    }

    [Fact]
    public async Task Two_readers_appending_to_the_log_at_once_cannot_fork_the_chain()
    {
        using var w = await WelfareEfWorld.CreateAsync();
        var clientId = await w.ClientAsync();
        await w.Clients().RevealClientPersonalDataAsync(w.YdpWorker, clientId, "첫 조회");
        var slowStore = w.Database.CreateStore();
        Assert.NotNull(await slowStore.FirstOrDefaultAsync(slowStore.Query<AccessLogHead>()));
        await w.Clients().RevealClientPersonalDataAsync(w.YdpWorker, clientId, "두 번째 조회");

        var slow = new WelfareClientService(slowStore, w.Clock, w.Protector);
        // The stale writer's entry collides on the unique sequence (or, first, on the head's version): nothing is written.
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => slow.RevealClientPersonalDataAsync(w.YdpManager, clientId, "동시 조회"));
        await w.Clients().RevealClientPersonalDataAsync(w.YdpManager, clientId, "다시 시도");
        var verification = await w.AccessLog().VerifyAccessLogAsync(w.YdpManager);
        Assert.True(verification.Intact);
        Assert.Equal(3, verification.EntriesChecked);
    }

    [Fact]
    public async Task A_monthly_review_is_signed_once_per_center_and_month()
    {
        using var w = await WelfareEfWorld.CreateAsync();
        var clientId = await w.ClientAsync();
        await w.Clients().GetClientAsync(w.YdpWorker, clientId);
        w.Clock.Set(new DateTimeOffset(2026, 7, 3, 0, 0, 0, TimeSpan.Zero));
        var june = new YearMonth(2026, 6);
        var review = await w.AccessLog().SignOffAccessLogReviewAsync(w.YdpManager, june, "이상 없음");
        Assert.Equal(1, review.EntriesReviewed);
        var again = await Assert.ThrowsAsync<DomainException>(() => w.AccessLog().SignOffAccessLogReviewAsync(w.YdpManager, june, "재검토"));
        Assert.Equal("REVIEW_ALREADY_SIGNED", again.Code);
        var due = await w.AccessLog().CentersWithReviewDueAsync(w.Today);
        Assert.Equal(2, due.Count);
        Assert.Equal(june, Assert.Single(await w.AccessLog().ReviewsAsync(w.YdpManager)).Month);
    }
}
