using System.Linq.Expressions;
using Housing.Domain.Common;
using Housing.Domain.Complexes;

namespace Housing.Domain.Disclosures;

/// <summary>
/// Which disclosures an analyst asks about: the complexes subject to disclosure that match a filter, and a range of
/// months. Statistics, compliance and exports all read through one scope, so they agree on what "the data" is.
/// </summary>
public sealed record DisclosureScope
{
    /// <summary>The longest range one scope covers: ten years of months.</summary>
    public const int MaxMonths = 120;

    private DisclosureScope(Expression<Func<Complex, bool>> complexes, YearMonth from, YearMonth to)
    {
        ComplexFilter = complexes;
        From = from;
        To = to;
    }

    /// <summary>The filter over complexes (already restricted to what the caller may see).</summary>
    public Expression<Func<Complex, bool>> ComplexFilter { get; }

    public YearMonth From { get; }

    public YearMonth To { get; }

    /// <summary>A scope of <paramref name="from"/> to <paramref name="to"/>; refused when the range is reversed or longer than <see cref="MaxMonths"/>.</summary>
    public static DisclosureScope Of(Expression<Func<Complex, bool>>? complexes, YearMonth from, YearMonth to)
    {
        if (to < from)
            throw new DomainException("INVALID_RANGE", $"`to` ({to}) is before `from` ({from}); give the earlier month as `from`.");
        if (from.MonthsUntil(to) >= MaxMonths)
            throw new DomainException("INVALID_RANGE",
                $"{from} to {to} spans {from.MonthsUntil(to) + 1} months; a scope covers at most {MaxMonths} months.");
        return new DisclosureScope(complexes ?? (_ => true), from, to);
    }

    /// <summary>The months of the range, oldest first.</summary>
    public IEnumerable<YearMonth> Months()
    {
        for (var m = From; m <= To; m = m.AddMonths(1))
            yield return m;
    }

    /// <summary>The complexes of the scope: subject to disclosure (100+ households) and matching the filter.</summary>
    public IQueryable<Complex> Complexes(IQueryable<Complex> complexes) =>
        complexes.SubjectToDisclosure().Where(ComplexFilter);

    /// <summary>Disclosed months (not those K-apt reports as not disclosed) within the range, of any complex.</summary>
    public Expression<Func<DisclosureMonth, bool>> DisclosedInRange
    {
        get
        {
            var (from, to) = (From, To);
            return d => d.IsDisclosed && d.Month >= from && d.Month <= to;
        }
    }
}
