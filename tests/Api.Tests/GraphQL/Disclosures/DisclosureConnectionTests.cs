using System.Text.Json;
using Api.Tests.GraphQL.Complexes;
using Api.Tests.Support;
using Housing.Domain.Common;
using Housing.Domain.Disclosures;
using Microsoft.Extensions.DependencyInjection;

namespace Api.Tests.GraphQL.Disclosures;

/// <summary>
/// Two complexes with months on file: the first six months filed here (labor amounts out of month order), the second three
/// months filed here, one month imported from K-apt and one K-apt reports as not disclosed.
/// </summary>
public sealed class DisclosureConnectionHost : ClassHost
{
    public static readonly YearMonth LastMonth = YearMonth.From(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9))).AddMonths(-1);

    /// <summary>The first complex's labor amounts (KRW), oldest month first.</summary>
    public static readonly long[] FirstLabor = [12_000_000, 10_000_000, 15_000_000, 11_000_000, 14_000_000, 13_000_000];

    public ComplexWorld World { get; private set; } = null!;

    public string FirstId => ComplexWorld.IdOf("Complex", World.First.Id);

    public string SecondId => ComplexWorld.IdOf("Complex", World.Second.Id);

    public string Officer => World.Tokens["officer"];

    /// <summary>The months as the connection lists them by default: newest first.</summary>
    public static string[] Newest(int count, int skip = 0) => [.. Enumerable.Range(skip, count).Select(m => LastMonth.AddMonths(-m).ToString())];

    protected override async Task PopulateAsync()
    {
        World = await ComplexWorld.CreateAsync(Api, complexes: 2, buildingsPerComplex: 1, unitsPerBuilding: 1);
        await using var scope = Api.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<DisclosureService>();
        for (var i = 0; i < FirstLabor.Length; i++)
        {
            await service.FileDisclosureAsync(Actor.System, new FileDisclosureCommand(World.First.Id, LastMonth.AddMonths(i - FirstLabor.Length + 1),
                new Dictionary<string, long> { ["LABOR"] = FirstLabor[i], ["CLEANING"] = 3_000_000 }));
        }

        for (var m = 0; m < 3; m++)
        {
            await service.FileDisclosureAsync(Actor.System, new FileDisclosureCommand(World.Second.Id, LastMonth.AddMonths(-m),
                new Dictionary<string, long> { ["LABOR"] = 9_000_000, ["CLEANING"] = 2_000_000 }));
        }

        await service.ImportDisclosureFromKaptAsync(Actor.System, new KaptDisclosureImport(World.Second.KaptCode, LastMonth.AddMonths(-3),
            new Dictionary<string, long?> { ["LABOR"] = null, ["CLEANING"] = null }));
        await service.ImportDisclosureFromKaptAsync(Actor.System, new KaptDisclosureImport(World.Second.KaptCode, LastMonth.AddMonths(-4),
            new Dictionary<string, long?> { ["LABOR"] = 8_000_000, ["CLEANING"] = 2_000_000 }));
    }
}

public sealed class DisclosureConnectionTests(ClassHosts<DisclosureConnectionHost> hosts) : ClassHostTests<DisclosureConnectionHost>(hosts)
{
    private const string Page = """
        query($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $order: [DisclosureMonthSortInput!]) {
          complex(id: $id) {
            disclosures(first: $first, after: $after, last: $last, before: $before, order: $order) {
              totalCount
              edges { cursor node { month } }
              pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            }
          }
        }
        """;

