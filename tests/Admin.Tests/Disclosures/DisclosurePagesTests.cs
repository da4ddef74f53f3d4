using System.Net;
using Admin.Tests.Support;

namespace Admin.Tests.Disclosures;

public sealed class DisclosurePagesTests(DisclosureWorld world) : IClassFixture<DisclosureWorld>
{
    private string ComplexPage => $"/admin/Disclosures/Complex/{world.ComplexId}";

    [Fact]
    public async Task Welfare_staff_are_refused_and_anonymous_visitors_sent_to_sign_in()
    {
        var worker = await world.SignedInAsync("worker");

        foreach (var path in new[] { "/admin/Disclosures", ComplexPage })
        {
            AdminBrowser.AssertRedirectsTo((await worker.GetAsync(path)).Response, "http://localhost/admin/Account/AccessDenied");
            AdminBrowser.AssertRedirectsTo((await new AdminBrowser(world.Factory).GetAsync(path)).Response, "http://localhost/admin/Account/SignIn");
        }
    }

    [Theory]
    [InlineData("officer")]
    [InlineData("analyst")]
    [InlineData("admin")]
    public async Task District_wide_readers_search_every_complex_by_name_or_code_paged_on_the_server(string userName)
    {
        var browser = await world.SignedInAsync(userName);

        var (response, first) = await browser.GetAsync("/admin/Disclosures");
        var (_, second) = await browser.GetAsync(first.QuerySelector("a[rel='next']")!.GetAttribute("href")!);
        var (_, byName) = await browser.GetAsync("/admin/Disclosures?q=시범");
        var (_, byCode) = await browser.GetAsync("/admin/Disclosures?q=a10000002");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(20, first.QuerySelectorAll("tr[data-complex]").Length);
        Assert.Equal(DisclosureWorld.Peers + 2 - 20, second.QuerySelectorAll("tr[data-complex]").Length);
        Assert.Equal([world.ComplexId.ToString()], byName.QuerySelectorAll("tr[data-complex]").Select(r => r.GetAttribute("data-complex")));
        Assert.Equal([world.SmallComplexId.ToString()], byCode.QuerySelectorAll("tr[data-complex]").Select(r => r.GetAttribute("data-complex")));
        Assert.Equal("시범", byName.QuerySelector("#q")!.GetAttribute("value"));
        Assert.Contains(first.QuerySelectorAll("nav.side a"), a => a.GetAttribute("data-nav") == "Nav_Disclosures");
    }

