using Housing.Domain.Common;
using Housing.Domain.Complexes;

namespace Housing.Domain.Disclosures;

/// <summary>A manager's filing of one month: amounts by fee item code (KRW) and the repair reserve rate.</summary>
public sealed record FileDisclosureCommand(
    Guid ComplexId,
    YearMonth Month,
    IReadOnlyDictionary<string, long> Amounts,
    double? RepairReserveRate = null,
    string? CorrectionReason = null);

/// <summary>The result of a filing: the month and the outlier warnings raised on it.</summary>
public sealed record DisclosureFiling(DisclosureMonth Month, IReadOnlyList<OutlierFlag> Flags, bool IsCorrection);

/// <summary>
/// One month of one complex as K-apt's fee services returned it: amounts by item code (see
/// <see cref="FeeItem.AmountFromKapt"/>), null where K-apt sent null. All null means "not disclosed".
/// </summary>
public sealed record KaptDisclosureImport(
    string KaptCode,
    YearMonth Month,
    IReadOnlyDictionary<string, long?> Amounts,
    double? RepairReserveRate = null);

public enum ImportOutcome
{
    Created,
    Updated,

    /// <summary>The month already holds exactly this content; nothing was written.</summary>
    Unchanged,

    /// <summary>K-apt has no data for a month filed here; the filing is kept.</summary>
    KeptLocalFiling,
}

public sealed record DisclosureImportResult(Guid ComplexId, YearMonth Month, ImportOutcome Outcome)
{
    public bool Changed => Outcome is ImportOutcome.Created or ImportOutcome.Updated;
}

/// <summary>
/// Management-fee disclosure: filing by managers, import from K-apt, budgets and settlements, and the read side
/// (months, trends, compliance, comparison). Disclosures are public information: reads need no role.
/// </summary>
public sealed class DisclosureService(IHousingStore store, TimeProvider clock)
{
    /// <summary>
    /// Files (or re-files, as a correction kept in the history) a month. Refused: unknown item codes, negative amounts,
    /// amounts above <see cref="FeeCatalog.MaxItemAmount"/>,
    /// a month after the current one or before the complex's use approval, an empty filing. Outliers against the
    /// complex's own last 12 months are returned and kept with the filing, never refused.
    /// </summary>
    public async Task<DisclosureFiling> FileDisclosureAsync(Actor actor, FileDisclosureCommand cmd, CancellationToken ct = default)
    {
        var complex = await ComplexAsync(cmd.ComplexId, ct);
        await ComplexAccess.RequireManagerOrAdminAsync(store, clock, actor, complex.Id, ct);
        var now = clock.GetUtcNow();
        ValidateMonth(complex, cmd.Month, now);
        ValidateAmounts(cmd.Amounts, cmd.RepairReserveRate);
        var existing = await MonthAsync(complex.Id, cmd.Month, ct);
        var correction = existing is { IsDisclosed: true };
        if (correction && string.IsNullOrWhiteSpace(cmd.CorrectionReason))
            throw new DomainException("CORRECTION_REASON_REQUIRED", $"{cmd.Month} is already filed; say why it is corrected.");
        var flags = await OutliersAsync(complex.Id, cmd.Month, cmd.Amounts, ct);
        var month = existing ?? DisclosureMonth.Create(complex.Id, cmd.Month);
        month.File(cmd.Amounts, cmd.RepairReserveRate, complex.ExclusiveArea, DisclosureSource.Manual, actor.UserId,
            cmd.CorrectionReason, flags, now);
        if (existing is null) store.Add(month);
        await store.SaveChangesAsync(ct);
        return new DisclosureFiling(month, flags, correction);
    }

    /// <summary>Checks a filing without saving it: the refusals throw, the outliers are returned (for the filing form).</summary>
    public async Task<IReadOnlyList<OutlierFlag>> CheckDisclosureAsync(Actor actor, FileDisclosureCommand cmd, CancellationToken ct = default)
    {
        var complex = await ComplexAsync(cmd.ComplexId, ct);
        await ComplexAccess.RequireManagerOrAdminAsync(store, clock, actor, complex.Id, ct);
        ValidateMonth(complex, cmd.Month, clock.GetUtcNow());
        ValidateAmounts(cmd.Amounts, cmd.RepairReserveRate);
        return await OutliersAsync(complex.Id, cmd.Month, cmd.Amounts, ct);
    }

