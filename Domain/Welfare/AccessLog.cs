using Housing.Domain.Common;

namespace Housing.Domain.Welfare;

/// <summary>Appends to the hash-chained access log within the caller's unit of work.</summary>
internal static class AccessLog
{
    public static async Task<AccessLogEntry> AppendAsync(IHousingStore store, Actor actor, WelfareStaffContext ctx, Guid clientId,
        Guid? caseId, AccessAction action, string? purpose, DateTimeOffset now, CancellationToken ct)
    {
        var head = await store.FirstOrDefaultAsync(store.Query<AccessLogHead>().Where(h => h.Id == AccessLogHead.SingletonId), ct);
        if (head is null)
        {
            head = AccessLogHead.Start();
            store.Add(head);
        }
        var entry = AccessLogEntry.Append(head, now, actor, ctx.Center.Id, clientId, caseId, action, purpose);
        store.Add(entry);
        return entry;
    }
}
