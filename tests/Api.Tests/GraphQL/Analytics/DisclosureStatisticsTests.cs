using System.Text.Json;
using Api.Tests.GraphQL.Listings;
using Api.Tests.Support;
using GraphQL.Types;
using Housing.Domain.Complexes;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Api.Tests.GraphQL.Analytics;

/// <summary>One host on SQLite with the seeded disclosures, shared by the statistics tests (they only read).</summary>
public sealed class DisclosureStatisticsHost : IAsyncLifetime
{
    public StatementCounter Counter { get; } = new();
    public HousingApiFactory Api { get; private set; } = null!;
    public DisclosureDataWorld World { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Api = new HousingApiFactory { ConfigureTestServices = s => s.AddSingleton<IInterceptor>(Counter) };
        World = await DisclosureDataWorld.CreateAsync(Api);
    }

    public Task DisposeAsync()
    {
        Api.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class DisclosureStatisticsTests(DisclosureStatisticsHost host) : IClassFixture<DisclosureStatisticsHost>
{
    private const string Query = """
        query($scope: DisclosureScopeInput!, $items: [FeeItemCode!], $per: FeeBasis!, $groupBy: [StatisticsDimension!]) {
          disclosureStatistics(scope: $scope, items: $items, per: $per, groupBy: $groupBy) {
            from to per groupBy
            groups {
              month sigunguCode heatingType housingType saleType householdBand ageBand operator
              items { ...stats }
              total { ...stats }
            }
          }
        }
        fragment stats on FeeStatistics { measure name count mean min p10 p25 median p75 p90 max }
        """;

    private static readonly string[] Dimensions =
        ["MONTH", "REGION", "HEATING_TYPE", "HOUSING_TYPE", "SALE_TYPE", "HOUSEHOLD_BAND", "AGE_BAND", "OPERATOR"];

    private static object Variables(string[]? groupBy = null, string per = "PER_SQUARE_METER", string[]? items = null, object? complexes = null,
        string from = "2025-04", string to = "2025-06") => new
    {
        scope = new { complexes, from, to },
        items,
        per,
        groupBy,
    };

    [Fact]
    public async Task An_officer_naming_a_district_outside_their_own_is_refused_and_their_own_district_is_summarised()
    {
        await host.Api.CreateUserAsync("officer.11560", Housing.Domain.Common.Roles.DistrictOfficer, link: u => u.DistrictCode = "11560");
        var token = await host.Api.TokenForAsync("officer.11560");
        const string Rates = "query($scope: DisclosureScopeInput!) { disclosureComplianceRates(scope: $scope) { sigunguCode } }";

        var outside = await host.Api.GraphQLAsync(Query, Variables(complexes: new { sigunguCode = new { eq = "11650" } }), token);
        var nested = await host.Api.GraphQLAsync(Query, Variables(complexes: new { and = new object[] { new { sigunguCode = new { @in = new[] { "11560", "11650" } } } } }), token);
        var rates = await host.Api.GraphQLAsync(Rates, new { scope = new { complexes = new { sigunguCode = new { eq = "11650" } }, from = "2025-04", to = "2025-06" } }, token);
        var legalDong = await host.Api.GraphQLAsync(Query, Variables(complexes: new { bjdCode = new { eq = "1165010100" } }), token);
        var legalDongPrefix = await host.Api.GraphQLAsync(Query, Variables(complexes: new { bjdCode = new { startsWith = "11650101" } }), token);
        var legalDongs = await host.Api.GraphQLAsync(Query, Variables(complexes: new { or = new object[] { new { bjdCode = new { @in = new[] { "1156010100", "1165010100" } } } } }), token);
        var combined = await host.Api.GraphQLAsync(Query, Variables(complexes: new { sigunguCode = new { or = new object[] { new { eq = "11560" }, new { eq = "11650" } } } }), token);
        var own = await host.Api.DataAsync(Query, Variables(["REGION"], complexes: new { sigunguCode = new { eq = "11560" } }), token);
        // A prefix shorter than a 시군구 code names no one district: it narrows to the officer's own.
        var city = await host.Api.DataAsync(Query, Variables(["REGION"], complexes: new { bjdCode = new { startsWith = "11" } }), token);

        foreach (var body in new[] { outside, nested, rates, legalDong, legalDongPrefix, legalDongs, combined })
        {
            Assert.Equal(["OUTSIDE_DISTRICT"], body.ErrorCodes());
            Assert.Contains("Your account belongs to district 11560; 11650 is outside it", body.GetProperty("errors")[0].GetProperty("message").GetString());
        }
        foreach (var data in new[] { own, city })
            Assert.Equal(["11560"], data.GetProperty("disclosureStatistics").GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("sigunguCode").GetString()));
    }

    [Theory]
    [InlineData("", "PER_SQUARE_METER")]
    [InlineData("MONTH", "PER_SQUARE_METER")]
    [InlineData("REGION", "PER_HOUSEHOLD")]
    [InlineData("HEATING_TYPE", "TOTAL")]
    [InlineData("HOUSING_TYPE", "PER_SQUARE_METER")]
    [InlineData("SALE_TYPE", "PER_HOUSEHOLD")]
    [InlineData("HOUSEHOLD_BAND", "PER_SQUARE_METER")]
    [InlineData("AGE_BAND", "TOTAL")]
    [InlineData("OPERATOR", "PER_SQUARE_METER")]
    [InlineData("MONTH,REGION", "PER_SQUARE_METER")]
    [InlineData("AGE_BAND,HOUSEHOLD_BAND,HEATING_TYPE", "PER_HOUSEHOLD")]
    public async Task Every_statistic_of_every_group_equals_the_one_computed_here_from_the_imported_amounts(string groupBy, string per)
    {
        var dimensions = groupBy.Split(',', StringSplitOptions.RemoveEmptyEntries);

        var data = await host.Api.DataAsync(Query, Variables(dimensions, per), host.World.Tokens["analyst"]);

        var statistics = data.GetProperty("disclosureStatistics");
        Assert.Equal(per, statistics.GetProperty("per").GetString());
        Assert.Equal(dimensions, statistics.GetProperty("groupBy").EnumerateArray().Select(d => d.GetString()));
        AssertGroups(ExpectedStatistics.Of(host.World, _ => true, DisclosureDataWorld.Items, per, dimensions), statistics);
    }

    [Fact]
    public async Task The_complex_filter_and_the_items_asked_narrow_the_statistics_to_those_complexes_and_items()
    {
        var filter = new { heatingType = new { eq = "DISTRICT" }, householdCount = new { gte = 500 }, sigunguCode = new { eq = "11560" } };
        string[] items = ["SECURITY", "LABOR"];

        var data = await host.Api.DataAsync(Query, Variables(["SALE_TYPE"], "PER_HOUSEHOLD", items, filter, "2025-05", "2025-06"), host.World.Tokens["officer"]);

        var statistics = data.GetProperty("disclosureStatistics");
        var expected = ExpectedStatistics.Of(host.World,
            m => m.Complex.HeatingType == HeatingType.District && m.Complex.HouseholdCount >= 500 && m.Complex.BjdCode.StartsWith("11560", StringComparison.Ordinal)
                && m.Month >= new Housing.Domain.Common.YearMonth(2025, 5),
            items, "PER_HOUSEHOLD", ["SALE_TYPE"]);
        Assert.NotEmpty(expected);
        AssertGroups(expected, statistics);
        Assert.All(statistics.GetProperty("groups").EnumerateArray(), g =>
            Assert.Equal(items, g.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("measure").GetString())));
        Assert.Equal("경비비", statistics.GetProperty("groups")[0].GetProperty("items")[0].GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("2025-06", "2025-04", "INVALID_RANGE", "before")]
    [InlineData("2015-01", "2025-01", "INVALID_RANGE", "at most 120 months")]
    public async Task A_reversed_or_too_long_range_is_refused_saying_what_is_allowed(string from, string to, string code, string mentioned)
    {
        var body = await host.Api.GraphQLAsync(Query, Variables(from: from, to: to), host.World.Tokens["analyst"]);

        Assert.Equal([code], body.ErrorCodes());
        Assert.Contains(mentioned, body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("PARKING")]
    [InlineData("REPAIR_RESERVE_RATE")]
    public async Task An_item_that_is_not_an_amount_is_refused_before_execution_naming_it_and_the_enum(string item)
    {
        var body = await host.Api.GraphQLAsync(Query, Variables(items: [item]), host.World.Tokens["analyst"]);

        Assert.False(body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object);
        var message = body.GetProperty("errors")[0].GetProperty("message").GetString();
        Assert.Contains(item, message);
        Assert.Contains("FeeItemCode", message);
    }

    [Fact]
    public async Task A_dimension_given_twice_is_refused()
    {
        var body = await host.Api.GraphQLAsync(Query, Variables(["MONTH", "REGION", "MONTH"]), host.World.Tokens["analyst"]);

        Assert.Equal(["DUPLICATE_DIMENSION"], body.ErrorCodes());
        Assert.Contains("MONTH is given twice", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("manager")]
    [InlineData("resident")]
    public async Task Managers_and_residents_are_not_given_statistics(string user)
    {
        var body = await host.Api.GraphQLAsync(Query, Variables(), host.World.Tokens[user]);

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], body.ErrorCodes());
    }

    [Fact]
    public async Task Statistics_take_the_same_number_of_statements_for_one_group_as_for_hundreds()
    {
        async Task<(int Groups, int Statements)> RunAsync(string[] groupBy)
        {
            var (data, statements) = await StatementCounts.FewestOfThreeAsync(host.Counter,
                () => host.Api.DataAsync(Query, Variables(groupBy), host.World.Tokens["analyst"]));
            return (data.GetProperty("disclosureStatistics").GetProperty("groups").GetArrayLength(), statements);
        }

        var one = await RunAsync([]);
        var many = await RunAsync(["MONTH", "REGION", "HEATING_TYPE", "AGE_BAND", "HOUSEHOLD_BAND"]);

        Assert.Equal(1, one.Groups);
        Assert.True(many.Groups > 100, $"{many.Groups} groups");
        Assert.Equal(one.Statements, many.Statements);
        Assert.InRange(one.Statements, 1, 3);
    }

    [PostgresFact]
    public async Task On_postgresql_percentile_cont_gives_the_same_statistics_as_computed_here()
    {
        await using var database = await PostgresTestServer.CreateDatabaseAsync();
        using var api = new HousingApiFactory(("Database:Provider", "PostgreSql"), ("ConnectionStrings:Housing", database.ConnectionString));
        var world = await DisclosureDataWorld.CreateAsync(api, complexCount: 120, seed: 11);

        foreach (var (groupBy, per) in new[] { (Array.Empty<string>(), "PER_SQUARE_METER"), (["MONTH", "REGION"], "TOTAL"), (["AGE_BAND", "HOUSEHOLD_BAND"], "PER_HOUSEHOLD"), (Dimensions, "PER_SQUARE_METER") })
        {
            var data = await api.DataAsync(Query, Variables(groupBy, per), world.Tokens["analyst"]);
            AssertGroups(ExpectedStatistics.Of(world, _ => true, DisclosureDataWorld.Items, per, groupBy), data.GetProperty("disclosureStatistics"));
        }
    }

    private static void AssertGroups(IReadOnlyDictionary<string, IReadOnlyDictionary<string, ExpectedStatistics>> expected, JsonElement statistics)
    {
        var groups = statistics.GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), groups.Select(GroupKey).Order(StringComparer.Ordinal));
        foreach (var group in groups)
        {
            var measures = expected[GroupKey(group)];
            var answered = group.GetProperty("items").EnumerateArray().Append(group.GetProperty("total")).ToList();
            Assert.Equal(measures.Keys.Order(StringComparer.Ordinal), answered.Select(m => m.GetProperty("measure").GetString()!).Order(StringComparer.Ordinal));
            foreach (var measure in answered)
                measures[measure.GetProperty("measure").GetString()!].AssertEqual(measure);
        }
    }

    private static string GroupKey(JsonElement group) =>
        string.Join('|', new[] { "month", "sigunguCode", "heatingType", "housingType", "saleType", "householdBand", "ageBand", "operator" }
            .Select(f => group.GetProperty(f) is { ValueKind: JsonValueKind.String } v ? v.GetString() : "-"));
}

