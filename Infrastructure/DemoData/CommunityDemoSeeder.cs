using Housing.Domain.Common;
using Housing.Domain.Community;
using Housing.Domain.Complexes;
using Housing.Infrastructure.DemoData.Sources;
using Housing.Infrastructure.Persistence;
using Housing.Infrastructure.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Housing.Infrastructure.DemoData;

/// <summary>
/// The 우리단지 corner through the community services: notices of every complex's office; in the two demo
/// complexes and four more LH complexes surveys and votes (closed with tallied ballots, open, scheduled) and
/// complaints and defect reports in every status; the welfare newsroom's support programmes.
/// </summary>
public sealed class CommunityDemoSeeder : IDemoDataSeeder
{
    public const int SeedOrder = 600;
    private const int Seed = 6060;
    private const int MaxBallotsPerPoll = 60;

    public int Order => SeedOrder;

    private static readonly (string Title, string Body)[] Notices =
    [
        ("승강기 정기점검 안내", "승강기 정기점검으로 해당 시간 동안 운행이 중지됩니다. 양해 부탁드립니다."),
        ("저수조 청소에 따른 단수 안내", "저수조 청소로 오전 9시부터 오후 3시까지 단수됩니다."),
        ("관리비 자동이체 신청 안내", "관리사무소 또는 아파트 앱에서 관리비 자동이체를 신청하실 수 있습니다."),
        ("동절기 동파 예방 안내", "외출 시 보일러를 외출 모드로 설정하고 수도 계량기함 보온에 유의해 주세요."),
        ("재활용품 분리배출 요일 변경", "다음 달부터 재활용품 배출 요일이 화·금요일로 변경됩니다."),
    ];

    private static readonly (ComplaintKind Kind, ComplaintCategory Category, string Title, string Description, string Location)[] Complaints =
    [
        (ComplaintKind.Complaint, ComplaintCategory.Noise, "윗집 층간소음", "밤 11시 이후 발걸음 소음이 계속됩니다.", "101동 804호"),
        (ComplaintKind.Complaint, ComplaintCategory.Parking, "이중주차 차량", "지하 2층 출구 앞 이중주차로 출차가 어렵습니다.", "지하주차장 B2"),
        (ComplaintKind.Defect, ComplaintCategory.Leak, "욕실 천장 누수", "욕실 천장에서 물이 떨어집니다.", "102동 1203호 욕실"),
        (ComplaintKind.Defect, ComplaintCategory.Electrical, "복도 조명 고장", "3층 복도 조명이 깜빡입니다.", "103동 3층 복도"),
        (ComplaintKind.Complaint, ComplaintCategory.Elevator, "승강기 문 닫힘 지연", "엘리베이터 문이 늦게 닫힙니다.", "101동 2호기"),
        (ComplaintKind.Complaint, ComplaintCategory.Cleaning, "음식물 수거함 악취", "음식물 쓰레기 수거함 주변 악취가 심합니다.", "104동 옆 분리수거장"),
        (ComplaintKind.Defect, ComplaintCategory.Facility, "놀이터 그네 파손", "그네 체인이 끊어질 것 같습니다.", "중앙 놀이터"),
        (ComplaintKind.Complaint, ComplaintCategory.Security, "공동현관 출입문 고장", "공동현관 문이 잠기지 않습니다.", "102동 공동현관"),
        (ComplaintKind.Complaint, ComplaintCategory.Management, "관리비 내역 문의", "이번 달 수선비가 많이 나온 이유를 알고 싶습니다.", "관리사무소"),
        (ComplaintKind.Defect, ComplaintCategory.Other, "베란다 결로", "겨울철 베란다 벽에 결로가 심합니다.", "105동 502호"),
    ];

