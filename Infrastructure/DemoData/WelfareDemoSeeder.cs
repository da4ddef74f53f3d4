using System.Globalization;
using Housing.Domain.Common;
using Housing.Domain.Welfare;
using Housing.Infrastructure.DemoData.Sources;
using Housing.Infrastructure.Persistence;
using Housing.Infrastructure.Persistence.Seeding;

namespace Housing.Infrastructure.DemoData;

/// <summary>
/// Seoul's 26 housing welfare centers with their staff, and clients with cases in every stage and full
/// histories (assessments, plans with goals, services with amounts, referrals accepted, declined and pending,
/// notes, closures, follow-ups), some breaching the time limits; the reads of personal data fill the access
/// log, and center managers sign off past months' reviews. Everything runs through the welfare services.
/// When the host registers an <see cref="IPersonalDataProtector"/>, half the clients also get a resident
/// registration number, encrypted by it; without one no number is recorded.
/// </summary>
public sealed class WelfareDemoSeeder(IPersonalDataProtector? protector = null) : IDemoDataSeeder
{
    public const int SeedOrder = 200;
    private const int Seed = 2020;

    public int Order => SeedOrder;

    /// <summary>The stage a case's story ends in, and the detours on the way.</summary>
    public enum CaseStory
    {
        FreshIntake, IntakeOverdue, Assessment, PlanOverdue, Planning, Service, EmergencyBeforePlan, Monitoring,
        ClosedResolved, ClosedEarly, ClosedTransferred, FollowUpPending, FollowUpOverdue, ClosedAfterFollowUp, LateAssessment,
    }

    public async Task SeedAsync(HousingDbContext db, CancellationToken ct)
    {
        var clock = new DemoClock();
        var store = new EfHousingStore(db);
        var world = new WelfareWorld(store, clock, protector, new DemoRandom(Seed), ct);
        clock.Set(DemoCalendar.Today.AddYears(-3), 9);
        await world.CreateCentersAsync(new DemoStaffAccounts(db));

        var timeline = new DemoTimeline(clock);
        var stories = Enum.GetValues<CaseStory>();
        for (var i = 0; i < world.Centers.Count; i++)
        {
            var center = world.Centers[i];
            var mine = center.Source.SigunguCode == DemoPlaces.DistrictSigunguCode && !center.Source.IsCentral
                ? stories.Concat([CaseStory.Service, CaseStory.Monitoring, CaseStory.ClosedResolved, CaseStory.FollowUpPending, CaseStory.Planning])
                : Enumerable.Range(0, center.Source.IsCentral ? 6 : 4).Select(k => stories[(i * 4 + k) % stories.Length]);
            foreach (var story in mine)
                world.ScheduleCase(timeline, center, story);
        }
        world.ScheduleReferrals(timeline);
        world.ScheduleReviews(timeline);
        await timeline.PlayAsync(db);
        db.ChangeTracker.Clear();
    }

    private sealed record CenterRef(WelfareCenterSource Source, Guid Id, Actor Manager, IReadOnlyList<(Actor Actor, Guid StaffId)> Workers);

    /// <summary>A case's ids, filled in as its story plays.</summary>
    private sealed class CaseRef
    {
        public Guid ClientId { get; set; }
        public Guid CaseId { get; set; }
        public Guid ReferralId { get; set; }
    }

    private sealed class WelfareWorld(IHousingStore store, DemoClock clock, IPersonalDataProtector? protector, DemoRandom random, CancellationToken ct)
    {
        private readonly WelfareClientService _clients = new(store, clock, protector ?? new NoRegistrationNumbers());
        private readonly WelfareCaseService _cases = new(store, clock);
        private readonly AccessLogService _accessLog = new(store, clock);

        public List<CenterRef> Centers { get; } = [];

        private CenterRef Center(string sigunguCode) => Centers.Single(c => !c.Source.IsCentral && c.Source.SigunguCode == sigunguCode);

        private CenterRef Central => Centers.Single(c => c.Source.IsCentral);

