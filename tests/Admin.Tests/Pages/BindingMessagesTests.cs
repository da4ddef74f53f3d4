using System.Net;
using Admin.Tests.Support;

namespace Admin.Tests.Pages;

/// <summary>A value the model binder cannot read is refused in the page's language, once, next to its field.</summary>
public sealed class BindingMessagesTests(WelfareWorld world) : IClassFixture<WelfareWorld>
{
    private const string Intake = "/admin/Welfare/Cases/New";

    private static Dictionary<string, string> Unreadable() => new()
    {
        ["Input.Name"] = "형식오류", ["Input.BirthDate"] = "abcd", ["Input.IntakeChannel"] = "Phone", ["Input.Crises"] = "Eviction",
        ["Input.PresentingProblem"] = "생년월일을 잘못 입력함",
    };

    [Fact]
    public async Task An_unreadable_birth_date_gets_one_korean_message_at_its_field_and_in_the_summary()
    {
        var browser = await world.SignedInAsync("worker.a");
        var (_, form) = await browser.GetAsync(Intake);

        var (response, page) = await browser.SubmitAsync(form, Unreadable());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        const string message = "생년월일 항목에는 날짜를 2025-01-31 형식으로 입력하세요. 입력한 값: 'abcd'";
        Assert.Equal(message, page.QuerySelector("[data-valmsg-for='Input.BirthDate']")!.TextContent);
        Assert.Equal([message], page.QuerySelectorAll(".errors li").Select(li => li.TextContent).Where(t => t.Contains("생년월일")));
        Assert.DoesNotContain("is not valid", page.Body!.TextContent);
    }

    [Fact]
    public async Task In_english_the_binding_message_is_english()
    {
        var browser = await world.SignedInAsync("worker.a");
        var (_, korean) = await browser.GetAsync(Intake);
        await browser.SubmitAsync(korean, new Dictionary<string, string> { ["culture"] = "en-US" }, "/admin/Language");
        var (_, form) = await browser.GetAsync(Intake);

        var (_, page) = await browser.SubmitAsync(form, Unreadable());

        Assert.Equal("Enter a date for Birth date as 2025-01-31; 'abcd' is not one.",
            page.QuerySelector("[data-valmsg-for='Input.BirthDate']")!.TextContent);
    }

    [Fact]
    public async Task A_too_long_name_is_refused_with_the_particle_its_label_takes()
    {
        var browser = await world.SignedInAsync("worker.a");
        var (_, form) = await browser.GetAsync(Intake);
        var fields = Unreadable();
        (fields["Input.Name"], fields["Input.BirthDate"]) = (new string('가', 101), "1980-05-01");

        var (_, page) = await browser.SubmitAsync(form, fields);

        Assert.Equal("성명은 100자 이하로 입력하세요.", page.QuerySelector("[data-valmsg-for='Input.Name']")!.TextContent);
    }

    [Fact]
    public async Task A_service_amount_that_is_not_a_whole_number_or_is_negative_says_what_the_field_takes()
    {
        var (_, caseId) = await world.OpenCaseAsync("worker.a", "금액형식");
        var browser = await world.SignedInAsync("worker.a");
        var casePage = $"/admin/Welfare/Cases/Details/{caseId}";
        var (_, page) = await browser.GetAsync(casePage);

        async Task<string> AmountMessageAsync(string amount) => (await browser.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Service.Type"] = "EmergencyHousingCost", ["Service.Provider"] = "구청", ["Service.Amount"] = amount,
        }, casePage + "?handler=Service")).Page.QuerySelector("[data-valmsg-for='Service.Amount']")!.TextContent;

        Assert.Equal("금액(원) 항목에는 정수를 입력하세요(예: 15000). 입력한 값: '1.5'", await AmountMessageAsync("1.5"));
        Assert.Equal("금액(원)은 0 이상이어야 합니다.", await AmountMessageAsync("-5"));
    }
}
