using System.Net;
using Admin.Tests.Support;
using AngleSharp.Html.Dom;
using Housing.Domain.Common;
using Housing.Domain.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Documents;

/// <summary>
/// The compose form carries an idempotency key made when it is first shown: a double submit (one after the other, or both at
/// once) sends one document and shows its tracking page; the key survives a redisplay after a validation error.
/// </summary>
public sealed class ComposeIdempotencyTests(ComplexWorld world) : IClassFixture<ComplexWorld>
{
    private const string Compose = "/admin/Documents/Compose";
    private const string KeyField = "input[name='Input.IdempotencyKey']";

    private static string? KeyOf(IHtmlDocument page) => page.QuerySelector(KeyField)?.GetAttribute("value");

    /// <summary>The compose form for <paramref name="title"/> to complex A, previewed and ready to send.</summary>
    private async Task<(AdminBrowser Officer, IHtmlDocument Preview)> PreviewedAsync(string title)
    {
        var officer = await world.SignedInAsync("officer");
        var (_, form) = await officer.GetAsync(Compose);
        ((IHtmlInputElement)form.QuerySelector($"input[name='Input.ComplexIds'][value='{world.Complexes["A"].Id}']")!).IsChecked = true;
        var (_, preview) = await officer.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Department"] = "주택과", ["Input.Title"] = title, ["Input.Body"] = "게시판에 게시해 주세요.", ["Input.Mode"] = "Hand", ["intent"] = "preview",
        });
        Assert.Equal(KeyOf(form), KeyOf(preview));
        return (officer, preview);
    }

    private async Task<int> DocumentsTitledAsync(string title) => await world.WithServicesAsync(sp =>
    {
        var store = sp.GetRequiredService<IHousingStore>();
        return store.CountAsync(store.Query<Document>().Where(d => d.Title == title));
    });

    private async Task<int> SmsAboutAsync(string number) =>
        (await world.MessagesToAsync(ComplexWorld.ManagerAPhone)).Count(m => m.Body.Contains(number, StringComparison.Ordinal));

    [Fact]
    public async Task The_form_is_shown_with_a_key_of_its_own_each_time_it_is_opened()
    {
        var officer = await world.SignedInAsync("officer");

        var (_, first) = await officer.GetAsync(Compose);
        var (_, second) = await officer.GetAsync(Compose);

        Assert.Equal(32, KeyOf(first)!.Length);
        Assert.NotEqual(KeyOf(first), KeyOf(second));
    }

    [Fact]
    public async Task Posting_the_form_twice_with_the_same_key_sends_once_and_shows_the_sent_documents_tracking_page_both_times()
    {
        const string Title = "두 번 누른 발송 안내";
        var (officer, preview) = await PreviewedAsync(Title);

        var (first, _) = await officer.SubmitAsync(preview, new Dictionary<string, string> { ["intent"] = "send" });
        var (second, _) = await officer.SubmitAsync(preview, new Dictionary<string, string> { ["intent"] = "send" });

        AdminBrowser.AssertRedirectsTo(first, "/admin/Documents/Details/");
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await DocumentsTitledAsync(Title));
        var document = (await world.DocumentTitledAsync(Title))!;
        Assert.Equal(KeyOf(preview), document.IdempotencyKey);
        Assert.Single(document.Deliveries);
        Assert.Equal(1, await SmsAboutAsync(document.Number));
        var (tracking, page) = await officer.GetAsync(second.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, tracking.StatusCode);
        Assert.Contains(document.Number, page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_posts_of_the_form_at_once_send_one_document()
    {
        const string Title = "동시에 두 번 누른 발송";
        var (officer, preview) = await PreviewedAsync(Title);

        var posts = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            officer.SubmitAsync(preview, new Dictionary<string, string> { ["intent"] = "send" })));

        Assert.All(posts, p => AdminBrowser.AssertRedirectsTo(p.Response, "/admin/Documents/Details/"));
        Assert.Equal(posts[0].Response.Headers.Location, posts[1].Response.Headers.Location);
        Assert.Equal(1, await DocumentsTitledAsync(Title));
        Assert.Equal(1, await SmsAboutAsync((await world.DocumentTitledAsync(Title))!.Number));
    }

    [Fact]
    public async Task The_key_is_kept_when_the_form_comes_back_with_an_error_and_then_sends_once()
    {
        const string Title = "오류 뒤 발송 안내";
        var officer = await world.SignedInAsync("officer");
        var (_, form) = await officer.GetAsync(Compose);

        var (_, refused) = await officer.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Department"] = "주택과", ["Input.Title"] = "", ["Input.Body"] = "게시해 주세요.", ["intent"] = "send",
        });
        ((IHtmlInputElement)refused.QuerySelector($"input[name='Input.ComplexIds'][value='{world.Complexes["A"].Id}']")!).IsChecked = true;
        var (_, preview) = await officer.SubmitAsync(refused, new Dictionary<string, string> { ["Input.Title"] = Title, ["Input.Mode"] = "Hand", ["intent"] = "preview" });
        var (sent, _) = await officer.SubmitAsync(preview, new Dictionary<string, string> { ["intent"] = "send" });
        var (again, _) = await officer.SubmitAsync(preview, new Dictionary<string, string> { ["intent"] = "send" });

        Assert.NotNull(refused.QuerySelector("[data-valmsg-for='Input.Title']"));
        Assert.Equal(KeyOf(form), KeyOf(refused));
        Assert.Equal(KeyOf(form), KeyOf(preview));
        AdminBrowser.AssertRedirectsTo(sent, "/admin/Documents/Details/");
        Assert.Equal(sent.Headers.Location, again.Headers.Location);
        Assert.Equal(1, await DocumentsTitledAsync(Title));
    }

    [Fact]
    public async Task Content_changed_after_sending_under_the_forms_key_is_refused_with_a_new_key_and_sent_anew_when_sent_again()
    {
        const string Title = "보낸 뒤 고친 안내";
        var (officer, preview) = await PreviewedAsync(Title);
        var (sent, _) = await officer.SubmitAsync(preview, new Dictionary<string, string> { ["intent"] = "send" });

        var (_, refused) = await officer.SubmitAsync(preview, new Dictionary<string, string> { ["Input.Title"] = Title + " (정정)", ["intent"] = "send" });
        var (resent, _) = await officer.SubmitAsync(refused, new Dictionary<string, string> { ["intent"] = "send" });

        Assert.Contains("이미 다른 내용의 문서를 발송했습니다", refused.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.NotEqual(KeyOf(preview), KeyOf(refused));
        AdminBrowser.AssertRedirectsTo(resent, "/admin/Documents/Details/");
        Assert.NotEqual(sent.Headers.Location, resent.Headers.Location);
        Assert.Equal((1, 1), (await DocumentsTitledAsync(Title), await DocumentsTitledAsync(Title + " (정정)")));
    }
}
