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

    public FilteringSortingTests()
    {
        _db.Complexes.AddRange(
            Complex(1, "Hanbit Tower", 100, Region.Seoul, 500_000_000, 84.5, true, "2020-01-01", "2024-01-01", new Disclosure { Title = "Audit 2023", AmountKrw = 1000 }, new Disclosure { Title = "Budget", AmountKrw = 2000 }),
            Complex(2, "Saebyeol Court", 200, Region.Busan, 300_000_000, 59.9, false, "2018-06-01", "2024-07-01", new Disclosure { Title = "Audit 2024", AmountKrw = 500 }),
            Complex(3, "hanbit Villa", 50, Region.Jeju, 800_000_000, 120.0, true, "2022-03-15", "2023-05-05"),
            Complex(4, "Mirae", 200, Region.Seoul, 300_000_000, 59.9, false, "2015-01-01", "2025-01-01", new Disclosure { Title = "Budget", AmountKrw = 3000 }),
            Complex(5, "Court Hanbit", 150, Region.Busan, 100_000_000, 84.5, true, "2024-12-31", "2024-05-31"));
        _db.SaveChanges();
        var schema = new SchemaBuilder()
            .AddQueryType(query =>
            {
                query.Field("complexes").UsePaging<Complex, int>(c => c.Id).UseFiltering<Complex>().UseSorting<Complex>()
                    .Resolve(_ => _db.Complexes.AsQueryable());
                query.Field("complexList").Type("[Complex!]!").UseFiltering<Complex>().UseSorting<Complex>()
                    .Resolve(_ => _db.Complexes.AsQueryable());
            })
            .AddObjectType<Complex>(type => type.Ignore(c => c.Disclosures))
            .Build();
        _executor = new RequestExecutor(schema);
    }

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
        ListedAt = DateTime.Parse(listed, System.Globalization.CultureInfo.InvariantCulture),
        Code = Guid.Parse("00000000-0000-0000-0000-00000000000" + id),
        Disclosures = [.. disclosures],
    };

    private async Task<JsonElement> RunAsync(string query)
    {
        var result = await _executor.ExecuteAsync(new GraphQLRequest { Query = query });
        var json = JsonDocument.Parse(result.ToJson()).RootElement;
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return json.GetProperty("data");
    }

    private async Task<int[]> PagedIdsAsync(string arguments)
    {
        var data = await RunAsync("{ complexes(" + arguments + ") { nodes { id } } }");
        return [.. data.GetProperty("complexes").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32())];
    }

    [Theory]
    [InlineData("{ name: { eq: \"Mirae\" } }", new[] { 4 })]
    [InlineData("{ name: { neq: \"Mirae\" } }", new[] { 1, 2, 3, 5 })]
    [InlineData("{ name: { in: [\"Mirae\", \"Hanbit Tower\"] } }", new[] { 1, 4 })]
    [InlineData("{ name: { nin: [\"Mirae\", \"Hanbit Tower\"] } }", new[] { 2, 3, 5 })]
    [InlineData("{ name: { contains: \"HANBIT\" } }", new[] { 1, 3, 5 })]
    [InlineData("{ name: { ncontains: \"hanbit\" } }", new[] { 2, 4 })]
    [InlineData("{ name: { startsWith: \"hanbit\" } }", new[] { 1, 3 })]
    [InlineData("{ name: { nstartsWith: \"hanbit\" } }", new[] { 2, 4, 5 })]
    [InlineData("{ name: { endsWith: \"COURT\" } }", new[] { 2 })]
    [InlineData("{ name: { nendsWith: \"court\" } }", new[] { 1, 3, 4, 5 })]
    [InlineData("{ name: { or: [{ eq: \"Mirae\" }, { startsWith: \"sae\" }] } }", new[] { 2, 4 })]
    [InlineData("{ units: { gt: 100 } }", new[] { 2, 4, 5 })]
    [InlineData("{ units: { gte: 150 } }", new[] { 2, 4, 5 })]
    [InlineData("{ units: { lt: 100 } }", new[] { 3 })]
    [InlineData("{ units: { lte: 100 } }", new[] { 1, 3 })]
    [InlineData("{ units: { ngt: 100 } }", new[] { 1, 3 })]
    [InlineData("{ units: { ngte: 150 } }", new[] { 1, 3 })]
    [InlineData("{ units: { nlt: 150 } }", new[] { 2, 4, 5 })]
    [InlineData("{ units: { nlte: 150 } }", new[] { 2, 4 })]
    [InlineData("{ units: { in: [50, 200] } }", new[] { 2, 3, 4 })]
    [InlineData("{ units: { nin: [50, 200] } }", new[] { 1, 5 })]
    [InlineData("{ priceKrw: { eq: 300000000 } }", new[] { 2, 4 })]
    [InlineData("{ area: { gt: 80 } }", new[] { 1, 3, 5 })]
    [InlineData("{ leasing: { eq: true } }", new[] { 1, 3, 5 })]
    [InlineData("{ leasing: { neq: true } }", new[] { 2, 4 })]
    [InlineData("{ region: { eq: SEOUL } }", new[] { 1, 4 })]
    [InlineData("{ region: { in: [BUSAN, JEJU] } }", new[] { 2, 3, 5 })]
    [InlineData("{ region: { nin: [SEOUL] } }", new[] { 2, 3, 5 })]
    [InlineData("{ completedOn: { gte: \"2020-01-01\" } }", new[] { 1, 3, 5 })]
    [InlineData("{ listedAt: { lt: \"2024-06-01T00:00:00Z\" } }", new[] { 1, 3, 5 })]
    [InlineData("{ code: { eq: \"00000000-0000-0000-0000-000000000003\" } }", new[] { 3 })]
    [InlineData("{ and: [{ units: { gte: 100 } }, { region: { eq: SEOUL } }] }", new[] { 1, 4 })]
    [InlineData("{ or: [{ units: { lt: 100 } }, { name: { eq: \"Mirae\" } }] }", new[] { 3, 4 })]
    [InlineData("{ disclosures: { some: { title: { contains: \"audit\" } } } }", new[] { 1, 2 })]
    [InlineData("{ disclosures: { none: { amountKrw: { gt: 1500 } } } }", new[] { 2, 3, 5 })]
    [InlineData("{ disclosures: { all: { amountKrw: { gte: 1000 } } } }", new[] { 1, 3, 4, 5 })]
    [InlineData("{ disclosures: { any: true } }", new[] { 1, 2, 4 })]
    [InlineData("{ disclosures: { any: false } }", new[] { 3, 5 })]
    public async Task Filter_operations_run_in_sql(string where, int[] expected) =>
        Assert.Equal(expected, await PagedIdsAsync("first: 50, where: " + where));

    [Theory]
    [InlineData("[{ units: DESC }]", new[] { 2, 4, 5, 1, 3 })]
    [InlineData("[{ priceKrw: ASC }, { name: DESC }]", new[] { 5, 2, 4, 1, 3 })]
    [InlineData("[{ region: ASC }, { units: ASC }]", new[] { 1, 4, 5, 2, 3 })]
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
    public async Task Filtering_and_sorting_work_on_unpaged_lists()
    {
        var data = await RunAsync("{ complexList(where: { leasing: { eq: true } }, order: [{ units: ASC }]) { id } }");
        Assert.Equal([3, 1, 5], data.GetProperty("complexList").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
    }

    [Fact]
    public void Sdl_of_the_generated_types_matches_the_snapshot() =>
        Snapshot.Match(SchemaPrinter.Print(_executor.Schema), "Snapshots/data.graphql");
}