    /// <summary>
    /// Upserts a month from K-apt by (K-apt code, month). Repeating an import changes nothing (no write, no version
    /// bump). K-apt's data is stored as it is (negative adjustments included, flagged as outliers) unless an amount lies
    /// beyond <see cref="FeeCatalog.MaxItemAmount"/> either way (refused); a month K-apt reports as not disclosed never
    /// erases a month filed here.
    /// </summary>
    public async Task<DisclosureImportResult> ImportDisclosureFromKaptAsync(Actor actor, KaptDisclosureImport import,
        CancellationToken ct = default)
    {
        actor.Require(Roles.PlatformAdmin);
        var complex = await store.FirstOrDefaultAsync(store.Query<Complex>().Where(c => c.KaptCode == import.KaptCode), ct)
            ?? throw new NotFoundException(nameof(Complex), import.KaptCode);
        var now = clock.GetUtcNow();
        if (import.Month > YearMonth.From(KoreanCalendar.DateOf(now)))
            throw new DomainException("DISCLOSURE_MONTH_IN_FUTURE", $"{import.Month} has not begun yet.");
        var amounts = import.Amounts.Where(a => a.Value is not null).ToDictionary(a => a.Key, a => a.Value!.Value);
        foreach (var code in amounts.Keys) FeeCatalog.Get(code);
        FeeCatalog.RequireWithinLimit(amounts);
        var disclosed = amounts.Count > 0 || import.RepairReserveRate is not null;
        var existing = await MonthAsync(complex.Id, import.Month, ct);
        if (existing is not null && existing.HasSameContent(disclosed, amounts, disclosed ? import.RepairReserveRate : null))
            return new DisclosureImportResult(complex.Id, import.Month, ImportOutcome.Unchanged);
        if (!disclosed && existing is { IsDisclosed: true, Source: DisclosureSource.Manual })
            return new DisclosureImportResult(complex.Id, import.Month, ImportOutcome.KeptLocalFiling);

        var month = existing ?? DisclosureMonth.Create(complex.Id, import.Month);
        if (disclosed)
        {
            var flags = await OutliersAsync(complex.Id, import.Month, amounts, ct);
            month.File(amounts, import.RepairReserveRate, complex.ExclusiveArea, DisclosureSource.Kapt, null,
                existing is null ? null : "K-apt data changed", flags, now);
        }
        else
        {
            month.MarkNotDisclosed(complex.ExclusiveArea, now);
        }
        if (existing is null) store.Add(month);
        await store.SaveChangesAsync(ct);
        return new DisclosureImportResult(complex.Id, import.Month, existing is null ? ImportOutcome.Created : ImportOutcome.Updated);
    }

    /// <summary>Records (or replaces) a year's budget; a budget may be recorded up to one year ahead.</summary>
    public Task<AnnualFeeStatement> RecordBudgetAsync(Actor actor, Guid complexId, int year, IReadOnlyDictionary<FeeGroup, long> amounts,
        CancellationToken ct = default) => RecordStatementAsync(actor, complexId, year, StatementKind.Budget, amounts, ct);

    /// <summary>Records (or replaces) a year's settlement; only for a year that has ended.</summary>
    public Task<AnnualFeeStatement> RecordSettlementAsync(Actor actor, Guid complexId, int year, IReadOnlyDictionary<FeeGroup, long> amounts,
        CancellationToken ct = default) => RecordStatementAsync(actor, complexId, year, StatementKind.Settlement, amounts, ct);

