using System.Text.Json;
using Api.Tests.Support;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Api.Tests.GraphQL.Complexes;

/// <summary>One district of 12 complexes per provider, made when a test of the class first asks for it and shared by the class's reading tests.</summary>
public sealed class ComplexHosts : PerProvider<(HousingApiFactory Api, ComplexWorld World)>
{
    protected override async Task<(HousingApiFactory Api, ComplexWorld World)> StartAsync(string provider)
    {
        var api = await HousingApiFactory.OnAsync(provider);
        return (api, await ComplexWorld.CreateAsync(api, complexes: 12));
    }

    protected override void Stop((HousingApiFactory Api, ComplexWorld World) made) => made.Api.Dispose();
}

/// <summary>The complexes area over HTTP: filters, sorting and paging in SQL, lookups, who sees households and residents, statement counts.</summary>
public sealed class ComplexesQueryTests(ComplexHosts hosts) : IClassFixture<ComplexHosts>
{
    private HousingApiFactory _api = null!;
    private ComplexWorld _world = null!;

    /// <summary>The class's district on <paramref name="provider"/>; the tests only read it.</summary>
    private async Task UseAsync(string provider = DatabaseProviders.Sqlite) => (_api, _world) = await hosts.On(provider);

    private string Token(string user) => _world.Tokens[user];

