using Admin.Tests.Documents;
using Admin.Tests.Support;
using Api.Tests.Support;
using Housing.Domain.Common;
using Housing.Domain.Listings;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;

namespace Admin.Tests.Manager;

public sealed class ListingModerationBrowserTests(LiveComplexWorld world) : IClassFixture<LiveComplexWorld>
{
    [BrowserFact]
    public async Task A_manager_reads_the_reports_of_the_complexs_listings_and_hides_one_with_a_reason()
    {
        var r = await world.MoveInResidentsAsync("A", "105동", 5);
        var supplement = await world.ListAndReportAsync(r[0], "관절에 좋은 건강즙 30포",
            (r[1], "의약품처럼 효능을 광고합니다"), (r[2], "같은 글을 매일 올립니다"), (r[3], "외부 판매 사이트로 유도합니다"));
        await world.ListAndReportAsync(r[1], "아기 카시트 (2019년식)", (r[4], "사진과 실제 상태가 다르다는 말이 있습니다"));
        await world.ListAndReportAsync(r[4], "원목 책상 나눔해요");
        using var browser = new Chromium(1400, 1000);

        browser.SignIn(world.BaseAddress, "manager.a", HousingApiFactory.Password);
        browser.Driver.Navigate().GoToUrl(world.BaseAddress + "/admin/Manager/Listings");
        Assert.Equal("신고 3건", browser.Find($"[data-listing='{supplement.Id}'] [data-field='report-count']").Text);
        browser.Screenshot(Screenshots.PathOf("manager-listing-moderation"));
        browser.Type($"#reason-{supplement.Id}", "의약품 오인 광고로 신고가 여러 건 접수되어 숨깁니다.");
        browser.ClickToNewPage($"[data-listing='{supplement.Id}'] button[type='submit']");

        Assert.Empty(browser.Driver.FindElements(By.CssSelector($"[data-listing='{supplement.Id}']")));
        var stored = await world.WithServicesAsync(sp =>
        {
            var store = sp.GetRequiredService<IHousingStore>();
            return store.FirstOrDefaultAsync(store.Query<Listing>().Where(l => l.Id == supplement.Id));
        });
        Assert.Equal((ListingStatus.Hidden, "의약품 오인 광고로 신고가 여러 건 접수되어 숨깁니다."), (stored!.Status, stored.HiddenReason));
    }
}