    public async Task<IReadOnlyList<BudgetVariance>> BudgetVarianceAsync(Guid complexId, int year, CancellationToken ct = default)
    {
        var statements = await store.ToListAsync(store.Query<AnnualFeeStatement>().Where(s => s.ComplexId == complexId && s.Year == year), ct);
        var budget = statements.FirstOrDefault(s => s.Kind == StatementKind.Budget);
        var settlement = statements.FirstOrDefault(s => s.Kind == StatementKind.Settlement);
        return Enum.GetValues<FeeGroup>()
            .Select(g => new BudgetVariance(g, budget?.AmountOf(g), settlement?.AmountOf(g)))
            .Where(v => v.Budget is not null || v.Settlement is not null)
            .ToList();
    }

    public Task<DisclosureMonth?> GetMonthAsync(Guid complexId, YearMonth month, CancellationToken ct = default) =>
        MonthAsync(complexId, month, ct);

    /// <summary>A complex's months in a range, oldest first (the trend of every item and total).</summary>
    public Task<List<DisclosureMonth>> MonthsAsync(Guid complexId, YearMonth from, YearMonth to, CancellationToken ct = default) =>
        store.ToListAsync(store.Query<DisclosureMonth>()
            .Where(d => d.ComplexId == complexId && d.Month >= from && d.Month <= to)
            .OrderBy(d => d.Month), ct);

    /// <summary>Months first disclosed after their due date, optionally of one complex.</summary>
    public Task<List<DisclosureMonth>> LateMonthsAsync(YearMonth from, YearMonth to, Guid? complexId = null, CancellationToken ct = default)
    {
        var q = store.Query<DisclosureMonth>().Where(DisclosureCompliance.Late).Where(d => d.Month >= from && d.Month <= to);
        if (complexId is { } id) q = q.Where(d => d.ComplexId == id);
        return store.ToListAsync(q.OrderBy(d => d.Month), ct);
    }

    /// <summary>Complexes that have not disclosed <paramref name="month"/> although it was due before <paramref name="asOf"/>.</summary>
    public Task<List<Complex>> ComplexesMissingMonthAsync(YearMonth month, DateOnly asOf, CancellationToken ct = default) =>
        store.ToListAsync(DisclosureCompliance.MissingMonth(store.Query<Complex>(), store.Query<DisclosureMonth>(), month, asOf)
            .OrderBy(c => c.Name), ct);

    /// <summary>
    /// Every (complex, month) from <paramref name="from"/> up to the last month due on <paramref name="asOf"/> that a complex
    /// subject to disclosure has not disclosed, optionally for one complex; months before the complex's approval excluded.
    /// </summary>
    public async Task<List<MissingDisclosure>> MissingMonthsAsync(YearMonth from, DateOnly asOf, Guid? complexId = null,
        CancellationToken ct = default)
    {
        var last = DisclosureCompliance.LastDueMonth(asOf);
        if (last < from) return [];
        var complexes = store.Query<Complex>().SubjectToDisclosure();
        if (complexId is { } id) complexes = complexes.Where(c => c.Id == id);
        var subjects = await store.ToListAsync(complexes.Select(c => new { c.Id, c.ApprovedOn }), ct);
        var disclosures = store.Query<DisclosureMonth>().Where(d => d.IsDisclosed && d.Month >= from && d.Month <= last);
        if (complexId is { } only) disclosures = disclosures.Where(d => d.ComplexId == only);
        var disclosed = (await store.ToListAsync(disclosures.Select(d => new { d.ComplexId, d.Month }), ct))
            .Select(d => (d.ComplexId, d.Month)).ToHashSet();
        var missing = new List<MissingDisclosure>();
        foreach (var c in subjects)
            for (var m = from; m <= last; m = m.AddMonths(1))
                if ((c.ApprovedOn is null || c.ApprovedOn.Value <= m.LastDay) && !disclosed.Contains((c.Id, m)))
                    missing.Add(new MissingDisclosure(c.Id, m, DisclosureCompliance.DueDate(m)));
        return missing;
    }

    /// <summary>
    /// A complex's month against the same month of its peers (same housing and heating type, household band and age band
    /// as of the month's end): percentile per item and total per ㎡, and the five-level rating with 20+ peers.
    /// </summary>
    public async Task<ComplexComparison> CompareWithPeersAsync(Guid complexId, YearMonth month, CancellationToken ct = default) =>
        await FindComparisonAsync(complexId, month, ct) ?? throw new NotFoundException(nameof(DisclosureMonth), $"{complexId} {month}");

