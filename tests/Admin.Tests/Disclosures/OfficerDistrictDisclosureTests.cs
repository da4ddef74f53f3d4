using System.Net;
using Admin.Tests.Support;

namespace Admin.Tests.Disclosures;

/// <summary>A district officer reads the charts of their own district's complexes; without a district, none, and is told why.</summary>
public sealed class OfficerDistrictDisclosureTests(DisclosureWorld world) : IClassFixture<DisclosureWorld>
{
    [Fact]
    public async Task An_officer_reads_only_their_districts_complexes_and_one_without_a_district_is_told_to_ask_for_it()
    {
        var (_, own) = await (await world.SignedInAsync("officer")).GetAsync("/admin/Disclosures?q=A10000001");
        var elsewhere = await world.SignedInAsync("officer.dongjak");
        var (_, other) = await elsewhere.GetAsync("/admin/Disclosures");
        var (chart, _) = await elsewhere.GetAsync($"/admin/Disclosures/Complex/{world.ComplexId}");
        var (_, none) = await (await world.SignedInAsync("officer.nodistrict")).GetAsync("/admin/Disclosures");

        Assert.Contains(world.ComplexId.ToString(), own.QuerySelectorAll("tr[data-complex]").Select(r => r.GetAttribute("data-complex")));
        Assert.Null(own.QuerySelector("[data-field='no-district']"));
        Assert.Empty(other.QuerySelectorAll("tr[data-complex]"));
        Assert.Equal(HttpStatusCode.Forbidden, chart.StatusCode);
        Assert.Empty(none.QuerySelectorAll("tr[data-complex]"));
        Assert.Contains("소속 구가 없어", none.QuerySelector("[data-field='no-district']")!.TextContent);
    }
}
