using System.Globalization;
using System.Net;
using System.Resources;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Admin.Tests.Support;
using Housing.Admin.Resources;
using Housing.Domain.Common;
using Housing.Domain.Welfare;

namespace Admin.Tests.Welfare;

/// <summary>
/// A case page shown before the case changed (closed or taken over in another tab or by a colleague): every form it posts
/// comes back with the refusal in the user's language at that form, and with what was typed.
/// </summary>
public sealed partial class CasePageRefusalTests(WelfareWorld world) : IClassFixture<WelfareWorld>
{
    private const string CaseClosedKo = "이 사례는 이미 종결되어 더 기록할 수 없습니다. 입력한 내용은 저장되지 않았습니다.";

    private static string CasePage(Guid id) => $"/admin/Welfare/Cases/Details/{id}";

    private static string Handler(Guid id, string handler) => $"{CasePage(id)}?handler={handler}";

    public static TheoryData<string, Dictionary<string, string>> ClosedCaseForms() => new()
    {
        { "Assessment", new() { ["Assessment.Needs"] = "재사정한 욕구" } },
        { "Plan", new() { ["Plan.Goals"] = "새 목표" } },
        { "Service", new() { ["Service.Type"] = "Counselling", ["Service.Provider"] = "상담소", ["Service.Amount"] = "777" } },
        { "Monitoring", new() },
        { "Refer", new() { ["Refer.ExternalAgency"] = "구청 복지과", ["Refer.Reason"] = "긴급복지 연계" } },
        { "Close", new() { ["Close.Outcome"] = "Resolved", ["Close.Summary"] = "다시 종결" } },
    };