    private static string[] Months(JsonElement connection, string list = "nodes") => list == "edges"
        ? [.. connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("month").GetString()!)]
        : [.. connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("month").GetString()!)];

    private async Task<JsonElement> PageAsync(string id, int? first = null, string? after = null, int? last = null, string? before = null, object? order = null) =>
        (await Api.DataAsync(Page, new { id, first, after, last, before, order }, Host.Officer)).GetProperty("complex").GetProperty("disclosures");

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task Every_complex_of_a_list_gets_its_own_page_newest_first_with_its_own_total(string provider)
    {
        await UseAsync(provider);

        var nodes = (await Api.DataAsync("""
            query($codes: [String]) {
              complexes(where: { kaptCode: { in: $codes } }) { nodes { kaptCode disclosures(first: 2) { totalCount nodes { month } pageInfo { hasNextPage hasPreviousPage } } } }
            }
            """, new { codes = new[] { Host.World.First.KaptCode, Host.World.Second.KaptCode } }, Host.Officer)).GetProperty("complexes").GetProperty("nodes");
        var byCode = nodes.EnumerateArray().ToDictionary(c => c.GetProperty("kaptCode").GetString()!, c => c.GetProperty("disclosures"));

        Assert.Equal(2, byCode.Count);
        foreach (var (code, total) in new[] { (Host.World.First.KaptCode, 6), (Host.World.Second.KaptCode, 5) })
        {
            Assert.Equal(DisclosureConnectionHost.Newest(2), Months(byCode[code]));
            Assert.Equal(total, byCode[code].GetProperty("totalCount").GetInt32());
            Assert.True(byCode[code].GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
            Assert.False(byCode[code].GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        }
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task A_complexs_months_page_forward_and_backward_with_cursors(string provider)
    {
        await UseAsync(provider);

        var forward = new List<string>();
        string? after = null;
        for (var page = 0; page < 5; page++)
        {
            var connection = await PageAsync(Host.FirstId, first: 4, after: after);
            forward.AddRange(Months(connection, "edges"));
            after = connection.GetProperty("pageInfo").GetProperty("endCursor").GetString();
            Assert.Equal(page > 0, connection.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
            if (!connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
                break;
        }

        var backward = new List<string>();
        string? before = null;
        for (var page = 0; page < 5; page++)
        {
            var connection = await PageAsync(Host.FirstId, last: 4, before: before);
            backward.InsertRange(0, Months(connection, "edges"));
            before = connection.GetProperty("pageInfo").GetProperty("startCursor").GetString();
            Assert.Equal(page > 0, connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
            if (!connection.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean())
                break;
        }

        Assert.Equal(DisclosureConnectionHost.Newest(6), forward);
        Assert.Equal(DisclosureConnectionHost.Newest(6), backward);
        var oldestFirst = await PageAsync(Host.FirstId, first: 2, after: (await PageAsync(Host.FirstId, first: 2, order: new[] { new { month = "ASC" } }))
            .GetProperty("pageInfo").GetProperty("endCursor").GetString(), order: new[] { new { month = "ASC" } });
        Assert.Equal(DisclosureConnectionHost.Newest(6).Reverse().Skip(2).Take(2), Months(oldestFirst, "edges"));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task Months_filter_by_month_range_and_list_disclosure_and_source(string provider)
    {
        await UseAsync(provider);
        var last = DisclosureConnectionHost.LastMonth;

        var complex = (await Api.DataAsync("""
            query($id: ID!, $from: YearMonth!, $to: YearMonth!, $months: [YearMonth]) {
              complex(id: $id) {
                range: disclosures(where: { month: { gte: $from, lte: $to } }) { totalCount nodes { month } }
                open: disclosures(where: { month: { gt: $from, lt: $to } }) { nodes { month } }
                listed: disclosures(where: { month: { in: $months } }) { nodes { month } }
                others: disclosures(where: { month: { neq: $to } }) { totalCount }
                notDisclosed: disclosures(where: { isDisclosed: { eq: false } }) { nodes { month isDisclosed grandTotal items { code } } }
                kapt: disclosures(where: { source: { eq: KAPT } }) { nodes { month source } }
                manualAndDisclosed: disclosures(where: { and: [{ source: { eq: MANUAL } }, { grandTotal: { gt: 0 } }] }) { totalCount }
                lateOrOld: disclosures(where: { or: [{ month: { lte: $from } }, { revision: { gt: 1 } }] }) { nodes { month } }
              }
            }
            """, new { id = Host.SecondId, from = last.AddMonths(-3).ToString(), to = last.AddMonths(-1).ToString(), months = new[] { last.ToString(), last.AddMonths(-4).ToString(), last.AddMonths(-9).ToString() } },
            Host.Officer)).GetProperty("complex");

        Assert.Equal(DisclosureConnectionHost.Newest(3, skip: 1), Months(complex.GetProperty("range")));
        Assert.Equal(3, complex.GetProperty("range").GetProperty("totalCount").GetInt32());
        Assert.Equal(DisclosureConnectionHost.Newest(1, skip: 2), Months(complex.GetProperty("open")));
        Assert.Equal([last.ToString(), last.AddMonths(-4).ToString()], Months(complex.GetProperty("listed")));
        Assert.Equal(4, complex.GetProperty("others").GetProperty("totalCount").GetInt32());
        var notDisclosed = Assert.Single(complex.GetProperty("notDisclosed").GetProperty("nodes").EnumerateArray());
        Assert.Equal((last.AddMonths(-3).ToString(), false, JsonValueKind.Null, 0),
            (notDisclosed.GetProperty("month").GetString(), notDisclosed.GetProperty("isDisclosed").GetBoolean(), notDisclosed.GetProperty("grandTotal").ValueKind, notDisclosed.GetProperty("items").GetArrayLength()));
        Assert.Equal(DisclosureConnectionHost.Newest(2, skip: 3), Months(complex.GetProperty("kapt")));
        Assert.All(complex.GetProperty("kapt").GetProperty("nodes").EnumerateArray(), n => Assert.Equal("KAPT", n.GetProperty("source").GetString()));
        Assert.Equal(3, complex.GetProperty("manualAndDisclosed").GetProperty("totalCount").GetInt32());
        Assert.Equal(DisclosureConnectionHost.Newest(2, skip: 3), Months(complex.GetProperty("lateOrOld")));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task Months_sort_by_a_total_and_by_source_then_month_and_page_in_that_order(string provider)
    {
        await UseAsync(provider);
        var byLabor = DisclosureConnectionHost.FirstLabor
            .Select((labor, i) => (labor, month: DisclosureConnectionHost.LastMonth.AddMonths(i - DisclosureConnectionHost.FirstLabor.Length + 1).ToString()))
            .OrderBy(x => x.labor).Select(x => x.month).ToList();

        var cheapest = await PageAsync(Host.FirstId, first: 3, order: new[] { new { grandTotal = "ASC" } });
        var next = await PageAsync(Host.FirstId, first: 3, after: cheapest.GetProperty("pageInfo").GetProperty("endCursor").GetString(), order: new[] { new { grandTotal = "ASC" } });
        var costliest = await PageAsync(Host.FirstId, first: 1, order: new[] { new { commonPerSquareMeter = "DESC" } });
        var sourceUp = Months(await PageAsync(Host.SecondId, first: 10, order: new object[] { new { source = "ASC" }, new { month = "ASC" } }), "edges");
        var sourceDown = Months(await PageAsync(Host.SecondId, first: 10, order: new object[] { new { source = "DESC" }, new { month = "ASC" } }), "edges");

        Assert.Equal(byLabor, Months(cheapest, "edges").Concat(Months(next, "edges")));
        Assert.False(next.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal([byLabor[^1]], Months(costliest, "edges"));
        // K-apt's two months and the three filed here, each block oldest first; one direction puts one block first, the other the other.
        string[] kapt = DisclosureConnectionHost.Newest(2, skip: 3).Reverse().ToArray(), manual = DisclosureConnectionHost.Newest(3).Reverse().ToArray();
        string[][] arrangements = [[.. kapt, .. manual], [.. manual, .. kapt]];
        Assert.Contains(arrangements, a => a.SequenceEqual(sourceUp));
        Assert.Contains(arrangements, a => a.SequenceEqual(sourceDown));
        Assert.NotEqual(sourceUp, sourceDown);
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task The_filter_and_sort_offer_months_totals_and_filing_facts_but_no_ids_or_item_lists(string provider)
    {
        await UseAsync(provider);
        string[] offered =
        [
            "month", "isDisclosed", "source", "filedAt", "filedLate", "revision", "commonTotal", "generalManagementTotal", "individualUsageTotal",
            "otherUsageTotal", "repairReserveCharged", "miscIncome", "grandTotal", "commonPerSquareMeter", "individualUsagePerSquareMeter",
            "otherUsagePerSquareMeter", "repairReservePerSquareMeter", "grandTotalPerSquareMeter",
        ];

        var types = await Api.DataAsync("""
            {
              filter: __type(name: "DisclosureMonthFilterInput") { inputFields { name type { name } } }
              sort: __type(name: "DisclosureMonthSortInput") { inputFields { name } }
              month: __type(name: "YearMonthOperationFilterInput") { inputFields { name type { name ofType { name } } } }
            }
            """, null, Host.Officer);
        var byGuid = await Api.GraphQLAsync("query($id: ID!) { complex(id: $id) { disclosures(where: { complexId: { eq: \"00000000-0000-0000-0000-000000000000\" } }) { totalCount } } }",
            new { id = Host.FirstId }, Host.Officer);
        var byItems = await Api.GraphQLAsync("query($id: ID!) { complex(id: $id) { disclosures(where: { items: { any: true } }) { totalCount } } }",
            new { id = Host.FirstId }, Host.Officer);

        var filterFields = types.GetProperty("filter").GetProperty("inputFields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("type").GetProperty("name").GetString());
        Assert.Equal(offered.Append("and").Append("or").Order(StringComparer.Ordinal), filterFields.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("YearMonthOperationFilterInput", filterFields["month"]);
        Assert.Equal(offered.Order(StringComparer.Ordinal), types.GetProperty("sort").GetProperty("inputFields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).Order(StringComparer.Ordinal));
        var monthOperations = types.GetProperty("month").GetProperty("inputFields").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "eq", "neq", "in", "nin", "gt", "gte", "lt", "lte" }, monthOperations);
        Assert.DoesNotContain("contains", monthOperations);
        Assert.Contains("complexId", byGuid.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Contains("items", byItems.GetProperty("errors")[0].GetProperty("message").GetString());
    }
}
