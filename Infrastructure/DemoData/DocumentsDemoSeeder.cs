using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Documents;
using Housing.Infrastructure.DemoData.Sources;
using Housing.Infrastructure.Persistence;
using Housing.Infrastructure.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Housing.Infrastructure.DemoData;

/// <summary>
/// A year of official documents between 영등포구청 주택과 and its complexes, through <see cref="DocumentService"/>:
/// sent to every complex or to a group, the SMS recorded by the notifier, opened and answered by the managers
/// (most in time, some late, some never, so deliveries end in every state: sent, notified, read, replied and
/// overdue), the nightly overdue sweep, and reports the complexes sent to the district.
/// </summary>
public sealed class DocumentsDemoSeeder : IDemoDataSeeder
{
    public const int SeedOrder = 400;
    private const int Seed = 4040;

    public int Order => SeedOrder;

    // Title, category, recipients (0 = every complex), days ago sent, reply window in days (0 = no reply asked).
    private static readonly (string Title, DocumentCategory Category, int Recipients, int DaysAgo, int ReplyDays, string Body)[] Documents =
    [
        ("2026년 공동주택 관리비 등 공개 의무 안내", DocumentCategory.Notice, 0, 330, 0,
            "공동주택관리법 제23조에 따라 관리비 등을 다음 달 말일까지 단지 홈페이지와 공동주택관리정보시스템에 공개하여 주시기 바랍니다."),
        ("해빙기 공동주택 안전점검 결과 제출 요청", DocumentCategory.Inspection, 40, 250, 14,
            "해빙기 옹벽·석축 및 지하주차장 안전점검을 실시하고 결과를 회신하여 주시기 바랍니다."),
        ("공동주택 지원사업 수요조사", DocumentCategory.Survey, 30, 200, 21,
            "2027년 공동주택 지원사업(어린이놀이터, 경로당, 보안등 보수) 수요를 조사하오니 신청서를 제출하여 주시기 바랍니다."),
        ("집중호우 대비 지하주차장 침수 예방 안내", DocumentCategory.Notice, 45, 140, 0,
            "차수판과 모래주머니를 점검하고 배수펌프 작동 상태를 확인하여 주시기 바랍니다."),
        ("장기수선계획 조정 현황 제출 요청", DocumentCategory.Request, 25, 95, 20,
            "3년 주기 장기수선계획 검토·조정 현황을 첨부 서식에 따라 제출하여 주시기 바랍니다."),
        ("층간소음 관리위원회 구성 현황 조사", DocumentCategory.Survey, 35, 60, 14,
            "공동주택관리법 제20조의2에 따른 층간소음관리위원회 구성 여부와 운영 실적을 회신하여 주시기 바랍니다."),
        ("관리비 회계감사 결과 제출 요청", DocumentCategory.Request, 30, 40, 14,
            "외부 회계감사 결과보고서를 제출하여 주시기 바랍니다. 기한 내 미제출 단지는 과태료 부과 대상입니다."),
        ("동절기 화재예방 및 소방시설 점검 협조", DocumentCategory.Notice, 0, 12, 0,
            "세대 내 소화기 비치와 피난시설 적치물 정리를 입주민께 안내하여 주시기 바랍니다."),
        ("입주자대표회의 구성 신고 현황 확인", DocumentCategory.Request, 20, 9, 7,
            "입주자대표회의 구성 신고 현황을 확인하오니 변경 사항이 있는 단지는 회신하여 주시기 바랍니다."),
        ("2027년 공동주택 보조금 지원 신청 안내", DocumentCategory.Notice, 30, 3, 21,
            "보조금 지원을 희망하는 단지는 신청서와 입주자대표회의 의결서를 제출하여 주시기 바랍니다."),
    ];

    public async Task SeedAsync(HousingDbContext db, CancellationToken ct)
    {
        var clock = new DemoClock();
        var service = new DocumentService(new EfHousingStore(db), clock, new DocumentPostage());
        var random = new DemoRandom(Seed);
        var accounts = new DemoStaffAccounts(db);
        var officer = new Actor((await accounts.FindAsync("officer", ct)).Id, "영등포구 주택과 담당자",
            new HashSet<string> { Roles.DistrictOfficer }, IpAddress: "10.156.20.15");
        var region = await db.Set<Region>().AsNoTracking().SingleAsync(r => r.SigunguCode == YeongdeungpoComplexes.SigunguCode, ct);
        var complexes = await db.Set<Complex>().AsNoTracking().Where(c => c.RegionId == region.Id).OrderBy(c => c.KaptCode).ToListAsync(ct);
        var managerOne = complexes.Single(c => c.Name == DemoPlaces.ManagerOneComplexName);
        var timeline = new DemoTimeline(clock);

        foreach (var d in Documents)
        {
            var recipients = d.Recipients == 0 ? complexes : Sample(random, complexes, d.Recipients, managerOne);
            var sentAt = DemoCalendar.DaysAgo(d.DaysAgo, random.Between(9, 11), random.Between(0, 59));
            DateTimeOffset? dueAt = d.ReplyDays > 0 ? DemoCalendar.At(DemoCalendar.Today.AddDays(d.ReplyDays - d.DaysAgo), 18) : null;
            var document = new DocumentRef();
            timeline.At(sentAt, async () => document.Sent = await service.SendDocumentAsync(officer, new SendDocumentCommand(region.Id, "주택과", d.Title,
                d.Body, d.Category, [.. recipients.Select(c => c.Id)], d.ReplyDays > 0, dueAt), ct));
            foreach (var complex in recipients)
                ScheduleDelivery(timeline, service, random, document, complex, sentAt, dueAt);
            if (dueAt is { } due && due < DemoCalendar.Now)
                timeline.At(due.AddHours(7), () => service.MarkOverdueDeliveriesAsync(Actor.System, due.AddHours(7), ct));
        }
        ScheduleReportsToDistrict(timeline, service, random, officer, complexes, managerOne);

        await timeline.PlayAsync(db);
        db.ChangeTracker.Clear();
    }