    [Theory]
    [MemberData(nameof(ClosedCaseForms))]
    public async Task A_form_of_a_case_closed_meanwhile_says_so_at_the_form_and_keeps_what_was_typed(string form, Dictionary<string, string> typed)
    {
        var (_, caseId) = await world.OpenCaseAsync("worker.a");
        await world.ToServiceStageAsync("worker.a", caseId);
        var browser = await world.SignedInAsync("worker.a");
        var (_, stale) = await browser.GetAsync(CasePage(caseId));
        await CloseAsync(caseId);
        var before = await world.CaseAsync(caseId);

        var (response, page) = await browser.SubmitAsync(stale, typed, Handler(caseId, form));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CaseClosedKo, FormOf(page, form)?.QuerySelector($"[data-valmsg-for='{form}']")?.TextContent);
        foreach (var (name, value) in typed)
            Assert.Equal(value, Typed(page, name));
        var after = await world.CaseAsync(caseId);
        Assert.Equal(before.Services.Count, after.Services.Count);
        Assert.Equal(before.Assessments.Count, after.Assessments.Count);
        Assert.Equal(before.Plans.Count, after.Plans.Count);
        Assert.Equal(before.Referrals.Count, after.Referrals.Count);
        Assert.Equal(before.Closure!.Summary, after.Closure!.Summary);
    }

    [Fact]
    public async Task A_form_of_a_case_closed_meanwhile_with_a_field_missing_says_both()
    {
        var (_, caseId) = await world.OpenCaseAsync("worker.a");
        await world.ToServiceStageAsync("worker.a", caseId);
        var browser = await world.SignedInAsync("worker.a");
        var (_, stale) = await browser.GetAsync(CasePage(caseId));
        await CloseAsync(caseId);

        var (_, page) = await browser.SubmitAsync(stale, new Dictionary<string, string>
        {
            ["Service.Type"] = "Counselling", ["Service.Provider"] = "", ["Service.Amount"] = "777",
        }, Handler(caseId, "Service"));

        Assert.Equal(CaseClosedKo, FormOf(page, "Service")?.QuerySelector("[data-valmsg-for='Service']")?.TextContent);
        Assert.Contains("제공 기관", page.QuerySelector("[data-valmsg-for='Service.Provider']")!.TextContent);
        Assert.Equal("777", Typed(page, "Service.Amount"));
    }

    [Fact]
    public async Task Marking_a_goal_of_a_case_closed_meanwhile_is_refused_next_to_the_goals_in_the_chosen_language()
    {
        var (_, caseId) = await world.OpenCaseAsync("worker.a");
        var goal = (await world.ToServiceStageAsync("worker.a", caseId)).CurrentPlan!.Goals.Single();
        var browser = await world.SignedInAsync("worker.a");
        var (_, korean) = await browser.GetAsync(CasePage(caseId));
        await browser.SubmitAsync(korean, new Dictionary<string, string> { ["culture"] = "en-US" }, "/admin/Language");
        var (_, stale) = await browser.GetAsync(CasePage(caseId));
        await CloseAsync(caseId);

        var (response, page) = await browser.SubmitAsync(stale, new Dictionary<string, string> { ["goalId"] = goal.Id.ToString() },
            Handler(caseId, "GoalAchieved"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("The case is already closed; nothing more can be recorded. What you entered was not saved.",
            page.QuerySelector("section[aria-labelledby='plan'] [data-valmsg-for='Goal']")?.TextContent);
        Assert.Null((await world.CaseAsync(caseId)).CurrentPlan!.Goals.Single().AchievedAt);
    }

    [Fact]
    public async Task A_note_on_a_case_taken_over_meanwhile_is_refused_at_the_note_form_which_keeps_the_text()
    {
        var (_, caseId) = await world.OpenCaseAsync("worker.a");
        var browser = await world.SignedInAsync("worker.a");
        var (_, stale) = await browser.GetAsync(CasePage(caseId));
        var referral = await world.CasesAsync(s => s.ReferCaseAsync(world.Staff["worker.a"].Actor, caseId, world.CenterB, null, "전입"));
        await world.CasesAsync(s => s.AcceptReferralAsync(world.Staff["worker.b"].Actor, caseId, referral.Id));

        var (response, page) = await browser.SubmitAsync(stale, new Dictionary<string, string> { ["Note.Text"] = "집주인과 통화함" }, Handler(caseId, "Note"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("이 작업을 할 권한이 없습니다.", page.QuerySelector("[data-valmsg-for='Note']")?.TextContent);
        Assert.Equal("집주인과 통화함", Typed(page, "Note.Text"));
        Assert.Empty((await world.CaseAsync(caseId)).Notes);
    }

    [Fact]
    public async Task Answering_a_referral_accepted_meanwhile_says_so_at_the_answer_forms()
    {
        var (_, caseId) = await world.OpenCaseAsync("worker.a");
        var referral = await world.CasesAsync(s => s.ReferCaseAsync(world.Staff["worker.a"].Actor, caseId, world.CenterB, null, "전입"));
        var browser = await world.SignedInAsync("worker.b");
        var (_, stale) = await browser.GetAsync(CasePage(caseId));
        await world.CasesAsync(s => s.AcceptReferralAsync(world.Staff["worker.b"].Actor, caseId, referral.Id));

        var (_, declined) = await browser.SubmitAsync(stale, new Dictionary<string, string> { ["Decline.Reason"] = "담당자 부족" }, Handler(caseId, "Decline"));
        var (_, accepted) = await browser.SubmitAsync(stale, new Dictionary<string, string>(), Handler(caseId, "Accept"));

        Assert.StartsWith("이 의뢰는 이미 답변되었습니다.", declined.QuerySelector("[data-valmsg-for='Decline']")?.TextContent);
        Assert.Equal("담당자 부족", Typed(declined, "Decline.Reason"));
        Assert.StartsWith("이 의뢰는 이미 답변되었습니다.", accepted.QuerySelector("[data-valmsg-for='Accept']")?.TextContent);
        Assert.Equal(ReferralStatus.Accepted, (await world.CaseAsync(caseId)).Referrals.Single().Status);
    }

    /// <summary>Every refusal the case's use cases can give has its words in Korean and English (else the domain's English shows).</summary>
    [Theory]
    [InlineData("ko")]
    [InlineData("en")]
    public void Every_refusal_of_the_case_page_is_worded_in_each_language(string language)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Housing.sln")))
            root = root.Parent ?? throw new InvalidOperationException("Housing.sln not found above " + AppContext.BaseDirectory);
        var folder = Path.Combine(root.FullName, "Domain", "Welfare");
        var codes = new[] { "WelfareCase.cs", "CaseChildren.cs", "WelfareCaseService.cs", "WelfareStaffContext.cs" }
            .SelectMany(f => ThrownCode().Matches(File.ReadAllText(Path.Combine(folder, f))).Select(m => m.Groups[1].Value))
            .Append("NOT_FOUND").Append("FORBIDDEN")
            .Distinct().ToList();
        var resources = new ResourceManager(typeof(SharedResource).FullName!, typeof(SharedResource).Assembly);
        var set = resources.GetResourceSet(language == "ko" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language), true, false)!;

        Assert.Contains("CASE_CLOSED", codes);
        var missing = codes.Where(code => string.IsNullOrWhiteSpace(set.GetString("Error_" + code))).ToList();
        Assert.True(missing.Count == 0, $"SharedResource ({language}) has no Error_ text for: {string.Join(", ", missing)}");
    }

    [GeneratedRegex(@"new DomainException\(""([A-Z_]+)""")]
    private static partial Regex ThrownCode();

    private async Task CloseAsync(Guid caseId) =>
        await world.CasesAsync(s => s.CloseCaseAsync(world.Staff["worker.a"].Actor,
            new CloseCaseCommand(caseId, CaseOutcome.Resolved, "주거 안정", null, [])));

    /// <summary>The form posting to a handler of the case page (links made after a post may spell the area 'Admin').</summary>
    private static IHtmlFormElement? FormOf(IHtmlDocument page, string handler) =>
        page.Forms.FirstOrDefault(f => (f.GetAttribute("action") ?? "").EndsWith("?handler=" + handler, StringComparison.Ordinal));

    /// <summary>What a field shows as typed: a text area's text, a list's chosen option, an input's value.</summary>
    private static string? Typed(IHtmlDocument page, string name) => page.QuerySelector($"[name='{name}']") switch
    {
        IHtmlTextAreaElement area => area.TextContent.Trim(),
        IHtmlSelectElement select => select.QuerySelector("option[selected]")?.GetAttribute("value"),
        var input => input?.GetAttribute("value"),
    };
}
