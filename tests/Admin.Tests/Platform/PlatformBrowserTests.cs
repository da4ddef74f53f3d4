using Admin.Tests.Support;

namespace Admin.Tests.Platform;

/// <summary>The platform world listening on 127.0.0.1 for the browser tests.</summary>
public sealed class LivePlatformWorld() : PlatformWorld(live: true);

public sealed class PlatformBrowserTests(LivePlatformWorld world) : IClassFixture<LivePlatformWorld>
{
    [BrowserFact]
    public void An_admin_finds_a_user_registers_an_api_client_and_reads_the_jobs_and_the_outbox()
    {
        using var browser = new Chromium();

        browser.SignIn(world.BaseAddress, "admin", Api.Tests.Support.HousingApiFactory.Password);
        Go(browser, "/admin/Platform/Users");
        browser.Screenshot(Screenshots.PathOf("platform-users"));

        Go(browser, "/admin/Platform/ApiClients/New");
        browser.Type("#Input_ClientId", "lh-resident-app");
        browser.Type("#Input_Name", "LH 내친구 입주민 앱");
        browser.ClickToNewPage("main form button[type='submit']");
        Assert.True(browser.Find("[data-field='secret']").Text.Length >= 32);
        browser.Screenshot(Screenshots.PathOf("platform-api-client-secret"));

        Go(browser, "/admin/Platform/Jobs");
        Assert.NotEmpty(browser.Find("tr[data-job='outbox-dispatch'] [data-field='next-run']").Text);
        browser.Screenshot(Screenshots.PathOf("platform-jobs"));

        Go(browser, "/admin/Platform/Outbox?status=Failed");
        browser.Submit("handler=Resend");
        Go(browser, "/admin/Platform/Outbox");
        browser.Screenshot(Screenshots.PathOf("platform-outbox"));
    }

    private void Go(Chromium browser, string path) => browser.Driver.Navigate().GoToUrl(world.BaseAddress + path);
}
