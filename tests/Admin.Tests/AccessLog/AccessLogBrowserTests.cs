using Admin.Tests.Support;
using Admin.Tests.Welfare;

namespace Admin.Tests.AccessLog;

public sealed class AccessLogBrowserTests(LiveWelfareWorld world) : IClassFixture<LiveWelfareWorld>
{
    [BrowserFact]
    public async Task A_center_manager_reads_the_months_entries_and_signs_off_last_month()
    {
        foreach (var (worker, client, reason) in new[]
                 {
                     ("worker.a", "홍길동", "주거급여 신청서 작성"), ("pager.a", "김영희", "매입임대 신청 서류 확인"),
                     ("worker.a", "이철수", "긴급 주거비 지원 심사"),
                 })
        {
            var (clientId, _) = await world.OpenCaseAsync(worker, client);
            await world.RevealAsync(worker, clientId, reason);
        }
        using var browser = new Chromium();

        browser.SignIn(world.BaseAddress, "manager.a", Api.Tests.Support.HousingApiFactory.Password);
        Go(browser, $"/admin/Welfare/AccessLog?month={AccessLogWorld.CurrentMonth}");
        Assert.Equal("true", browser.Find("[data-field='chain']").GetAttribute("data-intact"));
        browser.Screenshot(Screenshots.PathOf("access-log-review"));

        Go(browser, "/admin/Welfare/AccessLog");
        browser.Type("#SignOff_Findings", "이상 없음. 마스킹 해제 사유 모두 업무상 필요로 확인.");
        browser.Submit("handler=SignOff");
        Assert.Equal("이센터", browser.Find("[data-field='reviewer']").Text);
    }

    private void Go(Chromium browser, string path) => browser.Driver.Navigate().GoToUrl(world.BaseAddress + path);
}
