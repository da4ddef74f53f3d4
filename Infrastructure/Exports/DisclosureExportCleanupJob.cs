using Housing.Domain.Disclosures;
using Housing.Infrastructure.Jobs;
using Housing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Housing.Infrastructure.Exports;

/// <summary>Deletes the files of exports past their seven days and marks them expired; downloads then answer 410 Gone.</summary>
public sealed class DisclosureExportCleanupJob(IServiceScopeFactory scopes) : HousingJob(scopes)
{
    protected override async Task<string> RunAsync(IServiceProvider services, IJobExecutionContext context, CancellationToken ct) =>
        JobSummary.Of("exports-expired", await ExpireAsync(services, ct)).Stored;

    public static async Task<int> ExpireAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<HousingDbContext>();
        var files = services.GetRequiredService<ExportFiles>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var expired = await db.Set<DisclosureExport>()
            .Where(e => e.Status == ExportStatus.Completed && e.ExpiresAt <= now)
            .ToListAsync(ct);
        foreach (var export in expired)
        {
            files.Delete(export);
            export.Expire();
        }
        await db.SaveChangesAsync(ct);
        return expired.Count;
    }
}