        public async Task CreateCentersAsync(DemoStaffAccounts accounts)
        {
            var service = new WelfareCenterService(store);
            foreach (var source in SeoulWelfareCenters.All)
            {
                var center = source.IsCentral
                    ? await service.CreateCentralCenterAsync(Actor.System, source.Name, source.Phone, source.Address, ct)
                    : await service.CreateDistrictCenterAsync(Actor.System, source.Name, source.SigunguCode, source.Phone, source.Address, ct);
                var staff = new List<(Actor, Guid, bool)>();
                for (var i = 0; i < source.Staff.Count; i++)
                {
                    var person = source.Staff[i];
                    var role = person.IsCenterManager ? StaffRole.CenterManager : source.IsCentral ? StaffRole.CentralStaff : StaffRole.Caseworker;
                    var platformRole = role switch
                    {
                        StaffRole.CenterManager => Roles.WelfareCenterManager,
                        StaffRole.CentralStaff => Roles.CentralCenterStaff,
                        _ => Roles.WelfareCaseworker,
                    };
                    var user = DemoAccountOf(source, i) is { } userName
                        ? await accounts.FindAsync(userName, ct)
                        : await accounts.AddAsync($"welfare.{(source.IsCentral ? "central" : source.SigunguCode)}.{i + 1}",
                            $"{source.Name} {person.Position} {person.Name}", platformRole, _ => { }, ct);
                    user.WelfareCenterId = center.Id;
                    var member = await service.RegisterStaffAsync(Actor.System, center.Id, user.Id, person.Name, role, ct);
                    var actor = new Actor(user.Id, person.Name, new HashSet<string> { platformRole }, WelfareCenterId: center.Id,
                        IpAddress: $"10.{Centers.Count + 10}.0.{i + 11}");
                    staff.Add((actor, member.Id, person.IsCenterManager));
                }
                Centers.Add(new CenterRef(source, center.Id, staff.First(s => s.Item3).Item1,
                    [.. staff.Where(s => !s.Item3).Select(s => (s.Item1, s.Item2))]));
            }
        }

        // The demo accounts are the 영등포구 center's manager and first caseworker, and the central center's first staff member.
        private static string? DemoAccountOf(WelfareCenterSource source, int index) => (source.IsCentral, source.SigunguCode, index) switch
        {
            (false, DemoPlaces.DistrictSigunguCode, 0) => "centermanager.ydp",
            (false, DemoPlaces.DistrictSigunguCode, 1) => "caseworker.ydp",
            (true, _, 1) => "central1",
            _ => null,
        };

