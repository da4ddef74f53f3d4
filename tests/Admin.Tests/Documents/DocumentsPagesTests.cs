using System.Net;
using System.Text;
using Admin.Tests.Support;
using AngleSharp.Html.Dom;
using Housing.Domain.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Documents;

public sealed class DocumentsPagesTests(ComplexWorld world) : IClassFixture<ComplexWorld>
{
    private const string Compose = "/admin/Documents/Compose";
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n");

    private static string Tracking(Guid id) => $"/admin/Documents/Details/{id}";

    [Theory]
    [InlineData("/admin/Documents")]
    [InlineData("/admin/Documents/Compose")]
    public async Task Managers_and_welfare_staff_are_refused_and_anonymous_visitors_sent_to_sign_in(string path)
    {
        foreach (var user in new[] { "manager.a", "worker" })
        {
            var (refused, _) = await (await world.SignedInAsync(user)).GetAsync(path);
            AdminBrowser.AssertRedirectsTo(refused, "http://localhost/admin/Account/AccessDenied");
        }
        var (anonymous, _) = await new AdminBrowser(world.Factory).GetAsync(path);
        AdminBrowser.AssertRedirectsTo(anonymous, "http://localhost/admin/Account/SignIn");
    }

    [Fact]
    public async Task The_tracking_page_refuses_a_manager_even_of_a_recipient_complex()
    {
        var document = await world.SendAsync("수신 단지 관리소장 접근", ["A"]);
        var manager = await world.SignedInAsync("manager.a");

        AdminBrowser.AssertRedirectsTo((await manager.GetAsync(Tracking(document.Id))).Response, "http://localhost/admin/Account/AccessDenied");
    }

    [Fact]
    public async Task The_outbox_lists_sent_documents_with_their_progress_and_the_postage_saved_this_year()
    {
        var document = await world.SendAsync("보낸 문서 목록 확인", ["A", "B", "C"]);
        var officer = await world.SignedInAsync("officer");

        var (response, page) = await officer.GetAsync("/admin/Documents");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = page.QuerySelector($"tr[data-document='{document.Id}']")!;
        Assert.Contains(document.Number, row.TextContent);
        Assert.Equal("0", row.QuerySelector("[data-field='read']")!.TextContent.Trim());
        var deliveries = await world.WithServicesAsync(sp => sp.GetRequiredService<DocumentService>()
            .PostageSavedAsync(world.Users["officer"], Housing.Domain.Common.KoreanCalendar.Today(TimeProvider.System).Year));
        Assert.Contains((deliveries.Deliveries * 2530L).ToString("N0"), page.QuerySelector("[data-field='postage']")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("nav.side a"), a => a.GetAttribute("data-nav") == "Nav_DocumentsCompose");
    }

    [Fact]
    public async Task Compose_says_what_is_missing_next_to_each_field_keeps_what_was_typed_and_stores_nothing()
    {
        var officer = await world.SignedInAsync("officer");
        var (_, form) = await officer.GetAsync(Compose);

        var (response, page) = await officer.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Department"] = "주택과", ["Input.Title"] = "", ["Input.Body"] = "본문만 있는 문서",
            ["Input.ReplyDueDate"] = "2020-01-01", ["Input.MinHouseholds"] = "900", ["Input.MaxHouseholds"] = "100", ["intent"] = "send",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("본문만 있는 문서", page.QuerySelector("#Input_Body")!.TextContent);
        Assert.Equal("제목 항목을 입력하세요.", page.QuerySelector("[data-valmsg-for='Input.Title']")!.TextContent);
        Assert.Equal("회신 기한은 회신을 요청할 때만 정할 수 있습니다.", page.QuerySelector("[data-valmsg-for='Input.ReplyDueDate']")!.TextContent);
        Assert.Equal("최대 세대수는 최소 세대수 이상이어야 합니다.", page.QuerySelector("[data-valmsg-for='Input.MaxHouseholds']")!.TextContent);
        Assert.Null(await world.DocumentTitledAsync(""));
        Assert.Null(page.QuerySelector("[data-section='preview']"));
    }

