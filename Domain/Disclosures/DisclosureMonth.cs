using System.Globalization;
using Housing.Domain.Common;
using KoreanCalendar = Housing.Domain.Common.KoreanCalendar;

namespace Housing.Domain.Disclosures;

public enum DisclosureSource
{
    /// <summary>Filed here by the complex's manager.</summary>
    Manual,

    /// <summary>Imported from K-apt's open data.</summary>
    Kapt,
}

/// <summary>
/// One complex's management-fee disclosure for one month: one line item per fee item (the amount in KRW),
/// totals and per-㎡ values over the complex's exclusive area as of filing. A month K-apt reports as not
/// disclosed (code 00, every value null) is kept with <see cref="IsDisclosed"/> false and no items, which
/// is not the same as a month of zeros. Re-filing replaces the items and keeps the previous filing as a revision.
/// </summary>
public sealed class DisclosureMonth : AggregateRoot
{
    private readonly List<DisclosureLineItem> _items = [];
    private readonly List<DisclosureRevision> _revisions = [];
    private readonly List<DisclosureFlag> _flags = [];

    private DisclosureMonth() { }

    private DisclosureMonth(Guid complexId, YearMonth month)
    {
        ComplexId = complexId;
        Month = month;
        DueDate = DisclosureCompliance.DueDate(month);
    }

    public Guid ComplexId { get; private set; }

    public YearMonth Month { get; private set; }

    /// <summary>False for a month K-apt reports as not disclosed: no items, no totals.</summary>
    public bool IsDisclosed { get; private set; }

    public DisclosureSource Source { get; private set; }

    /// <summary>When the current content was filed (or imported).</summary>
    public DateTimeOffset FiledAt { get; private set; }

    /// <summary>When the month was first disclosed; lateness is judged on it, not on corrections.</summary>
    public DateTimeOffset? FirstDisclosedAt { get; private set; }

    /// <summary>The user who filed the current content; null for imports.</summary>
    public Guid? FiledByUserId { get; private set; }

    /// <summary>The end of the following month (공동주택관리법 §23).</summary>
    public DateOnly DueDate { get; private set; }

    /// <summary>
    /// Whether the first disclosure came after <see cref="DueDate"/>; null when unknown (a K-apt import first seen
    /// after the due date: K-apt does not say when the complex disclosed) or not disclosed yet.
    /// </summary>
    public bool? FiledLate { get; private set; }

    /// <summary>The complex's exclusive area (㎡) the per-㎡ values are computed over.</summary>
    public double ExclusiveArea { get; private set; }

    /// <summary>The repair reserve accumulation rate as K-apt reports it (sPer).</summary>
    public double? RepairReserveRate { get; private set; }

    /// <summary>The number of the current filing: 1 for the first, one more for each correction.</summary>
    public int Revision { get; private set; }

    /// <summary>Why the current filing corrected the previous one; null for a first filing.</summary>
    public string? CorrectionReason { get; private set; }

    public long? CommonTotal { get; private set; }

    /// <summary>The seven 일반관리비 items, part of <see cref="CommonTotal"/>.</summary>
    public long? GeneralManagementTotal { get; private set; }

    public long? IndividualUsageTotal { get; private set; }

    public long? OtherUsageTotal { get; private set; }

    public long? RepairReserveCharged { get; private set; }

    public long? MiscIncome { get; private set; }

    /// <summary>What households were charged: common + individual usage + other usage + repair reserve charged.</summary>
    public long? GrandTotal { get; private set; }

    public double? CommonPerSquareMeter { get; private set; }

    public double? IndividualUsagePerSquareMeter { get; private set; }

    public double? OtherUsagePerSquareMeter { get; private set; }

    public double? RepairReservePerSquareMeter { get; private set; }

    public double? GrandTotalPerSquareMeter { get; private set; }

    public IReadOnlyList<DisclosureLineItem> Items => _items;

    public IReadOnlyList<DisclosureRevision> Revisions => _revisions;

