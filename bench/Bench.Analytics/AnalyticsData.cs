using System.Globalization;
using Housing.Domain.Disclosures;
using Microsoft.Data.Sqlite;

/// <summary>
/// Generated disclosures written straight into the migrated SQLite file: complexes spread over Seoul's 25 districts with
/// random K-apt facts, and twelve disclosed months of 2025 each, with most fee items (random, seeded). Written once per
/// size; a later run finds the rows and reuses them.
/// </summary>
internal static class AnalyticsData
{
    private static readonly string[] Districts =
    [
        "11110", "11140", "11170", "11200", "11215", "11230", "11260", "11290", "11305", "11320", "11350", "11380", "11410",
        "11440", "11470", "11500", "11530", "11545", "11560", "11590", "11620", "11650", "11680", "11710", "11740",
    ];

    public sealed record Counts(long Complexes, long Months, long LineItems);

    public static Counts Seed(string database, int complexCount)
    {
        using var connection = new SqliteConnection($"Data Source={database};Default Timeout=120");
        connection.Open();
        if (Count(connection, "Complexes") == complexCount)
            return new Counts(complexCount, Count(connection, "DisclosureMonths"), Count(connection, "DisclosureLineItems"));
        Execute(connection, "PRAGMA synchronous = OFF;");
        Execute(connection, "DELETE FROM \"DisclosureLineItems\"; DELETE FROM \"DisclosureMonths\"; DELETE FROM \"Complexes\"; DELETE FROM \"Regions\";");
        var random = new Random(2025);
        using var transaction = connection.BeginTransaction();
        var regionIds = new List<string>();
        using (var region = Prepare(connection, transaction, "Regions", "Id", "SidoName", "SigunguCode", "SigunguName", "Version"))
            foreach (var code in Districts)
            {
                var id = NewId();
                regionIds.Add(id);
                Run(region, id, "서울특별시", code, "구 " + code, 1);
            }

        using var complex = Prepare(connection, transaction, "Complexes", "Id", "KaptCode", "RegionId", "Name", "BjdCode", "LotAddress",
            "HousingType", "SaleType", "HeatingType", "ManagementType", "HouseholdCount", "BuildingCount", "ApprovedOn", "TotalArea",
            "ManagedArea", "ExclusiveArea", "Operator", "Version");
        using var month = Prepare(connection, transaction, "DisclosureMonths", "Id", "ComplexId", "Month", "IsDisclosed", "Source", "FiledAt",
            "FirstDisclosedAt", "DueDate", "FiledLate", "ExclusiveArea", "Revision", "CommonTotal", "GeneralManagementTotal",
            "IndividualUsageTotal", "OtherUsageTotal", "RepairReserveCharged", "MiscIncome", "GrandTotal", "CommonPerSquareMeter",
            "IndividualUsagePerSquareMeter", "OtherUsagePerSquareMeter", "RepairReservePerSquareMeter", "GrandTotalPerSquareMeter", "Version");
        using var item = Prepare(connection, transaction, "DisclosureLineItems", "Id", "ItemCode", "Group", "Amount", "DisclosureMonthId");
        var items = FeeCatalog.AmountItems.ToList();
        long months = 0, lineItems = 0;
        for (var i = 0; i < complexCount; i++)
        {
            var district = i % Districts.Length;
            var complexId = NewId();
            var area = Math.Round(5_000 + random.NextDouble() * 120_000, 2);
            Run(complex, complexId, "A" + (10_000_000 + i).ToString(CultureInfo.InvariantCulture), regionIds[district], $"단지 {i}",
                Districts[district] + "10100", $"서울특별시 {i}", Pick(random, "Apartment", "RowHouse", "MixedUse"),
                "Sale", Pick(random, "Individual", "District", "Central"), "Consigned",
                i % 20 == 0 ? random.Next(30, 100) : random.Next(100, 2_500), 10,
                new DateOnly(random.Next(1980, 2024), random.Next(1, 13), 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                area * 1.4, area * 1.1, area, "None", 1);
            for (var m = 1; m <= 12; m++)
            {
                var monthId = NewId();
                var amounts = items.Where(_ => random.Next(8) != 0)
                    .Select(f => (Item: f, Amount: (long)(area * random.Next(20, 3_000)))).ToList();
                long Sum(Func<FeeItem, bool> which) => amounts.Where(a => which(a.Item)).Sum(a => a.Amount);
                var common = Sum(f => f.Group == FeeGroup.CommonFee);
                var individual = Sum(f => f.Group == FeeGroup.IndividualUsage);
                var other = Sum(f => f.Group == FeeGroup.OtherUsage);
                var reserve = Sum(f => f.Code == FeeCatalog.RepairReserveCharged);
                var total = Sum(f => f.CountsInTotal);
                var filed = new DateTimeOffset(2025, m, 20, 0, 0, 0, TimeSpan.Zero).AddMonths(1).UtcTicks;
                Run(month, monthId, complexId, 202500 + m, 1, "Kapt", filed, filed,
                    new DateOnly(2025, m, 1).AddMonths(2).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), 0, area, 1,
                    common, Sum(f => f.IsGeneralManagement), individual, other, reserve, Sum(f => f.Group == FeeGroup.MiscIncome), total,
                    common / area, individual / area, other / area, reserve / area, total / area, 1);
                months++;
                foreach (var (fee, amount) in amounts)
                {
                    Run(item, NewId(), fee.Code, fee.Group.ToString(), amount, monthId);
                    lineItems++;
                }
            }
        }
        transaction.Commit();
        Execute(connection, "ANALYZE;");
        return new Counts(complexCount, months, lineItems);
    }

    private static string NewId() => Guid.NewGuid().ToString().ToUpperInvariant();

    private static string Pick(Random random, params string[] values) => values[random.Next(values.Length)];

    private static long Count(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)command.ExecuteScalar()!;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string table, params string[] columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        for (var i = 0; i < columns.Length; i++)
            command.Parameters.Add(new SqliteParameter("$p" + i, null));
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i];
        command.ExecuteNonQuery();
    }
}
