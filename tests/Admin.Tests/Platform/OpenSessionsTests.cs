using System.Net;
using Admin.Tests.Support;
using Housing.Domain.Common;

namespace Admin.Tests.Platform;

/// <summary>What an admin does to an account reaches the sessions that account already has open.</summary>
public sealed class OpenSessionsTests(PlatformWorld world) : IClassFixture<PlatformWorld>
{
    /// <summary>A new platform admin account, signed in and shown to open <paramref name="path"/>.</summary>
    private async Task<(Guid Id, AdminBrowser Session)> SignedInAdminAsync(string userName, string path)
    {
        var user = await world.Factory.CreateUserAsync(userName, Roles.PlatformAdmin);
        var session = await world.SignedInAsync(userName);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync(path)).Response.StatusCode);
        return (user.Id, session);
    }

    /// <summary>The <c>admin</c> account posts a handler of another account's details page.</summary>
    private async Task AdminPostsAsync(Guid target, string handler, Dictionary<string, string> fields)
    {
        var admin = await world.SignedInAsync("admin");
        var page = $"/admin/Platform/Users/Details/{target}";
        var (_, details) = await admin.GetAsync(page);
        AdminBrowser.AssertRedirectsTo((await admin.SubmitAsync(details, fields, $"{page}?handler={handler}")).Response, page);
    }

    [Fact]
    public async Task A_signed_in_user_who_is_locked_is_sent_to_sign_in_on_their_next_request()
    {
        var (id, session) = await SignedInAdminAsync("session.locked", "/admin/Platform/Users");

        await AdminPostsAsync(id, "Lock", []);

        AdminBrowser.AssertRedirectsTo((await session.GetAsync("/admin/Platform/Users")).Response, "http://localhost/admin/Account/SignIn");
        AdminBrowser.AssertRedirectsTo((await session.GetAsync("/admin")).Response, "http://localhost/admin/Account/SignIn");
    }

    [Fact]
    public async Task A_role_taken_away_forbids_its_pages_on_the_next_request_of_an_open_session()
    {
        var (id, session) = await SignedInAdminAsync("session.demoted", "/admin/Platform/Jobs");

        await AdminPostsAsync(id, "Roles", new() { ["Input.Roles"] = "Analyst" });

        AdminBrowser.AssertRedirectsTo((await session.GetAsync("/admin/Platform/Jobs")).Response, "http://localhost/admin/Account/AccessDenied");
        var (home, homePage) = await session.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Empty(homePage.QuerySelectorAll("nav.side a[data-nav^='Nav_Platform']"));
    }
}
