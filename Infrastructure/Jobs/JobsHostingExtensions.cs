using Housing.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Quartz;

namespace Housing.Infrastructure.Jobs;

public static class JobsHostingExtensions
{
    /// <summary>
    /// The Quartz scheduler on the platform's database (its tables come from the platform's migrations): SQLite by
    /// default, PostgreSQL clustered so several nodes share one schedule and each firing runs once. Registers every job
    /// of <see cref="HousingJobCatalog"/> (kapt-sync only when Kapt:Enabled, rental-notices-import only with RentalNotices:FeedUrl), the job history and the admin's
    /// <see cref="ScheduledJobs"/>. Call after AddHousingDatabase, so the database is migrated before Quartz starts.
    /// </summary>
    public static IHostApplicationBuilder AddHousingJobs(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        // An unknown provider is reported by the database's own start-up validation, not here.
        var provider = builder.Configuration["Database:Provider"]?.ToUpperInvariant() is "POSTGRESQL" or "POSTGRES"
            ? DatabaseProvider.PostgreSql
            : DatabaseProvider.Sqlite;
        var kaptEnabled = builder.Configuration.GetValue<bool>("Kapt:Enabled");
        var rentalFeed = !string.IsNullOrWhiteSpace(builder.Configuration["RentalNotices:FeedUrl"]);
        var jobs = HousingJobCatalog.All.Where(j => (j.Name != "kapt-sync" || kaptEnabled) && (j.Name != "rental-notices-import" || rentalFeed));
        builder.Services.AddHousingJobs(options, provider, sp => sp.GetRequiredService<HousingDatabase>().ConnectionString, jobs);
        return builder;
    }

    public static IServiceCollection AddHousingJobs(this IServiceCollection services, JobsOptions options, DatabaseProvider provider,
        Func<IServiceProvider, string> connectionString, IEnumerable<HousingJobDefinition> jobs)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<JobRunRecorder>();
        var registered = jobs.ToList();
        services.AddSingleton(new ScheduledJobCatalog(registered));
        services.AddSingleton<ScheduledJobs>();
        if (!options.Enabled)
            return services;
        services.AddQuartz(q =>
        {
            q.UseDefaultThreadPool(options.MaxConcurrency);
            q.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                if (provider == DatabaseProvider.PostgreSql)
                {
                    store.UsePostgres(ds => ds.DataSourceFactory = sp => NpgsqlDataSource.Create(connectionString(sp)));
                    store.UseClustering();
                }
                else
                {
                    store.UseSqlite(ds => ds.DataSourceFactory = sp => SqliteFactory.Instance.CreateDataSource(connectionString(sp)));
                }
            });
            q.AddJobListener(sp => sp.GetRequiredService<JobRunRecorder>());
            foreach (var job in registered)
            {
                var key = new JobKey(job.Name, HousingJobCatalog.Group);
                q.AddJob(job.JobType, j => j.WithIdentity(key).WithDescription(job.Description).StoreDurably());
                q.AddTrigger(t => t.ForJob(key).WithIdentity(ScheduledJobs.ScheduleOf(job.Name))
                    .WithCronSchedule(options.Schedules.GetValueOrDefault(job.Name, job.DefaultSchedule), c => c.InTimeZone(HousingJobCatalog.Korea)));
            }
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
