using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Housing.Admin.Support;

/// <summary>
/// A 403 an admin page answers without a body (a <c>ForbiddenException</c> of the domain, see <see cref="DomainErrorPageFilter"/>)
/// shows the admin's AccessDenied page, with the layout and in the user's language, keeping the status 403 and the address.
/// A 403 of the role policies goes to the same page through the cookie's AccessDeniedPath.
/// </summary>
public static class AccessDeniedStatusPage
{
    private const string PagePath = "/Account/AccessDenied";

    public static IApplicationBuilder UseAdminAccessDeniedPage(this IApplicationBuilder app) =>
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/admin"),
            admin => admin.UseStatusCodePages(status => status.HttpContext.Response.StatusCode == StatusCodes.Status403Forbidden
                ? RenderAsync(status.HttpContext)
                : Task.CompletedTask));

    /// <summary>Runs the AccessDenied page's endpoint in place of the refused one (as a GET: no handler or form of the refused request).</summary>
    private static async Task RenderAsync(HttpContext http)
    {
        var page = http.RequestServices.GetRequiredService<EndpointDataSource>().Endpoints
            .First(e => e.Metadata.GetMetadata<PageActionDescriptor>() is { AreaName: AdminExtensions.Area, ViewEnginePath: PagePath });
        var (endpoint, routeValues, method) = (http.GetEndpoint(), http.Request.RouteValues, http.Request.Method);
        http.SetEndpoint(page);
        http.Request.RouteValues = new RouteValueDictionary { ["area"] = AdminExtensions.Area, ["page"] = PagePath };
        http.Request.Method = HttpMethods.Get;
        try
        {
            await page.RequestDelegate!(http);
        }
        finally
        {
            http.SetEndpoint(endpoint);
            http.Request.RouteValues = routeValues;
            http.Request.Method = method;
        }
    }
}
