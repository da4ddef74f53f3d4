using System.Text.Json;
using Api.Tests.Support;
using Housing.Domain.Common;
using Housing.Domain.Disclosures;
using Microsoft.Extensions.DependencyInjection;

namespace Api.Tests.GraphQL.Analytics;

public sealed class DisclosureComplianceTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));
    private static readonly YearMonth From = new(2025, 3);
    private static readonly YearMonth To = YearMonth.From(Today).AddMonths(-1);

    private sealed record Filing(Guid ComplexId, YearMonth Month, bool Late);

    /// <summary>
    /// The seeded world (K-apt imports of 2025-04 to 2025-06: timing unknown) plus manual filings: 2025-03 filed now (late)
    /// by five complexes, last month filed now (on time, not yet due) by five others.
    /// </summary>
    private static async Task<(DisclosureDataWorld World, List<Filing> Filings)> CreateAsync(HousingApiFactory api)
    {
        var world = await DisclosureDataWorld.CreateAsync(api, complexCount: 60, seed: 3);
        var eligible = world.Complexes.Where(c => c.HouseholdCount >= 100 && (c.ApprovedOn is null || c.ApprovedOn <= From.LastDay)).ToList();
        var filings = eligible.Take(5).Select(c => new Filing(c.Id, From, Late: true))
            .Concat(eligible.Skip(5).Take(5).Select(c => new Filing(c.Id, To, Late: false))).ToList();
        await using var scope = api.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<DisclosureService>();
        foreach (var filing in filings)
            await service.FileDisclosureAsync(Actor.System, new FileDisclosureCommand(filing.ComplexId, filing.Month,
                new Dictionary<string, long> { ["LABOR"] = 9_000_000, ["CLEANING"] = 2_000_000 }));
        return (world, filings);
    }

    private static object Scope => new { scope = new { from = From.ToString(), to = To.ToString() } };

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task Rates_by_district_and_month_count_required_on_time_late_unknown_and_missing_months_as_computed_here(string provider)
    {
        using var api = await HousingApiFactory.OnAsync(provider);
        var (world, filings) = await CreateAsync(api);

        var rates = (await api.DataAsync("""
            query($scope: DisclosureScopeInput!) {
              disclosureComplianceRates(scope: $scope) { sigunguCode month isOverdue required disclosed onTime late timingUnknown missing rate onTimeRate }
            }
            """, Scope, world.Tokens["analyst"])).GetProperty("disclosureComplianceRates").EnumerateArray().ToList();

        var subjects = world.Complexes.Where(c => c.HouseholdCount >= 100).ToList();
        var months = Enumerable.Range(0, From.MonthsUntil(To) + 1).Select(From.AddMonths).ToList();
        Assert.Equal(2 * months.Count, rates.Count);
        foreach (var district in new[] { "11560", "11650" })
            foreach (var month in months)
            {
                var rate = rates.Single(r => r.GetProperty("sigunguCode").GetString() == district && r.GetProperty("month").GetString() == month.ToString());
                var inDistrict = subjects.Where(c => c.BjdCode.StartsWith(district, StringComparison.Ordinal)).ToList();
                var required = inDistrict.Count(c => c.ApprovedOn is null || c.ApprovedOn <= month.LastDay);
                var unknown = world.Months.Count(m => m.Disclosed && m.Month == month && inDistrict.Contains(m.Complex));
                var late = filings.Count(f => f.Late && f.Month == month && inDistrict.Any(c => c.Id == f.ComplexId));
                var onTime = filings.Count(f => !f.Late && f.Month == month && inDistrict.Any(c => c.Id == f.ComplexId));
                var overdue = Today > month.AddMonths(1).LastDay;
                Assert.Equal(overdue, rate.GetProperty("isOverdue").GetBoolean());
                Assert.Equal(required, rate.GetProperty("required").GetInt32());
                Assert.Equal(unknown, rate.GetProperty("timingUnknown").GetInt32());
                Assert.Equal(late, rate.GetProperty("late").GetInt32());
                Assert.Equal(onTime, rate.GetProperty("onTime").GetInt32());
                Assert.Equal(overdue ? required - unknown - late - onTime : 0, rate.GetProperty("missing").GetInt32());
                Assert.Equal((double)(unknown + late + onTime) / required, rate.GetProperty("rate").GetDouble(), 9);
            }
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task Defaulters_are_paged_with_their_late_and_missing_months_exactly_as_computed_here(string provider)
    {
        using var api = await HousingApiFactory.OnAsync(provider);
        var (world, filings) = await CreateAsync(api);
        const string query = """
            query($scope: DisclosureScopeInput!, $after: String) {
              disclosureDefaulters(scope: $scope, first: 7, after: $after) {
                totalCount pageInfo { hasNextPage endCursor }
                nodes { complex { kaptCode } lateMonthCount missingMonthCount lateMonths missingMonths }
              }
            }
            """;

        var answered = new List<JsonElement>();
        string? after = null;
        int? totalCount = null;
        do
        {
            var page = (await api.DataAsync(query, new { scope = new { from = From.ToString(), to = To.ToString() }, after }, world.Tokens["officer"]))
                .GetProperty("disclosureDefaulters");
            totalCount = page.GetProperty("totalCount").GetInt32();
            answered.AddRange(page.GetProperty("nodes").EnumerateArray());
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        var lastDue = YearMonth.From(Today).AddMonths(-2);
        var expected = world.Complexes.Where(c => c.HouseholdCount >= 100).Select(c =>
        {
            var disclosed = world.Months.Where(m => m.Complex == c && m.Disclosed).Select(m => m.Month)
                .Concat(filings.Where(f => f.ComplexId == c.Id).Select(f => f.Month)).ToHashSet();
            var missing = Enumerable.Range(0, From.MonthsUntil(lastDue) + 1).Select(From.AddMonths)
                .Where(m => (c.ApprovedOn is null || c.ApprovedOn <= m.LastDay) && !disclosed.Contains(m)).Select(m => m.ToString()).ToList();
            var late = filings.Where(f => f.ComplexId == c.Id && f.Late).Select(f => f.Month.ToString()).ToList();
            return (c.KaptCode, Late: late, Missing: missing);
        }).Where(e => e.Late.Count > 0 || e.Missing.Count > 0).ToDictionary(e => e.KaptCode);

        Assert.Equal(expected.Count, totalCount);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), answered.Select(n => n.GetProperty("complex").GetProperty("kaptCode").GetString()!).Order(StringComparer.Ordinal));
        foreach (var node in answered)
        {
            var (_, late, missing) = expected[node.GetProperty("complex").GetProperty("kaptCode").GetString()!];
            Assert.Equal(late, node.GetProperty("lateMonths").EnumerateArray().Select(m => m.GetString()));
            Assert.Equal(missing, node.GetProperty("missingMonths").EnumerateArray().Select(m => m.GetString()));
            Assert.Equal(late.Count, node.GetProperty("lateMonthCount").GetInt32());
            Assert.Equal(missing.Count, node.GetProperty("missingMonthCount").GetInt32());
        }
    }

    [Fact]
    public async Task A_district_officer_with_a_district_sees_the_compliance_of_that_district_only_and_a_manager_none()
    {
        using var api = new HousingApiFactory();
        var world = await DisclosureDataWorld.CreateAsync(api, complexCount: 20, seed: 5);
        await api.CreateUserAsync("officer.seocho", Roles.DistrictOfficer, link: u => u.DistrictCode = "11650");
        const string query = "query($scope: DisclosureScopeInput!) { disclosureComplianceRates(scope: $scope) { sigunguCode } }";

        var seocho = await api.DataAsync(query, Scope, await api.TokenForAsync("officer.seocho"));
        var manager = await api.GraphQLAsync(query, Scope, world.Tokens["manager"]);

        Assert.Equal(["11650"], seocho.GetProperty("disclosureComplianceRates").EnumerateArray().Select(r => r.GetProperty("sigunguCode").GetString()).Distinct());
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], manager.ErrorCodes());
    }
}
