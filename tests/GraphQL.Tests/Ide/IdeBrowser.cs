using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace GraphQL.Tests.Ide;

/// <summary>Debian's headless Chromium driven by its chromedriver, with a throwaway profile.</summary>
internal sealed class IdeBrowser : IDisposable
{
    public const string Binary = "/usr/bin/chromium";
    public const string DriverPath = "/usr/bin/chromedriver";

    private readonly string _profile = Path.Combine(Path.GetTempPath(), "graphql-ide-chromium", Guid.NewGuid().ToString("N"));

    public IdeBrowser(int width, int height)
    {
        var options = new ChromeOptions { BinaryLocation = Binary };
        options.AddArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", $"--user-data-dir={_profile}",
            $"--window-size={width},{height}", "--lang=en-US");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(DriverPath)!, Path.GetFileName(DriverPath));
        service.HideCommandPromptWindow = true;
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    public ChromeDriver Driver { get; }

    public static bool IsInstalled => File.Exists(Binary) && File.Exists(DriverPath);

    public IWebElement Find(string css) => Driver.FindElement(By.CssSelector(css));

    /// <summary>Waits until <paramref name="condition"/> holds, failing with <paramref name="what"/> after 20 seconds.</summary>
    public void WaitFor(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (condition())
                {
                    return;
                }
            }
            catch (WebDriverException)
            {
                // The element is not there yet or was just replaced.
            }

            Thread.Sleep(50);
        }

        throw new TimeoutException("Timed out waiting for " + what + ".");
    }

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
        if (Directory.Exists(_profile))
        {
            Directory.Delete(_profile, recursive: true);
        }
    }
}

/// <summary>A browser test: skipped, saying why, where Chromium is missing, except on CI where it must run.</summary>
public sealed class IdeBrowserFactAttribute : FactAttribute
{
    public IdeBrowserFactAttribute()
    {
        if (!IdeBrowser.IsInstalled && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = $"The IDE browser test needs {IdeBrowser.Binary} and {IdeBrowser.DriverPath} (Debian packages chromium and chromium-driver).";
        }
    }
}
