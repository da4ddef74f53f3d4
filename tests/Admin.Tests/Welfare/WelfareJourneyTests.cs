using Admin.Tests.Support;
using Housing.Domain.Welfare;
using OpenQA.Selenium;

namespace Admin.Tests.Welfare;

/// <summary>The host listening on 127.0.0.1 for the browser tests.</summary>
public sealed class LiveWelfareWorld() : WelfareWorld(live: true);

public sealed class WelfareJourneyTests(LiveWelfareWorld world) : IClassFixture<LiveWelfareWorld>
{
    [BrowserFact]
    public async Task A_case_is_opened_assessed_served_referred_accepted_by_another_center_and_closed()
    {
        foreach (var (name, daysAgo, crisis) in new[] { ("김영희", 35, CrisisType.SubstandardHousing), ("이철수", 12, CrisisType.UtilityCutOff), ("박민수", 2, CrisisType.HomelessnessRisk) })
            await world.OpenCaseAsync("worker.b", name, daysAgo, crisis: crisis);
        using var browser = new Chromium();
        var today = Housing.Domain.Common.KoreanCalendar.Today(TimeProvider.System);

        SignIn(browser, "worker.a");
        Go(browser, "/admin/Welfare/Cases/New");
        browser.Screenshot(Screenshots.PathOf("welfare-intake"));
        browser.Type("#Input_Name", "홍길동");
        browser.SetDate("#Input_BirthDate", new DateOnly(1971, 12, 31));
        browser.Type("#Input_Phone", "010-1234-5678");
        browser.Find("#Input_IncomeLevel option[value='NearPoverty']").Click();
        browser.Find("input[name='Input.Crises'][value='RentArrears']").Click();
        browser.Find("input[name='Input.Crises'][value='Eviction']").Click();
        browser.Find("#Input_Urgency option[value='High']").Click();
        browser.Type("#Input_PresentingProblem", "월세 3개월 체납으로 퇴거 통보를 받음");
        browser.ClickToNewPage("main form button[type='submit']");
        var casePath = new Uri(browser.Driver.Url).AbsolutePath;
        Assert.StartsWith("/admin/Welfare/Cases/Details/", casePath, StringComparison.OrdinalIgnoreCase);
        var caseId = Guid.Parse(casePath.Split('/')[^1]);

        browser.Type("#Assessment_Needs", "체납 월세 해소와 안정적인 거처");
        browser.Type("#Assessment_HousingCondition", "반지하 원룸, 습기");
        browser.Submit("handler=Assessment");
        browser.Type("#Plan_Participants", "사례관리자, 주민센터 복지플래너");
        browser.Type("#Plan_Goals", "체납 월세 정리\n매입임대주택 신청");
        browser.Submit("handler=Plan");
        browser.Find("#Service_Type option[value='EmergencyHousingCost']").Click();
        browser.Type("#Service_Provider", "영등포구청 긴급복지");
        browser.Type("#Service_Amount", "900000");
        browser.SetDate("#Service_Date", today);
        browser.Submit("handler=Service");
        Assert.Equal("900,000 원", browser.Find("[data-field='service-total']").Text);
        browser.Screenshot(Screenshots.PathOf("welfare-case"));

        browser.Find($"#Refer_ToCenterId option[value='{world.CenterB}']").Click();
        browser.Type("#Refer_Reason", "동작구로 전입하여 관할 센터로 의뢰");
        browser.Submit("handler=Refer");
        Assert.Contains(browser.Driver.FindElements(By.CssSelector("[data-referral]")), r => r.Text.Contains("답변 대기"));

        browser.ClickToNewPage("h1 a");
        browser.Screenshot(Screenshots.PathOf("welfare-client-masked"));
        Assert.Equal("홍*동", browser.Find("[data-field='name']").Text);
        browser.Type("#Reason", "주거급여 신청서 작성");
        browser.ClickToNewPage("main form button[type='submit']");
        Assert.Equal("홍길동", browser.Find("[data-field='name']").Text);
        Assert.Equal("010-1234-5678", browser.Find("[data-field='phone']").Text);

        browser.Submit("Account/SignOut");
        SignIn(browser, "worker.b");
        Go(browser, $"/admin/Welfare/Cases/Details/{caseId}");
        browser.Submit("handler=Accept");
        Assert.Equal("최동작", browser.Find("[data-field='worker']").Text);
        browser.Find("#Close_Outcome option[value='Resolved']").Click();
        browser.Type("#Close_Summary", "매입임대주택 입주로 주거 안정");
        browser.Submit("handler=Close");
        Assert.Equal("해결: 매입임대주택 입주로 주거 안정", browser.Find("[data-field='outcome']").Text);

        var closed = await world.CaseAsync(caseId);
        Assert.Equal(CaseStatus.Closed, closed.Status);
        Assert.Equal(world.CenterB, closed.CenterId);
        Assert.Equal(900000, closed.TotalServiceAmount);
        Assert.Equal(ReferralStatus.Accepted, closed.Referrals.Single().Status);

        Go(browser, "/admin/Welfare");
        browser.Screenshot(Screenshots.PathOf("welfare-dashboard"));
        Go(browser, "/admin/Welfare/Cases");
        browser.Screenshot(Screenshots.PathOf("welfare-cases"));
    }

    private void Go(Chromium browser, string path) => browser.Driver.Navigate().GoToUrl(world.BaseAddress + path);

    private void SignIn(Chromium browser, string userName)
    {
        Go(browser, "/admin/Account/SignIn");
        browser.Type("#Input_UserName", userName);
        browser.Type("#Input_Password", Api.Tests.Support.HousingApiFactory.Password);
        browser.ClickToNewPage("main form button[type='submit']");
        Assert.EndsWith("/admin", browser.Driver.Url, StringComparison.OrdinalIgnoreCase);
    }
}
