using System.Data.Common;
using System.Globalization;
using System.Text;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Disclosures;
using Microsoft.EntityFrameworkCore;

namespace Housing.Infrastructure.Persistence.Queries;

/// <summary>
/// Disclosure statistics computed in the database in one statement, whatever the number of groups: EF Core translates the
/// scope (the complex filter and the months) into the months' rows, and hand-written SQL around it joins the line items,
/// divides each amount by its basis and aggregates per group and measure. Percentiles follow PostgreSQL's
/// <c>percentile_cont</c>: on PostgreSQL it is used itself, on SQLite the same interpolation is written with window functions.
/// </summary>
public static class DisclosureStatisticsQuery
{
    private static readonly double[] Percentiles = [0.1, 0.25, 0.5, 0.75, 0.9];

    public static async Task<IReadOnlyList<DisclosureStatisticsGroup>> RunAsync(HousingDbContext db, DisclosureStatisticsRequest request,
        CancellationToken ct = default)
    {
        var (sql, parameters) = Build(db, request);
        var rows = await db.Database.SqlQueryRaw<StatisticsRow>(sql, [.. parameters]).ToListAsync(ct);
        return Groups(request, rows);
    }

    /// <summary>The statement and its parameters (for the benchmark, which times it against hand-written SQL).</summary>
    public static (string Sql, IReadOnlyList<DbParameter> Parameters) Build(HousingDbContext db, DisclosureStatisticsRequest request)
    {
        var scope = request.Scope;
        var months =
            from c in scope.Complexes(db.Set<Complex>())
            join d in db.Set<DisclosureMonth>().Where(scope.DisclosedInRange) on c.Id equals d.ComplexId
            select new
            {
                MonthId = d.Id,
                d.Month,
                SigunguCode = c.BjdCode.Substring(0, 5),
                c.HeatingType,
                c.HousingType,
                c.SaleType,
                c.Operator,
                c.HouseholdCount,
                ApprovedYear = (int?)c.ApprovedOn!.Value.Year,
                ApprovedMonth = (int?)c.ApprovedOn!.Value.Month,
                d.ExclusiveArea,
                d.GrandTotal,
            };
        using var inner = months.CreateDbCommand();
        var factory = db.Database.GetDbConnection();
        var parameters = new List<DbParameter>();
        foreach (DbParameter p in inner.Parameters)
            parameters.Add(Parameter(factory, p.ParameterName, p.Value, p.DbType));
        var itemNames = new List<string>();
        foreach (var code in request.ItemCodes)
        {
            var name = "@stat_item" + itemNames.Count.ToString(CultureInfo.InvariantCulture);
            itemNames.Add(name);
            parameters.Add(Parameter(factory, name, code, System.Data.DbType.String));
        }

        var dialect = db.Database.IsSqlite() ? Dialect.Sqlite : Dialect.PostgreSql;
        var items = db.Model.FindEntityType(typeof(DisclosureLineItem))!;
        var itemsTable = Quote(items.GetTableName()!);
        string Column(string property) => Quote(items.FindProperty(property)!.GetColumnName());

        var keys = request.GroupBy.Select(d => (Dimension: d, Sql: KeySql(d), Name: "k_" + d.ToString().ToLowerInvariant())).ToList();
        var keyList = string.Concat(keys.Select(k => k.Name + ", "));
        var keySelect = string.Concat(keys.Select(k => k.Sql + ", "));
        var value = ValueSql(request.Basis, dialect);

        var sql = new StringBuilder();
        sql.Append("WITH m(month_id, month, sigungu, heating, housing, sale, operator, households, approved_year, approved_month, area, grand_total) AS (\n")
            .Append(inner.CommandText).Append("\n),\n");
        sql.Append("scope_rows(").Append(keyList).Append("measure, v) AS (\n")
            .Append("  SELECT ").Append(keySelect).Append("i.").Append(Column(nameof(DisclosureLineItem.ItemCode))).Append(", ")
            .Append(value.Replace("{amount}", "i." + Column(nameof(DisclosureLineItem.Amount)), StringComparison.Ordinal))
            .Append("\n  FROM m JOIN ").Append(itemsTable).Append(" i ON i.").Append(Column("DisclosureMonthId")).Append(" = m.month_id")
            .Append("\n  WHERE i.").Append(Column(nameof(DisclosureLineItem.ItemCode))).Append(" IN (").Append(string.Join(", ", itemNames)).Append(')')
            .Append("\n  UNION ALL\n  SELECT ").Append(keySelect).Append('\'').Append(DisclosureStatisticsRequest.Total).Append("', ")
            .Append(value.Replace("{amount}", "m.grand_total", StringComparison.Ordinal))
            .Append("\n  FROM m WHERE m.grand_total IS NOT NULL\n)");
        var outputKeys = string.Concat(Enum.GetValues<StatisticsDimension>().Select(d =>
            (keys.Any(k => k.Dimension == d) ? "k_" + d.ToString().ToLowerInvariant() : $"CAST(NULL AS {(IsNumericKey(d) ? "INTEGER" : "TEXT")})")
            + $" AS \"{d}\", "));
        var groupBy = keyList + "measure";
        if (dialect == Dialect.PostgreSql)
        {
            sql.Append("\nSELECT ").Append(outputKeys).Append("measure AS \"Measure\", n AS \"N\", mean AS \"Mean\", lo AS \"Min\", hi AS \"Max\", ")
                .Append(string.Join(", ", Percentiles.Select((p, i) => $"p[{i + 1}] AS \"{PercentileName(p)}\"")))
                .Append("\nFROM (SELECT ").Append(keyList).Append("measure, COUNT(*) AS n, AVG(v) AS mean, MIN(v) AS lo, MAX(v) AS hi, ")
                .Append("percentile_cont(ARRAY[").Append(string.Join(", ", Percentiles.Select(Literal))).Append("]::double precision[]) WITHIN GROUP (ORDER BY v) AS p")
                .Append("\n  FROM scope_rows WHERE v IS NOT NULL GROUP BY ").Append(groupBy).Append(") s");
        }
        else
        {
            // percentile_cont(p): the value at rank h = p·(n−1) (from 0), interpolated between ranks ⌊h⌋ and ⌊h⌋+1.
            var partition = "PARTITION BY " + groupBy;
            sql.Append(",\nranked AS (SELECT ").Append(keyList).Append("measure, v, ROW_NUMBER() OVER (").Append(partition)
                .Append(" ORDER BY v) - 1 AS rn, COUNT(*) OVER (").Append(partition).Append(") AS n FROM scope_rows WHERE v IS NOT NULL)")
                .Append("\nSELECT ").Append(outputKeys).Append("measure AS \"Measure\", COUNT(*) AS \"N\", AVG(v) AS \"Mean\", MIN(v) AS \"Min\", MAX(v) AS \"Max\", ")
                .Append(string.Join(", ", Percentiles.Select(p =>
                {
                    var h = $"({Literal(p)} * (n - 1))";
                    var lo = $"CAST({h} AS INTEGER)";
                    return $"SUM(CASE WHEN rn = {lo} THEN v * (1 - ({h} - {lo})) WHEN rn = {lo} + 1 THEN v * ({h} - {lo}) ELSE 0 END) AS \"{PercentileName(p)}\"";
                })))
                .Append("\nFROM ranked GROUP BY ").Append(groupBy);
        }

        return (sql.ToString(), parameters);
    }