    private sealed class DocumentRef
    {
        public Document? Sent { get; set; }

        public Guid DeliveryTo(Guid complexId) => Sent!.Deliveries.Single(x => x.RecipientId == complexId).Id;
    }

    private static void ScheduleDelivery(DemoTimeline timeline, DocumentService service, DemoRandom random, DocumentRef document,
        Complex complex, DateTimeOffset sentAt, DateTimeOffset? dueAt)
    {
        var manager = DemoActors.ManagerOf(complex);
        var age = DemoCalendar.Now - sentAt;
        // The SMS goes out minutes after sending; only the newest document may still wait for the notifier.
        var notifiedAt = sentAt.AddMinutes(random.Between(2, 40));
        if (notifiedAt >= DemoCalendar.Now || (age < TimeSpan.FromDays(4) && random.Chance(0.1))) return;
        timeline.At(notifiedAt, () => service.MarkNotifiedAsync(Actor.System, document.DeliveryTo(complex.Id), ct: default));
        var readAt = notifiedAt.AddHours(random.Between(1, 96));
        var reads = age > TimeSpan.FromDays(14) ? random.Chance(0.93) : random.Chance(0.7);
        if (!reads || readAt >= DemoCalendar.Now) return;
        timeline.At(readAt, () => service.MarkDeliveryReadAsync(manager, document.DeliveryTo(complex.Id)));
        if (dueAt is not { } due) return;
        var window = due - readAt;
        var replyAt = random.Pick<string>([("in time", 0.72), ("late", 0.1), ("never", 0.18)]) switch
        {
            "in time" when window > TimeSpan.FromHours(2) => readAt + TimeSpan.FromHours(random.Between(1.0, window.TotalHours - 1)),
            "late" => due + TimeSpan.FromHours(random.Between(20, 200)),
            _ => (DateTimeOffset?)null,
        };
        if (replyAt is not { } at || at >= DemoCalendar.Now) return;
        timeline.At(at, () => service.ReplyToDocumentAsync(manager, document.DeliveryTo(complex.Id),
            $"{complex.Name} 관리사무소입니다. 요청하신 사항을 붙임과 같이 제출합니다.", null));
    }

    private static void ScheduleReportsToDistrict(DemoTimeline timeline, DocumentService service, DemoRandom random, Actor officer,
        IReadOnlyList<Complex> complexes, Complex managerOne)
    {
        var senders = new[] { managerOne }.Concat(Sample(random, complexes.Where(c => c.Id != managerOne.Id).ToList(), 4, null)).ToList();
        var titles = new[] { "관리비 공개 지연 사유서 제출", "승강기 교체공사 착공 보고", "단지 내 보안등 고장 보수 요청", "공동주택 지원사업 신청서 제출", "입주자대표회의 구성 변경 신고" };
        for (var i = 0; i < senders.Count; i++)
        {
            var complex = senders[i];
            var manager = DemoActors.ManagerOf(complex);
            var sentAt = DemoCalendar.DaysAgo(random.Between(5, 120), random.Between(9, 17));
            var requiresReply = i % 2 == 0;
            var document = new DocumentRef();
            var title = titles[i];
            timeline.At(sentAt, async () => document.Sent = await service.SendToDistrictAsync(manager, new SendToDistrictCommand(complex.Id, title,
                $"{complex.Name} 관리사무소에서 {title.Replace(" 제출", "", StringComparison.Ordinal)} 건을 보고드립니다.", DocumentCategory.Report,
                requiresReply, requiresReply ? sentAt.AddDays(14) : null), ct: default));
            timeline.At(sentAt.AddHours(random.Between(2, 30)), () =>
                service.MarkDeliveryReadAsync(officer, document.Sent!.Deliveries[0].Id));
            if (requiresReply)
                timeline.At(sentAt.AddDays(random.Between(2, 6)), () =>
                    service.ReplyToDocumentAsync(officer, document.Sent!.Deliveries[0].Id, "검토 결과 이상 없음을 알려드립니다.", null));
        }
    }

    private static List<Complex> Sample(DemoRandom random, IReadOnlyList<Complex> complexes, int count, Complex? always)
    {
        var chosen = new List<Complex>();
        if (always is not null) chosen.Add(always);
        while (chosen.Count < count)
        {
            var candidate = random.Pick(complexes);
            if (!chosen.Contains(candidate)) chosen.Add(candidate);
        }
        return chosen;
    }
}
