using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Disclosures;
using Microsoft.EntityFrameworkCore;

namespace Housing.Infrastructure.Persistence.Queries;

/// <summary>
/// Compliance with the disclosure duty over a scope, counted in the database: disclosure rates by district and month in
/// two grouped statements, and the complexes with late or missing months as a query the caller pages.
/// </summary>
public static class DisclosureComplianceQuery
{
    public static async Task<IReadOnlyList<DisclosureComplianceRate>> RatesAsync(HousingDbContext db, DisclosureScope scope, DateOnly asOf,
        CancellationToken ct = default)
    {
        var complexes = await scope.Complexes(db.Set<Complex>())
            .GroupBy(c => new
            {
                SigunguCode = c.BjdCode.Substring(0, 5),
                ApprovedMonth = c.ApprovedOn == null ? (int?)null : c.ApprovedOn.Value.Year * 100 + c.ApprovedOn.Value.Month,
            })
            .Select(g => new ComplianceRates.ApprovalCount(g.Key.SigunguCode, g.Key.ApprovedMonth, g.Count()))
            .ToListAsync(ct);
        var disclosed = await (
                from c in scope.Complexes(db.Set<Complex>())
                join d in db.Set<DisclosureMonth>().Where(scope.DisclosedInRange) on c.Id equals d.ComplexId
                group d by new { SigunguCode = c.BjdCode.Substring(0, 5), d.Month, d.FiledLate } into g
                select new ComplianceRates.DisclosedCount(g.Key.SigunguCode, g.Key.Month, g.Key.FiledLate, g.Count()))
            .ToListAsync(ct);
        return ComplianceRates.Of(scope, asOf, complexes, disclosed);
    }

    /// <summary>
    /// The complexes of the scope with at least one month disclosed late, or due by <paramref name="asOf"/> and not disclosed;
    /// a month is due from the complex's approval month on (every month when the approval date is unknown).
    /// </summary>
    public static IQueryable<DisclosureDefaulter> Defaulters(HousingDbContext db, DisclosureScope scope, DateOnly asOf)
    {
        var (from, to) = (scope.From, scope.To);
        var lastDue = DisclosureCompliance.LastDueMonth(asOf) is var due && due < to ? due : to;
        var fromIndex = from.Year * 12 + from.Month - 1;
        var lastIndex = lastDue.Year * 12 + lastDue.Month - 1;
        var (fromNumber, toNumber) = (from.Number, to.Number);
        var months = db.Set<DisclosureMonth>();
        return scope.Complexes(db.Set<Complex>())
            .Select(c => new
            {
                c.Id,
                FirstDueIndex = c.ApprovedOn == null || c.ApprovedOn.Value.Year * 12 + c.ApprovedOn.Value.Month - 1 < fromIndex
                    ? fromIndex
                    : c.ApprovedOn.Value.Year * 12 + c.ApprovedOn.Value.Month - 1,
                Disclosed = months.Count(d => d.ComplexId == c.Id && d.IsDisclosed && d.Month >= from && d.Month <= lastDue),
                Late = months.Count(d => d.ComplexId == c.Id && d.FiledLate == true && d.Month >= from && d.Month <= to),
            })
            .Select(x => new DisclosureDefaulter
            {
                ComplexId = x.Id,
                LateMonthCount = x.Late,
                MissingMonthCount = (lastIndex - x.FirstDueIndex + 1 > 0 ? lastIndex - x.FirstDueIndex + 1 : 0) - x.Disclosed,
                FromMonth = fromNumber,
                ToMonth = toNumber,
            })
            .Where(d => d.LateMonthCount > 0 || d.MissingMonthCount > 0);
    }

    /// <summary>The late and the missing months of some complexes of the scope, in one statement (a page of defaulters).</summary>
    public static async Task<IReadOnlyDictionary<Guid, (IReadOnlyList<YearMonth> Late, IReadOnlyList<YearMonth> Missing)>> MonthsOfAsync(
        HousingDbContext db, DisclosureScope scope, DateOnly asOf, IReadOnlyCollection<Guid> complexIds, CancellationToken ct = default)
    {
        var (first, last) = (scope.From, scope.To);
        var rows = await (
                from c in db.Set<Complex>().Where(c => complexIds.Contains(c.Id))
                join d in db.Set<DisclosureMonth>().Where(d => d.IsDisclosed && d.Month >= first && d.Month <= last) on c.Id equals d.ComplexId into ds
                from d in ds.DefaultIfEmpty()
                select new { c.Id, c.ApprovedOn, Month = (YearMonth?)d!.Month, Late = (bool?)d!.FiledLate })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.Id).ToDictionary(g => g.Key, g =>
        {
            var disclosed = g.Where(r => r.Month is not null).ToList();
            IReadOnlyList<YearMonth> late = [.. disclosed.Where(r => r.Late == true).Select(r => r.Month!.Value).Order()];
            return (late, ComplianceRates.MissingMonths(scope, asOf, g.First().ApprovedOn, disclosed.Select(r => r.Month!.Value)));
        });
    }
}