    private static string KeySql(StatisticsDimension dimension) => dimension switch
    {
        StatisticsDimension.Month => "m.month",
        StatisticsDimension.Region => "m.sigungu",
        StatisticsDimension.HeatingType => "m.heating",
        StatisticsDimension.HousingType => "m.housing",
        StatisticsDimension.SaleType => "m.sale",
        StatisticsDimension.Operator => "m.operator",
        StatisticsDimension.HouseholdBand => "CASE " + string.Concat(ComplexBands.HouseholdBands.Select(b =>
            $"WHEN m.households <= {b.Max.ToString(CultureInfo.InvariantCulture)} THEN {(int)b.Band} ")) + "END",
        // Full years from the approval month to the month (days never change the count at a month's end), 0 before approval.
        _ => "CASE WHEN m.approved_year IS NULL THEN NULL " + string.Concat(ComplexBands.AgeBands.Select(b =>
            $"WHEN {AgeYears} <= {b.MaxYears.ToString(CultureInfo.InvariantCulture)} THEN {(int)b.Band} ")) + "END",
    };

    private const string AgeYears =
        "(CASE WHEN (m.month / 100) * 12 + m.month % 100 < m.approved_year * 12 + m.approved_month THEN 0 " +
        "ELSE ((m.month / 100) * 12 + m.month % 100 - m.approved_year * 12 - m.approved_month) / 12 END)";

