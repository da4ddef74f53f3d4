using Housing.Domain.Common;
using Housing.Infrastructure.Jobs;
using Housing.Infrastructure.Kapt;
using Housing.Infrastructure.Persistence;
using Infrastructure.Tests.Jobs.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace Infrastructure.Tests.Kapt;

public sealed class KaptSyncJobTests
{
    [Fact]
    public async Task A_run_stopped_by_the_daily_quota_schedules_the_job_again_for_when_the_quota_resets()
    {
        await using var server = await FakeKaptServer.StartAsync();
        server.AddSigungu("11560", 2);
        server.QuotaRemaining = 10;
        using var db = new JobsTestDatabase();
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        foreach (var d in db.Services(TimeProvider.System)) builder.Services.Add(d);
        builder.Services.AddOptions<KaptOptions>().Configure(o =>
        {
            o.BaseUrl = server.BaseUrl;
            o.ServiceKey = FakeKaptServer.Key;
            o.SigunguCodes = ["11560"];
            o.MonthsBack = 1;
            o.RequestsPerSecond = 50;
        });
        builder.Services.AddKaptSyncServices();
        builder.Services.AddTransient<KaptSyncJob>();
        var job = HousingJobCatalog.All.Single(j => j.Name == "kapt-sync");
        builder.Services.AddHousingJobs(new JobsOptions(), DatabaseProvider.Sqlite, _ => db.ConnectionString, [job]);
        using var host = builder.Build();
        await host.StartAsync();
        await host.Services.GetRequiredService<ScheduledJobs>().RunNowAsync("kapt-sync");

        var until = DateTime.UtcNow.AddSeconds(60);
        JobRun? run = null;
        while (run?.FinishedAt is null && DateTime.UtcNow < until)
        {
            await Task.Delay(200);
            using var context = db.CreateContext();
            run = await context.Set<JobRun>().AsNoTracking().FirstOrDefaultAsync();
        }
        var resumeAt = KoreanCalendar.StartOf(KoreanCalendar.Today(TimeProvider.System).AddDays(1)).AddMinutes(5);
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var resume = await scheduler.GetTrigger(new TriggerKey($"kapt-sync-resume-{resumeAt:yyyyMMddHHmm}", HousingJobCatalog.Group));
        await host.StopAsync();

        Assert.Equal(JobRunOutcome.Succeeded, run!.Result);
        Assert.Equal(["kapt-sync", "kapt-quota-spent"], JobSummary.Read(run.Summary)!.Parts.Select(p => p.Code));
        Assert.NotNull(resume);
        Assert.Equal(resumeAt, resume!.StartTimeUtc);
        Assert.Equal(new JobKey("kapt-sync", HousingJobCatalog.Group), resume.JobKey);
    }
}
