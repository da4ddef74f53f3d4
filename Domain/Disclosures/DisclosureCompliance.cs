using System.Linq.Expressions;
using Housing.Domain.Common;
using Housing.Domain.Complexes;

namespace Housing.Domain.Disclosures;

/// <summary>A month a complex subject to disclosure has not disclosed although its due date has passed.</summary>
public sealed record MissingDisclosure(Guid ComplexId, YearMonth Month, DateOnly DueDate);

/// <summary>
/// 공동주택관리법 §23: each month is disclosed by the end of the following month, by every complex of 100 households
/// or more. A month is late when first disclosed after that, and missing when not disclosed by then.
/// </summary>
public static class DisclosureCompliance
{
    public static DateOnly DueDate(YearMonth month) => month.AddMonths(1).LastDay;

    /// <summary>Whether the month's due date has passed on <paramref name="asOf"/>.</summary>
    public static bool IsOverdue(YearMonth month, DateOnly asOf) => asOf > DueDate(month);

    /// <summary>The latest month whose due date has passed on <paramref name="asOf"/>: two months before asOf's month.</summary>
    public static YearMonth LastDueMonth(DateOnly asOf) => YearMonth.From(asOf).AddMonths(-2);

    /// <summary>Months disclosed after their due date (only where the first disclosure time is known).</summary>
    public static Expression<Func<DisclosureMonth, bool>> Late => d => d.FiledLate == true;

    /// <summary>
    /// Complexes subject to disclosure that had to disclose <paramref name="month"/> by <paramref name="asOf"/> and have
    /// not (including months K-apt reports as not disclosed). Complexes approved after the month are not asked.
    /// Empty while the month is not yet due.
    /// </summary>
    public static IQueryable<Complex> MissingMonth(IQueryable<Complex> complexes, IQueryable<DisclosureMonth> disclosures,
        YearMonth month, DateOnly asOf)
    {
        if (!IsOverdue(month, asOf)) return complexes.Where(_ => false);
        var lastDay = month.LastDay;
        return complexes.SubjectToDisclosure()
            .Where(c => c.ApprovedOn == null || c.ApprovedOn <= lastDay)
            .Where(c => !disclosures.Any(d => d.ComplexId == c.Id && d.Month == month && d.IsDisclosed));
    }
}