        public CaseRef ScheduleCase(DemoTimeline timeline, CenterRef center, CaseStory story, int? daysSinceIntake = null)
        {
            var worker = random.Pick(center.Workers);
            var crisis = random.Pick(Enum.GetValues<CrisisType>());
            var urgency = story == CaseStory.EmergencyBeforePlan ? Urgency.Emergency : random.Pick<Urgency>([(Urgency.Normal, 0.6), (Urgency.High, 0.4)]);
            // Days from intake to each step, and how long ago the intake was.
            var (assess, plan, serve, monitor, close, intakeAgo) = story switch
            {
                CaseStory.FreshIntake => (0, 0, 0, 0, 0, random.Between(1, 8)),
                CaseStory.IntakeOverdue => (0, 0, 0, 0, 0, random.Between(13, 25)),
                CaseStory.Assessment => (random.Between(2, 8), 0, 0, 0, 0, random.Between(12, 26)),
                CaseStory.PlanOverdue => (random.Between(3, 9), 0, 0, 0, 0, random.Between(36, 55)),
                CaseStory.EmergencyBeforePlan => (random.Between(1, 3), 0, random.Between(2, 5), 0, 0, random.Between(7, 12)),
                CaseStory.Planning => (random.Between(3, 9), random.Between(14, 27), 0, 0, 0, random.Between(30, 45)),
                CaseStory.LateAssessment => (random.Between(12, 18), random.Between(25, 29), random.Between(35, 50), 0, 0, random.Between(60, 80)),
                CaseStory.Service => (random.Between(3, 9), random.Between(14, 27), random.Between(30, 50), 0, 0, random.Between(60, 90)),
                CaseStory.Monitoring => (random.Between(3, 9), random.Between(14, 27), random.Between(30, 50), random.Between(70, 90), 0, random.Between(100, 150)),
                CaseStory.ClosedEarly => (random.Between(3, 9), 0, 0, 0, random.Between(15, 25), random.Between(60, 200)),
                CaseStory.ClosedAfterFollowUp => (random.Between(3, 9), random.Between(14, 27), random.Between(30, 50), random.Between(70, 90), random.Between(120, 160), random.Between(280, 420)),
                _ => (random.Between(3, 9), random.Between(14, 27), random.Between(30, 50), random.Between(70, 90), random.Between(120, 160), random.Between(170, 420)),
            };
            var intake = DemoCalendar.Today.AddDays(-(daysSinceIntake ?? intakeAgo));
            var refs = new CaseRef();
            var text = CrisisTexts.Of(crisis);
            DateTimeOffset On(int days, int hour) => DemoCalendar.At(intake.AddDays(days), hour, random.Between(0, 59));

            timeline.At(On(0, 10), async () =>
            {
                refs.ClientId = (await RegisterClientAsync(worker.Actor, center)).Id;
                var channel = random.Pick(new[] { IntakeChannel.WalkIn, IntakeChannel.Phone, IntakeChannel.Online, IntakeChannel.Outreach, IntakeChannel.Referral });
                var opened = await _cases.OpenCaseAsync(worker.Actor, new OpenCaseCommand(refs.ClientId,
                    new OpenCaseDetails(channel, [crisis], urgency, text.Problem,
                        channel == IntakeChannel.Referral ? random.Pick(new[] { "주민센터 찾아가는 복지팀", "구청 주택과", "지역아동센터", "정신건강복지센터" }) : null,
                        intake), worker.StaffId), ct);
                refs.CaseId = opened.Id;
            });
            timeline.At(On(0, 11), () => _cases.GetCaseAsync(worker.Actor, refs.CaseId, ct));
            if (assess > 0)
            {
                timeline.At(On(assess, 14), async () =>
                {
                    await _clients.GetClientAsync(worker.Actor, refs.ClientId, ct);
                    await _cases.RecordAssessmentAsync(worker.Actor, refs.CaseId, text.Needs, text.Housing, text.Finance, ct);
                });
                timeline.At(On(assess, 15), () => _cases.AddCaseNoteAsync(worker.Actor, refs.CaseId, "가정방문 상담 실시. " + text.Note, ct));
            }
            if (story == CaseStory.EmergencyBeforePlan)
                timeline.At(On(serve, 16), () => _cases.RecordServiceAsync(worker.Actor, refs.CaseId, text.Service(random, intake.AddDays(serve), ServiceOutcome.Delivered), ct));
            if (plan > 0)
            {
                timeline.At(On(plan, 15), () => _cases.RecordPlanAsync(worker.Actor, refs.CaseId,
                    intake.AddDays(plan), $"{center.Manager.Name} 센터장, {worker.Actor.Name} 사례관리자, 주민센터 복지담당", text.Goals(intake.AddDays(plan)), ct));
            }
            if (serve > 0 && story != CaseStory.EmergencyBeforePlan)
            {
                timeline.At(On(serve, 11), () => _cases.RecordServiceAsync(worker.Actor, refs.CaseId, text.Service(random, intake.AddDays(serve), ServiceOutcome.Delivered), ct));
                timeline.At(On(serve + 6, 16), () => _cases.RecordServiceAsync(worker.Actor, refs.CaseId,
                    new RecordServiceDetails(ServiceType.Counselling, center.Source.Name, 0, intake.AddDays(serve + 6), ServiceOutcome.Delivered, "사후 상담"), ct));
                if (random.Chance(0.5))
                    timeline.At(On(serve + 7, 10), () => _clients.RevealClientPersonalDataAsync(worker.Actor, refs.ClientId, "지원 신청서 작성", ct));
            }
            if (monitor > 0)
                timeline.At(On(monitor, 10), () => _cases.StartMonitoringAsync(worker.Actor, refs.CaseId, ct));
            if (close > 0)
                ScheduleClosure(timeline, story, worker.Actor, refs, intake, close, On);
            return refs;
        }

