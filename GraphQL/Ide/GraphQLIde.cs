using System.Net;
using System.Security.Cryptography;
using System.Text;
using GraphQL.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace GraphQL.Ide;

/// <summary>How the browser IDE presents itself.</summary>
public sealed class GraphQLIdeOptions
{
    /// <summary>The page title and the name in its header bar. Default "GraphQL".</summary>
    public string Title { get; set; } = "GraphQL";
}

/// <summary>
/// A GraphQL IDE for browsers, one self-contained page built from embedded resources (plain JavaScript and CSS, no CDN, no
/// framework, so it works offline): a query editor with syntax highlighting and completion from the schema, variables and
/// headers panes, a run button, the result, a documentation explorer built from introspection, and a history kept in
/// the browser's local storage. It posts to the address it is served from.
/// </summary>
public sealed class GraphQLIde
{
    private readonly byte[] _page;
    private readonly string _contentSecurityPolicy;

    /// <summary>Builds the page once.</summary>
    public GraphQLIde(GraphQLIdeOptions? options = null)
    {
        options ??= new GraphQLIdeOptions();
        var style = Resource("ide.css");
        var script = Resource("ide.js");
        var html = Resource("ide.html")
            .Replace("{{title}}", WebUtility.HtmlEncode(options.Title), StringComparison.Ordinal)
            .Replace("{{style}}", style, StringComparison.Ordinal)
            .Replace("{{script}}", script, StringComparison.Ordinal);
        _page = Encoding.UTF8.GetBytes(html);

        // Only this page's own script and style run; it talks to its own origin and nothing else.
        _contentSecurityPolicy = "default-src 'none'; script-src '" + Sha256(script) + "'; style-src '" + Sha256(style)
            + "'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";
    }

    /// <summary>Answers a browser's GET with the page.</summary>
    public async Task ServeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = _page.Length;
        response.Headers[HeaderNames.CacheControl] = "no-cache";
        response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        response.Headers[HeaderNames.ContentSecurityPolicy] = _contentSecurityPolicy;
        response.Headers["Referrer-Policy"] = "no-referrer";
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(_page, context.RequestAborted);
        }
    }

    private static string Sha256(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string Resource(string name)
    {
        using var stream = typeof(GraphQLIde).Assembly.GetManifestResourceStream("GraphQL.Ide." + name)
            ?? throw new InvalidOperationException("The IDE resource " + name + " is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

/// <summary>Serves the IDE from a GraphQL endpoint, in <c>MapGraphQL</c>'s options.</summary>
public static class GraphQLIdeExtensions
{
    /// <summary>
    /// Answers <c>GET</c> requests that accept <c>text/html</c> and carry no operation with the IDE; every other request
    /// is GraphQL over HTTP as before.
    /// </summary>
    /// <example><c>app.MapGraphQL("/graphql", o => o.UseGraphQLIde(ide => ide.Title = "Housing GraphQL"));</c></example>
    public static GraphQLHttpOptions UseGraphQLIde(this GraphQLHttpOptions options, Action<GraphQLIdeOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var ideOptions = new GraphQLIdeOptions();
        configure?.Invoke(ideOptions);
        options.BrowserTool = new GraphQLIde(ideOptions).ServeAsync;
        return options;
    }
}
