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
        const string message = "생년월일 항목에 입력한 값 'abcd'를 읽을 수 없습니다. 형식에 맞게 입력하세요.";
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

        Assert.Equal("The value 'abcd' entered for Birth date cannot be read; enter it in the field's format.",
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
}
