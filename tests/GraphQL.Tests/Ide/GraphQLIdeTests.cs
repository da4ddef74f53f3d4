using System.Net;
using System.Net.Http.Headers;
using GraphQL.Ide;
using GraphQL.Tests.Http;

namespace GraphQL.Tests.Ide;

/// <summary>The IDE page as HTTP: served to browsers only, self-contained, locked down by its content security policy.</summary>
public sealed class GraphQLIdeTests : IAsyncLifetime
{
    private KestrelHost _server = null!;

    public async Task InitializeAsync() => _server = await IdeTestServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_browser_get_receives_the_page()
    {
        var response = await GetAsync("graphql", "text/html,application/xhtml+xml,*/*;q=0.8");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<title>Library GraphQL</title>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"query\"", html, StringComparison.Ordinal);
        Assert.Contains("IntrospectionQuery", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_loads_nothing_from_elsewhere()
    {
        var response = await GetAsync("graphql", "text/html");
        var html = await response.Content.ReadAsStringAsync();
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();

        Assert.DoesNotContain(" src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.StartsWith("default-src 'none'; script-src 'sha256-", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Programs_asking_for_json_still_get_graphql()
    {
        var get = await GetAsync("graphql?query=" + Uri.EscapeDataString("{ books { title } }"), "text/html, application/json");
        var withoutQuery = await GetAsync("graphql", "application/json");

        Assert.Equal("application/json", get.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Pride and Prejudice", await get.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("application/json", withoutQuery.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_title_is_html_encoded()
    {
        var ide = new GraphQLIde(new GraphQLIdeOptions { Title = "<script>" });
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        using var body = new MemoryStream();
        context.Response.Body = body;

        await ide.ServeAsync(context);

        var html = System.Text.Encoding.UTF8.GetString(body.ToArray());
        Assert.Contains("<title>&lt;script&gt;</title>", html, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> GetAsync(string url, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd(accept);
        return await _server.Client.SendAsync(request);
    }
}
