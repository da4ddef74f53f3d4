using Housing.Domain.Common;
using Housing.Domain.Disclosures;
using Housing.Infrastructure.Jobs;
using Housing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Housing.Infrastructure.Exports;

/// <summary>
/// Runs one export: counts the rows of its scope, streams them from the database in one pass into a temporary file,
/// reports progress every <see cref="ProgressEvery"/> rows (and stops there when the export was canceled), then renames
/// the file into place and marks the export completed. A failure is recorded with its message and the file removed.
/// A firing repeated after a crash starts the file again from the first row.
/// </summary>
public sealed class DisclosureExportJob(IServiceScopeFactory scopes) : HousingJob(scopes)
{
    public const int ProgressEvery = 50_000;

    protected override async Task<string> RunAsync(IServiceProvider services, IJobExecutionContext context, CancellationToken ct)
    {
        var exportId = Guid.Parse(context.MergedJobDataMap.GetString(QuartzDisclosureExportScheduler.ExportIdKey)!);
        return await RunExportAsync(services, exportId, ct);
    }

    public static async Task<string> RunExportAsync(IServiceProvider services, Guid exportId, CancellationToken ct)
    {
        var database = services.GetRequiredService<HousingDatabase>();
        var clock = services.GetRequiredService<TimeProvider>();
        var files = services.GetRequiredService<ExportFiles>();
        var log = services.GetRequiredService<ILogger<DisclosureExportJob>>();

        await using var db = database.CreateContext();
        var export = await db.Set<DisclosureExport>().FirstOrDefaultAsync(e => e.Id == exportId, ct);
        if (export is not { IsActive: true })
            return $"export {exportId} is {export?.Status.ToString() ?? "gone"}: nothing to do";

        try
        {
            var requester = await RequesterAsync(db, export, ct);
            var scope = services.GetRequiredService<IDisclosureScopeReader>().Read(export.Scope, requester);
            export.Start(await DisclosureExportRows.CountAsync(db, scope, export.ItemCodes, ct), clock.GetUtcNow());
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Canceled between being read and being started.
                return $"export {exportId} canceled";
            }

            var (count, size) = await WriteFileAsync(database, files, export, DisclosureExportRows.ReadAsync(db, scope, export.ItemCodes, ct: ct), ct);
            if (!await UpdateAsync(database, exportId, e => e.Complete(count, size, clock.GetUtcNow()), ct))
            {
                files.Delete(export);
                return $"export {exportId} canceled";
            }
            return $"export {exportId}: {count} rows, {size} bytes";
        }
        catch (ExportCanceledException)
        {
            files.Delete(export);
            return $"export {exportId} canceled";
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            log.LogWarning(e, "Export {ExportId} failed", exportId);
            await UpdateAsync(database, exportId, x => x.Fail(e.Message, clock.GetUtcNow()), CancellationToken.None);
            files.Delete(export);
            throw new JobExecutionException($"Export {exportId} failed: {e.Message}", e);
        }
        catch (OperationCanceledException)
        {
            // The scheduler is shutting down: the export stays running and the firing is recovered on the next start.
            files.Delete(export);
            throw;
        }
    }

    private static async Task<(long Rows, long Size)> WriteFileAsync(HousingDatabase database, ExportFiles files, DisclosureExport export,
        IAsyncEnumerable<DisclosureExportRow> rows, CancellationToken ct)
    {
        var temporary = files.TemporaryPathOf(export);
        long count;
        await using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: false))
        {
            count = await DisclosureExportWriter.WriteAsync(rows, export.Format, file,
                new ExportProgress(ProgressEvery, async (written, token) =>
                {
                    if (!await UpdateAsync(database, export.Id, e => e.ReportProgress(written), token))
                        throw new ExportCanceledException();
                }), ct);
        }

        var size = new FileInfo(temporary).Length;
        File.Move(temporary, files.PathOf(export), overwrite: true);
        return (count, size);
    }

    /// <summary>
    /// Applies a change to the export in a context of its own (the export's own context is busy reading rows); false when
    /// the export is no longer queued or running (it was canceled), in which case nothing is changed.
    /// </summary>
    private static async Task<bool> UpdateAsync(HousingDatabase database, Guid exportId, Action<DisclosureExport> change, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            await using var db = database.CreateContext();
            var export = await db.Set<DisclosureExport>().FirstAsync(e => e.Id == exportId, ct);
            if (!export.IsActive)
                return false;
            change(export);
            try
            {
                await db.SaveChangesAsync(ct);
                return true;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                // Someone changed it meanwhile (a cancel): read it again.
            }
        }
    }

    /// <summary>The requester with the roles and district their account holds now: an export of someone who lost the role fails.</summary>
    private static async Task<Actor> RequesterAsync(HousingDbContext db, DisclosureExport export, CancellationToken ct)
    {
        var roles = await db.UserRoles.Where(ur => ur.UserId == export.RequestedBy)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync(ct);
        var district = await db.Users.Where(u => u.Id == export.RequestedBy).Select(u => u.DistrictCode).FirstOrDefaultAsync(ct);
        return new Actor(export.RequestedBy, export.RequestedByName, roles.ToHashSet(), DistrictCode: district);
    }

    private sealed class ExportCanceledException() : Exception("The export was canceled.");
}
