using Housing.Domain.Common;
using Housing.Domain.Welfare;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Housing.Infrastructure.Jobs.Reminders;

/// <summary>
/// Reminds the assigned caseworker of each open case past a time limit (assessment within 10 days of intake, plan
/// within 30) and of each follow-up due after closure. One fact per case and limit, per follow-up.
/// </summary>
public sealed class WelfareTimeLimitsJob(IServiceScopeFactory scopes) : HousingJob(scopes)
{
    protected override async Task<string> RunAsync(IServiceProvider services, IJobExecutionContext context, CancellationToken ct) =>
        JobSummary.Of("reminders-queued", await RemindAsync(services, ct)).Stored;

    public static async Task<int> RemindAsync(IServiceProvider services, CancellationToken ct)
    {
        var store = services.GetRequiredService<IHousingStore>();
        var clock = services.GetRequiredService<TimeProvider>();
        var queue = services.GetRequiredService<INotificationQueue>();
        var today = KoreanCalendar.Today(clock);
        var breaching = await store.ToListAsync(store.Query<WelfareCase>().Where(WelfareCaseQueries.BreachingTimeLimitsAsOf(today)), ct);
        var followUps = await store.ToListAsync(store.Query<WelfareCase>().Where(WelfareCaseQueries.FollowUpDueBy(today)), ct);
        var workerIds = breaching.Concat(followUps).Select(c => c.AssignedWorkerId).Distinct().ToList();
        var workers = await store.ToListAsync(store.Query<WelfareStaff>().Where(s => workerIds.Contains(s.Id)), ct);
        var users = await new StaffContacts(store).UsersAsync([.. workers.Select(w => w.UserId)], ct);
        List<StaffContact> WorkerOf(WelfareCase c) =>
            workers.FirstOrDefault(w => w.Id == c.AssignedWorkerId) is { } w && users.TryGetValue(w.UserId, out var u) ? [u] : [];

        var queued = 0;
        foreach (var c in breaching)
        {
            var limit = !c.Assessments.Any() && c.IntakeDate < today.AddDays(-WelfareCase.AssessmentDays) ? "assessment" : "plan";
            var days = limit == "assessment" ? WelfareCase.AssessmentDays : WelfareCase.PlanDays;
            var what = limit == "assessment" ? "욕구사정" : "서비스 계획";
            queued += await queue.SmsAsync(WorkerOf(c), $"[주거복지] 사례 {c.IntakeDate:yyyy-MM-dd} 접수 건의 {what}이 기한({days}일)을 넘겼습니다.",
                $"welfare-limit:{c.Id}:{limit}", ct);
        }
        foreach (var c in followUps)
            foreach (var f in c.FollowUps.Where(f => f.RecordedAt is null && f.DueDate <= today))
                queued += await queue.SmsAsync(WorkerOf(c), $"[주거복지] 종결 사례의 사후관리 예정일({f.DueDate:yyyy-MM-dd})입니다.",
                    $"welfare-follow-up:{c.Id}:{f.Id}", ct);
        await store.SaveChangesAsync(ct);
        return queued;
    }
}
