using GraphQL.Tests.Http;
using OpenQA.Selenium;

namespace GraphQL.Tests.Ide;

/// <summary>The IDE in headless Chromium: complete a query from the schema, run it, read the result, browse the docs, find it in history.</summary>
public sealed class GraphQLIdeBrowserTests
{
    [IdeBrowserFact]
    public async Task Type_complete_run_and_browse_the_docs()
    {
        await using var server = await IdeTestServer.StartAsync();
        using var browser = new IdeBrowser(1440, 860);
        var driver = browser.Driver;
        driver.Navigate().GoToUrl(new Uri(server.Address, "graphql"));
        browser.WaitFor(() => browser.Find("#docs-body h2").Text == "Schema", "the schema to load into the docs");

        var editor = browser.Find("#query");
        driver.ExecuteScript("arguments[0].value = ''; arguments[0].dispatchEvent(new Event('input'));", editor);
        editor.SendKeys("query FirstBook {\n  boo");
        browser.WaitFor(() => browser.Find("#completion").Displayed, "the completion list");
        var suggestions = driver.FindElements(By.CssSelector("#completion li .label")).Select(e => e.Text).ToList();
        editor.SendKeys(Keys.Tab);
        editor.SendKeys("(id: \"1\") {\n    title\n    year\n    author {\n      name\n    }\n  }\n}\n");
        editor.SendKeys(Keys.Control + Keys.Enter);
        browser.WaitFor(() => browser.Find("#result").Text.Contains("Pride and Prejudice", StringComparison.Ordinal), "the result");

        browser.Find("#docs-body a.type-name").Click();
        browser.WaitFor(() => browser.Find("#docs-body h2").Text == "Query", "the Query type in the docs");
        driver.FindElements(By.CssSelector("#docs-body a.type-name")).First(a => a.Text == "Book").Click();
        browser.WaitFor(() => browser.Find("#docs-body h2").Text == "Book", "the Book type in the docs");
        var bookDocs = browser.Find("#docs-body").Text;
        browser.Find("#toggle-history").Click();
        var history = browser.Find("#history-list").Text;
        browser.Find("#toggle-history").Click();

        Assert.Equal(["book", "books"], suggestions);
        Assert.StartsWith("query FirstBook {\n  book(id: \"1\")", editor.GetAttribute("value"), StringComparison.Ordinal);
        Assert.Contains("\"author\": {", browser.Find("#result").Text, StringComparison.Ordinal);
        Assert.StartsWith("200", browser.Find("#status").Text, StringComparison.Ordinal);
        Assert.Contains("A book in the library.", bookDocs, StringComparison.Ordinal);
        Assert.Contains("title: String!", bookDocs, StringComparison.Ordinal);
        Assert.Contains("Who wrote it.", bookDocs, StringComparison.Ordinal);
        Assert.Contains("FirstBook", history, StringComparison.Ordinal);
        Assert.Equal("t-field", browser.Find("#query-editor pre code span.t-field").GetAttribute("class"));

        ((ITakesScreenshot)driver).GetScreenshot().SaveAsFile(ScreenshotPath());
    }

    [IdeBrowserFact]
    public async Task Variables_and_headers_are_sent_and_errors_are_shown()
    {
        await using var server = await IdeTestServer.StartAsync();
        using var browser = new IdeBrowser(1280, 800);
        var driver = browser.Driver;
        driver.Navigate().GoToUrl(new Uri(server.Address, "graphql"));
        browser.WaitFor(() => browser.Find("#docs-body h2").Text == "Schema", "the schema to load");

        SetValue(browser, "#query", "query($id: ID!) { book(id: $id) { title } }");
        SetValue(browser, "#variables", "{\"id\": \"2\"}");
        browser.Find("#tab-headers").Click();
        SetValue(browser, "#headers", "{\"GraphQL-Cost\": \"report\"}");
        browser.Find("#run").Click();
        browser.WaitFor(() => browser.Find("#result").Text.Contains("Emma", StringComparison.Ordinal), "the result");
        var withCost = browser.Find("#result").Text;
        SetValue(browser, "#variables", "{\"id\": ");
        browser.Find("#run").Click();
        browser.WaitFor(() => browser.Find("#status").Text == "Invalid JSON", "the JSON error");

        Assert.Contains("\"operationCost\"", withCost, StringComparison.Ordinal);
    }

    [IdeBrowserFact]
    public async Task Prettify_search_and_history_reload()
    {
        await using var server = await IdeTestServer.StartAsync();
        using var browser = new IdeBrowser(1280, 800);
        var driver = browser.Driver;
        driver.Navigate().GoToUrl(new Uri(server.Address, "graphql"));
        browser.WaitFor(() => browser.Find("#docs-body h2").Text == "Schema", "the schema to load");

        SetValue(browser, "#query", "query Two{books{title author{name}}}");
        browser.Find("#prettify").Click();
        var pretty = browser.Find("#query").GetAttribute("value");
        browser.Find("#run").Click();
        browser.WaitFor(() => browser.Find("#result").Text.Contains("Emma", StringComparison.Ordinal), "the result");
        SetValue(browser, "#query", "{ authors { name } }");
        browser.Find("#toggle-history").Click();
        browser.Find("#history-list button").Click();
        var reloaded = browser.Find("#query").GetAttribute("value");
        browser.Find("#docs-search").SendKeys("year");
        browser.WaitFor(() => browser.Find("#docs-body").Text.Contains("Book.year", StringComparison.Ordinal), "the search result");

        Assert.Equal("query Two {\n  books {\n    title\n    author {\n      name\n    }\n  }\n}\n", pretty);
        Assert.Equal(pretty, reloaded);
    }

    [IdeBrowserFact]
    public async Task Completion_knows_arguments_input_fields_and_enum_values()
    {
        await using var server = await IdeTestServer.StartAsync();
        using var browser = new IdeBrowser(1280, 800);
        var driver = browser.Driver;
        driver.Navigate().GoToUrl(new Uri(server.Address, "graphql"));
        browser.WaitFor(() => browser.Find("#docs-body h2").Text == "Schema", "the schema to load");
        var editor = browser.Find("#query");

        var arguments = Suggest(browser, editor, "{ books(");
        var inputFields = Suggest(browser, editor, "{ books(filter: { ye");
        var enumValues = Suggest(browser, editor, "{ books(order: N");
        var nested = Suggest(browser, editor, "{ authors { books { ti");

        Assert.Equal(["filter", "order"], arguments);
        Assert.Equal(["year"], inputFields);
        Assert.Equal(["NEWEST"], enumValues);
        Assert.Equal(["title"], nested);
    }

    private static List<string> Suggest(IdeBrowser browser, IWebElement editor, string text)
    {
        SetValue(browser, "#query", "");
        editor.SendKeys(text);
        browser.WaitFor(() => browser.Find("#completion").Displayed, "suggestions for " + text);
        var labels = browser.Driver.FindElements(By.CssSelector("#completion li .label")).Select(e => e.Text).ToList();
        editor.SendKeys(Keys.Escape);
        return labels;
    }

    private static void SetValue(IdeBrowser browser, string css, string value) =>
        browser.Driver.ExecuteScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", browser.Find(css), value);

    // docs/ide.png when UPDATE_SCREENSHOTS=1 asks for the committed picture, otherwise a temporary file.
    private static string ScreenshotPath()
    {
        if (Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") != "1")
        {
            return Path.Combine(Path.GetTempPath(), "graphql-ide.png");
        }

        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Housing.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? AppContext.BaseDirectory, "docs", "ide.png");
    }
}