    /// <summary>Outlier flags of the current filing (warnings, not refusals).</summary>
    public IReadOnlyList<DisclosureFlag> Flags => _flags;

    public long? AmountOf(string itemCode) => _items.FirstOrDefault(i => i.ItemCode == itemCode)?.Amount;

    public double? PerSquareMeter(string itemCode) =>
        AmountOf(itemCode) is { } amount && ExclusiveArea > 0 ? amount / ExclusiveArea : null;

    internal static DisclosureMonth Create(Guid complexId, YearMonth month) => new(complexId, month);

    /// <summary>Replaces the content with a disclosed filing; the previous content, if any, becomes a revision.</summary>
    internal void File(IReadOnlyDictionary<string, long> amounts, double? rate, double exclusiveArea, DisclosureSource source,
        Guid? filedBy, string? reason, IReadOnlyList<OutlierFlag> flags, DateTimeOffset now)
    {
        KeepRevision();
        CorrectionReason = Revision == 0 ? null : reason;
        _items.Clear();
        foreach (var (code, amount) in amounts.OrderBy(a => a.Key, StringComparer.Ordinal))
            _items.Add(new DisclosureLineItem(FeeCatalog.Get(code), amount));
        RepairReserveRate = rate;
        ExclusiveArea = exclusiveArea;
        IsDisclosed = true;
        Stamp(source, filedBy, now);
        if (FirstDisclosedAt is null)
        {
            FirstDisclosedAt = now;
            var firstSeenOnDate = KoreanCalendar.DateOf(now);
            FiledLate = firstSeenOnDate <= DueDate ? false : source == DisclosureSource.Manual ? true : null;
        }
        ComputeTotals();
        _flags.Clear();
        _flags.AddRange(flags.Select(f => new DisclosureFlag(f.ItemCode, f.Message)));
        Touch();
    }

    /// <summary>Records that K-apt reports the month as not disclosed.</summary>
    internal void MarkNotDisclosed(double exclusiveArea, DateTimeOffset now)
    {
        KeepRevision();
        CorrectionReason = null;
        _items.Clear();
        _flags.Clear();
        RepairReserveRate = null;
        ExclusiveArea = exclusiveArea;
        IsDisclosed = false;
        Stamp(DisclosureSource.Kapt, null, now);
        ComputeTotals();
        Touch();
    }

    /// <summary>Whether a filing would change nothing (a repeated import).</summary>
    internal bool HasSameContent(bool disclosed, IReadOnlyDictionary<string, long> amounts, double? rate) =>
        Revision > 0 && disclosed == IsDisclosed && Nullable.Equals(rate, RepairReserveRate)
        && amounts.Count == _items.Count && _items.All(i => amounts.TryGetValue(i.ItemCode, out var a) && a == i.Amount);

    private void Stamp(DisclosureSource source, Guid? filedBy, DateTimeOffset now)
    {
        Source = source;
        FiledByUserId = filedBy;
        FiledAt = now;
        Revision++;
    }

    private void KeepRevision()
    {
        if (Revision == 0) return;
        _revisions.Add(new DisclosureRevision(Revision, IsDisclosed, Source, FiledAt, FiledByUserId, GrandTotal, RepairReserveRate,
            DisclosureRevision.Snapshot(_items), CorrectionReason));
    }

