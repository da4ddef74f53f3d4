using System.Text;
using Admin.Tests.Support;
using Api.Tests.Support;
using Housing.Domain.Common;
using Housing.Domain.Disclosures;
using Housing.Domain.Documents;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;

namespace Admin.Tests.Documents;

/// <summary>The host listening on 127.0.0.1 for the browser tests of documents and managers.</summary>
public sealed class LiveComplexWorld() : ComplexWorld(live: true);

public sealed class DocumentJourneyTests(LiveComplexWorld world) : IClassFixture<LiveComplexWorld>
{
    [BrowserFact]
    public async Task An_officer_sends_a_document_a_manager_reads_and_replies_with_a_file_and_the_officer_sees_the_reply()
    {
        await world.SendAsync("2027년 공동주택 보조금 지원 신청 안내", ["A", "B", "C", "D"], requiresReply: false);
        using var browser = new Chromium();
        var due = KoreanCalendar.Today(TimeProvider.System).AddDays(14);

        browser.SignIn(world.BaseAddress, "officer", HousingApiFactory.Password);
        Go(browser, "/admin/Documents/Compose");
        browser.Type("#Input_Department", "주택과");
        browser.Type("#Input_Title", "해빙기 공동주택 안전점검 결과 제출 요청");
        browser.Find("#Input_Category option[value='Inspection']").Click();
        browser.Type("#Input_Body", "해빙기 옹벽·석축 및 지하주차장 안전점검을 실시하고 결과를 회신하여 주시기 바랍니다.");
        browser.Find("#Input_RequiresReply").Click();
        browser.SetDate("#Input_ReplyDueDate", due);
        browser.Find("#Input_HeatingType option[value='District']").Click();
        browser.Type("#Input_MinHouseholds", "1000");
        browser.Screenshot(Screenshots.PathOf("documents-compose"));
        browser.ClickToNewPage("button[value='preview']");
        Assert.Equal(["당산 래미안"], browser.Driver.FindElements(By.CssSelector("[data-recipient]")).Select(e => e.Text));
        browser.Screenshot(Screenshots.PathOf("documents-compose-preview"));
        browser.ClickToNewPage("button[value='send']");
        var trackingPath = new Uri(browser.Driver.Url).AbsolutePath;
        Assert.StartsWith("/admin/Documents/Details/", trackingPath, StringComparison.OrdinalIgnoreCase);
        var number = browser.Find("[data-field='number']").Text;
        Assert.StartsWith("주택과-", number);

        browser.Submit("Account/SignOut");
        browser.SignIn(world.BaseAddress, "manager.a", HousingApiFactory.Password);
        Go(browser, "/admin/Manager/Inbox");
        browser.Screenshot(Screenshots.PathOf("manager-inbox"));
        browser.ClickToNewPage($"tr.unread a");
        Assert.Equal(number, browser.Find("[data-field='number']").Text);
        var report = Path.Combine(Path.GetTempPath(), "housing-journey", "안전점검 결과.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(report)!);
        await File.WriteAllBytesAsync(report, Encoding.ASCII.GetBytes("%PDF-1.4\n% 해빙기 안전점검 결과\n%%EOF\n"));
        browser.Type("#Reply_Body", "옹벽과 석축, 지하주차장을 점검하였으며 이상이 없습니다. 점검 결과표를 붙임과 같이 제출합니다.");
        browser.Find("#Uploads").SendKeys(report);
        browser.Screenshot(Screenshots.PathOf("manager-inbox-reply"));
        browser.ClickToNewPage("main form[enctype='multipart/form-data'] button[type='submit']");
        Assert.Contains("점검 결과표", browser.Find("[data-section='reply'] [data-field='reply']").Text);

        browser.Submit("Account/SignOut");
        browser.SignIn(world.BaseAddress, "officer", HousingApiFactory.Password);
        Go(browser, trackingPath);
        Assert.Equal("1", browser.Find("[data-count='replied'] strong").Text);
        var row = browser.Find("tr[data-delivery]");
        Assert.Equal("Replied", row.GetAttribute("data-status"));
        row.FindElement(By.CssSelector("summary")).Click();
        Assert.Equal("안전점검 결과.pdf", row.FindElement(By.CssSelector("details a")).Text);
        browser.Screenshot(Screenshots.PathOf("documents-tracking"));
        Go(browser, "/admin/Documents");
        browser.Screenshot(Screenshots.PathOf("documents-sent"));

        var document = (await world.DocumentTitledAsync("해빙기 공동주택 안전점검 결과 제출 요청"))!;
        Assert.Equal(DeliveryStatus.Replied, document.Deliveries.Single().Status);
        Assert.Equal("안전점검 결과.pdf", document.Deliveries.Single().Reply!.Attachments.Single().FileName);
    }

    [BrowserFact]
    public async Task A_manager_files_a_month_of_fees_sees_the_unusual_item_flagged_and_files_it()
    {
        using var browser = new Chromium();
        var month = YearMonth.From(KoreanCalendar.Today(TimeProvider.System)).AddMonths(-1);

        browser.SignIn(world.BaseAddress, "manager.b", HousingApiFactory.Password);
        Go(browser, "/admin/Manager/Disclosures/File");
        foreach (var (code, amount) in ComplexWorld.UsualAmounts)
            browser.Type($"#amount-{code}", (code == "LABOR" ? amount * 2 : amount).ToString("N0"));
        browser.Type("#amount-REPAIR_RESERVE_BALANCE", (world.LastBalance + 15_000_000).ToString("N0"));
        browser.Type("#Input_RepairReserveRate", "0.5");
        browser.ClickToNewPage("button[value='check']");
        Assert.Equal(["LABOR"], browser.Driver.FindElements(By.CssSelector("[data-outlier]")).Select(e => e.GetAttribute("data-outlier")));
        browser.Screenshot(Screenshots.PathOf("manager-disclosure-filing"));
        browser.ClickToNewPage("button[value='file']");
        Assert.Contains(month.ToString(), browser.Find("[data-field='filed']").Text);

        var filed = await world.WithServicesAsync(sp => sp.GetRequiredService<DisclosureService>().GetMonthAsync(world.Complexes["B"].Id, month));
        Assert.Equal(84_000_000, filed!.AmountOf("LABOR"));
        Assert.Equal(["LABOR"], filed.Flags.Select(f => f.ItemCode));
    }

    private void Go(Chromium browser, string path) => browser.Driver.Navigate().GoToUrl(world.BaseAddress + path);
}
