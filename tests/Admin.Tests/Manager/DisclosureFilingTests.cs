using System.Net;
using Admin.Tests.Documents;
using Admin.Tests.Support;
using AngleSharp.Html.Dom;
using Housing.Domain.Common;
using Housing.Domain.Disclosures;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Manager;

public sealed class DisclosureFilingTests(ComplexWorld world) : IClassFixture<ComplexWorld>
{
    private static readonly YearMonth ThisMonth = YearMonth.From(KoreanCalendar.Today(TimeProvider.System));

    private const string Post = "/admin/Manager/Disclosures/File?complex=";

    private static string FilingOf(YearMonth month) => $"/admin/Manager/Disclosures/File?month={month}";

    private Dictionary<string, string> Usual(long? balance = null)
    {
        var fields = ComplexWorld.UsualAmounts.ToDictionary(a => $"Input.Amounts[{a.Key}]", a => a.Value.ToString("N0"));
        fields["Input.Amounts[REPAIR_RESERVE_BALANCE]"] = (balance ?? world.LastBalance + 15_000_000).ToString();
        fields["Input.RepairReserveRate"] = "0.5";
        return fields;
    }

    private Task<DisclosureMonth?> StoredAsync(YearMonth month) => world.WithServicesAsync(sp =>
        sp.GetRequiredService<DisclosureService>().GetMonthAsync(world.Complexes["B"].Id, month));

    [Fact]
    public async Task Officers_and_welfare_staff_are_refused_and_anonymous_visitors_sent_to_sign_in()
    {
        foreach (var user in new[] { "officer", "worker" })
            AdminBrowser.AssertRedirectsTo((await (await world.SignedInAsync(user)).GetAsync("/admin/Manager/Disclosures/File")).Response,
                "http://localhost/admin/Account/AccessDenied");
        AdminBrowser.AssertRedirectsTo((await new AdminBrowser(world.Factory).GetAsync("/admin/Manager/Disclosures/File")).Response,
            "http://localhost/admin/Account/SignIn");
    }

    [Fact]
    public async Task The_form_has_every_item_of_the_disclosure_grouped_as_on_k_apt_and_the_recent_months()
    {
        var (response, page) = await (await world.SignedInAsync("manager.b")).GetAsync("/admin/Manager/Disclosures/File");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(FeeCatalog.AmountItems.Select(i => i.Code), page.QuerySelectorAll("[data-item]").Select(e => e.GetAttribute("data-item")));
        Assert.Equal(Enum.GetNames<FeeGroup>(), page.QuerySelectorAll("fieldset[data-group]").Select(e => e.GetAttribute("data-group")));
        Assert.Equal("인건비 *", page.QuerySelector("label[for='amount-LABOR']")!.TextContent);
        Assert.Equal(ThisMonth.AddMonths(-1).ToString(), page.QuerySelector("#month")!.GetAttribute("value"));
        var months = page.QuerySelectorAll("tr[data-month]").Select(r => r.GetAttribute("data-month")).ToList();
        Assert.All(Enumerable.Range(2, 8).Select(back => ThisMonth.AddMonths(-back).ToString()), m => Assert.Contains(m, months));
    }

    [Fact]
    public async Task Figures_that_are_not_amounts_are_refused_next_to_their_field_kept_as_typed_and_nothing_is_stored()
    {
        var manager = await world.SignedInAsync("manager.b");
        var (_, form) = await manager.GetAsync(FilingOf(ThisMonth));
        var fields = Usual();
        fields["Input.Amounts[CLEANING]"] = "구백만";
        fields["Input.Amounts[SECURITY]"] = "-5";
        fields["Input.RepairReserveRate"] = "x";
        fields["intent"] = "file";

        var (response, page) = await manager.SubmitAsync(form, fields, Post);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("청소비: 원 단위 숫자로 입력하세요.", Message(page, "Input.Amounts[CLEANING]"));
        Assert.Equal("경비비: 0원 이상이어야 합니다.", Message(page, "Input.Amounts[SECURITY]"));
        Assert.Equal("적립요율은 숫자로 입력하세요.", Message(page, "Input.RepairReserveRate"));
        Assert.Equal("구백만", page.QuerySelector("#amount-CLEANING")!.GetAttribute("value"));
        Assert.Equal("42,000,000", page.QuerySelector("#amount-LABOR")!.GetAttribute("value"));
        Assert.Null(await StoredAsync(ThisMonth));
    }

    [Fact]
    public async Task An_unusual_item_is_flagged_beside_it_and_the_month_is_filed_once_confirmed()
    {
        var month = ThisMonth.AddMonths(-1);
        var manager = await world.SignedInAsync("manager.b");
        var (_, form) = await manager.GetAsync(FilingOf(month));
        var fields = Usual();
        fields["Input.Amounts[LABOR]"] = "84,000,000";
        fields["intent"] = "check";

        var (_, check) = await manager.SubmitAsync(form, fields, Post);

        Assert.Equal(["LABOR"], check.QuerySelectorAll("[data-outlier]").Select(e => e.GetAttribute("data-outlier")));
        Assert.Contains("평소 범위", check.QuerySelector("[data-outlier='LABOR']")!.TextContent);
        Assert.Contains("1개", check.QuerySelector("[data-section='check']")!.TextContent);
        Assert.Null(await StoredAsync(month));

        var (filed, _) = await manager.SubmitAsync(check, new Dictionary<string, string> { ["intent"] = "file" }, Post);

        AdminBrowser.AssertRedirectsTo(filed, "/admin/Manager/Disclosures/File");
        var stored = (await StoredAsync(month))!;
        Assert.Equal(84_000_000, stored.AmountOf("LABOR"));
        Assert.Equal(0.5, stored.RepairReserveRate);
        Assert.Equal(["LABOR"], stored.Flags.Select(f => f.ItemCode));
        var (_, shown) = await manager.GetAsync(filed.Headers.Location!.OriginalString);
        Assert.NotNull(shown.QuerySelector("[data-field='filed']"));
        Assert.Equal("84000000", shown.QuerySelector("#amount-LABOR")!.GetAttribute("value"));
        Assert.NotNull(shown.QuerySelector("#Input_CorrectionReason"));
    }

    [Fact]
    public async Task Figures_changed_after_the_check_are_checked_again_before_anything_is_filed()
    {
        var manager = await world.SignedInAsync("manager.b");
        var (_, form) = await manager.GetAsync(FilingOf(ThisMonth));
        var (_, check) = await manager.SubmitAsync(form, new Dictionary<string, string>(Usual()) { ["intent"] = "check" }, Post);
        Assert.Null(check.QuerySelector("[data-outlier='CLEANING']"));

        var (response, again) = await manager.SubmitAsync(check, new Dictionary<string, string>
        {
            ["Input.Amounts[CLEANING]"] = "1000", ["intent"] = "file",
        }, Post);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("다시 확인", Message(again, "Input.CheckedKey"));
        Assert.NotNull(again.QuerySelector("[data-outlier='CLEANING']"));
        Assert.Null(await StoredAsync(ThisMonth));
    }

    private static string Message(IHtmlDocument page, string field) => page.QuerySelector($"[data-valmsg-for='{field}']")!.TextContent;
}
