using System.Text.Json;
using GraphQL.Data;
using GraphQL.Execution;
using GraphQL.Tests.Types;
using GraphQL.Types;

namespace GraphQL.Tests.Data;

public sealed class FilteringSortingTests : IDisposable
{
    private readonly HousingTestDb _db = HousingTestDb.CreateSqlite();
    private readonly RequestExecutor _executor;

    public FilteringSortingTests() => _executor = Seed(_db);

    internal static RequestExecutor Seed(HousingTestDb db)
    {
        db.Complexes.AddRange(
            Complex(1, "Hanbit Tower", 100, Region.Seoul, 500_000_000, 84.5, true, "2020-01-01", "2024-01-01", new Disclosure { Title = "Audit 2023", AmountKrw = 1000 }, new Disclosure { Title = "Budget", AmountKrw = 2000 }),
            Complex(2, "Saebyeol Court", 200, Region.Busan, 300_000_000, 59.9, false, "2018-06-01", "2024-07-01", new Disclosure { Title = "Audit 2024", AmountKrw = 500 }),
            Complex(3, "hanbit Villa", 50, Region.Jeju, 800_000_000, 120.0, true, "2022-03-15", "2023-05-05"),
            Complex(4, "Mirae", 200, Region.Seoul, 300_000_000, 59.9, false, "2015-01-01", "2025-01-01", new Disclosure { Title = "Budget", AmountKrw = 3000 }),
            Complex(5, "Court Hanbit", 150, Region.Busan, 100_000_000, 84.5, true, "2024-12-31", "2024-05-31"));
        db.SaveChanges();
        var schema = new SchemaBuilder()
            .AddQueryType(query =>
            {
                query.Field("complexes").UsePaging<Complex, int>(c => c.Id).UseFiltering<Complex>().UseSorting<Complex>()
                    .Resolve(_ => db.Complexes.AsQueryable());
                query.Field("complexList").Type("[Complex!]!").UseFiltering<Complex>().UseSorting<Complex>()
                    .Resolve(_ => db.Complexes.AsQueryable());
            })
            .AddObjectType<Complex>(type => type.Ignore(c => c.Disclosures))
            .Build();
        return new RequestExecutor(schema);
    }

    public static TheoryData<string, int[]> FilterCases => new()
    {
        { "{ name: { eq: \"Mirae\" } }", [4] },
        { "{ name: { neq: \"Mirae\" } }", [1, 2, 3, 5] },
        { "{ name: { in: [\"Mirae\", \"Hanbit Tower\"] } }", [1, 4] },
        { "{ name: { nin: [\"Mirae\", \"Hanbit Tower\"] } }", [2, 3, 5] },
        { "{ name: { contains: \"HANBIT\" } }", [1, 3, 5] },
        { "{ name: { ncontains: \"hanbit\" } }", [2, 4] },
        { "{ name: { startsWith: \"hanbit\" } }", [1, 3] },
        { "{ name: { nstartsWith: \"hanbit\" } }", [2, 4, 5] },
        { "{ name: { endsWith: \"COURT\" } }", [2] },
        { "{ name: { nendsWith: \"court\" } }", [1, 3, 4, 5] },
        { "{ name: { or: [{ eq: \"Mirae\" }, { startsWith: \"sae\" }] } }", [2, 4] },
        { "{ units: { gt: 100 } }", [2, 4, 5] },
        { "{ units: { gte: 150 } }", [2, 4, 5] },
        { "{ units: { lt: 100 } }", [3] },
        { "{ units: { lte: 100 } }", [1, 3] },
        { "{ units: { ngt: 100 } }", [1, 3] },
        { "{ units: { ngte: 150 } }", [1, 3] },
        { "{ units: { nlt: 150 } }", [2, 4, 5] },
        { "{ units: { nlte: 150 } }", [2, 4] },
        { "{ units: { in: [50, 200] } }", [2, 3, 4] },
        { "{ units: { nin: [50, 200] } }", [1, 5] },
        { "{ priceKrw: { eq: 300000000 } }", [2, 4] },
        { "{ area: { gt: 80 } }", [1, 3, 5] },
        { "{ leasing: { eq: true } }", [1, 3, 5] },
        { "{ leasing: { neq: true } }", [2, 4] },
        { "{ region: { eq: SEOUL } }", [1, 4] },
        { "{ region: { in: [BUSAN, JEJU] } }", [2, 3, 5] },
        { "{ region: { nin: [SEOUL] } }", [2, 3, 5] },
        { "{ completedOn: { gte: \"2020-01-01\" } }", [1, 3, 5] },
        { "{ listedAt: { lt: \"2024-06-01T00:00:00Z\" } }", [1, 3, 5] },
        { "{ code: { eq: \"00000000-0000-0000-0000-000000000003\" } }", [3] },
        { "{ and: [{ units: { gte: 100 } }, { region: { eq: SEOUL } }] }", [1, 4] },
        { "{ or: [{ units: { lt: 100 } }, { name: { eq: \"Mirae\" } }] }", [3, 4] },
        { "{ disclosures: { some: { title: { contains: \"audit\" } } } }", [1, 2] },
        { "{ disclosures: { none: { amountKrw: { gt: 1500 } } } }", [2, 3, 5] },
        { "{ disclosures: { all: { amountKrw: { gte: 1000 } } } }", [1, 3, 4, 5] },
        { "{ disclosures: { any: true } }", [1, 2, 4] },
        { "{ disclosures: { any: false } }", [3, 5] },
    };