    [Fact]
    public async Task A_document_goes_only_to_the_previewed_complexes_of_the_filter_and_their_managers_get_an_sms()
    {
        var officer = await world.SignedInAsync("officer");
        var (_, form) = await officer.GetAsync(Compose);
        var fields = new Dictionary<string, string>
        {
            ["Input.Department"] = "주택과", ["Input.Title"] = "지역난방 대단지 안전점검", ["Input.Body"] = "점검 결과를 회신하세요.",
            ["Input.Category"] = "Inspection", ["Input.RequiresReply"] = "true",
            ["Input.ReplyDueDate"] = Housing.Domain.Common.KoreanCalendar.Today(TimeProvider.System).AddDays(10).ToString("yyyy-MM-dd"),
            ["Input.Mode"] = "Filter", ["Input.HeatingType"] = "District", ["Input.MinHouseholds"] = "1000",
        };

        var (_, preview) = await officer.SubmitAsync(form, new Dictionary<string, string>(fields) { ["intent"] = "preview" });
        Assert.Equal([world.Complexes["A"].Id.ToString()], preview.QuerySelectorAll("[data-recipient]").Select(e => e.GetAttribute("data-recipient")));
        Assert.Contains("수신 단지 1곳", preview.QuerySelector("#preview")!.TextContent);
        Assert.Null(await world.DocumentTitledAsync("지역난방 대단지 안전점검"));

        var (sent, _) = await officer.SubmitAsync(preview, new Dictionary<string, string> { ["intent"] = "send" });

        AdminBrowser.AssertRedirectsTo(sent, "/admin/Documents/Details/");
        var document = (await world.DocumentTitledAsync("지역난방 대단지 안전점검"))!;
        Assert.Equal([world.Complexes["A"].Id], document.Deliveries.Select(d => d.RecipientId));
        Assert.StartsWith("주택과-", document.Number);
        Assert.Equal(DocumentCategory.Inspection, document.Category);
        Assert.Equal(18, document.ReplyDueAt!.Value.ToOffset(TimeSpan.FromHours(9)).Hour);
        Assert.Contains(await world.MessagesToAsync(ComplexWorld.ManagerAPhone), m => m.Body.Contains(document.Number));
        var (_, tracking) = await officer.GetAsync(sent.Headers.Location!.OriginalString);
        Assert.Equal("1", tracking.QuerySelector("[data-count='unread'] strong")!.TextContent);
    }

    [Fact]
    public async Task Complexes_chosen_by_hand_receive_it_and_a_choice_changed_after_the_preview_is_previewed_again()
    {
        var officer = await world.SignedInAsync("officer");
        var (_, form) = await officer.GetAsync(Compose);
        Check(form, world.Complexes["B"].Id, world.Complexes["D"].Id);
        var fields = new Dictionary<string, string>
        {
            ["Input.Department"] = "건축과", ["Input.Title"] = "직접 고른 단지 안내", ["Input.Body"] = "안내드립니다.", ["Input.Mode"] = "Hand",
        };
        var (_, preview) = await officer.SubmitAsync(form, new Dictionary<string, string>(fields) { ["intent"] = "preview" });
        Assert.Equal(2, preview.QuerySelectorAll("[data-recipient]").Length);

        Check(preview, world.Complexes["C"].Id);
        var (changed, again) = await officer.SubmitAsync(preview, new Dictionary<string, string> { ["intent"] = "send" });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains("확인한 것과 다릅니다", again.QuerySelector("[data-valmsg-for='Input.PreviewKey']")!.TextContent);
        Assert.Equal(3, again.QuerySelectorAll("[data-recipient]").Length);
        Assert.Null(await world.DocumentTitledAsync("직접 고른 단지 안내"));

        var (sent, _) = await officer.SubmitAsync(again, new Dictionary<string, string> { ["intent"] = "send" });
        AdminBrowser.AssertRedirectsTo(sent, "/admin/Documents/Details/");
        var document = (await world.DocumentTitledAsync("직접 고른 단지 안내"))!;
        Assert.Equal(new[] { "B", "C", "D" }.Select(k => world.Complexes[k].Id).Order(), document.Deliveries.Select(d => d.RecipientId).Order());
        Assert.StartsWith("건축과-", document.Number);
    }