    private static bool IsNumericKey(StatisticsDimension d) =>
        d is StatisticsDimension.Month or StatisticsDimension.HouseholdBand or StatisticsDimension.AgeBand;

    private static string ValueSql(FeeBasis basis, Dialect dialect)
    {
        var amount = dialect == Dialect.Sqlite ? "CAST({amount} AS REAL)" : "CAST({amount} AS double precision)";
        return basis switch
        {
            FeeBasis.PerSquareMeter => $"CASE WHEN m.area > 0 THEN {amount} / m.area END",
            FeeBasis.PerHousehold => $"{amount} / m.households",
            _ => amount,
        };
    }

    private static IReadOnlyList<DisclosureStatisticsGroup> Groups(DisclosureStatisticsRequest request, List<StatisticsRow> rows)
    {
        var order = request.ItemCodes.Select((code, index) => (code, index)).ToDictionary(x => x.code, x => x.index, StringComparer.Ordinal);
        return [.. rows
            .GroupBy(r => (r.Month, r.Region, r.HeatingType, r.HousingType, r.SaleType, r.HouseholdBand, r.AgeBand, r.Operator))
            .Select(g => new DisclosureStatisticsGroup(
                g.Key.Month is { } month ? YearMonth.FromNumber(month) : null,
                g.Key.Region,
                Parse<HeatingType>(g.Key.HeatingType),
                Parse<HousingType>(g.Key.HousingType),
                Parse<SaleType>(g.Key.SaleType),
                g.Key.HouseholdBand is { } households ? (HouseholdBand)households : null,
                g.Key.AgeBand is { } age ? (AgeBand)age : null,
                Parse<HousingOperator>(g.Key.Operator),
                [.. g.Where(r => r.Measure != DisclosureStatisticsRequest.Total).OrderBy(r => order.GetValueOrDefault(r.Measure, int.MaxValue)).Select(Statistics)],
                g.Where(r => r.Measure == DisclosureStatisticsRequest.Total).Select(Statistics).FirstOrDefault()))
            .OrderBy(g => g.Month?.Number).ThenBy(g => g.SigunguCode, StringComparer.Ordinal)
            .ThenBy(g => g.HeatingType).ThenBy(g => g.HousingType).ThenBy(g => g.SaleType)
            .ThenBy(g => g.HouseholdBand).ThenBy(g => g.AgeBand).ThenBy(g => g.Operator)];
    }

    private static FeeStatistics Statistics(StatisticsRow r) =>
        new(r.Measure, r.N, r.Mean, r.Min, r.P10, r.P25, r.P50, r.P75, r.P90, r.Max);

    private static T? Parse<T>(string? value) where T : struct, Enum => value is null ? null : Enum.Parse<T>(value);

    private static DbParameter Parameter(DbConnection connection, string name, object? value, System.Data.DbType type)
    {
        using var command = connection.CreateCommand();
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        parameter.DbType = type;
        return parameter;
    }

    private static string PercentileName(double p) => "P" + ((int)Math.Round(p * 100)).ToString(CultureInfo.InvariantCulture);

    private static string Literal(double p) => p.ToString("0.0##", CultureInfo.InvariantCulture);

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private enum Dialect { Sqlite, PostgreSql }

    /// <summary>One (group, measure) row of the statement; keys not grouped by are null.</summary>
    private sealed class StatisticsRow
    {
        public int? Month { get; init; }
        public string? Region { get; init; }
        public string? HeatingType { get; init; }
        public string? HousingType { get; init; }
        public string? SaleType { get; init; }
        public int? HouseholdBand { get; init; }
        public int? AgeBand { get; init; }
        public string? Operator { get; init; }
        public string Measure { get; init; } = "";
        public long N { get; init; }
        public double Mean { get; init; }
        public double Min { get; init; }
        public double Max { get; init; }
        public double P10 { get; init; }
        public double P25 { get; init; }
        public double P50 { get; init; }
        public double P75 { get; init; }
        public double P90 { get; init; }
    }
}
