using Housing.Domain.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Housing.Admin.Support;

/// <summary>
/// A record the user may not see is not found for them, and an action their role may not take is forbidden:
/// the domain says so by exception, the pages answer 404 and 403.
/// </summary>
public sealed class DomainErrorPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is null || executed.ExceptionHandled) return;
        int? status = executed.Exception switch
        {
            NotFoundException => StatusCodes.Status404NotFound,
            ForbiddenException => StatusCodes.Status403Forbidden,
            _ => null,
        };
        if (status is null) return;
        executed.Result = new StatusCodeResult(status.Value);
        executed.ExceptionHandled = true;
    }
}
