using Housing.Domain.Common;

namespace Housing.Domain.Disclosures;

/// <summary>Runs a stored export in the background (the platform schedules a job per export).</summary>
public interface IDisclosureExportScheduler
{
    Task ScheduleAsync(Guid exportId, CancellationToken ct = default);
}

/// <summary>What an analyst asks to export: the scope as stored JSON, the fee items (every item when empty) and the format.</summary>
public sealed record StartExportCommand(string Scope, IReadOnlyList<string> Items, ExportFormat Format);

/// <summary>
/// Bulk exports of disclosures (Shopify-style bulk operations): analysts, district officers and platform admins start one,
/// a job writes the file, the requester (or a platform admin) follows its progress, downloads it while it lasts, or
/// cancels it. A caller has at most <see cref="MaxActivePerUser"/> exports queued or running at once.
/// </summary>
public sealed class DisclosureExportService(IHousingStore store, TimeProvider clock, IDisclosureExportScheduler scheduler)
{
    public const int MaxActivePerUser = 2;

    public static readonly string[] Requesters = [Roles.Analyst, Roles.DistrictOfficer, Roles.PlatformAdmin];

    /// <summary>
    /// Stores the export and schedules its job. Refused: a caller without an exporting role, an unknown or repeated item,
    /// a caller with <see cref="MaxActivePerUser"/> exports already queued or running. When the job cannot be scheduled
    /// the export is removed again, so a refused start leaves nothing behind.
    /// </summary>
    public async Task<DisclosureExport> StartAsync(Actor actor, StartExportCommand command, CancellationToken ct = default)
    {
        actor.Require(Requesters);
        ValidateItems(command.Items);
        await RequireRoomAsync(actor, null, ct);
        var export = DisclosureExport.Request(actor, command.Scope, command.Items, command.Format, clock.GetUtcNow());
        store.Add(export);
        await store.SaveChangesAsync(ct);
        try
        {
            // Two starts at the same moment both passed the check above; the later one gives way.
            await RequireRoomAsync(actor, export, ct);
            await scheduler.ScheduleAsync(export.Id, ct);
        }
        catch
        {
            store.Remove(export);
            await store.SaveChangesAsync(CancellationToken.None);
            throw;
        }
        return export;
    }

    /// <summary>Cancels a queued or running export of the caller (a platform admin: anyone's); its job stops at its next progress report.</summary>
    public async Task<DisclosureExport> CancelAsync(Actor actor, Guid exportId, CancellationToken ct = default)
    {
        var export = await FindAsync(actor, exportId, ct) ?? throw new NotFoundException("Export", exportId);
        export.Cancel(clock.GetUtcNow());
        await store.SaveChangesAsync(ct);
        return export;
    }

    /// <summary>The exports the caller sees: their own; a platform admin's, everyone's.</summary>
    public static IQueryable<DisclosureExport> VisibleTo(IQueryable<DisclosureExport> exports, Actor actor)
    {
        if (actor.IsIn(Roles.PlatformAdmin))
            return exports;
        var userId = actor.UserId;
        return actor.IsAnyOf(Requesters) ? exports.Where(e => e.RequestedBy == userId) : exports.Where(_ => false);
    }

    /// <summary>The export if the caller may see it; null when it does not exist or is someone else's.</summary>
    public Task<DisclosureExport?> FindAsync(Actor actor, Guid exportId, CancellationToken ct = default) =>
        store.FirstOrDefaultAsync(VisibleTo(store.Query<DisclosureExport>(), actor).Where(e => e.Id == exportId), ct);

    private async Task RequireRoomAsync(Actor actor, DisclosureExport? started, CancellationToken ct)
    {
        var userId = actor.UserId;
        var active = await store.ToListAsync(store.Query<DisclosureExport>()
            .Where(e => e.RequestedBy == userId && (e.Status == ExportStatus.Queued || e.Status == ExportStatus.Running))
            .OrderBy(e => e.CreatedAt).ThenBy(e => e.Id).Select(e => e.Id), ct);
        var ahead = started is null ? active.Count : active.IndexOf(started.Id);
        if (ahead >= MaxActivePerUser)
            throw new DomainException("EXPORT_LIMIT",
                $"You have {MaxActivePerUser} exports queued or running; at most {MaxActivePerUser} are allowed at once. Wait for one to finish or cancel it.");
    }

    private static void ValidateItems(IReadOnlyList<string> items)
    {
        var known = FeeCatalog.AmountItems.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        var unknown = items.Where(i => !known.Contains(i)).ToList();
        if (unknown.Count > 0)
            throw new DomainException("UNKNOWN_FEE_ITEM",
                $"Unknown item codes {string.Join(", ", unknown)}; known codes are {string.Join(", ", known)}.");
        var repeated = items.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (repeated.Count > 0)
            throw new DomainException("DUPLICATE_ITEM", $"The items {string.Join(", ", repeated)} are given more than once; give each fee item once.");
    }
}
