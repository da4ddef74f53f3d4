using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using GraphQL.Execution;
using Housing.Api.GraphQL;
using Housing.Domain.Common;
using Housing.Domain.Disclosures;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// disclosureStatistics through the GraphQL executor against the same statistics written by hand in SQL, on one SQLite
/// file of generated disclosures (18,000 complexes × 12 months by default), side by side in one run.
/// </summary>
internal static class AnalyticsBench
{
    public static async Task Main(string[] args)
    {
        var complexes = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 18_000;
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        var folder = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../data", $"c{complexes}"));
        Directory.CreateDirectory(folder);

        // The host's content root: the Api folder of this repository (the bench runs from its bin folder).
        var repository = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(repository.FullName, "Housing.sln")))
            repository = repository.Parent ?? throw new InvalidOperationException("Run the bench inside the repository.");
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_HOUSING_API", Path.Combine(repository.FullName, "Api"));
        WebApplicationFactory<Program> Host() => new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Data:Folder", folder);
            web.UseSetting("Database:Provider", "Sqlite");
            web.UseSetting("DemoData:Enabled", "false");
            web.UseSetting("Jobs:Enabled", "false");
            web.UseEnvironment("Production");
        });

        // The first host migrates the file; the rows are written with no host running, then the measured host starts.
        var database = Path.Combine(folder, "housing.db");
        using (var migrating = Host())
            _ = migrating.Services;
        var seeded = AnalyticsData.Seed(database, complexes);
        Console.WriteLine($"{database}: {seeded.Complexes:N0} complexes, {seeded.Months:N0} months, {seeded.LineItems:N0} line items");
        using var host = Host();
        // The host's schema in an executor without the server's 30-second limit: a full scan of the file may take longer here.
        var executor = new RequestExecutor(HousingSchema.Build(), new RequestExecutorOptions { ExecutionTimeout = null });

        var analyst = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim("sub", Guid.NewGuid().ToString()), new Claim("role", Roles.Analyst), new Claim("name", "bench")], "bench", "name", "role"));
        const string query = """
            query($groupBy: [StatisticsDimension!]) {
              disclosureStatistics(scope: { from: "2025-01", to: "2025-12" }, per: PER_SQUARE_METER, groupBy: $groupBy) {
                groups { month sigunguCode items { measure count mean min p10 p25 median p75 p90 max } total { measure count mean median } }
              }
            }
            """;

        // One untimed pass reads the file into the page cache, so the first timed query does not pay for the disk alone.
        HandWritten.Run(database, HandWritten.ByMonth);

        foreach (var (name, groupBy, handSql) in new[]
        {
            ("by month", new[] { "MONTH" }, HandWritten.ByMonth),
            ("by region", new[] { "REGION" }, HandWritten.ByRegion),
            ("by month and region", new[] { "MONTH", "REGION" }, HandWritten.ByMonthAndRegion),
        })
        {
            var graphql = new List<double>();
            var hand = new List<double>();
            int groupsAnswered = 0, rowsByHand = 0;
            for (var round = 0; round < rounds; round++)
            {
                var watch = Stopwatch.StartNew();
                await using (var scope = host.Services.CreateAsyncScope())
                {
                    var result = await executor.ExecuteAsync(
                        new GraphQLRequest { Query = query, Variables = new Dictionary<string, object?> { ["groupBy"] = groupBy } },
                        new RequestContext { RequestServices = scope.ServiceProvider, User = analyst });
                    if (result.Errors is { Count: > 0 } errors)
                        throw new InvalidOperationException(string.Join("; ", errors.Select(e => e.Message)));
                    var json = result.ToJson();
                    groupsAnswered = json.Split("\"month\":", StringSplitOptions.None).Length - 1;
                }
                graphql.Add(watch.Elapsed.TotalMilliseconds);

                watch.Restart();
                rowsByHand = HandWritten.Run(database, handSql);
                hand.Add(watch.Elapsed.TotalMilliseconds);
            }

            var measures = FeeCatalog.AmountItems.Count() + 1;
            if (rowsByHand != groupsAnswered * measures)
                throw new InvalidOperationException($"{name}: hand SQL gave {rowsByHand} rows, GraphQL {groupsAnswered} groups × {measures} measures.");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-22} groups {groupsAnswered,4}  GraphQL best {graphql.Min(),8:F0} ms (median {Median(graphql),8:F0})  hand SQL best {hand.Min(),8:F0} ms (median {Median(hand),8:F0})  ratio {graphql.Min() / hand.Min():F2}"));
        }

        double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
    }
}

/// <summary>The statistics a person would write by hand for SQLite: per-㎡ values, ranked in windows, percentile_cont interpolated.</summary>
internal static class HandWritten
{
    public static readonly string[] ByMonth = ["d.Month"];
    public static readonly string[] ByRegion = ["substr(c.BjdCode, 1, 5)"];
    public static readonly string[] ByMonthAndRegion = ["d.Month", "substr(c.BjdCode, 1, 5)"];

    public static int Run(string database, string[] keys)
    {
        var keyNames = string.Join(", ", keys.Select((_, i) => $"k{i}"));
        var keyAliases = string.Join(", ", keys.Select((k, i) => $"{k} AS k{i}"));
        string Percentile(string p) =>
            $"SUM(CASE WHEN rn = CAST({p} * (n - 1) AS INTEGER) THEN v * (1 - ({p} * (n - 1) - CAST({p} * (n - 1) AS INTEGER))) " +
            $"WHEN rn = CAST({p} * (n - 1) AS INTEGER) + 1 THEN v * ({p} * (n - 1) - CAST({p} * (n - 1) AS INTEGER)) ELSE 0 END)";
        var sql = $"""
            WITH vals AS (
              SELECT {keyAliases}, i.ItemCode AS measure, CAST(i.Amount AS REAL) / d.ExclusiveArea AS v
              FROM DisclosureMonths d
              JOIN Complexes c ON c.Id = d.ComplexId
              JOIN DisclosureLineItems i ON i.DisclosureMonthId = d.Id
              WHERE d.IsDisclosed = 1 AND d.Month BETWEEN 202501 AND 202512 AND c.HouseholdCount >= 100
                AND d.ExclusiveArea > 0 AND i.ItemCode <> 'REPAIR_RESERVE_RATE'
              UNION ALL
              SELECT {keyAliases}, 'TOTAL', CAST(d.GrandTotal AS REAL) / d.ExclusiveArea
              FROM DisclosureMonths d JOIN Complexes c ON c.Id = d.ComplexId
              WHERE d.IsDisclosed = 1 AND d.Month BETWEEN 202501 AND 202512 AND c.HouseholdCount >= 100
                AND d.ExclusiveArea > 0 AND d.GrandTotal IS NOT NULL
            ),
            ranked AS (
              SELECT {keyNames}, measure, v,
                ROW_NUMBER() OVER (PARTITION BY {keyNames}, measure ORDER BY v) - 1 AS rn,
                COUNT(*) OVER (PARTITION BY {keyNames}, measure) AS n
              FROM vals
            )
            SELECT {keyNames}, measure, COUNT(*), AVG(v), MIN(v), MAX(v),
              {Percentile("0.1")}, {Percentile("0.25")}, {Percentile("0.5")}, {Percentile("0.75")}, {Percentile("0.9")}
            FROM ranked GROUP BY {keyNames}, measure
            """;
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read()) rows++;
        return rows;
    }
}
