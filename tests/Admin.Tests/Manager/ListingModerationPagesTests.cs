using System.Net;
using Admin.Tests.Documents;
using Admin.Tests.Support;
using AngleSharp.Html.Dom;
using Housing.Domain.Common;
using Housing.Domain.Listings;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Manager;

public sealed class ListingModerationPagesTests(ComplexWorld world) : IClassFixture<ComplexWorld>
{
    private const string Page = "/admin/Manager/Listings";

    private Task<Listing?> StoredAsync(Guid id) => world.WithServicesAsync(sp =>
    {
        var store = sp.GetRequiredService<IHousingStore>();
        return store.FirstOrDefaultAsync(store.Query<Listing>().Where(l => l.Id == id));
    });

    private static IEnumerable<string?> ListingIds(IHtmlDocument page) => page.QuerySelectorAll("[data-listing]").Select(s => s.GetAttribute("data-listing"));

    [Fact]
    public async Task Officers_and_welfare_staff_are_refused_and_anonymous_visitors_sent_to_sign_in()
    {
        foreach (var user in new[] { "officer", "worker" })
            AdminBrowser.AssertRedirectsTo((await (await world.SignedInAsync(user)).GetAsync(Page)).Response, "http://localhost/admin/Account/AccessDenied");
        AdminBrowser.AssertRedirectsTo((await new AdminBrowser(world.Factory).GetAsync(Page)).Response, "http://localhost/admin/Account/SignIn");
    }

    [Fact]
    public async Task The_queue_shows_only_the_managers_complex_most_reported_first_with_reasons_and_counts()
    {
        var a = await world.MoveInResidentsAsync("A", "201동", 4);
        var b = await world.MoveInResidentsAsync("B", "301동", 2);
        var once = await world.ListAndReportAsync(a[0], "자전거", (a[1], "사진이 다른 물건입니다"));
        var thrice = await world.ListAndReportAsync(a[1], "건강식품", (a[0], "허위 효능 광고"), (a[2], "의약품 판매 같아요"), (a[3], "광고성 글"));
        var unreported = await world.ListAndReportAsync(a[2], "책상");
        var elsewhere = await world.ListAndReportAsync(b[0], "문래 유모차", (b[1], "사기 의심"));
        var manager = await world.SignedInAsync("manager.a");

        var (response, page) = await manager.GetAsync(Page);
        var (_, all) = await manager.GetAsync($"{Page}?filter=All");
        var (_, english) = await manager.GetAsync($"{Page}?culture=en-US&ui-culture=en-US");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = ListingIds(page).ToList();
        Assert.True(shown.IndexOf(thrice.Id.ToString()) < shown.IndexOf(once.Id.ToString()));
        Assert.DoesNotContain(unreported.Id.ToString(), shown);
        Assert.DoesNotContain(elsewhere.Id.ToString(), shown);
        var row = page.QuerySelector($"[data-listing='{thrice.Id}']")!;
        Assert.Equal("신고 3건", row.QuerySelector("[data-field='report-count']")!.TextContent);
        Assert.Equal("201동 입주민2", row.QuerySelector("[data-field='seller']")!.TextContent);
        Assert.Equal(3, row.QuerySelectorAll("[data-field='reasons'] li").Length);
        Assert.Contains("허위 효능 광고", row.QuerySelector("[data-field='reasons']")!.TextContent);
        Assert.Contains(unreported.Id.ToString(), ListingIds(all));
        Assert.DoesNotContain(elsewhere.Id.ToString(), ListingIds(all));
        Assert.NotNull(page.QuerySelector("nav.side a[data-nav='Nav_ManagerListings']"));
        Assert.Equal("Listing moderation", english.QuerySelector("h1")!.TextContent);
        Assert.Equal("Reports: 3", english.QuerySelector($"[data-listing='{thrice.Id}'] [data-field='report-count']")!.TextContent);
    }

