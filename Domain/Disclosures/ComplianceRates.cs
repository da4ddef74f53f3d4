using Housing.Domain.Common;

namespace Housing.Domain.Disclosures;

/// <summary>
/// How well the complexes of one district disclosed one month: how many had to (subject to disclosure and approved by the
/// month's end), how many disclosed on time, late, or at an unknown time (a K-apt import first seen after the due date),
/// and how many are missing once the month is overdue.
/// </summary>
public sealed record DisclosureComplianceRate(string SigunguCode, YearMonth Month, bool IsOverdue, int Required, int OnTime, int Late,
    int TimingUnknown)
{
    public int Disclosed => OnTime + Late + TimingUnknown;

    /// <summary>Not disclosed although due; 0 while the month is not overdue.</summary>
    public int Missing => IsOverdue ? Math.Max(0, Required - Disclosed) : 0;

    /// <summary>Disclosed over required (0 to 1); null when no complex had to disclose.</summary>
    public double? Rate => Required == 0 ? null : Math.Min(1, (double)Disclosed / Required);

    /// <summary>Disclosed on time over required; null when no complex had to disclose.</summary>
    public double? OnTimeRate => Required == 0 ? null : Math.Min(1, (double)OnTime / Required);
}

/// <summary>Counts of a district's complexes by approval month, and of disclosed months, as the database aggregated them.</summary>
public static class ComplianceRates
{
    /// <summary>Complexes of a district approved in a month (<c>yyyymm</c>; null when the approval date is unknown).</summary>
    public sealed record ApprovalCount(string SigunguCode, int? ApprovedMonth, int Count);

    /// <summary>Disclosed months of a district and month by what is known of their timing.</summary>
    public sealed record DisclosedCount(string SigunguCode, YearMonth Month, bool? FiledLate, int Count);

    /// <summary>
    /// One rate per district and month of <paramref name="scope"/>: a complex has to disclose a month when it was approved by
    /// then (or its approval date is unknown), as <see cref="DisclosureCompliance.MissingMonth"/> asks.
    /// </summary>
    public static IReadOnlyList<DisclosureComplianceRate> Of(DisclosureScope scope, DateOnly asOf, IReadOnlyList<ApprovalCount> complexes,
        IReadOnlyList<DisclosedCount> disclosed)
    {
        var byKey = disclosed.ToLookup(d => (d.SigunguCode, d.Month));
        return [.. complexes.Select(c => c.SigunguCode).Distinct().Order(StringComparer.Ordinal)
            .SelectMany(district => scope.Months().Select(month =>
            {
                var required = complexes.Where(c => c.SigunguCode == district && (c.ApprovedMonth is null || c.ApprovedMonth <= month.Number)).Sum(c => c.Count);
                var counts = byKey[(district, month)].ToList();
                int Count(bool? late) => counts.Where(d => d.FiledLate == late).Sum(d => d.Count);
                return new DisclosureComplianceRate(district, month, DisclosureCompliance.IsOverdue(month, asOf), required,
                    Count(false), Count(true), Count(null));
            }))];
    }

    /// <summary>
    /// The months a complex approved in <paramref name="approvedOn"/>'s month (or of unknown approval) had to disclose within
    /// <paramref name="scope"/> by <paramref name="asOf"/> and did not, given the months it did disclose.
    /// </summary>
    public static IReadOnlyList<YearMonth> MissingMonths(DisclosureScope scope, DateOnly asOf, DateOnly? approvedOn, IEnumerable<YearMonth> disclosedMonths)
    {
        var disclosedSet = disclosedMonths.ToHashSet();
        return [.. scope.Months().Where(m => DisclosureCompliance.IsOverdue(m, asOf)
            && (approvedOn is null || approvedOn.Value <= m.LastDay) && !disclosedSet.Contains(m))];
    }
}

/// <summary>A complex of a scope with months disclosed late or missing (a row of the defaulters' list, paged by complex).</summary>
public sealed class DisclosureDefaulter
{
    public Guid ComplexId { get; init; }

    /// <summary>Months of the range first disclosed after their due date.</summary>
    public int LateMonthCount { get; init; }

    /// <summary>Months of the range that were due and are not disclosed.</summary>
    public int MissingMonthCount { get; init; }

    /// <summary>The scope's first month (<c>yyyymm</c>), so the months behind the counts can be listed for the same range.</summary>
    public int FromMonth { get; init; }

    /// <summary>The scope's last month (<c>yyyymm</c>).</summary>
    public int ToMonth { get; init; }
}
