using Housing.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Housing.Infrastructure.Kapt;

/// <summary>
/// Runs the K-apt sync. When the daily quota stops it, the job schedules a one-off firing of itself for the moment
/// the quota resets, which resumes from the checkpoint.
/// </summary>
public sealed class KaptSyncJob(IServiceScopeFactory scopes) : HousingJob(scopes)
{
    protected override async Task<string> RunAsync(IServiceProvider services, IJobExecutionContext context, CancellationToken ct)
    {
        var report = await services.GetRequiredService<KaptSync>().RunAsync(ct: ct);
        if (report.ResumeAt is { } resumeAt)
        {
            var trigger = TriggerBuilder.Create()
                .WithIdentity($"kapt-sync-resume-{resumeAt:yyyyMMddHHmm}", HousingJobCatalog.Group)
                .ForJob(context.JobDetail.Key)
                .StartAt(resumeAt)
                .Build();
            if (!await context.Scheduler.Exists(trigger.Key, ct))
                await context.Scheduler.ScheduleJob(trigger, default, ct);
        }
        return report.Summary().Stored;
    }
}
