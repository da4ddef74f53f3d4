using System.Net;
using Admin.Tests.Support;
using Api.Tests.Support;
using Housing.Admin.Navigation;
using Housing.Domain.Common;
using Housing.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Admin.Tests.Account;

public sealed class SignInTests : IAsyncLifetime
{
    private readonly TestClock _clock = new(DateTimeOffset.UtcNow);
    private readonly HousingApiFactory _factory;

    public SignInTests() => _factory = new HousingApiFactory
    {
        ConfigureTestServices = services =>
        {
            services.AddSingleton<TimeProvider>(_clock);
            services.Configure<AdminNavigationOptions>(o => o.Items.Add(new AdminNavigationItem("Nav_Heading", "/Index", [Roles.PlatformAdmin])));
        },
    };

    public async Task InitializeAsync()
    {
        await _factory.CreateUserAsync("admin", Roles.PlatformAdmin);
        await _factory.CreateUserAsync("officer", Roles.DistrictOfficer);
        await _factory.CreateUserAsync("resident1", Roles.Resident);
        await _factory.CreateUserAsync("vendor1", Roles.Vendor);
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_anonymous_visitor_of_the_admin_is_sent_to_sign_in()
    {
        var (response, _) = await new AdminBrowser(_factory).GetAsync("/admin");

        AdminBrowser.AssertRedirectsTo(response, "http://localhost/admin/Account/SignIn?ReturnUrl=%2Fadmin");
    }

    [Fact]
    public async Task The_sign_in_page_speaks_korean_by_default_and_english_on_request()
    {
        var browser = new AdminBrowser(_factory);
        var (_, korean) = await browser.GetAsync("/admin/Account/SignIn");

        var (switched, _) = await browser.SubmitAsync(korean, new Dictionary<string, string> { ["culture"] = "en-US" }, "/admin/Language");
        var (_, english) = await browser.GetAsync("/admin/Account/SignIn");

        Assert.Equal("ko", korean.DocumentElement.GetAttribute("lang"));
        Assert.Equal("로그인", korean.QuerySelector("h1")!.TextContent);
        Assert.Equal("아이디", korean.QuerySelector("label[for='Input_UserName']")!.TextContent);
        AdminBrowser.AssertRedirectsTo(switched, "/admin/Account/SignIn");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Sign in", english.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Staff_sign_in_and_land_on_the_home_page_with_their_name_and_role()
    {
        var browser = new AdminBrowser(_factory);

        var (signIn, _) = await browser.SignInAsync("officer");
        var (home, page) = await browser.GetAsync("/admin");

        AdminBrowser.AssertRedirectsTo(signIn, "/admin");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("officer님, 환영합니다", page.QuerySelector("main")!.TextContent);
        Assert.Equal([Roles.DistrictOfficer], page.QuerySelectorAll("[data-role]").Select(e => e.GetAttribute("data-role")));
    }

    [Fact]
    public async Task The_sign_in_form_returns_to_the_page_asked_for()
    {
        var browser = new AdminBrowser(_factory);
        var (_, page) = await browser.GetAsync("/admin/Account/SignIn?ReturnUrl=%2Fadmin%2FIndex");

        var (response, _) = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Input.UserName"] = "officer", ["Input.Password"] = HousingApiFactory.Password });

        AdminBrowser.AssertRedirectsTo(response, "/admin/Index");
    }

    [Fact]
    public async Task Navigation_shows_each_role_only_its_entries()
    {
        var admin = new AdminBrowser(_factory);
        var officer = new AdminBrowser(_factory);
        await admin.SignInAsync("admin");
        await officer.SignInAsync("officer");

        var (_, adminPage) = await admin.GetAsync("/admin");
        var (_, officerPage) = await officer.GetAsync("/admin");

        var adminEntries = adminPage.QuerySelectorAll("nav [data-nav]").Select(a => a.GetAttribute("data-nav")).ToList();
        var officerEntries = officerPage.QuerySelectorAll("nav [data-nav]").Select(a => a.GetAttribute("data-nav")).ToList();
        Assert.Equal("Nav_Home", adminEntries[0]);
        Assert.Equal("Nav_Home", officerEntries[0]);
        Assert.Contains("Nav_Heading", adminEntries);
        Assert.Contains("Nav_PlatformUsers", adminEntries);
        Assert.DoesNotContain("Nav_Heading", officerEntries);
        Assert.DoesNotContain("Nav_PlatformUsers", officerEntries);
        Assert.DoesNotContain("Nav_Welfare", officerEntries);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message_and_the_user_name_kept()
    {
        var (response, page) = await new AdminBrowser(_factory).SignInAsync("officer", "wrong-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("아이디 또는 비밀번호가 올바르지 않습니다.", page.QuerySelector(".errors")!.TextContent);
        Assert.Equal("officer", page.QuerySelector("#Input_UserName")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Empty_fields_are_named_next_to_the_field()
    {
        var (_, page) = await new AdminBrowser(_factory).SignInAsync("", "");

        Assert.Equal("아이디 항목을 입력하세요.", page.QuerySelector("[data-valmsg-for='Input.UserName']")!.TextContent);
        Assert.Equal("비밀번호 항목을 입력하세요.", page.QuerySelector("[data-valmsg-for='Input.Password']")!.TextContent);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_say_so()
    {
        var browser = new AdminBrowser(_factory);
        for (var attempt = 0; attempt < 5; attempt++)
            await browser.SignInAsync("officer", "wrong-password");

        var (response, page) = await browser.SignInAsync("officer");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("로그인에 5번 실패하여 계정이 잠겼습니다. 15분 뒤에 다시 시도하세요.", page.QuerySelector(".errors")!.TextContent);

        // Later the message counts the minutes actually left (Identity keeps lockouts on the system clock).
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<HousingUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByNameAsync("officer"))!, DateTimeOffset.UtcNow.AddMinutes(5.5));
        }
        var (_, later) = await browser.SignInAsync("officer");
        Assert.Contains("로그인에 5번 실패하여 계정이 잠겼습니다. 6분 뒤에 다시 시도하세요.", later.QuerySelector(".errors")!.TextContent);
    }

    [Fact]
    public async Task An_account_an_administrator_locked_is_refused_saying_so()
    {
        await _factory.LockAsAdministratorAsync("officer");

        var (response, page) = await new AdminBrowser(_factory).SignInAsync("officer");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = page.QuerySelector(".errors")!.TextContent;
        Assert.Contains("관리자가 계정을 잠갔습니다.", errors);
        Assert.DoesNotContain("실패", errors);
    }

    [Fact]
    public async Task A_resident_cannot_sign_in_to_the_admin()
    {
        var browser = new AdminBrowser(_factory);

        var (_, page) = await browser.SignInAsync("resident1");
        var (home, _) = await browser.GetAsync("/admin");

        Assert.Contains("이 계정은 관리 화면을 사용할 수 없습니다.", page.QuerySelector(".errors")!.TextContent);
        AdminBrowser.AssertRedirectsTo(home, "http://localhost/admin/Account/SignIn");
    }

    [Fact]
    public async Task A_vendor_cannot_sign_in_to_the_admin_and_is_told_to_use_the_apps_or_the_api()
    {
        var browser = new AdminBrowser(_factory);

        var (_, page) = await browser.SignInAsync("vendor1");
        var (home, _) = await browser.GetAsync("/admin");

        Assert.Equal("판매자 계정은 관리 화면을 사용할 수 없습니다. 판매 글과 주문은 파트너 앱이나 API(/graphql)에서 관리하세요.",
            page.QuerySelector(".errors li")!.TextContent);
        AdminBrowser.AssertRedirectsTo(home, "http://localhost/admin/Account/SignIn");
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var browser = new AdminBrowser(_factory);
        await browser.SignInAsync("officer");
        var (_, home) = await browser.GetAsync("/admin");

        var (signOut, _) = await browser.SubmitAsync(home, new Dictionary<string, string>(), "/admin/Account/SignOut");
        var (after, _) = await browser.GetAsync("/admin");

        AdminBrowser.AssertRedirectsTo(signOut, "/admin/Account/SignIn");
        AdminBrowser.AssertRedirectsTo(after, "http://localhost/admin/Account/SignIn");
    }

    [Fact]
    public void The_admin_cookie_has_a_sliding_thirty_minute_idle_timeout()
    {
        var cookie = _factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);

        Assert.Equal(TimeSpan.FromMinutes(30), cookie.ExpireTimeSpan);
        Assert.True(cookie.SlidingExpiration);
    }

    [Fact]
    public async Task Activity_keeps_the_session_and_thirty_idle_minutes_end_it()
    {
        var browser = new AdminBrowser(_factory);
        await browser.SignInAsync("officer");

        _clock.Advance(TimeSpan.FromMinutes(20));
        var (active, _) = await browser.GetAsync("/admin");
        _clock.Advance(TimeSpan.FromMinutes(20));
        var (stillActive, _) = await browser.GetAsync("/admin");
        _clock.Advance(TimeSpan.FromMinutes(31));
        var (idle, _) = await browser.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.OK, active.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillActive.StatusCode);
        AdminBrowser.AssertRedirectsTo(idle, "http://localhost/admin/Account/SignIn");
    }
}