/// <summary>Statistics of one measure computed here, from the imported amounts, with percentile_cont's own definition.</summary>
public sealed record ExpectedStatistics(int Count, double Mean, double Min, double P10, double P25, double Median, double P75, double P90, double Max)
{
    /// <summary>
    /// The expected groups (keyed as the test reads the answer) and, in each, the statistics per measure: the disclosed months
    /// of complexes of 100+ households matching <paramref name="include"/>, with bands from the domain's own band rules.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, ExpectedStatistics>> Of(DisclosureDataWorld world,
        Func<DisclosureDataWorld.SeededMonth, bool> include, IReadOnlyList<string> items, string per, IReadOnlyList<string> groupBy)
    {
        var values = new List<(string Group, string Measure, double Value)>();
        foreach (var month in world.Months.Where(m => m.Disclosed && m.Complex.HouseholdCount >= 100 && include(m)))
        {
            var key = Key(month, groupBy);
            var measures = month.Amounts.Where(a => items.Contains(a.Key)).Select(a => (a.Key, a.Value)).Append(("TOTAL", month.GrandTotal));
            foreach (var (measure, amount) in measures)
            {
                double? value = per switch
                {
                    "PER_SQUARE_METER" => month.Complex.ExclusiveArea > 0 ? amount / month.Complex.ExclusiveArea : null,
                    "PER_HOUSEHOLD" => amount / (double)month.Complex.HouseholdCount,
                    _ => amount,
                };
                if (value is { } v) values.Add((key, measure, v));
            }
        }
        return values.GroupBy(v => v.Group).ToDictionary(g => g.Key,
            g => (IReadOnlyDictionary<string, ExpectedStatistics>)g.GroupBy(v => v.Measure).ToDictionary(m => m.Key, m => From([.. m.Select(v => v.Value)])));
    }

    public void AssertEqual(JsonElement answered)
    {
        Assert.Equal(Count, answered.GetProperty("count").GetInt32());
        foreach (var (field, value) in new[] { ("mean", Mean), ("min", Min), ("p10", P10), ("p25", P25), ("median", Median), ("p75", P75), ("p90", P90), ("max", Max) })
        {
            var actual = answered.GetProperty(field).GetDouble();
            Assert.True(Math.Abs(actual - value) <= 1e-9 * Math.Max(1, Math.Abs(value)),
                $"{answered.GetProperty("measure").GetString()} {field}: expected {value}, answered {actual}");
        }
    }

    private static ExpectedStatistics From(double[] values)
    {
        Array.Sort(values);
        return new ExpectedStatistics(values.Length, values.Average(), values[0], PercentileCont(values, 0.1), PercentileCont(values, 0.25),
            PercentileCont(values, 0.5), PercentileCont(values, 0.75), PercentileCont(values, 0.9), values[^1]);
    }

    /// <summary>percentile_cont: the value at position p·(n−1) of the sorted values, interpolated linearly between its neighbours.</summary>
    private static double PercentileCont(double[] sorted, double p)
    {
        var position = p * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    private static string Key(DisclosureDataWorld.SeededMonth m, IReadOnlyList<string> groupBy)
    {
        var c = m.Complex;
        string Enum<T>(T value) where T : struct, System.Enum => GraphQLNaming.UpperSnakeCase(value.ToString());
        string? Part(string dimension) => groupBy.Contains(dimension) ? dimension switch
        {
            "MONTH" => m.Month.ToString(),
            "REGION" => c.BjdCode[..5],
            "HEATING_TYPE" => Enum(c.HeatingType),
            "HOUSING_TYPE" => Enum(c.HousingType),
            "SALE_TYPE" => Enum(c.SaleType),
            "HOUSEHOLD_BAND" => Enum(ComplexBands.HouseholdBandOf(c.HouseholdCount)),
            "AGE_BAND" => c.ApprovedOn is { } approved ? Enum(ComplexBands.AgeBandOf(approved, m.Month.LastDay)) : null,
            _ => Enum(c.Operator),
        } : null;
        return string.Join('|', new[] { "MONTH", "REGION", "HEATING_TYPE", "HOUSING_TYPE", "SALE_TYPE", "HOUSEHOLD_BAND", "AGE_BAND", "OPERATOR" }
            .Select(d => Part(d) ?? "-"));
    }
}