        private void ScheduleClosure(DemoTimeline timeline, CaseStory story, Actor worker, CaseRef refs, DateOnly intake, int close,
            Func<int, int, DateTimeOffset> on)
        {
            var closedOn = intake.AddDays(close);
            // The case id is known only once the intake has played; the step fills it in.
            var command = story switch
            {
                CaseStory.ClosedEarly => new CloseCaseCommand(refs.CaseId, CaseOutcome.Withdrawn, "본인이 지원을 원하지 않아 종결", "내담자 상담 거부"),
                CaseStory.ClosedTransferred => new CloseCaseCommand(refs.CaseId, CaseOutcome.TransferredExternally, "LH 주거복지사업부로 이관하여 종결"),
                CaseStory.FollowUpPending => new CloseCaseCommand(refs.CaseId, CaseOutcome.Resolved, "매입임대 입주로 주거 안정",
                    FollowUpDueDates: [DemoCalendar.Today.AddDays(random.Between(20, 60))]),
                CaseStory.FollowUpOverdue => new CloseCaseCommand(refs.CaseId, CaseOutcome.PartiallyResolved, "체납 일부 해소, 사후관리 필요",
                    FollowUpDueDates: [DemoCalendar.Today.AddDays(-random.Between(3, 20))]),
                CaseStory.ClosedAfterFollowUp => new CloseCaseCommand(refs.CaseId, CaseOutcome.Resolved, "집수리 완료, 주거환경 개선",
                    FollowUpDueDates: [closedOn.AddDays(90)]),
                _ => new CloseCaseCommand(refs.CaseId, CaseOutcome.Resolved, "주거위기 해소, 목표 달성"),
            };
            // A follow-up due before today must have been in the future when the case closed.
            var closeDay = story == CaseStory.FollowUpOverdue ? Math.Min(close, DemoCalendar.Today.DayNumber - intake.DayNumber - 30) : close;
            timeline.At(on(closeDay, 17), () => _cases.CloseCaseAsync(worker, command with { CaseId = refs.CaseId }, ct));
            if (story == CaseStory.ClosedAfterFollowUp)
                timeline.At(on(close + 91, 11), async () =>
                {
                    var c = await _cases.GetCaseAsync(worker, refs.CaseId, ct);
                    await _cases.RecordFollowUpAsync(worker, refs.CaseId, c.FollowUps[0].Id, "전화 확인: 주거 안정 유지", true, ct);
                });
        }

        private async Task<Client> RegisterClientAsync(Actor worker, CenterRef center)
        {
            var birth = new DateOnly(random.Between(1938, 1998), random.Between(1, 12), random.Between(1, 28));
            var district = center.Source.IsCentral ? random.Pick(SeoulWelfareCenters.Districts) : SeoulWelfareCenters.Districts.Single(d => d.Code == center.Source.SigunguCode);
            var name = KoreanNames.Person(random);
            var members = new List<HouseholdMemberInput>();
            if (random.Chance(0.4)) members.Add(new HouseholdMemberInput(KoreanNames.Person(random), "배우자", birth.AddYears(random.Between(-3, 3))));
            if (random.Chance(0.35)) members.Add(new HouseholdMemberInput(name[..1] + KoreanNames.Person(random)[1..], "자녀", birth.AddYears(random.Between(24, 34))));
            var details = new ClientDetails(name, birth, KoreanNames.MobilePhone(random),
                $"서울특별시 {district.Name} {district.Road} {random.Between(1, 300)}, {random.Between(1, 5)}0{random.Between(1, 4)}호",
                random.Pick(new[] { IncomeLevel.BasicLivelihoodRecipient, IncomeLevel.NearPoverty, IncomeLevel.MedianUpTo50, IncomeLevel.MedianUpTo100, IncomeLevel.Unknown }),
                members);
            var rrn = random.Chance(0.5) && protector is not null
                ? new RegistrationNumberInput($"{birth:yyMMdd}-{(birth.Year < 2000 ? random.Between(1, 2) : random.Between(3, 4))}{random.Digits(6)}", "긴급복지지원법 시행령 제7조")
                : null;
            return await _clients.RegisterClientAsync(worker, new RegisterClientCommand(details, rrn), ct);
        }

