using Housing.Domain.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;
using Quartz.Extensibility;

namespace Housing.Infrastructure.Jobs;

/// <summary>Writes a <see cref="JobRun"/> when a job starts and completes it when the job ends, for the admin's job history.</summary>
public sealed class JobRunRecorder(IServiceScopeFactory scopes, TimeProvider clock, ILogger<JobRunRecorder> log) : IJobListener
{
    public string Name => "housing-job-runs";

    public async ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<IHousingStore>();
        store.Add(JobRun.Start(context.JobDetail.Key.Group, context.JobDetail.Key.Name, context.Trigger.Key.Name, context.FireInstanceId,
            context.Scheduler.SchedulerInstanceId, context.Trigger.JobDataMap.TryGetValue(SchedulerConstants.ManualTrigger, out var manual) && "true".Equals(manual?.ToString(), StringComparison.OrdinalIgnoreCase),
            context.ScheduledFireTimeUtc, clock.GetUtcNow()));
        await store.SaveChangesAsync(cancellationToken);
    }

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask JobProgressChanged(IJobExecutionContext context, FireInstanceProgress progress, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public async ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<IHousingStore>();
        var run = await store.FirstOrDefaultAsync(store.Query<JobRun>().Where(r => r.FireInstanceId == context.FireInstanceId), cancellationToken);
        if (run is null)
        {
            log.LogWarning("No run recorded for firing {FireInstanceId} of {Job}", context.FireInstanceId, context.JobDetail.Key);
            return;
        }
        var error = jobException?.InnerException?.Message ?? jobException?.Message;
        run.Finish(clock.GetUtcNow(), context.Result as string, error);
        await store.SaveChangesAsync(CancellationToken.None);
    }
}
