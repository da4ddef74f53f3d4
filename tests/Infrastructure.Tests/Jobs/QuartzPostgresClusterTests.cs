using Housing.Domain.Common;
using Housing.Infrastructure.Jobs;
using Housing.Infrastructure.Persistence;
using Infrastructure.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Infrastructure.Tests.Jobs;

public sealed class QuartzPostgresClusterTests
{
    private static IHost Node(string connectionString)
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var options = new DbContextOptionsBuilder<PostgresHousingDbContext>().UseNpgsql(connectionString).Options;
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<HousingDbContext>(_ => new PostgresHousingDbContext(options));
        builder.Services.AddScoped<IHousingStore, EfHousingStore>();
        builder.Services.AddTransient<CountingJob>();
        builder.Services.AddHousingJobs(new JobsOptions(), DatabaseProvider.PostgreSql, _ => connectionString,
            [new HousingJobDefinition("counting", typeof(CountingJob), "0/1 * * * * ?", "counts")]);
        return builder.Build();
    }

    [PostgresFact]
    public async Task Two_nodes_on_one_database_share_one_schedule_and_run_each_firing_once()
    {
        await using var db = await PostgresTestDatabase.CreateAsync();
        await using (var context = new PostgresHousingDbContext(new DbContextOptionsBuilder<PostgresHousingDbContext>().UseNpgsql(db.ConnectionString).Options))
            await context.Database.MigrateAsync();

        using var a = Node(db.ConnectionString);
        using var b = Node(db.ConnectionString);
        await Task.WhenAll(a.StartAsync(), b.StartAsync());
        await using var check = new PostgresHousingDbContext(new DbContextOptionsBuilder<PostgresHousingDbContext>().UseNpgsql(db.ConnectionString).Options);
        var until = DateTime.UtcNow.AddSeconds(60);
        while (await check.Set<JobRun>().CountAsync() < 6 && DateTime.UtcNow < until) await Task.Delay(200);
        await Task.WhenAll(a.StopAsync(), b.StopAsync());

        var runs = await check.Set<JobRun>().AsNoTracking().ToListAsync();
        Assert.True(runs.Count >= 6, $"only {runs.Count} firings in a minute");
        Assert.Equal(runs.Count, runs.Select(r => r.ScheduledFor).Distinct().Count());
        Assert.Equal(runs.Count, runs.Select(r => r.FireInstanceId).Distinct().Count());
        Assert.Equal(runs.Count, CountingJob.Firings.GetValueOrDefault(db.ConnectionString));
    }
}
