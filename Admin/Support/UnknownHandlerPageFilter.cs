using Housing.Admin.Resources;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;

namespace Housing.Admin.Support;

/// <summary>
/// A request naming no handler the page has (a POST without <c>?handler=</c> to a page whose forms all name one, an unknown
/// <c>?handler=</c>, a POST to a page that only shows) is refused with 400 and a message saying so. Left alone, Razor Pages
/// would render the page without running any handler, with none of its data loaded.
/// </summary>
public sealed class UnknownHandlerPageFilter(IStringLocalizer<SharedResource> text) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerMethod is not null || context.ActionDescriptor.HandlerMethods.Count == 0) return next();
        var handler = context.RouteData.Values["handler"]?.ToString() ?? context.HttpContext.Request.Query["handler"].ToString();
        var allowed = string.Join(", ", context.ActionDescriptor.HandlerMethods
            .Select(h => h.Name is null ? h.HttpMethod.ToUpperInvariant() : $"{h.HttpMethod.ToUpperInvariant()} ?handler={h.Name}").Distinct());
        context.Result = new ContentResult
        {
            StatusCode = StatusCodes.Status400BadRequest,
            ContentType = "text/plain; charset=utf-8",
            Content = string.Format(text["UnknownHandler"], context.HttpContext.Request.Method,
                string.IsNullOrEmpty(handler) ? text["UnknownHandler_None"] : handler, allowed),
        };
        return Task.CompletedTask;
    }
}
