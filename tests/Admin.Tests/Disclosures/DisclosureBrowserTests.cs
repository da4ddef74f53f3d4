using Admin.Tests.Support;
using OpenQA.Selenium;

namespace Admin.Tests.Disclosures;

/// <summary>The disclosure world listening on 127.0.0.1 for the browser tests.</summary>
public sealed class LiveDisclosureWorld() : DisclosureWorld(live: true);

public sealed class DisclosureBrowserTests(LiveDisclosureWorld world) : IClassFixture<LiveDisclosureWorld>
{
    [BrowserFact]
    public void An_officer_finds_a_complex_and_reads_its_charts_without_javascript_help()
    {
        using var browser = new Chromium();

        browser.SignIn(world.BaseAddress, "officer", Api.Tests.Support.HousingApiFactory.Password);
        Go(browser, "/admin/Disclosures");
        browser.Type("#q", "여의도");
        browser.ClickToNewPage("form[role='search'] button[type='submit']");
        browser.Screenshot(Screenshots.PathOf("disclosures-picker"));
        browser.ClickToNewPage($"tr[data-complex='{world.ComplexId}'] a");

        var chart = browser.Find("[data-chart='groups'] > svg");
        Assert.True(chart.Size.Width > 600, $"The chart is drawn {chart.Size.Width} px wide.");
        Assert.Equal(2, browser.Driver.FindElements(By.CssSelector("[data-chart='groups'] g[data-series='CommonFee'] path")).Count);
        Assert.False(browser.Find("table[data-table='groups']").Displayed);
        browser.Screenshot(Screenshots.PathOf("disclosures-complex"));
        browser.Find("[data-chart='groups'] details summary").Click();
        Assert.True(browser.Find("table[data-table='groups']").Displayed);
    }

    private void Go(Chromium browser, string path) => browser.Driver.Navigate().GoToUrl(world.BaseAddress + path);
}