    [Fact]
    public async Task A_manager_lists_and_reads_only_their_own_complex()
    {
        var manager = await world.SignedInAsync("manager");

        var (_, list) = await manager.GetAsync("/admin/Disclosures");
        var (own, _) = await manager.GetAsync(ComplexPage);
        var (other, _) = await manager.GetAsync($"/admin/Disclosures/Complex/{world.SmallComplexId}");

        Assert.Equal([world.ComplexId.ToString()], list.QuerySelectorAll("tr[data-complex]").Select(r => r.GetAttribute("data-complex")));
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    [Fact]
    public async Task An_unknown_complex_is_not_found()
    {
        var officer = await world.SignedInAsync("officer");

        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/admin/Disclosures/Complex/{Guid.NewGuid()}")).Response.StatusCode);
    }

    [Theory]
    [InlineData("officer")]
    [InlineData("analyst")]
    [InlineData("admin")]
    [InlineData("manager")]
    public async Task The_charts_draw_24_months_per_fee_group_with_gaps_for_months_not_disclosed(string userName)
    {
        var browser = await world.SignedInAsync(userName);

        var (response, page) = await browser.GetAsync(ComplexPage);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var groups = page.QuerySelector("[data-chart='groups'] > svg")!;
        Assert.Equal("비목 그룹별 월 부과액", groups.QuerySelector("title")!.TextContent);
        Assert.Contains("공시되지 않은 달은 선이 끊깁니다", groups.QuerySelector("desc")!.TextContent);
        Assert.Equal("groups-title groups-desc", groups.GetAttribute("aria-labelledby"));
        Assert.Equal(["CommonFee", "IndividualUsage", "OtherUsage", "RepairReserve", "MiscIncome"],
            groups.QuerySelectorAll("g[data-series]").Select(g => g.GetAttribute("data-series")));
        var common = groups.QuerySelector("g[data-series='CommonFee']")!;
        Assert.Equal(2, common.QuerySelectorAll("path").Length);
        Assert.Equal(22, common.QuerySelectorAll("circle").Length);
        Assert.Equal(8, groups.QuerySelectorAll("text[data-month]").Length);
        Assert.Equal(world.LastMonth.ToString(), groups.QuerySelectorAll("text[data-month]")[^1].GetAttribute("data-month"));
        Assert.Equal("단위: 만 원", groups.QuerySelector("text.unit")!.TextContent);
        Assert.Equal("0", groups.QuerySelector("text[data-tick]")!.TextContent);

        var table = page.QuerySelector("table[data-table='groups']")!;
        Assert.Equal(24, table.QuerySelectorAll("tbody tr").Length);
        Assert.All(table.QuerySelectorAll($"tr[data-month='{world.MissingMonths[0]}'] td"), td => Assert.Equal("–", td.TextContent));
        Assert.Equal("129,705,840", table.QuerySelector($"tr[data-month='{world.LastMonth}'] td")!.TextContent);

        var perArea = page.QuerySelector("[data-chart='per-area'] > svg")!;
        Assert.Equal("㎡당 관리비 총액", perArea.QuerySelector("title")!.TextContent);
        Assert.Equal(2, perArea.QuerySelectorAll("g[data-series='TOTAL'] path").Length);
    }

    [Fact]
    public async Task The_standing_is_rated_with_20_peers_and_says_when_there_are_not_enough()
    {
        var officer = await world.SignedInAsync("officer");

        var (_, rated) = await officer.GetAsync(ComplexPage);
        var (_, unrated) = await officer.GetAsync($"{ComplexPage}?month={world.LastMonth.AddMonths(-1)}");

        Assert.Equal(world.LastMonth.ToString(), rated.QuerySelector("#month option[selected]")!.GetAttribute("value"));
        Assert.Null(rated.QuerySelector("[data-field='not-enough-peers']"));
        var total = rated.QuerySelector("tr[data-measure='TOTAL']")!;
        Assert.Equal("높은 수준", total.QuerySelector("[data-field='level'] .badge")!.TextContent);
        Assert.True(double.Parse(total.QuerySelector("[data-field='percentile']")!.TextContent) >= 80);
        Assert.NotNull(total.QuerySelector("svg.strip line.marker[data-percentile]"));
        Assert.NotNull(rated.QuerySelector("tr[data-measure='LABOR']"));
        Assert.Contains("21곳", rated.QuerySelector("[data-field='peers']")!.TextContent);

        Assert.Equal(world.LastMonth.AddMonths(-1).ToString(), unrated.QuerySelector("#month option[selected]")!.GetAttribute("value"));
        Assert.Contains("20곳 미만(0곳)이라 백분위와 수준을", unrated.QuerySelector("[data-field='not-enough-peers']")!.TextContent);
        Assert.Empty(unrated.QuerySelectorAll("[data-field='percentile'], svg.strip"));
        Assert.Equal("비교 단지 부족 (0곳)", unrated.QuerySelector("tr[data-measure='TOTAL'] [data-field='level']")!.TextContent);
    }

    [Fact]
    public async Task Compliance_lists_the_missing_months_and_the_month_filed_late()
    {
        var officer = await world.SignedInAsync("officer");

        var (_, page) = await officer.GetAsync(ComplexPage);

        var compliance = page.QuerySelector("[data-section='compliance']")!;
        Assert.Equal(world.MissingMonths.Select(m => m.ToString()), compliance.QuerySelectorAll("tr[data-missing]").Select(r => r.GetAttribute("data-missing")));
        Assert.Equal([world.LateMonth.ToString()], compliance.QuerySelectorAll("tr[data-late]").Select(r => r.GetAttribute("data-late")));
        Assert.Equal("최근 24개월 중 공시 22개월, 기한 후 공시 1개월, 미공시 2개월.", compliance.QuerySelector("[data-field='compliance-summary']")!.TextContent);
    }

    [Fact]
    public async Task A_small_complex_is_marked_as_not_subject_to_disclosure_and_draws_empty_charts()
    {
        var officer = await world.SignedInAsync("officer");

        var (_, page) = await officer.GetAsync($"/admin/Disclosures/Complex/{world.SmallComplexId}");

        Assert.Contains("100세대 미만", page.QuerySelector("[data-section='compliance']")!.TextContent);
        Assert.Equal("이 기간에 공시된 달이 없습니다.", page.QuerySelector("[data-chart='groups'] svg text.empty")!.TextContent);
        Assert.Equal("공시된 달이 없어 비교할 수 없습니다.", page.QuerySelector("[data-section='standing'] .empty")!.TextContent);
    }

    [Fact]
    public async Task The_page_speaks_English_when_asked()
    {
        var officer = await world.SignedInAsync("officer");

        var (_, page) = await officer.GetAsync($"{ComplexPage}?culture=en-US");

        Assert.Equal("Monthly amount per fee group", page.QuerySelector("[data-chart='groups'] svg title")!.TextContent);
        Assert.Equal("Labor", page.QuerySelector("tr[data-measure='LABOR'] th")!.TextContent);
        Assert.Equal("High", page.QuerySelector("tr[data-measure='TOTAL'] .badge")!.TextContent);
    }
}
