using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Api.Tests.Support;

namespace Admin.Tests.Support;

/// <summary>
/// A cookie-keeping client that reads admin pages as HTML and submits their forms with the anti-forgery token,
/// the way a browser without JavaScript would.
/// </summary>
public sealed class AdminBrowser(HousingApiFactory factory)
{
    private static readonly HtmlParser Parser = new();

    private string _currentPath = "/";

    public HttpClient Client { get; } = factory.CreateNonRedirectingClient();

    public async Task<(HttpResponseMessage Response, IHtmlDocument Page)> GetAsync(string path)
    {
        var response = await Client.GetAsync(path);
        _currentPath = path;
        return (response, Parser.ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Fills the form that posts to <paramref name="action"/> (or, without one, the form that posts back to the page) and submits it.</summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Page)> SubmitAsync(
        IHtmlDocument page, IReadOnlyDictionary<string, string> fields, string? action = null)
    {
        var form = page.Forms.FirstOrDefault(f => action is null
                       ? string.IsNullOrEmpty(f.GetAttribute("action"))
                       : (f.GetAttribute("action") ?? "").StartsWith(action, StringComparison.OrdinalIgnoreCase))
                   ?? throw new InvalidOperationException($"No form posting to {action ?? "anything"} on the page.");
        var values = FormValues(form).Where(v => !fields.ContainsKey(v.Key))
            .Concat(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)))
            .ToList();
        // A form without an action posts back to the page it is on.
        var target = form.GetAttribute("action") is { Length: > 0 } explicitAction ? explicitAction : _currentPath;
        var response = await Client.PostAsync(target, new FormUrlEncodedContent(values));
        return (response, Parser.ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Posts exactly <paramref name="fields"/> (plus the anti-forgery token of <paramref name="page"/>) to a path no form on the page offers, as a stale or crafted request would.</summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Page)> PostAsync(IHtmlDocument page, string path, IReadOnlyDictionary<string, string> fields)
    {
        var token = page.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value")
                    ?? throw new InvalidOperationException("The page has no anti-forgery token.");
        var response = await Client.PostAsync(path, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
        return (response, Parser.ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>What a browser would send of a form as it stands: checked boxes only, selected options, text areas.</summary>
    public static IEnumerable<KeyValuePair<string, string>> FormValues(IHtmlFormElement form)
    {
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name.Length: > 0 } input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked) yield return new(input.Name!, input.Value);
                    break;
                case IHtmlInputElement { Name.Length: > 0 } input when input.Type is not ("submit" or "button"):
                    yield return new(input.Name!, input.Value);
                    break;
                case IHtmlSelectElement { Name.Length: > 0 } select:
                    foreach (var option in select.SelectedOptions)
                        yield return new(select.Name!, option.Value);
                    break;
                case IHtmlTextAreaElement { Name.Length: > 0 } area:
                    yield return new(area.Name!, area.Value);
                    break;
            }
        }
    }

    /// <summary>Signs in through the sign-in page; returns the response of the post.</summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Page)> SignInAsync(string userName, string password = HousingApiFactory.Password)
    {
        var (_, page) = await GetAsync("/admin/Account/SignIn");
        return await SubmitAsync(page, new Dictionary<string, string> { ["Input.UserName"] = userName, ["Input.Password"] = password });
    }

    public static void AssertRedirectsTo(HttpResponseMessage response, string pathStart)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(pathStart, response.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
    }
}
