using Housing.Domain.Common;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Housing.Infrastructure.Jobs;

/// <summary>The jobs this node registered with the scheduler.</summary>
public sealed record ScheduledJobCatalog(IReadOnlyList<HousingJobDefinition> Jobs);

/// <summary>A scheduled job as the admin lists it.</summary>
public sealed record ScheduledJobView(string Name, string Description, string? Schedule, DateTimeOffset? NextRunAt, JobRun? LastRun);

/// <summary>The admin's "scheduled jobs" page: every job with its schedule, next and last run, its history, and "run now".</summary>
public sealed class ScheduledJobs(ISchedulerFactory schedulers, IServiceScopeFactory scopes, ScheduledJobCatalog catalog)
{
    /// <summary>The name of the trigger that carries a job's regular schedule.</summary>
    public static TriggerKey ScheduleOf(string jobName) => new($"{jobName}-schedule", HousingJobCatalog.Group);

    public async Task<IReadOnlyList<ScheduledJobView>> ListAsync(CancellationToken ct = default)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        using var scope = scopes.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<IHousingStore>();
        var views = new List<ScheduledJobView>();
        foreach (var job in catalog.Jobs)
        {
            if (!await scheduler.Exists(new JobKey(job.Name, HousingJobCatalog.Group), ct))
                continue;
            var trigger = await scheduler.GetTrigger(ScheduleOf(job.Name), ct);
            var lastRun = await store.FirstOrDefaultAsync(store.Query<JobRun>()
                .Where(r => r.JobGroup == HousingJobCatalog.Group && r.JobName == job.Name).OrderByDescending(r => r.StartedAt), ct);
            views.Add(new ScheduledJobView(job.Name, job.Description, (trigger as ICronTrigger)?.CronExpressionString, trigger?.NextFireTimeUtc, lastRun));
        }
        return views;
    }

    public async Task<IReadOnlyList<JobRun>> HistoryAsync(string jobName, int take = 50, CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<IHousingStore>();
        return await store.ToListAsync(store.Query<JobRun>()
            .Where(r => r.JobGroup == HousingJobCatalog.Group && r.JobName == jobName)
            .OrderByDescending(r => r.StartedAt).Take(take), ct);
    }

    /// <summary>Fires the job once, now, on whichever node acquires it.</summary>
    public async Task RunNowAsync(string jobName, CancellationToken ct = default)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var key = new JobKey(jobName, HousingJobCatalog.Group);
        if (!await scheduler.Exists(key, ct))
            throw new NotFoundException("Scheduled job", jobName);
        await scheduler.TriggerJob(key, null, ct);
    }
}
