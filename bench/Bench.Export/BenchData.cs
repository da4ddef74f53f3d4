using System.Diagnostics;
using System.Globalization;
using Housing.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Bench.Export;

/// <summary>
/// The benchmark's database: the platform's schema (its own migrations) in <c>housing.db</c> of the data folder, filled with
/// generated complexes and the asked number of disclosure line items by plain prepared inserts in one transaction: 20 items per
/// month, 25 months from 2024-01, as many complexes as that takes. Generation is not part of any measurement.
/// </summary>
public static class BenchData
{
    public static readonly string[] Items =
    [
        "LABOR", "OFFICE", "TAXES", "CLEANING", "SECURITY", "DISINFECTION", "ELEVATOR", "REPAIRS", "FACILITY", "CONSIGNMENT_FEE",
        "HEATING_COMMON", "HEATING_PRIVATE", "HOT_WATER_PRIVATE", "ELECTRICITY_COMMON", "ELECTRICITY_PRIVATE", "WATER_PRIVATE",
        "HOUSEHOLD_WASTE", "BUILDING_INSURANCE", "REPAIR_RESERVE_CHARGED", "MISC_INCOME",
    ];

    public const int Months = 25;

    public static readonly DateOnly FirstMonth = new(2024, 1, 1);

    private static readonly string[] Districts = ["종로구", "중구", "용산구", "성동구", "광진구", "동대문구", "중랑구", "성북구", "강북구", "도봉구",
        "노원구", "은평구", "서대문구", "마포구", "양천구", "강서구", "구로구", "금천구", "영등포구", "동작구", "관악구", "서초구", "강남구", "송파구", "강동구"];

    private static readonly string[] Brands = ["래미안", "자이", "푸르지오", "힐스테이트", "e편한세상", "아이파크", "롯데캐슬", "더샵", "SK뷰", "주공"];

    public static string DatabasePath(string dataFolder) => Path.Combine(dataFolder, HousingDatabase.SqliteFileName);

    /// <summary>The line items stored now; 0 without a database.</summary>
    public static long CountRows(string dataFolder)
    {
        if (!File.Exists(DatabasePath(dataFolder))) return 0;
        using var connection = new SqliteConnection(HousingDatabase.SqliteConnectionStringFor(DatabasePath(dataFolder)));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'DisclosureLineItems'";
        if ((long)command.ExecuteScalar()! == 0) return 0;
        command.CommandText = "SELECT count(*) FROM DisclosureLineItems";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Creates the database afresh with <paramref name="rows"/> line items (rounded up to whole complexes).</summary>
    public static void Generate(string dataFolder, long rows)
    {
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(dataFolder);
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(dataFolder, HousingDatabase.SqliteFileName + "*"))
            File.Delete(file);
        var connectionString = HousingDatabase.SqliteConnectionStringFor(DatabasePath(dataFolder));
        using (var context = new SqliteHousingDbContext(new DbContextOptionsBuilder<SqliteHousingDbContext>().UseSqlite(connectionString).Options))
            context.Database.Migrate();

        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;");
        var random = new Random(20261122);
        var perComplex = Items.Length * Months;
        var complexes = (int)((rows + perComplex - 1) / perComplex);
        using (var transaction = connection.BeginTransaction())
        {
            var regions = new List<(Guid Id, string Code)>();
            using (var region = Prepare(connection, "INSERT INTO Regions (Id, SidoName, SigunguCode, SigunguName, Version) VALUES ($id, '서울특별시', $code, $name, 1)"))
                for (var d = 0; d < Districts.Length; d++)
                {
                    var id = Guid.CreateVersion7();
                    var code = (11110 + d * 20).ToString(CultureInfo.InvariantCulture);
                    Run(region, id, code, Districts[d]);
                    regions.Add((id, code));
                }

            using var complex = Prepare(connection, """
                INSERT INTO Complexes (Id, KaptCode, RegionId, Name, BjdCode, LotAddress, HousingType, SaleType, HeatingType, ManagementType,
                  HouseholdCount, BuildingCount, TotalArea, ManagedArea, ExclusiveArea, Operator, Version)
                VALUES ($id, $kapt, $region, $name, $bjd, $lot, $housing, 'Sale', $heating, 'Consigned', $households, 10, $area * 1.4, $area * 1.2, $area, 'None', 1)
                """);
            using var month = Prepare(connection, """
                INSERT INTO DisclosureMonths (Id, ComplexId, Month, IsDisclosed, Source, FiledAt, FirstDisclosedAt, DueDate, FiledLate, ExclusiveArea, Revision, Version)
                VALUES ($id, $complex, $month, 1, 'Kapt', 638000000000000000, 638000000000000000, $due, 0, $area, 1, 1)
                """);
            using var item = Prepare(connection, "INSERT INTO DisclosureLineItems (Id, ItemCode, \"Group\", Amount, DisclosureMonthId) VALUES ($id, $code, $group, $amount, $month)");
            var groups = Items.ToDictionary(i => i, i => Housing.Domain.Disclosures.FeeCatalog.Get(i).Group.ToString());
            for (var c = 0; c < complexes; c++)
            {
                var (regionId, code) = regions[c % regions.Count];
                var complexId = Guid.CreateVersion7();
                var area = Math.Round(5_000 + random.NextDouble() * 120_000, 2);
                var name = c % 97 == 0 ? $"{Districts[c % Districts.Length]} \"{Brands[c % Brands.Length]}\", {c}차" : $"{Districts[c % Districts.Length]} {Brands[c % Brands.Length]} {c}차";
                Run(complex, complexId, $"A{10000000 + c}", regionId, name, code + "10100", $"서울특별시 {Districts[c % Districts.Length]} {c}",
                    new[] { "Apartment", "RowHouse", "MixedUse" }[c % 3], new[] { "Individual", "District", "Central" }[c % 3], random.Next(100, 3000), area);
                for (var m = 0; m < Months; m++)
                {
                    var first = FirstMonth.AddMonths(m);
                    var monthId = Guid.CreateVersion7();
                    Run(month, monthId, complexId, first.Year * 100 + first.Month, first.AddMonths(2).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), area);
                    foreach (var itemCode in Items)
                        Run(item, Guid.CreateVersion7(), itemCode, groups[itemCode], random.NextInt64(10_000, 50_000_000), monthId);
                }
            }
            transaction.Commit();
        }
        Execute(connection, "PRAGMA journal_mode=WAL; ANALYZE;");
        Console.WriteLine($"generated {complexes:N0} complexes, {(long)complexes * perComplex:N0} line items in {clock.Elapsed.TotalSeconds:F0} s");
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in System.Text.RegularExpressions.Regex.Matches(sql, @"\$[a-z]+").Select(m => m.Value).Distinct())
            command.Parameters.Add(new SqliteParameter(name, null));
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        // Guids as EF Core stores them on SQLite: upper-case text.
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i] is Guid id ? id.ToString("D").ToUpperInvariant() : values[i];
        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
