using System.Text.Json;
using Api.Tests.GraphQL.Complexes;
using Api.Tests.GraphQL.Listings;
using Api.Tests.Support;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Disclosures;
using Housing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Api.Tests.GraphQL.Disclosures;

public sealed class DisclosuresApiTests
{
    private static readonly YearMonth LastMonth = YearMonth.From(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9))).AddMonths(-1);

    private const string File = """
        mutation($input: FileDisclosureInput!) {
          fileDisclosure(input: $input) {
            filing { isCorrection disclosure { month grandTotal commonTotal commonPerSquareMeter items { code name amount } } outliers { itemCode } }
            errors { __typename ... on Error { message } ... on RuleViolationError { code } }
          }
        }
        """;

    private static object Filing(Guid complexId, YearMonth month, long labor = 12_000_000, string laborCode = "LABOR") => new
    {
        input = new
        {
            complexId = ComplexWorld.IdOf("Complex", complexId),
            month = month.ToString(),
            amounts = new object[]
            {
                new { itemCode = laborCode, amount = labor },
                new { itemCode = "CLEANING", amount = 3_500_000L },
            },
        },
    };

    /// <summary>A request refused by input coercion, before anything ran, with a message naming each of <paramref name="mentioned"/>.</summary>
    private static void AssertRefusedBeforeExecution(JsonElement body, params string[] mentioned)
    {
        Assert.False(body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object);
        var message = body.GetProperty("errors")[0].GetProperty("message").GetString();
        Assert.All(mentioned, m => Assert.Contains(m, message));
    }

    private static async Task<int> MonthsStoredAsync(HousingApiFactory api)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HousingDbContext>().Set<DisclosureMonth>().CountAsync();
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task A_manager_files_a_month_and_every_signed_in_caller_reads_it_on_the_complex(string provider)
    {
        using var api = await HousingApiFactory.OnAsync(provider);
        var world = await ComplexWorld.CreateAsync(api);

        var filed = (await api.DataAsync(File, Filing(world.First.Id, LastMonth), world.Tokens["manager1"])).GetProperty("fileDisclosure");
        var read = await api.DataAsync("""
            query($id: ID!, $from: YearMonth!, $to: YearMonth!) {
              complex(id: $id) { disclosures(where: { month: { gte: $from, lte: $to } }) { nodes { month isDisclosed grandTotal items { code amount perSquareMeter } } } }
            }
            """, new { id = ComplexWorld.IdOf("Complex", world.First.Id), from = LastMonth.AddMonths(-2).ToString(), to = LastMonth.ToString() },
            world.Tokens["officer"]);

        Assert.Equal(JsonValueKind.Null, filed.GetProperty("errors").ValueKind);
        var disclosure = filed.GetProperty("filing").GetProperty("disclosure");
        Assert.Equal(LastMonth.ToString(), disclosure.GetProperty("month").GetString());
        Assert.Equal(15_500_000, disclosure.GetProperty("commonTotal").GetInt64());
        Assert.Equal(["LABOR", "CLEANING"], disclosure.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()));
        Assert.Equal("인건비", disclosure.GetProperty("items")[0].GetProperty("name").GetString());
        var month = Assert.Single(read.GetProperty("complex").GetProperty("disclosures").GetProperty("nodes").EnumerateArray());
        Assert.True(month.GetProperty("isDisclosed").GetBoolean());
        Assert.Equal(12_000_000 / (double)world.First.ExclusiveArea, month.GetProperty("items")[0].GetProperty("perSquareMeter").GetDouble(), 6);
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task A_manager_of_another_complex_a_negative_amount_and_a_resident_are_refused_and_nothing_is_stored(string provider)
    {
        using var api = await HousingApiFactory.OnAsync(provider);
        var world = await ComplexWorld.CreateAsync(api);

        var otherComplex = (await api.DataAsync(File, Filing(world.Second.Id, LastMonth), world.Tokens["manager1"])).GetProperty("fileDisclosure");
        var negative = (await api.DataAsync(File, Filing(world.First.Id, LastMonth, labor: -5), world.Tokens["manager1"])).GetProperty("fileDisclosure");
        var resident = await api.GraphQLAsync(File, Filing(world.First.Id, LastMonth), world.Tokens["resident"]);

        Assert.Equal("NotAllowedError", otherComplex.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal("RuleViolationError", negative.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], resident.ErrorCodes());
        Assert.Equal(0, await MonthsStoredAsync(api));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task An_item_code_outside_the_enum_is_refused_before_execution_naming_it_and_the_allowed_codes_and_nothing_is_stored(string provider)
    {
        using var api = await HousingApiFactory.OnAsync(provider);
        var world = await ComplexWorld.CreateAsync(api);

        foreach (var code in new[] { "PARKING_LOT", FeeCatalog.RepairReserveRate })
        {
            var body = await api.GraphQLAsync(File, Filing(world.First.Id, LastMonth, laborCode: code), world.Tokens["manager1"]);

            Assert.Equal(["BAD_USER_INPUT"], body.ErrorCodes());
            AssertRefusedBeforeExecution(body, code, "FeeItemCode");
        }
        Assert.Equal(0, await MonthsStoredAsync(api));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task The_item_codes_of_months_flags_and_comparisons_are_the_fee_item_enum_the_totals_an_enum_of_their_own_and_an_unknown_value_is_refused(string provider)
    {
        using var api = await HousingApiFactory.OnAsync(provider);
        var world = await ComplexWorld.CreateAsync(api);
        await api.DataAsync(File, Filing(world.First.Id, LastMonth), world.Tokens["manager1"]);
        var variables = new { id = ComplexWorld.IdOf("Complex", world.First.Id), month = LastMonth.ToString() };

        var known = await api.DataAsync("""
            query($id: ID!, $month: YearMonth!) {
              disclosureComparison(complexId: $id, month: $month) { item(code: LABOR) { measure perSquareMeter } total(measure: COMMON_TOTAL) { measure perSquareMeter } }
              disclosureMonth(complexId: $id, month: $month) { items { code } flags { itemCode } }
            }
            """, variables, world.Tokens["resident"]);
        var unknown = await api.GraphQLAsync("""
            query($id: ID!, $month: YearMonth!) { disclosureComparison(complexId: $id, month: $month) { item(code: "FOO") { measure } } }
            """, variables, world.Tokens["resident"]);
        var unknownTotal = await api.GraphQLAsync("""
            query($id: ID!, $month: YearMonth!) { disclosureComparison(complexId: $id, month: $month) { total(measure: LABOR) { measure } } }
            """, variables, world.Tokens["resident"]);
        var types = await api.DataAsync("""
            {
              item: __type(name: "DisclosureItem") { fields { name type { ofType { name } } } }
              flag: __type(name: "DisclosureFlag") { fields { name type { ofType { name } } } }
              outlier: __type(name: "OutlierFlag") { fields { name type { ofType { name } } } }
              amount: __type(name: "FeeAmountInput") { inputFields { name type { ofType { name } } } }
              comparison: __type(name: "ComplexComparison") { fields { name args { name type { ofType { name } } } } }
            }
            """, null, world.Tokens["resident"]);

        var item = known.GetProperty("disclosureComparison").GetProperty("item");
        Assert.Equal("LABOR", item.GetProperty("measure").GetString());
        Assert.Equal(12_000_000 / (double)world.First.ExclusiveArea, item.GetProperty("perSquareMeter").GetDouble(), 6);
        Assert.Equal(["LABOR", "CLEANING"], known.GetProperty("disclosureMonth").GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()));
        AssertRefusedBeforeExecution(unknown, "FOO", "FeeItemCode");
        var commonTotal = known.GetProperty("disclosureComparison").GetProperty("total");
        Assert.Equal(FeeComparison.CommonTotal, commonTotal.GetProperty("measure").GetString());
        Assert.Equal(15_500_000 / (double)world.First.ExclusiveArea, commonTotal.GetProperty("perSquareMeter").GetDouble(), 6);
        AssertRefusedBeforeExecution(unknownTotal, "LABOR", "FeeTotal");
        static string? TypeOf(JsonElement fields, string name) =>
            fields.EnumerateArray().Single(f => f.GetProperty("name").GetString() == name).GetProperty("type").GetProperty("ofType").GetProperty("name").GetString();
        Assert.Equal("FeeItemCode", TypeOf(types.GetProperty("item").GetProperty("fields"), "code"));
        Assert.Equal("FeeItemCode", TypeOf(types.GetProperty("flag").GetProperty("fields"), "itemCode"));
        Assert.Equal("FeeItemCode", TypeOf(types.GetProperty("outlier").GetProperty("fields"), "itemCode"));
        Assert.Equal("FeeItemCode", TypeOf(types.GetProperty("amount").GetProperty("inputFields"), "itemCode"));
        var itemField = types.GetProperty("comparison").GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "item");
        Assert.Equal("FeeItemCode", TypeOf(itemField.GetProperty("args"), "code"));
        var totalField = types.GetProperty("comparison").GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "total");
        Assert.Equal("FeeTotal", TypeOf(totalField.GetProperty("args"), "measure"));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task An_amount_beyond_the_limit_is_refused_with_the_item_and_the_limit_and_nothing_is_stored(string provider)
    {
        using var api = await HousingApiFactory.OnAsync(provider);
        var world = await ComplexWorld.CreateAsync(api);

        var body = await api.GraphQLAsync(File, Filing(world.First.Id, LastMonth, labor: 1L << 62), world.Tokens["manager1"]);

        Assert.False(body.TryGetProperty("errors", out _));
        var error = body.GetProperty("data").GetProperty("fileDisclosure").GetProperty("errors")[0];
        Assert.Equal("RuleViolationError", error.GetProperty("__typename").GetString());
        Assert.Equal(FeeCatalog.AmountTooLargeCode, error.GetProperty("code").GetString());
        Assert.Contains("LABOR (4,611,686,018,427,387,904)", error.GetProperty("message").GetString());
        Assert.Contains("at most 100,000,000,000 KRW", error.GetProperty("message").GetString());
        Assert.Equal(0, await MonthsStoredAsync(api));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task A_complex_with_fewer_than_twenty_peers_gets_no_percentile_and_no_rating_month_by_month(string provider)
    {
        using var api = await HousingApiFactory.OnAsync(provider);
        var world = await ComplexWorld.CreateAsync(api);
        foreach (var (complex, month) in new[] { (world.First, LastMonth.AddMonths(-1)), (world.First, LastMonth), (world.Complexes[2], LastMonth) })
            await api.DataAsync(File, Filing(complex.Id, month), world.Tokens[complex == world.First ? "manager1" : "manager2"]);
        var variables = new { id = ComplexWorld.IdOf("Complex", world.First.Id), month = LastMonth.ToString(), from = LastMonth.AddMonths(-3).ToString(), to = LastMonth.ToString() };

        var data = await api.DataAsync("""
            query($id: ID!, $month: YearMonth!, $from: YearMonth!, $to: YearMonth!) {
              disclosureComparison(complexId: $id, month: $month) {
                month minimumPeers peerComplexes peersDisclosed complex { kaptCode }
                totals { measure perSquareMeter peerCount percentile level levelName isRated }
              }
              disclosureComparisonTrend(complexId: $id, from: $from, to: $to) { month totals { percentile level } items { percentile level } }
            }
            """, variables, world.Tokens["resident"]);

        var comparison = data.GetProperty("disclosureComparison");
        Assert.Equal(20, comparison.GetProperty("minimumPeers").GetInt32());
        Assert.Equal(world.First.KaptCode, comparison.GetProperty("complex").GetProperty("kaptCode").GetString());
        Assert.InRange(comparison.GetProperty("peersDisclosed").GetInt32(), 0, 19);
        var total = comparison.GetProperty("totals").EnumerateArray().First(t => t.GetProperty("measure").GetString() == FeeComparison.GrandTotal);
        Assert.False(total.GetProperty("isRated").GetBoolean());
        Assert.Equal(JsonValueKind.Null, total.GetProperty("level").ValueKind);
        Assert.Equal(JsonValueKind.Null, total.GetProperty("levelName").ValueKind);
        Assert.Equal(JsonValueKind.Null, total.GetProperty("percentile").ValueKind);
        Assert.All(data.GetProperty("disclosureComparisonTrend").EnumerateArray()
                .SelectMany(m => m.GetProperty("totals").EnumerateArray().Concat(m.GetProperty("items").EnumerateArray())),
            s => Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (s.GetProperty("percentile").ValueKind, s.GetProperty("level").ValueKind)));
        Assert.True(total.GetProperty("perSquareMeter").GetDouble() > 0);
        Assert.Equal([LastMonth.AddMonths(-1).ToString(), LastMonth.ToString()],
            data.GetProperty("disclosureComparisonTrend").EnumerateArray().Select(m => m.GetProperty("month").GetString()));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task Comparing_a_month_never_filed_is_null_and_an_unknown_complex_is_not_found(string provider)
    {
        using var api = await HousingApiFactory.OnAsync(provider);
        var world = await ComplexWorld.CreateAsync(api);
        await api.DataAsync(File, Filing(world.First.Id, LastMonth), world.Tokens["manager1"]);
        const string Compare = """
            query($id: ID!, $month: YearMonth!) { disclosureComparison(complexId: $id, month: $month) { month peerComplexes } }
            """;
        const string Trend = """
            query($id: ID!, $month: YearMonth!) { disclosureComparisonTrend(complexId: $id, from: $month, to: $month) { month } }
            """;
        var first = ComplexWorld.IdOf("Complex", world.First.Id);
        var unknown = ComplexWorld.IdOf("Complex", Guid.NewGuid());

        var notFiled = await api.GraphQLAsync(Compare, new { id = first, month = LastMonth.AddMonths(-1).ToString() }, world.Tokens["resident"]);
        var future = await api.GraphQLAsync(Compare, new { id = first, month = "2030-01" }, world.Tokens["resident"]);
        var filed = await api.DataAsync(Compare, new { id = first, month = LastMonth.ToString() }, world.Tokens["resident"]);
        var noComplex = await api.GraphQLAsync(Compare, new { id = unknown, month = LastMonth.ToString() }, world.Tokens["resident"]);
        var noComplexTrend = await api.GraphQLAsync(Trend, new { id = unknown, month = LastMonth.ToString() }, world.Tokens["resident"]);

        foreach (var body in new[] { notFiled, future })
        {
            Assert.False(body.TryGetProperty("errors", out _));
            Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("disclosureComparison").ValueKind);
        }
        Assert.Equal(LastMonth.ToString(), filed.GetProperty("disclosureComparison").GetProperty("month").GetString());
        Assert.Equal(["NOT_FOUND"], noComplex.ErrorCodes());
        Assert.Equal(["NOT_FOUND"], noComplexTrend.ErrorCodes());
        Assert.Contains("Complex", noComplex.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task A_trend_longer_than_three_years_is_refused_with_what_is_allowed(string provider)
    {
        using var api = await HousingApiFactory.OnAsync(provider);
        var world = await ComplexWorld.CreateAsync(api);

        var body = await api.GraphQLAsync("""
            query($id: ID!) { disclosureComparisonTrend(complexId: $id, from: "2020-01", to: "2026-01") { month } }
            """, new { id = ComplexWorld.IdOf("Complex", world.First.Id) }, world.Tokens["analyst"]);

        Assert.Equal(["INVALID_RANGE"], body.ErrorCodes());
        Assert.Contains("at most 36", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task Missing_and_late_months_are_reported_to_the_district_and_a_manager_sees_only_their_complexes(string provider)
    {
        using var api = await HousingApiFactory.OnAsync(provider);
        var world = await ComplexWorld.CreateAsync(api);
        var from = DisclosureCompliance.LastDueMonth(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9)));
        const string query = """
            query($from: YearMonth!) { disclosureCompliance(from: $from) { from to missing { month complex { kaptCode } } late { month } } }
            """;

        var officer = (await api.DataAsync(query, new { from = from.ToString() }, world.Tokens["officer"])).GetProperty("disclosureCompliance");
        var manager = (await api.DataAsync(query, new { from = from.ToString() }, world.Tokens["manager1"])).GetProperty("disclosureCompliance");
        var resident = await api.GraphQLAsync(query, new { from = from.ToString() }, world.Tokens["resident"]);

        var everyComplex = officer.GetProperty("missing").EnumerateArray().Select(m => m.GetProperty("complex").GetProperty("kaptCode").GetString()).ToHashSet();
        Assert.Contains(world.First.KaptCode, everyComplex);
        Assert.Contains(world.Second.KaptCode, everyComplex);
        Assert.Equal([world.First.KaptCode], manager.GetProperty("missing").EnumerateArray().Select(m => m.GetProperty("complex").GetProperty("kaptCode").GetString()).Distinct());
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], resident.ErrorCodes());
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task Months_of_many_complexes_load_in_as_many_statements_as_months_of_few(string provider)
    {
        var counter = new StatementCounter();
        using var api = await HousingApiFactory.OnAsync(provider, s => s.AddSingleton<IInterceptor>(counter));
        var world = await TwelveComplexesWithTwelveMonthsAsync(api);
        // Only the district's complexes (A1156…): the one outside it has no disclosures and may sort among the first.
        const string query = """
            query($first: Int!, $from: YearMonth!) {
              complexes(first: $first, where: { kaptCode: { startsWith: "A1156" } }) {
                nodes { kaptCode disclosures(first: 12, where: { month: { gte: $from } }) { totalCount nodes { month grandTotal items { code amount } flags { itemCode } } pageInfo { hasNextPage } } }
              }
            }
            """;

        async Task<(int Statements, int Months)> RunAsync(int first)
        {
            var (data, statements) = await StatementCounts.FewestOfThreeAsync(counter, () =>
                api.DataAsync(query, new { first, from = LastMonth.AddMonths(-11).ToString() }, world.Tokens["officer"]));
            var complexes = data.GetProperty("complexes").GetProperty("nodes").EnumerateArray().Select(c => c.GetProperty("disclosures")).ToList();
            Assert.All(complexes, c => Assert.Equal(12, c.GetProperty("totalCount").GetInt32()));
            Assert.All(complexes, c => Assert.Equal(2, c.GetProperty("nodes")[0].GetProperty("items").GetArrayLength()));
            return (statements, complexes.Sum(c => c.GetProperty("nodes").GetArrayLength()));
        }

        var few = await RunAsync(3);
        var many = await RunAsync(12);

        Assert.Equal(36, few.Months);
        Assert.Equal(144, many.Months);
        Assert.Equal(few.Statements, many.Statements);
        // The caller's account (roles and lockout, BearerAccountCheck); the complexes; the months of every complex in one
        // paged statement, their items and their flags in one each; the counts.
        Assert.Equal(6, many.Statements);
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task A_trend_of_twelve_months_takes_as_many_statements_as_one_of_three(string provider)
    {
        var counter = new StatementCounter();
        using var api = await HousingApiFactory.OnAsync(provider, s => s.AddSingleton<IInterceptor>(counter));
        var world = await TwelveComplexesWithTwelveMonthsAsync(api);
        // Five complexes like the first (outside the world's numbering), each with the same twelve months filed.
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HousingDbContext>();
            var peers = Enumerable.Range(1, 5).Select(i => Complex.Register($"A1158{i:D4}", world.Region, world.First.Profile with { Name = $"닮은 단지 {i}" })).ToList();
            db.AddRange(peers);
            await db.SaveChangesAsync();
            var service = scope.ServiceProvider.GetRequiredService<DisclosureService>();
            foreach (var peer in peers)
                for (var m = 1; m <= 12; m++)
                    await service.FileDisclosureAsync(Actor.System, new FileDisclosureCommand(peer.Id, LastMonth.AddMonths(-m + 1),
                        new Dictionary<string, long> { ["LABOR"] = 9_000_000 + m, ["CLEANING"] = 3_000_000 }));
        }
        const string query = """
            query($id: ID!, $from: YearMonth!, $to: YearMonth!) {
              disclosureComparisonTrend(complexId: $id, from: $from, to: $to) { month peerComplexes peersDisclosed items { measure percentile } }
            }
            """;

        async Task<(int Statements, List<JsonElement> Trend)> RunAsync(int months)
        {
            var (data, statements) = await StatementCounts.FewestOfThreeAsync(counter, () => api.DataAsync(query,
                new { id = ComplexWorld.IdOf("Complex", world.First.Id), from = LastMonth.AddMonths(-months + 1).ToString(), to = LastMonth.ToString() },
                world.Tokens["analyst"]));
            return (statements, [.. data.GetProperty("disclosureComparisonTrend").EnumerateArray()]);
        }

        var three = await RunAsync(3);
        var twelve = await RunAsync(12);

        Assert.Equal(3, three.Trend.Count);
        Assert.Equal(12, twelve.Trend.Count);
        // Every month compares against the five complexes like it, which all filed it.
        Assert.All(twelve.Trend, t => Assert.Equal(5, t.GetProperty("peerComplexes").GetInt32()));
        Assert.All(twelve.Trend, t => Assert.Equal(5, t.GetProperty("peersDisclosed").GetInt32()));
        Assert.Equal(three.Statements, twelve.Statements);
    }

    /// <summary>Twelve complexes of the district, each with the last twelve months filed.</summary>
    private static async Task<ComplexWorld> TwelveComplexesWithTwelveMonthsAsync(HousingApiFactory api)
    {
        var world = await ComplexWorld.CreateAsync(api, complexes: 12, buildingsPerComplex: 1, unitsPerBuilding: 1);
        await using var scope = api.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<DisclosureService>();
        foreach (var complex in world.Complexes)
            for (var m = 1; m <= 12; m++)
                await service.FileDisclosureAsync(Actor.System, new FileDisclosureCommand(complex.Id, LastMonth.AddMonths(-m + 1),
                    new Dictionary<string, long> { ["LABOR"] = 10_000_000 + m, ["CLEANING"] = 3_000_000 }));
        return world;
    }
}
