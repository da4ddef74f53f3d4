using Housing.Domain.Common;

namespace Housing.Domain.Welfare;

/// <summary>Appends to the hash-chained access log within the caller's unit of work.</summary>
internal static class AccessLog
{
    public static async Task<AccessLogEntry> AppendAsync(IHousingStore store, Actor actor, WelfareStaffContext ctx, Guid clientId,
        Guid? caseId, AccessAction action, string? purpose, DateTimeOffset now, CancellationToken ct)
    {
        var last = await store.FirstOrDefaultAsync(store.Query<AccessLogEntry>().OrderByDescending(e => e.Sequence), ct);
        var entry = AccessLogEntry.Append(last, now, actor, ctx.Center.Id, clientId, caseId, action, purpose);
        store.Add(entry);
        return entry;
    }
}