    [Fact]
    public async Task Attachments_are_checked_by_content_kept_across_the_preview_sent_and_downloadable()
    {
        var officer = await world.SignedInAsync("officer");
        var (_, form) = await officer.GetAsync(Compose);
        Check(form, world.Complexes["A"].Id);
        var fields = new Dictionary<string, string>
        {
            ["Input.Department"] = "주택과", ["Input.Title"] = "서식 첨부 문서", ["Input.Body"] = "첨부 서식을 작성하세요.", ["Input.Mode"] = "Hand",
            ["intent"] = "preview",
        };

        var (_, refused) = await officer.SubmitWithFilesAsync(Compose, form, fields,
            ("Uploads", "서식.pdf", Pdf), ("Uploads", "가짜.pdf", Encoding.UTF8.GetBytes("PDF가 아닌 글")), ("Uploads", "실행.exe", [0x4D, 0x5A]));

        Assert.Equal(["서식.pdf"], refused.QuerySelectorAll("[data-attachment]").Select(e => e.TextContent.Trim().Split(' ')[0]));
        var errors = refused.QuerySelector("[data-valmsg-for='Uploads']")!.TextContent;
        Assert.Contains("가짜.pdf: 파일 내용이 확장자와 맞지 않습니다.", errors);
        Assert.Contains("실행.exe: 첨부할 수 없는 파일 형식입니다", errors);
        Assert.Null(refused.QuerySelector("[data-section='preview']"));

        var (_, preview) = await officer.SubmitAsync(refused, new Dictionary<string, string> { ["intent"] = "preview" });
        var (sent, _) = await officer.SubmitAsync(preview, new Dictionary<string, string> { ["intent"] = "send" });

        AdminBrowser.AssertRedirectsTo(sent, "/admin/Documents/Details/");
        var document = (await world.DocumentTitledAsync("서식 첨부 문서"))!;
        var attachment = Assert.Single(document.Attachments);
        Assert.Equal(("서식.pdf", "application/pdf", (long)Pdf.Length), (attachment.FileName, attachment.ContentType, attachment.Size));
        var (_, tracking) = await officer.GetAsync(Tracking(document.Id));
        var link = tracking.QuerySelector("ul.files a")!.GetAttribute("href")!;
        var download = await officer.Client.GetAsync(link);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await officer.Client.GetAsync($"{Tracking(document.Id)}?handler=Attachment&fileId={Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Tracking_counts_read_replied_and_resends_the_sms_only_to_complexes_that_have_not_read_it()
    {
        var document = await world.SendAsync("회신 현황 추적", ["A", "B", "C"]);
        var a = document.Deliveries.Single(d => d.RecipientId == world.Complexes["A"].Id);
        var b = document.Deliveries.Single(d => d.RecipientId == world.Complexes["B"].Id);
        await world.WithServicesAsync(async sp =>
        {
            var service = sp.GetRequiredService<DocumentService>();
            await service.MarkDeliveryReadAsync(world.Users["manager.b"], b.Id);
            return await service.ReplyToDocumentAsync(world.Users["manager.a"], a.Id, "점검 완료 보고", null);
        });
        var officer = await world.SignedInAsync("officer");

        var (_, page) = await officer.GetAsync(Tracking(document.Id));

        Assert.Equal(("3", "2", "1", "1", "0"), (Count(page, "total"), Count(page, "read"), Count(page, "unread"), Count(page, "replied"), Count(page, "overdue")));
        Assert.Equal("Replied", page.QuerySelector($"tr[data-delivery='{a.Id}']")!.GetAttribute("data-status"));
        Assert.Contains("점검 완료 보고", page.QuerySelector($"tr[data-delivery='{a.Id}'] [data-field='reply']")!.TextContent);
        var c = document.Deliveries.Single(d => d.RecipientId == world.Complexes["C"].Id);
        Assert.Equal([c.Id.ToString()], page.QuerySelectorAll("tr[data-delivery] form input[name='deliveryId']").Select(i => i.GetAttribute("value")));

        var before = (await world.MessagesToAsync(ComplexWorld.ManagerAPhone)).Count;
        var resendUnread = page.QuerySelector("form[action*='handler=ResendUnread']")!.GetAttribute("action")!;
        var (resent, _) = await officer.SubmitAsync(page, new Dictionary<string, string>(), resendUnread);
        var (_, after) = await officer.GetAsync(resent.Headers.Location!.OriginalString);

        Assert.Equal("1개 단지 관리소장에게 문자를 다시 보냅니다(발송 대기열에 넣었습니다).", after.QuerySelector("[data-field='resent']")!.TextContent);
        var stored = (await world.DocumentAsync(document.Id))!;
        // The send queued C's round 1 (at the office phone); the resend is round 2.
        Assert.Equal((2, 2), (stored.Deliveries.Single(d => d.Id == c.Id).NotificationRound, stored.Deliveries.Single(d => d.Id == c.Id).NotificationCount));
        Assert.NotNull(after.QuerySelector($"tr[data-delivery='{c.Id}'] [data-field='notified-at']"));
        // B was notified at sending and has read it since: the resend leaves it alone.
        Assert.Equal((1, 1), (stored.Deliveries.Single(d => d.Id == b.Id).NotificationRound, stored.Deliveries.Single(d => d.Id == b.Id).NotificationCount));
        Assert.Equal(before, (await world.MessagesToAsync(ComplexWorld.ManagerAPhone)).Count);
        Assert.Equal([$"document:{c.Id}:notice:1", $"document:{c.Id}:notice:2"], (await world.MessagesToAsync(ComplexWorld.OfficePhone))
            .Where(m => m.Body.Contains(document.Number)).Select(m => m.DedupKey[..m.DedupKey.IndexOf(":sms:", StringComparison.Ordinal)]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Tracking_filters_deliveries_by_status()
    {
        var document = await world.SendAsync("상태별 보기", ["A", "B"]);
        await world.WithServicesAsync(sp => sp.GetRequiredService<DocumentService>()
            .MarkDeliveryReadAsync(world.Users["manager.a"], document.Deliveries.Single(d => d.RecipientId == world.Complexes["A"].Id).Id));
        var officer = await world.SignedInAsync("officer");

        var (_, unread) = await officer.GetAsync(Tracking(document.Id) + "?status=Unread");

        Assert.Equal([world.Complexes["B"].Name], unread.QuerySelectorAll("tr[data-delivery] td:first-child").Select(td => td.TextContent));
    }

    private static string Count(IHtmlDocument page, string what) => page.QuerySelector($"[data-count='{what}'] strong")!.TextContent;

    private static void Check(IHtmlDocument page, params Guid[] complexIds)
    {
        foreach (var id in complexIds)
            ((IHtmlInputElement)page.QuerySelector($"input[name='Input.ComplexIds'][value='{id}']")!).IsChecked = true;
    }
}
