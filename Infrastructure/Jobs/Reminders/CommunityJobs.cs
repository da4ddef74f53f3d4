using Housing.Domain.Common;
using Housing.Domain.Community;
using Housing.Domain.Listings;
using Housing.Domain.Points;
using Housing.Domain.Welfare;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Housing.Infrastructure.Jobs.Reminders;

/// <summary>Settles group buys whose deadline passed: enough participants confirm every order, too few cancel them.</summary>
public sealed class GroupBuySettlementJob(IServiceScopeFactory scopes) : HousingJob(scopes)
{
    protected override async Task<string> RunAsync(IServiceProvider services, IJobExecutionContext context, CancellationToken ct)
    {
        var settled = await SettleAsync(services, ct);
        return JobSummary.Of("group-buys-settled", settled.Count(s => s.Succeeded), settled.Count(s => !s.Succeeded)).Stored;
    }

    public static Task<List<GroupBuySettlement>> SettleAsync(IServiceProvider services, CancellationToken ct)
    {
        var clock = services.GetRequiredService<TimeProvider>();
        var service = new ListingService(services.GetRequiredService<IHousingStore>(), clock, services.GetService<PointsPolicy>() ?? new PointsPolicy());
        return service.SettleGroupBuysAsync(Actor.System, clock.GetUtcNow(), ct);
    }
}

/// <summary>Closes the votes and surveys whose closing time passed and tallies them.</summary>
public sealed class PollClosingJob(IServiceScopeFactory scopes) : HousingJob(scopes)
{
    protected override async Task<string> RunAsync(IServiceProvider services, IJobExecutionContext context, CancellationToken ct) =>
        JobSummary.Of("polls-closed", await CloseAsync(services, ct)).Stored;

    public static Task<int> CloseAsync(IServiceProvider services, CancellationToken ct)
    {
        var clock = services.GetRequiredService<TimeProvider>();
        return new PollService(services.GetRequiredService<IHousingStore>(), clock).ClosePollsDueAsync(clock.GetUtcNow(), ct);
    }
}

/// <summary>Expires points past their validity.</summary>
public sealed class PointsExpiryJob(IServiceScopeFactory scopes) : HousingJob(scopes)
{
    protected override async Task<string> RunAsync(IServiceProvider services, IJobExecutionContext context, CancellationToken ct)
    {
        var run = await ExpireAsync(services, ct);
        return JobSummary.Of("points-expired", run.Points, run.Transactions).Stored;
    }

    public static Task<ExpiryRun> ExpireAsync(IServiceProvider services, CancellationToken ct)
    {
        var clock = services.GetRequiredService<TimeProvider>();
        var service = new PointsService(services.GetRequiredService<IHousingStore>(), clock, services.GetService<PointsPolicy>() ?? new PointsPolicy());
        return service.ExpirePointsAsync(Actor.System, clock.GetUtcNow(), ct);
    }
}

/// <summary>Reminds each welfare center manager whose center has not signed off last month's access-log review.</summary>
public sealed class AccessLogReviewReminderJob(IServiceScopeFactory scopes) : HousingJob(scopes)
{
    protected override async Task<string> RunAsync(IServiceProvider services, IJobExecutionContext context, CancellationToken ct) =>
        JobSummary.Of("reminders-queued", await RemindAsync(services, ct)).Stored;

    public static async Task<int> RemindAsync(IServiceProvider services, CancellationToken ct)
    {
        var store = services.GetRequiredService<IHousingStore>();
        var clock = services.GetRequiredService<TimeProvider>();
        var queue = services.GetRequiredService<INotificationQueue>();
        var today = KoreanCalendar.Today(clock);
        var month = YearMonth.From(today).AddMonths(-1);
        var centers = await new AccessLogService(store, clock).CentersWithReviewDueAsync(today, ct);
        var centerIds = centers.Select(c => c.Id).ToList();
        var managers = await store.ToListAsync(store.Query<WelfareStaff>().Where(s => centerIds.Contains(s.CenterId) && s.Active), ct);
        managers = [.. managers.Where(m => m.IsManager)];
        var users = await new StaffContacts(store).UsersAsync([.. managers.Select(m => m.UserId)], ct);
        var queued = 0;
        foreach (var manager in managers.Where(m => users.ContainsKey(m.UserId)))
        {
            var center = centers.First(c => c.Id == manager.CenterId);
            queued += await queue.EmailAsync([users[manager.UserId]], $"[개인정보] {month} 접근기록 점검",
                $"{center.Name}의 {month} 개인정보 접근기록 월간 점검이 아직 완료되지 않았습니다. 관리자 화면에서 점검하고 서명해 주십시오.",
                $"access-log-review:{center.Id}:{month.Number}", ct);
        }
        await store.SaveChangesAsync(ct);
        return queued;
    }
}