    public static TheoryData<string, int[]> SortCases => new()
    {
        { "[{ units: DESC }]", [2, 4, 5, 1, 3] },
        { "[{ priceKrw: ASC }, { name: DESC }]", [5, 2, 4, 1, 3] },
        { "[{ region: ASC }, { units: ASC }]", [1, 4, 5, 2, 3] },
    };

    public void Dispose() => _db.Dispose();

    private static Complex Complex(int id, string name, int units, Region region, long price, double area, bool leasing, string completed, string listed, params Disclosure[] disclosures) => new()
    {
        Id = id,
        Name = name,
        Units = units,
        Region = region,
        PriceKrw = price,
        Area = area,
        Leasing = leasing,
        CompletedOn = DateOnly.Parse(completed, System.Globalization.CultureInfo.InvariantCulture),
        ListedAt = DateTime.SpecifyKind(DateTime.Parse(listed, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc),
        Code = Guid.Parse("00000000-0000-0000-0000-00000000000" + id),
        Disclosures = [.. disclosures],
    };

    private Task<JsonElement> RunAsync(string query) => RunAsync(_executor, query);

    private Task<int[]> PagedIdsAsync(string arguments) => PagedIdsAsync(_executor, arguments);

    internal static async Task<JsonElement> RunAsync(RequestExecutor executor, string query)
    {
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = query });
        var json = JsonDocument.Parse(result.ToJson()).RootElement;
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return json.GetProperty("data");
    }

    internal static async Task<int[]> PagedIdsAsync(RequestExecutor executor, string arguments)
    {
        var data = await RunAsync(executor, "{ complexes(" + arguments + ") { nodes { id } } }");
        return [.. data.GetProperty("complexes").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32())];
    }

    [Theory]
    [MemberData(nameof(FilterCases))]
    public async Task Filter_operations_run_in_sql(string where, int[] expected) =>
        Assert.Equal(expected, await PagedIdsAsync("first: 50, where: " + where));

    [Theory]
    [MemberData(nameof(SortCases))]
    public async Task Sorting_orders_by_the_keys_then_the_unique_key(string order, int[] expected) =>
        Assert.Equal(expected, await PagedIdsAsync("first: 50, order: " + order));

    [Fact]
    public async Task Pages_of_a_sorted_list_with_ties_neither_skip_nor_repeat_rows()
    {
        var seen = new List<int>();
        string? after = null;
        for (var page = 0; page < 5; page++)
        {
            var data = await RunAsync("{ complexes(first: 1, order: [{ units: DESC }]" + (after is null ? "" : ", after: \"" + after + "\"") + ") { nodes { id } pageInfo { endCursor } } }");
            var connection = data.GetProperty("complexes");
            seen.AddRange(connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
            after = connection.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }

        Assert.Equal([2, 4, 5, 1, 3], seen);
        Assert.Equal(new[] { 1, 3 }, await PagedIdsAsync("last: 2, order: [{ units: DESC }]"));
    }

    [Fact]
    public async Task Total_count_counts_the_filtered_list_not_the_page()
    {
        var data = await RunAsync("{ complexes(first: 1, where: { leasing: { eq: true } }) { totalCount nodes { id } } }");
        Assert.Equal(3, data.GetProperty("complexes").GetProperty("totalCount").GetInt32());
        Assert.Single(data.GetProperty("complexes").GetProperty("nodes").EnumerateArray());
    }

    [Fact]
    public async Task Filtering_and_sorting_work_on_unpaged_lists()
    {
        var data = await RunAsync("{ complexList(where: { leasing: { eq: true } }, order: [{ units: ASC }]) { id } }");
        Assert.Equal([3, 1, 5], data.GetProperty("complexList").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
    }

    [Fact]
    public void Sdl_of_the_generated_types_matches_the_snapshot() =>
        Snapshot.Match(SchemaPrinter.Print(_executor.Schema), "Snapshots/data.graphql");
}