    [Fact]
    public async Task Hiding_needs_a_reason_next_to_its_field_keeps_what_was_typed_then_hides_and_restores_with_who_and_when()
    {
        var a = await world.MoveInResidentsAsync("A", "202동", 2);
        var listing = await world.ListAndReportAsync(a[0], "중고 노트북", (a[1], "도난품 같습니다"));
        var manager = await world.SignedInAsync("manager.a");
        var (_, page) = await manager.GetAsync(Page);
        var hide = page.QuerySelector($"[data-listing='{listing.Id}'] form[action*='handler=Hide']")!.GetAttribute("action")!;
        var tooLong = new string('가', 501);

        var (missing, missingPage) = await manager.SubmitAsync(page, new Dictionary<string, string>
        {
            ["listingId"] = listing.Id.ToString(), ["Hide.Reason"] = " ",
        }, hide);
        var (_, longPage) = await manager.SubmitAsync(page, new Dictionary<string, string>
        {
            ["listingId"] = listing.Id.ToString(), ["Hide.Reason"] = tooLong,
        }, hide);

        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Equal("숨기는 사유 항목을 입력하세요.", missingPage.QuerySelector($"[data-listing='{listing.Id}'] [data-valmsg-for='Hide.Reason']")!.TextContent);
        Assert.Contains("500자 이하", longPage.QuerySelector($"[data-listing='{listing.Id}'] [data-valmsg-for='Hide.Reason']")!.TextContent);
        Assert.Equal(tooLong, longPage.QuerySelector($"[data-listing='{listing.Id}'] textarea")!.TextContent);
        Assert.Equal(ListingStatus.Open, (await StoredAsync(listing.Id))!.Status);

        var (hidden, _) = await manager.SubmitAsync(page, new Dictionary<string, string>
        {
            ["listingId"] = listing.Id.ToString(), ["Hide.Reason"] = "도난품 의심 신고가 있어 확인될 때까지 숨깁니다.",
        }, hide);

        AdminBrowser.AssertRedirectsTo(hidden, Page);
        var stored = (await StoredAsync(listing.Id))!;
        Assert.Equal((ListingStatus.Hidden, "도난품 의심 신고가 있어 확인될 때까지 숨깁니다.", world.Users["manager.a"].UserId),
            (stored.Status, stored.HiddenReason, stored.HiddenByUserId!.Value));
        var (_, reported) = await manager.GetAsync(hidden.Headers.Location!.OriginalString);
        Assert.DoesNotContain(listing.Id.ToString(), ListingIds(reported));
        var (_, hiddenList) = await manager.GetAsync($"{Page}?filter=Hidden");
        Assert.Contains("래미안 관리소장", hiddenList.QuerySelector($"[data-listing='{listing.Id}'] [data-field='hidden']")!.TextContent);

        var other = await world.SignedInAsync("manager.a2");
        var (_, othersList) = await other.GetAsync($"{Page}?filter=Hidden");
        var restore = othersList.QuerySelector($"[data-listing='{listing.Id}'] form[action*='handler=Restore']")!.GetAttribute("action")!;
        var (restored, _) = await other.SubmitAsync(othersList, new Dictionary<string, string> { ["listingId"] = listing.Id.ToString() }, restore);

        AdminBrowser.AssertRedirectsTo(restored, Page);
        stored = (await StoredAsync(listing.Id))!;
        Assert.Equal((ListingStatus.Open, null, world.Users["manager.a2"].UserId), (stored.Status, stored.HiddenReason, stored.RestoredByUserId!.Value));
        Assert.NotNull(stored.RestoredAt);
    }

    [Fact]
    public async Task A_manager_cannot_moderate_another_complexs_listing_even_by_a_crafted_post()
    {
        var b = await world.MoveInResidentsAsync("B", "302동", 2);
        var listing = await world.ListAndReportAsync(b[0], "문래 전동킥보드", (b[1], "위험 물품"));
        var manager = await world.SignedInAsync("manager.a");
        var (_, page) = await manager.GetAsync(Page);

        var (response, _) = await manager.PostAsync(page, $"{Page}?handler=Hide", new Dictionary<string, string>
        {
            ["listingId"] = listing.Id.ToString(), ["Hide.Reason"] = "관리 단지 아님",
        });
        var (other, _) = await manager.GetAsync($"{Page}?complex={world.Complexes["B"].Id}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(ListingStatus.Open, (await StoredAsync(listing.Id))!.Status);
    }
}
