using Housing.Domain.Common;
using Housing.Domain.Welfare;
using Housing.Infrastructure.Identity;
using Housing.Infrastructure.Jobs.Reminders;
using Housing.Infrastructure.Notifications;
using Infrastructure.Tests.Jobs.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Infrastructure.Tests.Jobs;

public sealed class WelfareTimeLimitsTests : IDisposable
{
    private readonly JobsTestDatabase _db = new();
    private readonly TestClock _clock = new(TestClock.Kst(2026, 6, 1, 9, 0));

    public void Dispose() => _db.Dispose();

    /// <summary>Stores personal data reversed: enough to open a case; the reminders never read it.</summary>
    private sealed class ReversingProtector : IPersonalDataProtector
    {
        public string Protect(string plaintext) => new([.. plaintext.Reverse()]);

        public string Unprotect(string protectedText) => new([.. protectedText.Reverse()]);
    }

    private async Task<(Actor Worker, Guid CaseId)> OpenCaseAsync()
    {
        var admin = new Actor(Guid.NewGuid(), "admin", new HashSet<string> { Roles.PlatformAdmin });
        var user = new HousingUser("worker1", "김사례") { PhoneNumber = "010-3333-4444" };
        using (var context = _db.CreateContext())
        {
            context.Add(user);
            await context.SaveChangesAsync();
        }
        var centers = new WelfareCenterService(_db.CreateStore());
        var center = await centers.CreateDistrictCenterAsync(admin, "영등포주거복지센터", "11560");
        var staff = await new WelfareCenterService(_db.CreateStore()).RegisterStaffAsync(admin, center.Id, user.Id, "김사례", StaffRole.Caseworker);
        var worker = new Actor(user.Id, "김사례", new HashSet<string> { staff.PlatformRole });
        var client = await new WelfareClientService(_db.CreateStore(), _clock, new ReversingProtector()).RegisterClientAsync(worker, new RegisterClientCommand(
            new ClientDetails("홍길동", new DateOnly(1971, 12, 31), "010-1234-5678", "서울 영등포구 당산로 1", IncomeLevel.NearPoverty, [])));
        var opened = await new WelfareCaseService(_db.CreateStore(), _clock).OpenCaseAsync(worker, new OpenCaseCommand(client.Id,
            new OpenCaseDetails(IntakeChannel.WalkIn, [CrisisType.RentArrears], Urgency.Normal, "월세 3개월 체납")));
        return (worker, opened.Id);
    }

    private async Task<int> RemindAsync()
    {
        var services = _db.Services(_clock);
        services.AddHousingNotifications(new NotificationOptions());
        await using var sp = services.BuildServiceProvider();
        using var scope = sp.CreateScope();
        return await WelfareTimeLimitsJob.RemindAsync(scope.ServiceProvider, default);
    }

    [Fact]
    public async Task The_caseworker_is_reminded_once_when_the_assessment_and_then_the_plan_run_late()
    {
        var (worker, caseId) = await OpenCaseAsync();

        _clock.Set(TestClock.Kst(2026, 6, 11, 9, 0));
        Assert.Equal(0, await RemindAsync());
        _clock.Set(TestClock.Kst(2026, 6, 12, 9, 0));
        Assert.Equal(1, await RemindAsync());
        Assert.Equal(0, await RemindAsync());

        await new WelfareCaseService(_db.CreateStore(), _clock).RecordAssessmentAsync(worker, caseId, "주거비 지원 필요");
        _clock.Set(TestClock.Kst(2026, 7, 2, 9, 0));
        Assert.Equal(1, await RemindAsync());
        Assert.Equal(0, await RemindAsync());

        using var context = _db.CreateContext();
        var messages = context.Set<OutboundMessage>().AsNoTracking().OrderBy(m => m.CreatedAt).ToList();
        Assert.Equal([$"welfare-limit:{caseId}:assessment:sms:010-3333-4444", $"welfare-limit:{caseId}:plan:sms:010-3333-4444"],
            messages.Select(m => m.DedupKey));
        Assert.Contains("욕구사정", messages[0].Body);
        Assert.Contains("서비스 계획", messages[1].Body);
    }
}