    private static List<string> Names(JsonElement connection) =>
        [.. connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!)];

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task Complexes_filter_by_heating_and_households_sort_by_households_and_page_with_cursors(string provider)
    {
        await UseAsync(provider);
        const string query = """
            query($after: String) {
              complexes(first: 2, after: $after, where: { heatingType: { eq: DISTRICT }, householdCount: { gte: 400 } }, order: [{ householdCount: DESC }]) {
                totalCount nodes { name householdCount heatingType } pageInfo { hasNextPage endCursor }
              }
            }
            """;
        var pages = new List<string>();
        string? after = null;
        int total;
        do
        {
            var page = (await _api.DataAsync(query, new { after }, Token("analyst"))).GetProperty("complexes");
            total = page.GetProperty("totalCount").GetInt32();
            pages.AddRange(Names(page));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(["단지 12", "단지 10", "단지 8", "단지 6", "단지 4"], pages);
        Assert.Equal(5, total);
    }

    public static TheoryData<string, string, int> Filters => DatabaseProviders.Each(
        ("{ name: { contains: \"PARK\" } }", 6),
        ("{ name: { contains: \"park 단지 1\" } }", 2),
        ("{ sigunguCode: { eq: \"11650\" } }", 1),
        ("{ sigunguCode: { eq: \"11560\" }, operator: { eq: LH } }", 4),
        ("{ saleType: { eq: RENTAL }, housingType: { eq: APARTMENT } }", 5),
        ("{ managementType: { eq: SELF_MANAGED } }", 0),
        ("{ or: [{ housingType: { eq: MIXED_USE } }, { approvedOn: { gte: \"2000-01-01\" } }] }", 4));

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Complexes_filter_in_sql_and_count_what_they_match(string provider, string where, int expected)
    {
        await UseAsync(provider);
        var data = await _api.DataAsync("{ complexes(where: " + where + ") { totalCount } }", token: Token("resident"));

        Assert.Equal(expected, data.GetProperty("complexes").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task Complexes_sort_by_name_and_by_approval_date(string provider)
    {
        await UseAsync(provider);
        var data = await _api.DataAsync("""
            { byName: complexes(first: 3, order: [{ name: ASC }]) { nodes { name } }
              byApproval: complexes(first: 2, order: [{ approvedOn: DESC }, { name: ASC }]) { nodes { name approvedOn } } }
            """, token: Token("officer"));

        Assert.Equal(["Park 단지 1", "Park 단지 11", "Park 단지 3"], Names(data.GetProperty("byName")));
        Assert.Equal(["단지 12", "Park 단지 11"], Names(data.GetProperty("byApproval")));
        Assert.Equal("2002-01-01", data.GetProperty("byApproval").GetProperty("nodes")[0].GetProperty("approvedOn").GetString());
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task A_complex_is_found_by_kapt_code_by_id_and_as_a_node_with_its_region_buildings_and_managers(string provider)
    {
        await UseAsync(provider);
        var data = await _api.DataAsync("""
            query($id: ID!) {
              byCode: complexByKaptCode(kaptCode: "A11560001") { id kaptCode name region { sigunguName fullName } subjectToDisclosure
                buildings { name units { number floor exclusiveArea } } managers { name from until } }
              byId: complex(id: $id) { kaptCode }
              node(id: $id) { ... on Complex { name } }
              missing: complexByKaptCode(kaptCode: "A99999999") { id }
              region(sigunguCode: "11560") { sigunguName complexes(first: 1, order: [{ householdCount: DESC }]) { nodes { name } } }
              regions { sigunguCode }
            }
            """, new { id = ComplexWorld.IdOf("Complex", _world.First.Id) }, Token("resident"));

        var complex = data.GetProperty("byCode");
        Assert.Equal(ComplexWorld.IdOf("Complex", _world.First.Id), complex.GetProperty("id").GetString());
        Assert.Equal("서울특별시 영등포구", complex.GetProperty("region").GetProperty("fullName").GetString());
        Assert.True(complex.GetProperty("subjectToDisclosure").GetBoolean());
        Assert.Equal(["101동", "102동"], complex.GetProperty("buildings").EnumerateArray().Select(b => b.GetProperty("name").GetString()));
        Assert.Equal(["101", "201"], complex.GetProperty("buildings")[0].GetProperty("units").EnumerateArray().Select(u => u.GetProperty("number").GetString()));
        Assert.Equal("manager1", complex.GetProperty("managers")[0].GetProperty("name").GetString());
        Assert.Equal("A11560001", data.GetProperty("byId").GetProperty("kaptCode").GetString());
        Assert.Equal("Park 단지 1", data.GetProperty("node").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("missing").ValueKind);
        Assert.Equal(["단지 12"], Names(data.GetProperty("region").GetProperty("complexes")));
        Assert.Equal(["11560", "11650"], data.GetProperty("regions").EnumerateArray().Select(r => r.GetProperty("sigunguCode").GetString()));
    }

    private const string HouseholdsQuery = """
        query($id: ID!) { complex(id: $id) { households(where: { isActive: { eq: true } }) { totalCount nodes { movedInOn unit { number building { name } } } } } }
        """;

    /// <summary>Who sees the households of complex 1: admins, district officers and its own manager; another manager sees none.</summary>
    [Theory]
    [InlineData("admin", 1)]
    [InlineData("officer", 1)]
    [InlineData("manager1", 1)]
    [InlineData("manager2", 0)]
    public async Task Households_of_a_complex_are_for_admins_officers_and_its_managers(string user, int expected)
    {
        await UseAsync();
        var data = await _api.DataAsync(HouseholdsQuery, new { id = ComplexWorld.IdOf("Complex", _world.First.Id) }, Token(user));

        var households = data.GetProperty("complex").GetProperty("households");
        Assert.Equal(expected, households.GetProperty("totalCount").GetInt32());
        if (expected > 0)
            Assert.Equal("101동", households.GetProperty("nodes")[0].GetProperty("unit").GetProperty("building").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_district_officer_reads_the_households_of_their_own_district_only()
    {
        using var api = new HousingApiFactory();
        var world = await ComplexWorld.CreateAsync(api);
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Housing.Infrastructure.Persistence.HousingDbContext>();
            var building = Housing.Domain.Complexes.Building.Create(world.OtherDistrictComplex.Id, "201동");
            building.AddUnit("301", 3, 59.9);
            db.Add(building);
            db.Add(Housing.Domain.Complexes.Household.MoveIn(world.OtherDistrictComplex.Id, building.Id, building.Units[0].Id, new DateOnly(2025, 8, 18)));
            await db.SaveChangesAsync();
        }
        var outside = new { id = ComplexWorld.IdOf("Complex", world.OtherDistrictComplex.Id) };

        var officer = await api.DataAsync(HouseholdsQuery, outside, world.Tokens["officer"]);
        var admin = await api.DataAsync(HouseholdsQuery, outside, world.Tokens["admin"]);

        Assert.Equal(0, officer.GetProperty("complex").GetProperty("households").GetProperty("totalCount").GetInt32());
        Assert.Equal(1, admin.GetProperty("complex").GetProperty("households").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("resident")]
    [InlineData("analyst")]
    public async Task Households_are_denied_to_residents_and_analysts(string user)
    {
        await UseAsync();
        var body = await _api.GraphQLAsync(HouseholdsQuery, new { id = ComplexWorld.IdOf("Complex", _world.First.Id) }, Token(user));

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], body.ErrorCodes());
    }

    /// <summary>Residents' names and phones: admins, the complex's managers and the household itself; not district officers.</summary>
    [Theory]
    [InlineData("admin", "김하늘,김바다", null)]
    [InlineData("manager1", "김하늘,김바다", null)]
    [InlineData("manager2", null, null)]
    [InlineData("officer", null, "AUTH_NOT_AUTHORIZED")]
    public async Task Residents_of_a_household_follow_the_roles(string user, string? expected, string? code)
    {
        await UseAsync();
        var body = await _api.GraphQLAsync("query($id: ID!) { node(id: $id) { ... on Household { head { name } residents { name phone } } } }",
            new { id = ComplexWorld.IdOf("Household", _world.Household.Id) }, Token(user));

        var node = body.GetProperty("data").GetProperty("node");
        if (code is not null)
        {
            Assert.Equal([code, code], body.ErrorCodes());
            return;
        }

        Assert.Empty(body.ErrorCodes());
        if (expected is null)
        {
            Assert.Equal(JsonValueKind.Null, node.ValueKind);
            return;
        }

        Assert.Equal(expected, string.Join(',', node.GetProperty("residents").EnumerateArray().Select(r => r.GetProperty("name").GetString())));
        Assert.Equal("김하늘", node.GetProperty("head").GetProperty("name").GetString());
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task A_resident_sees_their_own_household_and_its_members(string provider)
    {
        await UseAsync(provider);
        var data = await _api.DataAsync("{ myHousehold { isActive unit { number } residents { name phone household { isActive } } complex { name } } }",
            token: Token("resident"));

        var household = data.GetProperty("myHousehold");
        Assert.Equal(["김하늘", "김바다"], household.GetProperty("residents").EnumerateArray().Select(r => r.GetProperty("name").GetString()));
        Assert.Equal("01012345678", household.GetProperty("residents")[0].GetProperty("phone").GetString());
        Assert.Equal("Park 단지 1", household.GetProperty("complex").GetProperty("name").GetString());
    }

    /// <summary>Every root field of the area against the roles: complexes are K-apt's public facts for any signed-in caller.</summary>
    [Theory]
    [InlineData("{ regions { sigunguCode } }", null, "analyst", "resident", "manager1")]
    [InlineData("{ region(sigunguCode: \"11560\") { sigunguName } }", null, "analyst", "officer")]
    [InlineData("{ complexes { totalCount } }", null, "analyst", "resident", "officer", "admin")]
    [InlineData("{ complexByKaptCode(kaptCode: \"A11560001\") { name } }", null, "resident", "manager2")]
    [InlineData("{ myHousehold { isActive } }", "AUTH_NOT_AUTHORIZED", "officer", "manager1", "analyst", "admin")]
    public async Task Root_fields_answer_the_roles_they_are_for(string query, string? deniedCode, params string[] users)
    {
        await UseAsync();
        foreach (var user in users)
        {
            var body = await _api.GraphQLAsync(query, token: Token(user));
            Assert.Equal(deniedCode is null ? [] : [deniedCode], body.ErrorCodes());
        }

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], (await _api.GraphQLAsync(query)).ErrorCodes());
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task Statements_of_a_deep_complexes_query_do_not_grow_with_the_number_of_complexes(string provider)
    {
        // A host of its own: the 60 complexes it adds would change what the class's other tests count.
        var statements = new StatementCounter();
        using var api = await HousingApiFactory.OnAsync(provider, s => s.AddSingleton<IInterceptor>(statements));
        var world = await ComplexWorld.CreateAsync(api, complexes: 12);
        await ComplexWorld.AddComplexesAsync(api, world.Region, 60);

        const string query = """
            query($first: Int!) { complexes(first: $first, order: [{ householdCount: DESC }]) { nodes { name region { sigunguName }
              buildings { name units { number exclusiveArea building { name } } } managers { name complex { kaptCode } }
              households(first: 2) { nodes { movedInOn } } } } }
            """;
        var counts = new List<int>();
        foreach (var first in new[] { 20, 60 })
        {
            statements.Reset();
            var data = await api.DataAsync(query, new { first }, world.Tokens["admin"]);
            counts.Add(statements.Count);
            var nodes = data.GetProperty("complexes").GetProperty("nodes");
            Assert.Equal(first, nodes.GetArrayLength());
            Assert.All(nodes.EnumerateArray(), n => Assert.Equal(2, n.GetProperty("buildings").GetArrayLength()));
            Assert.All(nodes.EnumerateArray(), n => Assert.Equal(3, n.GetProperty("buildings")[0].GetProperty("units").GetArrayLength()));
        }

        Assert.Equal(counts[0], counts[1]);
        Assert.InRange(counts[0], 5, 12);
    }
}
