using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace Housing.Admin.Support;

/// <summary>The pager under a list: keeps the request's filters and changes only the page number.</summary>
public sealed record Pager(int PageNumber, int PageCount, int TotalCount, HttpRequest Request)
{
    public string LinkTo(int page)
    {
        var query = Request.Query.Where(q => !string.Equals(q.Key, "p", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new KeyValuePair<string, string?>("p", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return Request.PathBase + Request.Path + QueryString.Create(query);
    }

    public static Pager Of<T>(PagedList<T> list, HttpRequest request) => new(list.PageNumber, list.PageCount, list.TotalCount, request);
}
