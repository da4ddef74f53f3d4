using Housing.Domain.Common;

namespace Housing.Domain.Welfare;

/// <summary>
/// The purposes logged with views the platform makes itself (a reader gives their own reason for reveals and exports):
/// fixed words that hosts recognise and show in their users' language.
/// </summary>
public static class AccessPurposes
{
    public const string ClientPage = "client page";

    public const string CaseRecord = "case record";
}

/// <summary>Appends to the hash-chained access log within the caller's unit of work.</summary>
internal static class AccessLog
{
    public static async Task<AccessLogEntry> AppendAsync(IHousingStore store, Actor actor, WelfareStaffContext ctx, Guid clientId,
        Guid? caseId, AccessAction action, string? purpose, DateTimeOffset now, CancellationToken ct) =>
        (await AppendManyAsync(store, actor, ctx, [clientId], caseId, action, purpose, null, now, ct))[0];

    /// <summary>
    /// One entry per client, chained in the order given, on one read of the head: a list that shows many clients is one
    /// insert of many rows, and a concurrent appender conflicts on the head instead of forking the chain.
    /// </summary>
    public static async Task<List<AccessLogEntry>> AppendManyAsync(IHousingStore store, Actor actor, WelfareStaffContext ctx,
        IEnumerable<Guid> clientIds, Guid? caseId, AccessAction action, string? purpose, IReadOnlyCollection<string>? fields,
        DateTimeOffset now, CancellationToken ct)
    {
        var head = await store.FirstOrDefaultAsync(store.Query<AccessLogHead>().Where(h => h.Id == AccessLogHead.SingletonId), ct);
        if (head is null)
        {
            head = AccessLogHead.Start();
            store.Add(head);
        }
        var entries = new List<AccessLogEntry>();
        foreach (var clientId in clientIds)
        {
            var entry = AccessLogEntry.Append(head, now, actor, ctx, clientId, caseId, action, purpose, fields);
            store.Add(entry);
            entries.Add(entry);
        }
        return entries;
    }
}
