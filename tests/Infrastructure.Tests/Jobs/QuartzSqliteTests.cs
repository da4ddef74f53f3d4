using Housing.Infrastructure.Jobs;
using Housing.Infrastructure.Persistence;
using Infrastructure.Tests.Jobs.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace Infrastructure.Tests.Jobs;

/// <summary>Counts its firings per test database, so tests running in parallel do not see each other's.</summary>
public sealed class CountingJob(IServiceScopeFactory scopes) : HousingJob(scopes)
{
    public static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> Firings = new();

    protected override Task<string> RunAsync(IServiceProvider services, IJobExecutionContext context, CancellationToken ct)
    {
        var key = services.GetRequiredService<HousingDbContext>().Database.GetConnectionString()!;
        var count = Firings.AddOrUpdate(key, 1, (_, n) => n + 1);
        return Task.FromResult($"firing {count}");
    }
}

public sealed class QuartzSqliteTests : IDisposable
{
    private readonly JobsTestDatabase _db = new(migrate: true);

    public void Dispose() => _db.Dispose();

    private IHost Host(string schedule = "0/1 * * * * ?")
    {
        var services = _db.Services(TimeProvider.System);
        services.AddHousingJobs(new JobsOptions(), DatabaseProvider.Sqlite, _ => _db.ConnectionString,
            [new HousingJobDefinition("counting", typeof(CountingJob), schedule, "counts")]);
        services.AddTransient<CountingJob>();
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        foreach (var d in services) builder.Services.Add(d);
        return builder.Build();
    }

    private int Firings => CountingJob.Firings.GetValueOrDefault(_db.ConnectionString);

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (!condition() && DateTime.UtcNow < until) await Task.Delay(100);
        Assert.True(condition(), "timed out");
    }

    [Fact]
    public async Task Quartz_validates_and_runs_on_the_schema_the_platform_migrations_create_and_records_each_run()
    {
        using var host = Host();
        await host.StartAsync();
        await WaitUntilAsync(() => Firings >= 2, TimeSpan.FromSeconds(20));
        await host.StopAsync();

        using var context = _db.CreateContext();
        var runs = context.Set<JobRun>().AsNoTracking().ToList();
        Assert.True(runs.Count >= 2);
        Assert.All(runs.Where(r => r.FinishedAt is not null), r =>
        {
            Assert.Equal(JobRunOutcome.Succeeded, r.Result);
            Assert.StartsWith("firing ", r.Summary);
            Assert.Equal("counting", r.JobName);
        });
        Assert.Equal(runs.Count, runs.Select(r => r.FireInstanceId).Distinct().Count());
    }

    [Fact]
    public async Task The_schedule_and_the_history_survive_a_restart_and_run_now_fires_at_once()
    {
        using (var host = Host("0 0 3 * * ?"))
        {
            await host.StartAsync();
            var jobs = host.Services.GetRequiredService<ScheduledJobs>();
            await jobs.RunNowAsync("counting");
            await WaitUntilAsync(() => Firings >= 1, TimeSpan.FromSeconds(20));
            await WaitUntilAsync(() => jobs.HistoryAsync("counting").Result.Any(r => r.FinishedAt is not null), TimeSpan.FromSeconds(10));
            await host.StopAsync();
        }
        using (var context = _db.CreateContext())
            Assert.Equal(1, context.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM qrtz_cron_triggers").AsEnumerable().Single());

        using var restarted = Host("0 0 3 * * ?");
        await restarted.StartAsync();
        var view = Assert.Single(await restarted.Services.GetRequiredService<ScheduledJobs>().ListAsync());
        await restarted.StopAsync();
        Assert.Equal("0 0 3 * * ?", view.Schedule);
        Assert.NotNull(view.NextRunAt);
        Assert.Equal(3, view.NextRunAt!.Value.ToOffset(TimeSpan.FromHours(9)).Hour);
        Assert.NotNull(view.LastRun);
        Assert.True(view.LastRun!.Manual);
        Assert.Equal(JobRunOutcome.Succeeded, view.LastRun.Result);
    }
}
