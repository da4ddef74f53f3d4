using System.Net;
using Admin.Tests.Documents;
using Admin.Tests.Support;
using Housing.Admin;
using Housing.Domain.Common;
using Housing.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Pages;

/// <summary>
/// Every admin page, posted to without a handler or with one it does not have (a stale or crafted request), answers with a
/// status and a message, never 500: Razor Pages would otherwise render the page with none of its data loaded.
/// </summary>
public sealed class UnknownHandlerTests(ComplexWorld world) : IClassFixture<ComplexWorld>
{
    private const string Walker = "walker";

    /// <summary>Signs out: posting to it signs the walker out, so it is left out of the walk.</summary>
    private static readonly string[] Excluded = ["/Account/SignOut"];

    [Fact]
    public async Task A_post_without_handler_to_the_points_page_answers_400_with_a_message()
    {
        var manager = await world.SignedInAsync("manager.a");
        var (_, page) = await manager.GetAsync("/admin/Manager/Points");

        var (response, _) = await manager.PostAsync(page, "/admin/Manager/Points", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = await response.Content.ReadAsStringAsync();
        Assert.Contains("이 화면은 POST 요청의 동작 '(지정 안 함)'을(를) 처리하지 않습니다.", message);
        Assert.Contains("POST ?handler=Approve", message);
    }

    [Fact]
    public async Task An_unknown_handler_on_a_page_with_only_named_posts_answers_400()
    {
        var admin = await WalkerAsync();
        var (_, page) = await admin.GetAsync("/admin/Platform/Jobs");

        var (response, _) = await admin.PostAsync(page, "/admin/Platform/Jobs?handler=NoSuchHandler", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'NoSuchHandler'", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_admin_page_answers_a_post_without_handler_and_an_unknown_handler_without_500()
    {
        var walker = await WalkerAsync();
        var (_, home) = await walker.GetAsync("/admin");
        var failures = new List<string>();
        var pages = AdminPagePaths();
        Assert.Contains("/admin/Manager/Points", pages);
        Assert.Contains("/admin/Welfare/Cases/Details/", pages.Select(p => p[..Math.Min(p.Length, "/admin/Welfare/Cases/Details/".Length)]));
        foreach (var path in pages)
        {
            // An unknown handler falls back to the page's unnamed one where it has one; a page with none refuses it.
            foreach (var (method, target) in new[] { ("POST", path), ("POST", path + "?handler=NoSuchHandler"), ("GET", path + "?handler=NoSuchHandler") })
            {
                var (response, _) = method == "GET"
                    ? await walker.GetAsync(target)
                    : await walker.PostAsync(home, target, new Dictionary<string, string>());
                if (response.StatusCode == HttpStatusCode.InternalServerError) failures.Add($"{method} {target}: 500");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>The admin's pages as the host routes them, parameters filled with a new id (the refusal comes before any lookup).</summary>
    private List<string> AdminPagePaths() => [.. world.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>()
        .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is { AreaName: AdminExtensions.Area } page && !Excluded.Contains(page.ViewEnginePath))
        .Select(e => "/" + string.Join("/", e.RoutePattern.PathSegments.Select(s => s.IsSimple && s.Parts[0].IsLiteral
            ? ((Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart)s.Parts[0]).Content
            : Guid.NewGuid().ToString())))
        .Select(p => "/admin" + p["/Admin".Length..])
        .Distinct()];

    /// <summary>A staff member in every admin role, so that no role policy answers before the page does.</summary>
    private async Task<AdminBrowser> WalkerAsync()
    {
        await using (var scope = world.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<HousingUser>>();
            if (await users.FindByNameAsync(Walker) is null)
            {
                var user = await world.Factory.CreateUserAsync(Walker, Roles.PlatformAdmin, link: u => u.DistrictCode = "11560");
                user = (await users.FindByNameAsync(Walker))!;
                foreach (var role in AdminExtensions.StaffRoles.Where(r => r != Roles.PlatformAdmin))
                    Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
            }
        }
        return await world.SignedInAsync(Walker);
    }
}