    /// <summary>
    /// As <see cref="CompareWithPeersAsync(Guid, YearMonth, CancellationToken)"/>, but null for a month the complex never
    /// filed (as reading the month itself gives null); an unknown complex is still not found.
    /// </summary>
    public async Task<ComplexComparison?> FindComparisonAsync(Guid complexId, YearMonth month, CancellationToken ct = default)
    {
        var complex = await ComplexAsync(complexId, ct);
        return await MonthAsync(complexId, month, ct) is { } own ? (await CompareWithPeersAsync(complex, [own], ct))[0] : null;
    }

    /// <summary>
    /// The comparison of every filed month in a range, oldest first: how the complex's standing changed. Four statements
    /// whatever the range: the complex, its months, the complexes that are its peers in any of them, and their months.
    /// </summary>
    public async Task<List<ComplexComparison>> ComparisonTrendAsync(Guid complexId, YearMonth from, YearMonth to, CancellationToken ct = default)
    {
        var complex = await ComplexAsync(complexId, ct);
        var months = await store.ToListAsync(store.Query<DisclosureMonth>()
            .Where(d => d.ComplexId == complexId && d.IsDisclosed && d.Month >= from && d.Month <= to)
            .OrderBy(d => d.Month), ct);
        return await CompareWithPeersAsync(complex, months, ct);
    }

    /// <summary>Each of <paramref name="own"/> against the same month of the complexes that were its peers at that month's end.</summary>
    private async Task<List<ComplexComparison>> CompareWithPeersAsync(Complex complex, IReadOnlyList<DisclosureMonth> own, CancellationToken ct)
    {
        if (own.Count == 0) return [];
        var monthSet = own.Select(m => m.Month).ToHashSet();
        var (first, last) = (monthSet.Min(), monthSet.Max());
        var candidates = store.Query<Complex>().PeersOnAnyOf(complex, [.. monthSet.Select(m => m.LastDay)]);
        var approvals = (await store.ToListAsync(candidates.Select(c => new { c.Id, c.ApprovedOn }), ct))
            .ToDictionary(c => c.Id, c => c.ApprovedOn!.Value);
        var peerMonths = (await store.ToListAsync(store.Query<DisclosureMonth>()
                .Where(d => d.IsDisclosed && d.Month >= first && d.Month <= last && candidates.Any(p => p.Id == d.ComplexId)), ct))
            .Where(d => monthSet.Contains(d.Month))
            .ToLookup(d => d.Month);
        return own.Select(month =>
        {
            var (after, onOrBefore) = ComplexQueries.PeerApprovalRange(complex, month.Month.LastDay) ?? (DateOnly.MaxValue, DateOnly.MinValue);
            bool IsPeer(Guid id) => approvals.TryGetValue(id, out var approved) && approved > after && approved <= onOrBefore;
            var peerCount = approvals.Keys.Count(IsPeer);
            return FeeComparison.Compare(month, peerCount, [.. peerMonths[month.Month].Where(d => IsPeer(d.ComplexId))]);
        }).ToList();
    }

    private async Task<AnnualFeeStatement> RecordStatementAsync(Actor actor, Guid complexId, int year, StatementKind kind,
        IReadOnlyDictionary<FeeGroup, long> amounts, CancellationToken ct)
    {
        var complex = await ComplexAsync(complexId, ct);
        await ComplexAccess.RequireManagerOrAdminAsync(store, clock, actor, complex.Id, ct);
        var currentYear = KoreanCalendar.Today(clock).Year;
        if (kind == StatementKind.Settlement && year >= currentYear)
            throw new DomainException("SETTLEMENT_YEAR_NOT_OVER", $"{year} has not ended; settle a finished year.");
        if (kind == StatementKind.Budget && year > currentYear + 1)
            throw new DomainException("BUDGET_YEAR_TOO_FAR", $"Budgets are recorded for {currentYear + 1} at the latest.");
        if (complex.ApprovedOn is { } approved && year < approved.Year)
            throw new DomainException("BEFORE_APPROVAL", $"The complex was approved in {approved.Year}; {year} is before.");
        var statement = await store.FirstOrDefaultAsync(store.Query<AnnualFeeStatement>()
            .Where(s => s.ComplexId == complexId && s.Year == year && s.Kind == kind), ct);
        var created = statement is null;
        statement ??= AnnualFeeStatement.Create(complexId, year, kind);
        statement.Record(amounts, actor.UserId, clock.GetUtcNow());
        if (created) store.Add(statement);
        await store.SaveChangesAsync(ct);
        return statement;
    }

