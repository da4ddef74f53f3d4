using Housing.Domain.Common;

namespace Housing.Domain.Welfare;

/// <summary>Reviewing and verifying the access log: center managers for their center, central staff for all.</summary>
public sealed class AccessLogService(IHousingStore store, TimeProvider clock)
{
    private const int VerifyBatch = 1000;

    /// <summary>Checks the whole chain in sequence order and reports the first broken link.</summary>
    public async Task<AccessLogVerification> VerifyAccessLogAsync(Actor actor, CancellationToken ct = default)
    {
        await ReviewerAsync(actor, ct);
        return await VerifyChainAsync(ct);
    }

    /// <summary>A center's entries of one month (Korean calendar), oldest first; central staff may name any center.</summary>
    public async Task<List<AccessLogEntry>> EntriesOfMonthAsync(Actor actor, YearMonth month, Guid? centerId = null,
        CancellationToken ct = default)
    {
        var ctx = await ReviewerAsync(actor, ct);
        var center = centerId ?? ctx.Center.Id;
        if (center != ctx.Center.Id && !ctx.IsCentral)
            throw new ForbiddenException("A center manager reviews only their own center's access log.");
        return await EntriesAsync(center, month, ct);
    }

    /// <summary>The entries the reviewer may see, newest first, for lists to filter and page: their center's, or all for central staff.</summary>
    public async Task<IQueryable<AccessLogEntry>> AccessLogEntriesAsync(Actor actor, CancellationToken ct = default)
    {
        var ctx = await ReviewerAsync(actor, ct);
        var q = store.Query<AccessLogEntry>();
        if (!ctx.IsCentral)
        {
            var centerId = ctx.Center.Id;
            q = q.Where(e => e.CenterId == centerId);
        }
        return q.OrderByDescending(e => e.Sequence);
    }

    /// <summary>Every entry about one client, for a client's request to know who read their data.</summary>
    public async Task<List<AccessLogEntry>> EntriesForClientAsync(Actor actor, Guid clientId, CancellationToken ct = default)
    {
        var ctx = await ReviewerAsync(actor, ct);
        var q = store.Query<AccessLogEntry>().Where(e => e.ClientId == clientId);
        if (!ctx.IsCentral)
        {
            var centerId = ctx.Center.Id;
            q = q.Where(e => e.CenterId == centerId);
        }
        return await store.ToListAsync(q.OrderBy(e => e.Sequence), ct);
    }

    /// <summary>
    /// The center manager signs off the review of a finished month: the entries are counted and the whole chain is
    /// verified at that moment, and the result is kept with the findings. One review per center and month.
    /// </summary>
    public async Task<AccessLogReview> SignOffAccessLogReviewAsync(Actor actor, YearMonth month, string findings,
        CancellationToken ct = default)
    {
        var ctx = await WelfareStaffContext.ResolveAsync(store, actor, ct);
        if (!ctx.Staff.IsManager)
            throw new ForbiddenException("Only the center manager signs off the access-log review.");
        var now = clock.GetUtcNow();
        if (month >= YearMonth.From(KoreanCalendar.DateOf(now)))
            throw new DomainException("REVIEW_MONTH_NOT_OVER", $"{month} is not over yet; review a finished month.");
        var centerId = ctx.Center.Id;
        if (await store.AnyAsync(store.Query<AccessLogReview>().Where(r => r.CenterId == centerId && r.Month == month), ct))
            throw new DomainException("REVIEW_ALREADY_SIGNED", $"The access-log review of {month} is already signed off.");
        var entries = await EntriesAsync(centerId, month, ct);
        var verification = await VerifyChainAsync(ct);
        var review = AccessLogReview.SignOff(centerId, month, entries, verification.Intact, findings, ctx.Staff.Id, now);
        store.Add(review);
        await store.SaveChangesAsync(ct);
        return review;
    }

    /// <summary>Centers whose review of the previous month is not signed off as of a date (for the reminder job).</summary>
    public async Task<List<WelfareCenter>> CentersWithReviewDueAsync(DateOnly asOf, CancellationToken ct = default)
    {
        var month = YearMonth.From(asOf).AddMonths(-1);
        var reviewed = store.Query<AccessLogReview>().Where(r => r.Month == month).Select(r => r.CenterId);
        return await store.ToListAsync(store.Query<WelfareCenter>().Where(c => !reviewed.Contains(c.Id)).OrderBy(c => c.Name), ct);
    }

    public async Task<List<AccessLogReview>> ReviewsAsync(Actor actor, CancellationToken ct = default)
    {
        var ctx = await ReviewerAsync(actor, ct);
        var q = store.Query<AccessLogReview>();
        if (!ctx.IsCentral)
        {
            var centerId = ctx.Center.Id;
            q = q.Where(r => r.CenterId == centerId);
        }
        return await store.ToListAsync(q.OrderByDescending(r => r.Month), ct);
    }

    private async Task<List<AccessLogEntry>> EntriesAsync(Guid centerId, YearMonth month, CancellationToken ct)
    {
        var from = KoreanCalendar.StartOf(month.FirstDay);
        var to = KoreanCalendar.StartOf(month.AddMonths(1).FirstDay);
        return await store.ToListAsync(store.Query<AccessLogEntry>()
            .Where(e => e.CenterId == centerId && e.At >= from && e.At < to)
            .OrderBy(e => e.Sequence), ct);
    }

    private async Task<AccessLogVerification> VerifyChainAsync(CancellationToken ct)
    {
        var verifier = new AccessLogChainVerifier();
        long after = 0;
        while (true)
        {
            var batch = await store.ToListAsync(store.Query<AccessLogEntry>()
                .Where(e => e.Sequence > after).OrderBy(e => e.Sequence).Take(VerifyBatch), ct);
            foreach (var entry in batch)
                if (!verifier.Next(entry)) return verifier.Result;
            if (batch.Count < VerifyBatch)
                return verifier.Finish(await store.FirstOrDefaultAsync(
                    store.Query<AccessLogHead>().Where(h => h.Id == AccessLogHead.SingletonId), ct));
            after = batch[^1].Sequence;
        }
    }

    private async Task<WelfareStaffContext> ReviewerAsync(Actor actor, CancellationToken ct)
    {
        var ctx = await WelfareStaffContext.ResolveAsync(store, actor, ct);
        if (!ctx.Staff.IsManager && !ctx.IsCentral)
            throw new ForbiddenException("The access log is reviewed by center managers and central staff.");
        return ctx;
    }
}