        /// <summary>Referrals between centers and to an outside agency: accepted, declined and pending.</summary>
        public void ScheduleReferrals(DemoTimeline timeline)
        {
            var home = Center(DemoPlaces.DistrictSigunguCode);
            var dongjak = Center("11590");
            var guro = Center("11530");
            var gwanak = Center("11620");
            var gangseo = Center("11500");

            // A 동작구 client moved to 영등포구: 영등포 accepts the assessed case and carries on with the plan and services.
            var moved = ScheduleCase(timeline, dongjak, CaseStory.Assessment, daysSinceIntake: 40);
            Refer(timeline, dongjak, moved, home, "내담자가 영등포구로 전입하여 관할 이관", daysAgo: 20, answer: (true, 17, "전입 확인, 사례 인수"));
            var text = CrisisTexts.Of(CrisisType.Eviction);
            timeline.At(DemoCalendar.DaysAgo(10, 15), () => _cases.RecordPlanAsync(home.Workers[0].Actor, moved.CaseId,
                DemoCalendar.Today.AddDays(-10), $"{home.Manager.Name} 센터장, {home.Workers[0].Actor.Name} 사례관리자", text.Goals(DemoCalendar.Today.AddDays(-10)), ct));
            timeline.At(DemoCalendar.DaysAgo(5, 11), () => _cases.RecordServiceAsync(home.Workers[0].Actor, moved.CaseId,
                text.Service(random, DemoCalendar.Today.AddDays(-5), ServiceOutcome.Pending), ct));

            var declined = ScheduleCase(timeline, home, CaseStory.Service);
            Refer(timeline, home, declined, guro, "구로구 소재 임대주택 입주 예정", daysAgo: 15, answer: (false, 12, "입주 일정 미확정으로 현 센터에서 계속 관리 요망"));

            var pending = ScheduleCase(timeline, home, CaseStory.Planning);
            Refer(timeline, home, pending, gwanak, "관악구 쪽방 밀집지역 주거지원 연계 필요", daysAgo: 4, answer: null);

            var external = ScheduleCase(timeline, home, CaseStory.Monitoring);
            timeline.At(DemoCalendar.DaysAgo(9, 14), async () =>
                external.ReferralId = (await _cases.ReferCaseAsync(home.Workers[0].Actor, external.CaseId, null, "LH 서울지역본부 주거복지사업부",
                    "전세임대 물량 배정 요청", ct)).Id);
            timeline.At(DemoCalendar.DaysAgo(5, 11), () => _cases.AcceptReferralAsync(home.Workers[0].Actor, external.CaseId, external.ReferralId, null, ct));

            var toCentral = ScheduleCase(timeline, gangseo, CaseStory.Assessment);
            Refer(timeline, gangseo, toCentral, Central, "복합 위기 사례로 중앙센터 슈퍼비전 및 자원 연계 요청", daysAgo: 6, answer: (true, 3, "중앙센터에서 인수"));
        }

        private void Refer(DemoTimeline timeline, CenterRef from, CaseRef c, CenterRef to, string reason, int daysAgo,
            (bool Accept, int DaysAgo, string Text)? answer)
        {
            timeline.At(DemoCalendar.DaysAgo(daysAgo, 15), async () =>
            {
                var referral = await _cases.ReferCaseAsync(from.Workers[0].Actor, c.CaseId, to.Id, null, reason, ct);
                c.ReferralId = referral.Id;
                await _cases.AddCaseNoteAsync(from.Workers[0].Actor, c.CaseId, $"{to.Source.Name}에 의뢰: {reason}", ct);
            });
            if (answer is not { } a) return;
            timeline.At(DemoCalendar.DaysAgo(a.DaysAgo, 10), async () =>
            {
                var answering = to.Workers.Count > 0 ? to.Workers[0].Actor : to.Manager;
                await _cases.GetCaseAsync(answering, c.CaseId, ct);
                if (a.Accept)
                {
                    await _cases.AcceptReferralAsync(to.Manager, c.CaseId, c.ReferralId, to.Workers[0].StaffId, ct);
                    await _cases.AddCaseNoteAsync(to.Workers[0].Actor, c.CaseId, a.Text, ct);
                }
                else
                {
                    await _cases.DeclineReferralAsync(answering, c.CaseId, c.ReferralId, a.Text, ct);
                }
            });
        }

        /// <summary>Center managers sign off the access-log review of each finished month, except the last one.</summary>
        public void ScheduleReviews(DemoTimeline timeline)
        {
            foreach (var center in Centers)
                for (var monthsAgo = 6; monthsAgo >= 2; monthsAgo--)
                {
                    var month = YearMonth.From(DemoCalendar.Today).AddMonths(-monthsAgo);
                    timeline.At(DemoCalendar.At(month.AddMonths(1).FirstDay.AddDays(random.Between(2, 9)), 16), () =>
                        _accessLog.SignOffAccessLogReviewAsync(center.Manager, month, "이상 접근 없음", ct));
                }
        }
    }