    private async Task<IReadOnlyList<OutlierFlag>> OutliersAsync(Guid complexId, YearMonth month, IReadOnlyDictionary<string, long> amounts,
        CancellationToken ct)
    {
        var earliest = month.AddMonths(-OutlierDetector.HistoryMonths);
        var history = await store.ToListAsync(store.Query<DisclosureMonth>()
            .Where(d => d.ComplexId == complexId && d.IsDisclosed && d.Month < month && d.Month >= earliest), ct);
        var flags = OutlierDetector.Check(amounts, history).ToList();
        var previous = month.AddMonths(-1);
        if (OutlierDetector.CheckRepairReserveBalance(amounts, history.FirstOrDefault(d => d.Month == previous)) is { } balance)
            flags.Add(balance);
        return flags;
    }

    private static void ValidateMonth(Complex complex, YearMonth month, DateTimeOffset now)
    {
        var current = YearMonth.From(KoreanCalendar.DateOf(now));
        if (month > current)
            throw new DomainException("DISCLOSURE_MONTH_IN_FUTURE", $"{month} has not begun; months up to {current} can be filed.");
        if (complex.ApprovedOn is { } approved && month < YearMonth.From(approved))
            throw new DomainException("BEFORE_APPROVAL",
                $"{complex.Name} was approved for use on {approved:yyyy-MM-dd}; {month} is before that.");
    }

    private static void ValidateAmounts(IReadOnlyDictionary<string, long> amounts, double? rate)
    {
        if (amounts.Count == 0)
            throw new DomainException("DISCLOSURE_EMPTY", "A filing needs at least one item's amount.");
        var unknown = amounts.Keys.Where(k => !FeeCatalog.TryGet(k, out _)).ToList();
        if (unknown.Count > 0)
            throw new DomainException("UNKNOWN_FEE_ITEM",
                $"Unknown item codes {string.Join(", ", unknown)}; known codes are {string.Join(", ", FeeCatalog.AmountItems.Select(i => i.Code))}.");
        if (amounts.ContainsKey(FeeCatalog.RepairReserveRate))
            throw new DomainException("RATE_IS_NOT_AN_AMOUNT", $"{FeeCatalog.RepairReserveRate} is given as the rate, not as an amount.");
        var negative = amounts.Where(a => a.Value < 0).Select(a => $"{a.Key} ({a.Value})").ToList();
        if (negative.Count > 0)
            throw new DomainException("NEGATIVE_AMOUNT",
                $"Amounts are 0 KRW or more (misc income and the repair reserve balance included); negative: {string.Join(", ", negative)}.");
        FeeCatalog.RequireWithinLimit(amounts);
        if (rate is < 0 || (rate is { } r && double.IsNaN(r)))
            throw new DomainException("NEGATIVE_RATE", "The repair reserve rate is 0 or more.");
    }

    private async Task<Complex> ComplexAsync(Guid complexId, CancellationToken ct) =>
        await store.FirstOrDefaultAsync(store.Query<Complex>().Where(c => c.Id == complexId), ct)
        ?? throw new NotFoundException(nameof(Complex), complexId);

    private Task<DisclosureMonth?> MonthAsync(Guid complexId, YearMonth month, CancellationToken ct) =>
        store.FirstOrDefaultAsync(store.Query<DisclosureMonth>().Where(d => d.ComplexId == complexId && d.Month == month), ct);
}