    public async Task SeedAsync(HousingDbContext db, CancellationToken ct)
    {
        var clock = new DemoClock();
        var store = new EfHousingStore(db);
        var notices = new NoticeService(store, clock);
        var polls = new PollService(store, clock);
        var complaints = new ComplaintService(store, clock);
        var newsroom = new NewsroomService(store, clock);
        var random = new DemoRandom(Seed);
        var timeline = new DemoTimeline(clock);

        var complexes = await db.Set<Complex>().AsNoTracking().OrderBy(c => c.KaptCode).ToListAsync(ct);
        foreach (var complex in complexes)
            foreach (var (title, body) in Enumerable.Range(0, 2).Select(_ => random.Pick(Notices)).Distinct())
                timeline.At(DemoCalendar.DaysAgo(random.Between(1, 200), random.Between(9, 17)), () => notices.PostNoticeAsync(DemoActors.ManagerOf(complex),
                    new PostNoticeCommand(complex.Id, new NoticeContent(title, body)), ct));

        var active = complexes.Where(c => c.Name is DemoPlaces.ManagerOneComplexName or DemoPlaces.ManagerTwoComplexName)
            .Concat(complexes.Where(c => c.Operator == HousingOperator.LH && c.Name != DemoPlaces.ManagerTwoComplexName).Take(4)).ToList();
        foreach (var complex in active)
        {
            var residents = await db.Set<Resident>().AsNoTracking().Where(r => r.ComplexId == complex.Id && r.LeftOn == null)
                // Ids are time-ordered but random within a millisecond, so people are ordered by what they are.
                .OrderBy(r => r.Name).ThenBy(r => r.Phone).ToListAsync(ct);
            var households = residents.GroupBy(r => r.HouseholdId).Select(g => g.First()).ToList();
            var manager = DemoActors.ManagerOf(complex);
            timeline.At(DemoCalendar.DaysAgo(2, 9), () => notices.PostNoticeAsync(manager, new PostNoticeCommand(complex.Id,
                new NoticeContent("입주자대표회의 동대표 선거 공고", "동대표 후보 등록을 받습니다. 자세한 내용은 관리사무소로 문의해 주세요."), Pinned: true), ct));
            SchedulePolls(timeline, polls, random, complex, manager, households);
            ScheduleComplaints(timeline, complaints, random, manager, households);
        }

        var poster = new Actor(Guid.Empty, "영등포구 주거복지센터", new HashSet<string> { Roles.PlatformAdmin });
        timeline.At(DemoCalendar.DaysAgo(30, 10), () => newsroom.PostNewsAsync(poster, new NewsContent("서울형 주택바우처 신청 안내",
            "월세 부담 가구에 월 최대 8만원 지원", "중위소득 60% 이하 임차가구에 주택바우처를 지원합니다. 주소지 주민센터에서 신청하세요.",
            NewsCategory.HousingSupport, NewsScope.Region, SigunguCode: YeongdeungpoComplexes.SigunguCode,
            ApplyFrom: DemoCalendar.Today.AddDays(-30), ApplyUntil: DemoCalendar.Today.AddDays(30)), ct: ct));
        timeline.At(DemoCalendar.DaysAgo(12, 10), () => newsroom.PostNewsAsync(poster, new NewsContent("LH 청년 매입임대 입주자 모집",
            "시세 40~50% 수준의 청년 주택", "무주택 청년을 대상으로 매입임대주택 입주자를 모집합니다.", NewsCategory.RentalHousing, NewsScope.Everywhere,
            ApplyFrom: DemoCalendar.Today.AddDays(-12), ApplyUntil: DemoCalendar.Today.AddDays(18)), ct: ct));
        timeline.At(DemoCalendar.DaysAgo(5, 10), () => newsroom.PostNewsAsync(poster, new NewsContent("화성시 저소득층 집수리 지원사업",
            "노후주택 수리비 최대 500만원", "기초·차상위 가구의 노후 주택 수리를 지원합니다.", NewsCategory.HousingSupport, NewsScope.Region,
            SigunguCode: HwaseongRentalComplexes.SigunguCode), ct: ct));

        for (var daysAgo = 90; daysAgo >= 1; daysAgo--)
        {
            var at = DemoCalendar.DaysAgo(daysAgo, 0, 10);
            timeline.At(at, () => polls.ClosePollsDueAsync(at, ct));
        }
        await timeline.PlayAsync(db);
        db.ChangeTracker.Clear();
    }

    private sealed class PollRef
    {
        public Poll? Poll { get; set; }
    }