    /// <summary>Stands in when no protector is configured; the seeder then never records a registration number.</summary>
    private sealed class NoRegistrationNumbers : IPersonalDataProtector
    {
        public string Protect(string plaintext) =>
            throw new InvalidOperationException("No personal-data protector is configured; registration numbers cannot be stored.");

        public string Unprotect(string protectedText) =>
            throw new InvalidOperationException("No personal-data protector is configured; registration numbers cannot be read.");
    }

    /// <summary>What workers write about each kind of crisis.</summary>
    private sealed record CrisisTexts(string Problem, string Needs, string Housing, string Finance, string Note, ServiceType MainService, string Provider, long MinAmount, long MaxAmount, string[] GoalTexts)
    {
        public RecordServiceDetails Service(DemoRandom random, DateOnly date, ServiceOutcome outcome) =>
            new(MainService, Provider, MinAmount == MaxAmount ? MinAmount : random.Between((int)(MinAmount / 10_000), (int)(MaxAmount / 10_000)) * 10_000L,
                date, outcome, null);

        public IReadOnlyList<PlanGoalInput> Goals(DateOnly planned) =>
            [.. GoalTexts.Select((g, i) => new PlanGoalInput(g, planned.AddDays(30 * (i + 1))))];

        public static CrisisTexts Of(CrisisType crisis) => crisis switch
        {
            CrisisType.RentArrears => new("월세 5개월 체납으로 임대인에게 퇴거 요구를 받음", "체납 월세 해소와 주거비 부담 경감",
                "다가구주택 2층 원룸, 보증금 300만원 월세 35만원", "일용직 근로소득 월 90만원, 부채 있음", "임대인과 체납액 분할 상환 협의",
                ServiceType.EmergencyHousingCost, "서울형 긴급복지 주거비", 500_000, 1_500_000, ["체납 월세 해소", "주거급여 신청"]),
            CrisisType.Eviction => new("전세 계약 만료 후 임대인이 명도소송 제기", "이주할 공공임대주택 확보",
                "다세대주택, 계약 만료 3개월 경과", "기초연금 외 소득 없음", "법률홈닥터 상담 연계",
                ServiceType.RentalHousingLinkage, "SH 매입임대주택", 0, 0, ["공공임대주택 입주 신청", "이사비 지원"]),
            CrisisType.SubstandardHousing => new("반지하 주택 누수와 곰팡이로 건강 악화", "주거환경 개선 또는 지상층 이주",
                "반지하, 환기 불량, 곰팡이 심함", "기초생활수급, 의료급여 1종", "천식 증상으로 병원 치료 중",
                ServiceType.HomeRepair, "SH 주거안심 집수리", 1_000_000, 3_000_000, ["곰팡이 제거 및 방수 공사", "지상층 이주 검토"]),
            CrisisType.HomelessnessRisk => new("고시원 거주 중 실직으로 퇴실 위기", "임시거처 확보와 안정적 주거 연계",
                "고시원 1실, 창문 없음", "실업급여 종료, 소득 없음", "고용복지플러스센터 취업 상담 연계",
                ServiceType.EmergencyHousingCost, "임시주거비 지원", 300_000, 900_000, ["임시거처 입소", "매입임대 신청", "취업 연계"]),
            CrisisType.UtilityCutOff => new("도시가스와 전기 요금 체납으로 단전·단가스 예고", "공과금 체납 해소와 에너지 지원",
                "노후 단독주택, 단열 불량", "노령연금 월 30만원", "한전 복지할인 신청 안내",
                ServiceType.WelfareResourceLinkage, "에너지바우처·긴급복지", 200_000, 600_000, ["체납 공과금 해소", "에너지바우처 신청"]),
            _ => new("집중호우로 주택 침수, 가재도구 손실", "임시주거 확보와 주택 복구",
                "반지하 침수, 도배·장판 훼손", "자영업 휴업으로 소득 감소", "재난지원금 신청 안내",
                ServiceType.HomeRepair, "재해구호 주택복구 지원", 1_500_000, 3_000_000, ["임시주거 확보", "주택 복구"]),
        };
    }
}
