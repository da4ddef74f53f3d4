using Housing.Domain.Common;

namespace Housing.Domain.Disclosures;

public enum StatementKind
{
    /// <summary>관리비 예산: approved before or at the start of the year.</summary>
    Budget,

    /// <summary>결산: the actual amounts, after the year ends.</summary>
    Settlement,
}

/// <summary>A complex's annual budget or settlement: amounts per fee group for one year.</summary>
public sealed class AnnualFeeStatement : AggregateRoot
{
    private readonly List<AnnualFeeAmount> _amounts = [];

    private AnnualFeeStatement() { }

    private AnnualFeeStatement(Guid complexId, int year, StatementKind kind)
    {
        ComplexId = complexId;
        Year = year;
        Kind = kind;
    }

    public Guid ComplexId { get; private set; }

    public int Year { get; private set; }

    public StatementKind Kind { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public Guid RecordedByUserId { get; private set; }

    /// <summary>1 for the first recording, one more for each replacement.</summary>
    public int Revision { get; private set; }

    public IReadOnlyList<AnnualFeeAmount> Amounts => _amounts;

    public long? AmountOf(FeeGroup group) => _amounts.FirstOrDefault(a => a.Group == group)?.Amount;

    /// <summary>What households are charged over the year (every group but misc income).</summary>
    public long ChargedTotal => _amounts.Where(a => a.Group != FeeGroup.MiscIncome).Sum(a => a.Amount);

    internal static AnnualFeeStatement Create(Guid complexId, int year, StatementKind kind) => new(complexId, year, kind);

    internal void Record(IReadOnlyDictionary<FeeGroup, long> amounts, Guid userId, DateTimeOffset now)
    {
        if (amounts.Count == 0)
            throw new DomainException("STATEMENT_EMPTY", "Give at least one group's annual amount.");
        if (amounts.Any(a => a.Value < 0))
            throw new DomainException("NEGATIVE_AMOUNT", "Annual amounts are 0 KRW or more.");
        _amounts.Clear();
        _amounts.AddRange(amounts.OrderBy(a => a.Key).Select(a => new AnnualFeeAmount(a.Key, a.Value)));
        RecordedAt = now;
        RecordedByUserId = userId;
        Revision++;
        Touch();
    }
}

public sealed class AnnualFeeAmount : Entity
{
    private AnnualFeeAmount() { }

    internal AnnualFeeAmount(FeeGroup group, long amount)
    {
        Group = group;
        Amount = amount;
    }

    public FeeGroup Group { get; private set; }

    public long Amount { get; private set; }
}

/// <summary>A year's budget against its settlement, per group.</summary>
public sealed record BudgetVariance(FeeGroup Group, long? Budget, long? Settlement)
{
    public long? Difference => Budget is { } b && Settlement is { } s ? s - b : null;

    /// <summary>Settlement over budget, as a ratio (1.05 = 5 % over).</summary>
    public double? Ratio => Budget is > 0 && Settlement is { } s ? (double)s / Budget.Value : null;
}
