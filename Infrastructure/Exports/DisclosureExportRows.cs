using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Disclosures;
using Housing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Housing.Infrastructure.Exports;

/// <summary>
/// The line items of a scope: one row per complex × disclosed month × fee item, ordered by K-apt code, month and item code
/// so a file is the same every time it is made. The complexes of the scope (a few thousand at most, K-apt lists about
/// 18,000 nationwide) are read first, once; the line items then stream in one pass (nothing tracked, nothing collected)
/// with only the K-apt code of their complex, whose facts each row shares instead of reading them again a thousand times.
/// </summary>
public static class DisclosureExportRows
{
    public static async IAsyncEnumerable<DisclosureExportRow> ReadAsync(HousingDbContext db, DisclosureScope scope, IReadOnlyCollection<string> itemCodes,
        int? limit = null, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var complexes = await (from c in scope.Complexes(db.Set<Complex>())
                               join r in db.Set<Region>() on c.RegionId equals r.Id
                               select new ExportComplex(c.KaptCode, c.Name, r.SidoName, r.SigunguCode, r.SigunguName, c.BjdCode,
                                   c.HousingType, c.SaleType, c.HeatingType, c.HouseholdCount))
            .AsNoTracking().ToDictionaryAsync(c => c.KaptCode, StringComparer.Ordinal, ct);
        var lines = Lines(db, scope, itemCodes);
        if (limit is { } take)
            lines = lines.Take(take);

        // EF Core writes the statement; the rows are read straight off the data reader, which skips the materializer's
        // per-row work (value converters, the async enumerator) on millions of rows.
        await using var command = lines.CreateDbCommand();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(ct);
            int kaptCode = reader.GetOrdinal(nameof(DisclosureExportRow.KaptCode)), month = reader.GetOrdinal(nameof(DisclosureExportRow.Month)),
                area = reader.GetOrdinal(nameof(DisclosureExportRow.ExclusiveArea)), itemCode = reader.GetOrdinal(nameof(DisclosureExportRow.ItemCode)),
                group = reader.GetOrdinal(nameof(DisclosureExportRow.Group)), amount = reader.GetOrdinal(nameof(DisclosureExportRow.Amount));
            ExportComplex? complex = null;
            while (await reader.ReadAsync(ct))
            {
                var code = reader.GetString(kaptCode);
                if (complex?.KaptCode != code)
                    complex = complexes.GetValueOrDefault(code)
                        ?? throw new InvalidOperationException($"Complex {code} entered the scope while the export ran; run the export again.");
                yield return new DisclosureExportRow(code, YearMonth.FromNumber(reader.GetInt32(month)), reader.GetDouble(area),
                    reader.GetString(itemCode), Groups[reader.GetString(group)], reader.GetInt64(amount)) { Complex = complex };
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The fee groups by the names the database stores them under (enums are stored as their names).</summary>
    private static readonly FrozenDictionary<string, FeeGroup> Groups =
        Enum.GetValues<FeeGroup>().ToFrozenDictionary(g => g.ToString(), StringComparer.Ordinal);

    /// <summary>How many rows <see cref="ReadAsync"/> gives for the scope.</summary>
    public static Task<long> CountAsync(HousingDbContext db, DisclosureScope scope, IReadOnlyCollection<string> itemCodes, CancellationToken ct = default) =>
        Lines(db, scope, itemCodes).LongCountAsync(ct);

    /// <summary>The line items with their complex's K-apt code, in export order.</summary>
    public static IQueryable<DisclosureExportRow> Lines(HousingDbContext db, DisclosureScope scope, IReadOnlyCollection<string> itemCodes)
    {
        var lines = db.Set<DisclosureLineItem>().AsQueryable();
        if (itemCodes.Count > 0)
        {
            var codes = itemCodes.ToArray();
            lines = lines.Where(l => codes.Contains(l.ItemCode));
        }

        return (from c in scope.Complexes(db.Set<Complex>())
                join m in db.Set<DisclosureMonth>().Where(scope.DisclosedInRange) on c.Id equals m.ComplexId
                join l in lines on m.Id equals EF.Property<Guid>(l, "DisclosureMonthId")
                orderby c.KaptCode, m.Month, l.ItemCode
                select new DisclosureExportRow(c.KaptCode, m.Month, m.ExclusiveArea, l.ItemCode, l.Group, l.Amount))
            .AsNoTracking();
    }

    /// <summary>
    /// The same rows as one SELECT of every column (complex and region joined on each row), as a database's own dump would
    /// read them; the benchmark hands it to <c>sqlite3 -csv</c>.
    /// </summary>
    public static IQueryable<object> FlatSelect(HousingDbContext db, DisclosureScope scope) =>
        from c in scope.Complexes(db.Set<Complex>())
        join r in db.Set<Region>() on c.RegionId equals r.Id
        join m in db.Set<DisclosureMonth>().Where(scope.DisclosedInRange) on c.Id equals m.ComplexId
        join l in db.Set<DisclosureLineItem>() on m.Id equals EF.Property<Guid>(l, "DisclosureMonthId")
        orderby c.KaptCode, m.Month, l.ItemCode
        select (object)new
        {
            c.KaptCode, c.Name, r.SidoName, r.SigunguCode, r.SigunguName, c.BjdCode, c.HousingType, c.SaleType, c.HeatingType,
            c.HouseholdCount, m.ExclusiveArea, m.Month, l.ItemCode, l.Group, l.Amount,
            PerSquareMeter = l.Amount / m.ExclusiveArea,
        };
}