    /// <summary>A closed vote and survey with ballots, an open vote with some ballots, and a scheduled survey.</summary>
    private static void SchedulePolls(DemoTimeline timeline, PollService polls, DemoRandom random, Complex complex, Actor manager, List<Resident> households)
    {
        var closedVote = new CreatePollCommand(complex.Id, PollKind.Vote, "경비실 냉난방기 설치 찬반 투표", "장기수선충당금 사용에 대한 주민 의견을 묻습니다.",
            DemoCalendar.DaysAgo(60, 9), DemoCalendar.DaysAgo(46, 18), [new QuestionInput("경비실 냉난방기 설치에 찬성하십니까?", QuestionKind.SingleChoice, ["찬성", "반대"])]);
        var closedSurvey = new CreatePollCommand(complex.Id, PollKind.Survey, "단지 내 편의시설 만족도 조사", null,
            DemoCalendar.DaysAgo(40, 9), DemoCalendar.DaysAgo(26, 18),
            [
                new QuestionInput("가장 자주 이용하는 시설은?", QuestionKind.MultipleChoice, ["헬스장", "독서실", "어린이집", "경로당"]),
                new QuestionInput("개선이 필요한 점을 적어 주세요", QuestionKind.FreeText),
            ]);
        var openVote = new CreatePollCommand(complex.Id, PollKind.Vote, "지하주차장 LED 조명 교체 찬반 투표", null,
            DemoCalendar.DaysAgo(5, 9), DemoCalendar.At(DemoCalendar.Today.AddDays(9), 18),
            [new QuestionInput("공용 전기료 절감을 위한 LED 교체에 찬성하십니까?", QuestionKind.SingleChoice, ["찬성", "반대"])]);
        var scheduled = new CreatePollCommand(complex.Id, PollKind.Survey, "알뜰장터 운영 요일 설문", null,
            DemoCalendar.At(DemoCalendar.Today.AddDays(3), 9), DemoCalendar.At(DemoCalendar.Today.AddDays(17), 18),
            [new QuestionInput("알뜰장터가 열리면 좋은 요일은?", QuestionKind.SingleChoice, ["토요일", "일요일", "평일 저녁"])]);

        foreach (var (cmd, turnout) in new[] { (closedVote, 0.6), (closedSurvey, 0.4), (openVote, 0.3), (scheduled, 0.0) })
        {
            var poll = new PollRef();
            timeline.At(cmd.OpensAt.AddDays(-2), async () => poll.Poll = await polls.CreatePollAsync(manager, cmd, CancellationToken.None));
            // Each ballot reloads the poll with every earlier answer, so the sample of voters stays small.
            var voters = households.Where(_ => random.Chance(turnout)).Take(MaxBallotsPerPoll).ToList();
            var window = (cmd.ClosesAt < DemoCalendar.Now ? cmd.ClosesAt : DemoCalendar.Now) - cmd.OpensAt;
            for (var i = 0; i < voters.Count; i++)
            {
                var voter = voters[i];
                var at = cmd.OpensAt + window * ((i + 0.5) / voters.Count);
                var pick = random.Between(0, 99);
                timeline.At(at, () => polls.CastBallotAsync(DemoActors.Of(voter), poll.Poll!.Id, [.. poll.Poll.Questions.Select(q => q.Kind switch
                {
                    QuestionKind.FreeText => new BallotAnswerInput(q.Id, Text: "주차 공간이 부족합니다"),
                    _ => new BallotAnswerInput(q.Id, q.Options[pick < 65 ? 0 : pick % q.Options.Count].Id),
                })], CancellationToken.None));
            }
        }
    }

    /// <summary>Complaints in every status: received, assigned, in progress, resolved, closed with a rating, and reopened.</summary>
    private static void ScheduleComplaints(DemoTimeline timeline, ComplaintService complaints, DemoRandom random, Actor manager, List<Resident> households)
    {
        var endings = new[] { "received", "assigned", "in-progress", "resolved", "closed", "closed", "reopened", "closed", "resolved", "closed" };
        for (var i = 0; i < Complaints.Length; i++)
        {
            var (kind, category, title, description, location) = Complaints[i];
            var filer = DemoActors.Of(households[(i * 7 + 3) % households.Count]);
            var ending = endings[i];
            var filedAt = DemoCalendar.DaysAgo(ending is "received" or "assigned" ? random.Between(1, 3) : random.Between(8, 90), random.Between(8, 21));
            var id = Guid.Empty;
            timeline.At(filedAt, async () => id = (await complaints.FileComplaintAsync(filer,
                new FileComplaintCommand(kind, category, title, description, location), CancellationToken.None)).Id);
            if (ending == "received") continue;
            timeline.At(filedAt.AddHours(2), () => complaints.AssignComplaintAsync(manager, id, manager.UserId, manager.Name, CancellationToken.None));
            if (ending == "assigned") continue;
            timeline.At(filedAt.AddHours(20), () => complaints.StartComplaintAsync(manager, id, CancellationToken.None));
            if (ending == "in-progress") continue;
            timeline.At(filedAt.AddDays(random.Between(2, 6)), () => complaints.ResolveComplaintAsync(manager, id, "현장 확인 후 조치 완료했습니다.", CancellationToken.None));
            if (ending == "resolved") continue;
            if (ending == "reopened")
            {
                timeline.At(filedAt.AddDays(7), () => complaints.ReopenComplaintAsync(filer, id, "같은 문제가 다시 발생했습니다.", CancellationToken.None));
                continue;
            }
            timeline.At(filedAt.AddDays(7), () => complaints.CloseComplaintAsync(filer, id, CancellationToken.None));
            timeline.At(filedAt.AddDays(7).AddMinutes(5), () => complaints.RateComplaintAsync(filer, id, random.Between(3, 5), "빠른 처리 감사합니다", CancellationToken.None));
        }
    }
}
