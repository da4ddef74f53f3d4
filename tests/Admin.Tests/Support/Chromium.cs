using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Admin.Tests.Support;

/// <summary>Debian's headless Chromium driven by its chromedriver, with a fresh profile that is deleted on dispose.</summary>
public sealed class Chromium : IDisposable
{
    public const string Binary = "/usr/bin/chromium";
    public const string DriverPath = "/usr/bin/chromedriver";

    private readonly string _profile = Path.Combine(Path.GetTempPath(), "housing-chromium", Guid.NewGuid().ToString("N"));

    public Chromium(int width = 1280, int height = 1000)
    {
        var options = new ChromeOptions { BinaryLocation = Binary };
        options.AddArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", $"--user-data-dir={_profile}",
            $"--window-size={width},{height}", "--lang=ko-KR");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(DriverPath)!, Path.GetFileName(DriverPath));
        service.HideCommandPromptWindow = true;
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        Driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(60);
    }

    public ChromeDriver Driver { get; }

    public static bool IsInstalled => File.Exists(Binary) && File.Exists(DriverPath);

    public IWebElement Find(string css) => Driver.FindElement(By.CssSelector(css));

    public void Type(string css, string text)
    {
        var element = Find(css);
        element.Clear();
        element.SendKeys(text);
    }

    /// <summary>Sets a date field's value as a user's date picker would (typing into one depends on the locale).</summary>
    public void SetDate(string css, DateOnly date) =>
        Driver.ExecuteScript("arguments[0].value = arguments[1]", Find(css), date.ToString("yyyy-MM-dd"));

    /// <summary>Clicks the submit button of the form whose action contains <paramref name="actionPart"/>.</summary>
    public void Submit(string actionPart) => ClickToNewPage($"form[action*='{actionPart}'] button[type='submit']");

    /// <summary>Clicks what <paramref name="css"/> finds (a button or a link) and waits for the page it loads.</summary>
    public void ClickToNewPage(string css)
    {
        var page = Find("html");
        Find(css).Click();
        // The click returns before the answer arrives: wait until the old page is gone so later lookups see the new one.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            try { _ = page.TagName; }
            catch (WebDriverException) { return; } // stale, or "node does not belong to the document": the old page has gone
            Thread.Sleep(50);
        }
        throw new TimeoutException($"Clicking '{css}' did not load a new page within 30 s.");
    }

    /// <summary>Signs in through the admin's sign-in page of the host at <paramref name="baseAddress"/>.</summary>
    public void SignIn(string baseAddress, string userName, string password)
    {
        Driver.Navigate().GoToUrl(baseAddress + "/admin/Account/SignIn");
        Type("#Input_UserName", userName);
        Type("#Input_Password", password);
        ClickToNewPage("main form button[type='submit']");
    }

    /// <summary>Saves what the window shows as a PNG, resizing the window to the page's height first.</summary>
    public void Screenshot(string path)
    {
        var height = Convert.ToInt32(Driver.ExecuteScript("return document.documentElement.scrollHeight"), System.Globalization.CultureInfo.InvariantCulture);
        // The window's height includes the browser's own bars; the page needs its height on top of them.
        var bars = Convert.ToInt32(Driver.ExecuteScript("return window.outerHeight - window.innerHeight"), System.Globalization.CultureInfo.InvariantCulture);
        var size = Driver.Manage().Window.Size;
        Driver.Manage().Window.Size = new System.Drawing.Size(size.Width, Math.Clamp(height + bars + 20, 600, 6000));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Driver.GetScreenshot().SaveAsFile(path);
        Driver.Manage().Window.Size = size;
    }

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
        if (Directory.Exists(_profile))
            Directory.Delete(_profile, recursive: true);
    }
}

/// <summary>A browser test: skipped, saying why, where Chromium is not installed, except on CI where it must run.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Chromium.IsInstalled && Environment.GetEnvironmentVariable("CI") != "true")
            Skip = $"Browser tests need {Chromium.Binary} and {Chromium.DriverPath} (Debian packages chromium and chromium-driver).";
    }
}

/// <summary>
/// Where the admin's screenshots go: docs/screenshots of the repository when <c>UPDATE_SCREENSHOTS=1</c> asks
/// for new committed pictures, otherwise a temporary folder, so an ordinary test run leaves the work tree clean.
/// </summary>
public static class Screenshots
{
    public static string PathOf(string name)
    {
        if (Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") != "1")
            return Path.Combine(Path.GetTempPath(), "housing-admin-screenshots", name + ".png");
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Housing.sln")))
            dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? AppContext.BaseDirectory, "docs", "screenshots", name + ".png");
    }
}
