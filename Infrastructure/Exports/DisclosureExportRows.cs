using Housing.Domain.Complexes;
using Housing.Domain.Disclosures;
using Housing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Housing.Infrastructure.Exports;

/// <summary>
/// The line items of a scope as one query, read once and streamed (no tracking, nothing collected): one row per complex ×
/// disclosed month × fee item, ordered by K-apt code, month and item code so a file is the same every time it is made.
/// </summary>
public static class DisclosureExportRows
{
    /// <param name="itemCodes">The fee items to export; every item when empty.</param>
    public static IQueryable<DisclosureExportRow> Query(HousingDbContext db, DisclosureScope scope, IReadOnlyCollection<string> itemCodes)
    {
        var lines = db.Set<DisclosureLineItem>().AsQueryable();
        if (itemCodes.Count > 0)
        {
            var codes = itemCodes.ToArray();
            lines = lines.Where(l => codes.Contains(l.ItemCode));
        }

        return (from c in scope.Complexes(db.Set<Complex>())
                join r in db.Set<Region>() on c.RegionId equals r.Id
                join m in db.Set<DisclosureMonth>().Where(scope.DisclosedInRange) on c.Id equals m.ComplexId
                join l in lines on m.Id equals EF.Property<Guid>(l, "DisclosureMonthId")
                orderby c.KaptCode, m.Month, l.ItemCode
                select new DisclosureExportRow(c.KaptCode, c.Name, r.SidoName, r.SigunguCode, r.SigunguName, c.BjdCode,
                    c.HousingType, c.SaleType, c.HeatingType, c.HouseholdCount, m.ExclusiveArea, m.Month, l.ItemCode, l.Group, l.Amount))
            .AsNoTracking();
    }
}
