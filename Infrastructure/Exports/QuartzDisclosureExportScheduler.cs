using Housing.Domain.Common;
using Housing.Domain.Disclosures;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Housing.Infrastructure.Exports;

/// <summary>
/// One Quartz job per export, fired once at once, in the persistent store: whichever node acquires it runs it, and a
/// node that dies mid-export hands it to another on recovery. Exports run side by side, up to the scheduler's threads.
/// </summary>
public sealed class QuartzDisclosureExportScheduler(IServiceProvider services) : IDisclosureExportScheduler
{
    public const string Group = "disclosure-exports";

    public const string ExportIdKey = "exportId";

    public static JobKey KeyOf(Guid exportId) => new(exportId.ToString("N"), Group);

    public async Task ScheduleAsync(Guid exportId, CancellationToken ct = default)
    {
        var schedulers = services.GetService<ISchedulerFactory>()
            ?? throw new DomainException("EXPORTS_UNAVAILABLE", "This server runs no jobs (Jobs:Enabled is false), so it cannot run exports; ask an administrator.");
        var scheduler = await schedulers.GetScheduler(ct);
        var job = JobBuilder.Create<DisclosureExportJob>()
            .WithIdentity(KeyOf(exportId))
            .WithDescription("A disclosure export")
            .UsingJobData(ExportIdKey, exportId.ToString())
            .RequestRecovery()
            .Build();
        var trigger = TriggerBuilder.Create().WithIdentity(exportId.ToString("N"), Group).ForJob(job).StartNow().Build();
        await scheduler.ScheduleJob(job, trigger, cancellationToken: ct);
    }
}
