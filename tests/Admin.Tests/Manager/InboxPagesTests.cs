using System.Net;
using System.Text;
using Admin.Tests.Documents;
using Admin.Tests.Support;
using Housing.Domain.Documents;

namespace Admin.Tests.Manager;

public sealed class InboxPagesTests(ComplexWorld world) : IClassFixture<ComplexWorld>
{
    private static readonly byte[] Report = Encoding.ASCII.GetBytes("%PDF-1.4\n% inspection report\n%%EOF\n");

    private static string Opened(Guid deliveryId) => $"/admin/Manager/Inbox/Details/{deliveryId}";

    private DocumentDelivery DeliveryTo(Document document, string complex) =>
        document.Deliveries.Single(d => d.RecipientId == world.Complexes[complex].Id);

    [Fact]
    public async Task Officers_and_welfare_staff_are_refused_and_anonymous_visitors_sent_to_sign_in()
    {
        foreach (var user in new[] { "officer", "worker" })
            AdminBrowser.AssertRedirectsTo((await (await world.SignedInAsync(user)).GetAsync("/admin/Manager/Inbox")).Response,
                "http://localhost/admin/Account/AccessDenied");
        AdminBrowser.AssertRedirectsTo((await new AdminBrowser(world.Factory).GetAsync("/admin/Manager/Inbox")).Response,
            "http://localhost/admin/Account/SignIn");
    }

    [Fact]
    public async Task The_inbox_lists_only_the_documents_delivered_to_the_managers_complex()
    {
        var toA = await world.SendAsync("래미안에만 보낸 문서", ["A"]);
        var toB = await world.SendAsync("자이에만 보낸 문서", ["B"]);
        var manager = await world.SignedInAsync("manager.a");

        var (response, page) = await manager.GetAsync("/admin/Manager/Inbox");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector($"tr[data-delivery='{DeliveryTo(toA, "A").Id}']"));
        Assert.Null(page.QuerySelector($"tr[data-delivery='{DeliveryTo(toB, "B").Id}']"));
        Assert.Equal("당산 래미안", page.QuerySelector("[data-field='complex']")!.TextContent);
    }

    [Fact]
    public async Task Opening_a_document_marks_it_read_and_another_complexs_manager_may_not_open_it()
    {
        var document = await world.SendAsync("열람 확인 문서", ["A"]);
        var delivery = DeliveryTo(document, "A");

        var (opened, page) = await (await world.SignedInAsync("manager.a")).GetAsync(Opened(delivery.Id));
        var (other, _) = await (await world.SignedInAsync("manager.b")).GetAsync(Opened(delivery.Id));

        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal("열람 확인 문서 본문입니다.", page.QuerySelector("[data-field='body']")!.TextContent);
        Assert.NotNull(DeliveryTo((await world.DocumentAsync(document.Id))!, "A").ReadAt);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    [Fact]
    public async Task A_reply_without_a_report_is_refused_next_to_the_field_and_a_reply_with_a_file_reaches_the_officer()
    {
        var document = await world.SendAsync("회신 요청 문서", ["A", "B"]);
        var delivery = DeliveryTo(document, "A");
        var manager = await world.SignedInAsync("manager.a");
        var (_, page) = await manager.GetAsync(Opened(delivery.Id));

        var (refused, again) = await manager.SubmitWithFilesAsync(Opened(delivery.Id), page, new Dictionary<string, string> { ["Reply.Body"] = " " },
            ("Uploads", "점검표.pdf", Report));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("회신 내용 (보고) 항목을 입력하세요.", again.QuerySelector("[data-valmsg-for='Reply.Body']")!.TextContent);
        Assert.NotNull(again.QuerySelector("[data-attachment] input[name='Reply.AttachmentIds']"));
        Assert.Null(DeliveryTo((await world.DocumentAsync(document.Id))!, "A").Reply);

        var (sent, _) = await manager.SubmitWithFilesAsync(Opened(delivery.Id), again,
            new Dictionary<string, string> { ["Reply.Body"] = "옹벽 점검 결과 이상 없습니다." });

        AdminBrowser.AssertRedirectsTo(sent, Opened(delivery.Id));
        var reply = DeliveryTo((await world.DocumentAsync(document.Id))!, "A").Reply!;
        Assert.Equal("옹벽 점검 결과 이상 없습니다.", reply.Body);
        Assert.Equal("점검표.pdf", Assert.Single(reply.Attachments).FileName);
        var (_, shown) = await manager.GetAsync(sent.Headers.Location!.OriginalString);
        Assert.Equal("옹벽 점검 결과 이상 없습니다.", shown.QuerySelector("[data-section='reply'] [data-field='reply']")!.TextContent);
        Assert.Null(shown.QuerySelector("textarea"));

        var officer = await world.SignedInAsync("officer");
        var (_, tracking) = await officer.GetAsync($"/admin/Documents/Details/{document.Id}");
        Assert.Equal("Replied", tracking.QuerySelector($"tr[data-delivery='{delivery.Id}']")!.GetAttribute("data-status"));
        var file = tracking.QuerySelector($"tr[data-delivery='{delivery.Id}'] details a")!.GetAttribute("href")!;
        Assert.Equal(Report, await (await officer.Client.GetAsync(file)).Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_document_for_information_only_offers_no_reply()
    {
        var document = await world.SendAsync("안내 문서", ["A"], requiresReply: false);

        var (_, page) = await (await world.SignedInAsync("manager.a")).GetAsync(Opened(DeliveryTo(document, "A").Id));

        Assert.Null(page.QuerySelector("textarea"));
        Assert.Equal("회신 불요", page.QuerySelector("[data-field='deadline']")!.TextContent);
    }
}