    private void ComputeTotals()
    {
        if (!IsDisclosed)
        {
            CommonTotal = GeneralManagementTotal = IndividualUsageTotal = OtherUsageTotal = RepairReserveCharged = MiscIncome = GrandTotal = null;
            CommonPerSquareMeter = IndividualUsagePerSquareMeter = OtherUsagePerSquareMeter = RepairReservePerSquareMeter = GrandTotalPerSquareMeter = null;
            return;
        }
        // Enumerable.Sum adds longs checked; with every item within FeeCatalog.MaxItemAmount no total comes near long's range.
        long Sum(Func<FeeItem, bool> which) => _items.Where(i => which(FeeCatalog.Get(i.ItemCode))).Sum(i => i.Amount);
        CommonTotal = Sum(i => i.Group == FeeGroup.CommonFee);
        GeneralManagementTotal = Sum(i => i.IsGeneralManagement);
        IndividualUsageTotal = Sum(i => i.Group == FeeGroup.IndividualUsage);
        OtherUsageTotal = Sum(i => i.Group == FeeGroup.OtherUsage);
        RepairReserveCharged = AmountOf(FeeCatalog.RepairReserveCharged);
        MiscIncome = AmountOf(FeeCatalog.MiscIncome);
        GrandTotal = Sum(i => i.CountsInTotal);
        CommonPerSquareMeter = PerArea(CommonTotal);
        IndividualUsagePerSquareMeter = PerArea(IndividualUsageTotal);
        OtherUsagePerSquareMeter = PerArea(OtherUsageTotal);
        RepairReservePerSquareMeter = PerArea(RepairReserveCharged);
        GrandTotalPerSquareMeter = PerArea(GrandTotal);
    }

    private double? PerArea(long? amount) => amount is { } a && ExclusiveArea > 0 ? a / ExclusiveArea : null;
}

/// <summary>One fee item of a month: one row per item, so analysts can export them by the million.</summary>
public sealed class DisclosureLineItem : Entity
{
    private DisclosureLineItem() { }

    internal DisclosureLineItem(FeeItem item, long amount)
    {
        ItemCode = item.Code;
        Group = item.Group;
        Amount = amount;
    }

    public string ItemCode { get; private set; } = "";

    /// <summary>The item's group, kept on the row so statistics by group need no catalog join.</summary>
    public FeeGroup Group { get; private set; }

    /// <summary>KRW.</summary>
    public long Amount { get; private set; }

    public FeeItem Item => FeeCatalog.Get(ItemCode);
}

/// <summary>A superseded filing of a month: who filed it, when, and what it said.</summary>
public sealed class DisclosureRevision : Entity
{
    private DisclosureRevision() { }

    internal DisclosureRevision(int revision, bool wasDisclosed, DisclosureSource source, DateTimeOffset filedAt, Guid? filedBy,
        long? grandTotal, double? rate, string items, string? correctionReason)
    {
        Number = revision;
        WasDisclosed = wasDisclosed;
        Source = source;
        FiledAt = filedAt;
        FiledByUserId = filedBy;
        GrandTotal = grandTotal;
        RepairReserveRate = rate;
        Items = items;
        CorrectionReason = correctionReason;
    }

    public int Number { get; private set; }

    public bool WasDisclosed { get; private set; }

    public DisclosureSource Source { get; private set; }

    public DateTimeOffset FiledAt { get; private set; }

    public Guid? FiledByUserId { get; private set; }

    public long? GrandTotal { get; private set; }

    public double? RepairReserveRate { get; private set; }

    /// <summary>The superseded amounts as <c>CODE=amount</c> pairs separated by semicolons, in code order.</summary>
    public string Items { get; private set; } = "";

    /// <summary>Why this filing corrected the one before it; null for a first filing.</summary>
    public string? CorrectionReason { get; private set; }

    public IReadOnlyDictionary<string, long> Amounts => Items.Length == 0
        ? new Dictionary<string, long>()
        : Items.Split(';').Select(p => p.Split('=')).ToDictionary(p => p[0], p => long.Parse(p[1], CultureInfo.InvariantCulture));

    internal static string Snapshot(IEnumerable<DisclosureLineItem> items) =>
        string.Join(';', items.OrderBy(i => i.ItemCode, StringComparer.Ordinal)
            .Select(i => $"{i.ItemCode}={i.Amount.ToString(CultureInfo.InvariantCulture)}"));
}

/// <summary>An outlier warning kept with the filing it was raised on.</summary>
public sealed class DisclosureFlag : Entity
{
    private DisclosureFlag() { }

    internal DisclosureFlag(string itemCode, string message)
    {
        ItemCode = itemCode;
        Message = message;
    }

    public string ItemCode { get; private set; } = "";

    public string Message { get; private set; } = "";
}
