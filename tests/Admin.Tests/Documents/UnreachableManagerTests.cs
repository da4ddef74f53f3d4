using Housing.Domain.Documents;

namespace Admin.Tests.Documents;

/// <summary>
/// A complex whose only manager has no mobile number (신길 연립, managed by <c>manager.d</c>) cannot be texted: its delivery says
/// so (연락처 없음) instead of waiting for ever, and the send and resend notices count the complexes texted and those not.
/// </summary>
public sealed class UnreachableManagerTests(UnreachableManagerTests.World world) : IClassFixture<UnreachableManagerTests.World>
{
    public sealed class World : ComplexWorld
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await AddManagerAsync("manager.d", "연립 관리소장", "D");
        }
    }

    [Fact]
    public async Task A_complex_without_a_manager_mobile_number_is_marked_unreachable_and_the_notices_count_only_the_complexes_texted()
    {
        var document = await world.SendAsync("연락처 없는 단지", ["A", "D"]);
        var a = document.Deliveries.Single(d => d.RecipientId == world.Complexes["A"].Id);
        var d = document.Deliveries.Single(x => x.RecipientId == world.Complexes["D"].Id);
        var officer = await world.SignedInAsync("officer");

        var (_, sent) = await officer.GetAsync($"/admin/Documents/Details/{document.Id}?sent=true");

        var stored = (await world.DocumentAsync(document.Id))!;
        Assert.True(stored.Delivery(d.Id).Unreachable);
        Assert.NotNull(stored.Delivery(d.Id).UnreachableAt);
        Assert.False(stored.Delivery(a.Id).Unreachable);
        Assert.Equal(1, stored.Progress(DateTimeOffset.UtcNow).Unreachable);
        Assert.Equal("문서를 2개 단지에 발송했습니다. 1개 단지 관리소장에게 문자 알림을 보냅니다(발송 대기열에 넣었습니다).",
            Normalized(sent.QuerySelector("[data-field='sent']")!.TextContent));
        Assert.Contains("1개 단지는 관리소장 계정에 휴대전화 번호가 없어", sent.QuerySelector("[data-field='unreachable']")!.TextContent);
        Assert.NotNull(sent.QuerySelector($"tr[data-delivery='{d.Id}'] [data-field='sms-unreachable']"));
        Assert.Null(sent.QuerySelector($"tr[data-delivery='{d.Id}'] [data-field='sms-requested']"));
        Assert.NotNull(sent.QuerySelector($"tr[data-delivery='{a.Id}'] [data-field='notified-at']"));

        var (resent, _) = await officer.SubmitAsync(sent, new Dictionary<string, string>(), ResendUnread(sent));
        var (_, after) = await officer.GetAsync(resent.Headers.Location!.OriginalString);

        Assert.Equal("1개 단지 관리소장에게 문자를 다시 보냅니다(발송 대기열에 넣었습니다).", after.QuerySelector("[data-field='resent']")!.TextContent.Trim());
        Assert.Contains("1개 단지는", after.QuerySelector("[data-field='unreachable']")!.TextContent);
        var (_, filtered) = await officer.GetAsync($"/admin/Documents/Details/{document.Id}?status=Unreachable");
        Assert.Equal([d.Id.ToString()], filtered.QuerySelectorAll("tr[data-delivery]").Select(r => r.GetAttribute("data-delivery")!));
        Assert.Equal((2, 2), ((await world.DocumentAsync(document.Id))!.Delivery(a.Id).NotificationCount, (await world.MessagesToAsync(ComplexWorld.ManagerAPhone))
            .Count(m => m.DedupKey.StartsWith($"document:{a.Id}:", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task A_resend_to_a_complex_still_unreachable_says_so_and_never_that_it_was_sent()
    {
        var document = await world.SendAsync("연락처 없는 단지 재발송", ["D"]);
        var officer = await world.SignedInAsync("officer");
        var (_, page) = await officer.GetAsync($"/admin/Documents/Details/{document.Id}");

        var (resent, _) = await officer.SubmitAsync(page, new Dictionary<string, string>(), ResendUnread(page));
        var (_, after) = await officer.GetAsync(resent.Headers.Location!.OriginalString);

        Assert.Null(after.QuerySelector("[data-field='resent']"));
        Assert.Contains("1개 단지는", after.QuerySelector("[data-field='unreachable']")!.TextContent);
        var delivery = (await world.DocumentAsync(document.Id))!.Deliveries.Single();
        Assert.Equal((DeliveryStatus.Sent, 0, true), (delivery.Status, delivery.NotificationCount, delivery.Unreachable));
    }

    private static string ResendUnread(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelector("form[action*='handler=ResendUnread']")!.GetAttribute("action")!;

    private static string Normalized(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
