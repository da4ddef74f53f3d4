using Housing.Infrastructure.Exports;
using Housing.Infrastructure.Jobs;
using Housing.Infrastructure.Kapt;
using Housing.Infrastructure.Notifications;
using Housing.Infrastructure.Persistence;
using Infrastructure.Tests.Jobs.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Infrastructure.Tests.Jobs;

public sealed class HousingJobCatalogTests : IDisposable
{
    private readonly JobsTestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Every_platform_job_runs_to_success_through_the_scheduler()
    {
        var jobs = HousingJobCatalog.All.Where(j => j.Name != "rental-notices-import").ToList();
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        foreach (var d in _db.Services(TimeProvider.System)) builder.Services.Add(d);
        builder.Services.AddHousingNotifications(new NotificationOptions());
        builder.Services.AddOptions<KaptOptions>();
        builder.Services.AddKaptSyncServices();
        builder.Services.AddHousingExports();
        foreach (var job in jobs) builder.Services.AddTransient(job.JobType);
        builder.Services.AddHousingJobs(new JobsOptions(), DatabaseProvider.Sqlite, _ => _db.ConnectionString, jobs);
        using var host = builder.Build();
        await host.StartAsync();
        var scheduled = host.Services.GetRequiredService<ScheduledJobs>();
        Assert.Equal(jobs.Select(j => j.Name), (await scheduled.ListAsync()).Select(v => v.Name));
        foreach (var job in jobs) await scheduled.RunNowAsync(job.Name);

        var until = DateTime.UtcNow.AddSeconds(60);
        List<JobRun> runs;
        do
        {
            await Task.Delay(200);
            using var context = _db.CreateContext();
            runs = await context.Set<JobRun>().AsNoTracking().Where(r => r.FinishedAt != null).ToListAsync();
        } while (runs.Count < jobs.Count && DateTime.UtcNow < until);
        await host.StopAsync();

        Assert.Equal(jobs.Select(j => j.Name).Order(), runs.Select(r => r.JobName).Order());
        Assert.All(runs, r => Assert.True(r.Result == JobRunOutcome.Succeeded, $"{r.JobName}: {r.Error}"));
    }
}
