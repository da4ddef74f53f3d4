using System.Net;
using Admin.Tests.Support;
using Housing.Domain.Common;
using Housing.Infrastructure.Jobs;
using Housing.Infrastructure.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Platform;

public sealed class PlatformPagesTests(PlatformWorld world) : IClassFixture<PlatformWorld>
{
    private const string StrongPassword = "Strong-pass-1";

    [Theory]
    [InlineData("/admin/Platform/Users")]
    [InlineData("/admin/Platform/Users/New")]
    [InlineData("/admin/Platform/ApiClients")]
    [InlineData("/admin/Platform/ApiClients/New")]
    [InlineData("/admin/Platform/Jobs")]
    [InlineData("/admin/Platform/Jobs/History/points-expiry")]
    [InlineData("/admin/Platform/Outbox")]
    public async Task Only_platform_admins_may_open_the_platform_pages(string path)
    {
        var admin = await world.SignedInAsync("admin");
        var officer = await world.SignedInAsync("officer");

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(path)).Response.StatusCode);
        AdminBrowser.AssertRedirectsTo((await officer.GetAsync(path)).Response, "http://localhost/admin/Account/AccessDenied");
        AdminBrowser.AssertRedirectsTo((await new AdminBrowser(world.Factory).GetAsync(path)).Response, "http://localhost/admin/Account/SignIn");
    }

    [Fact]
    public async Task Users_are_listed_by_name_paged_on_the_server_and_filtered_by_role_and_search()
    {
        var admin = await world.SignedInAsync("admin");

        var (_, first) = await admin.GetAsync("/admin/Platform/Users?role=Resident");
        var next = first.QuerySelector("a[rel='next']")!.GetAttribute("href")!;
        var (_, second) = await admin.GetAsync(next);
        var (_, search) = await admin.GetAsync("/admin/Platform/Users?q=resident1");

        Assert.Equal(20, first.QuerySelectorAll("tr[data-user]").Length);
        Assert.Equal("resident01", first.QuerySelector("tr[data-user]")!.GetAttribute("data-user"));
        Assert.Contains("role=Resident", next);
        Assert.Equal(["resident21", "resident22", "resident23", "resident24"], second.QuerySelectorAll("tr[data-user]").Select(r => r.GetAttribute("data-user")));
        Assert.Equal(Enumerable.Range(10, 10).Select(i => $"resident{i}"), search.QuerySelectorAll("tr[data-user]").Select(r => r.GetAttribute("data-user")));
        Assert.Contains("입주민", first.QuerySelector("tr[data-user] td:nth-child(3)")!.TextContent);
        Assert.Equal(["Nav_PlatformUsers", "Nav_PlatformApiClients", "Nav_PlatformJobs", "Nav_PlatformOutbox"],
            first.QuerySelectorAll("nav.side a[data-nav^='Nav_Platform']").Select(a => a.GetAttribute("data-nav")));
    }

    [Fact]
    public async Task Creating_a_user_says_what_is_wrong_next_to_each_field_keeps_what_was_typed_and_stores_nothing()
    {
        var admin = await world.SignedInAsync("admin");
        var (_, form) = await admin.GetAsync("/admin/Platform/Users/New");

        var (response, empty) = await admin.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.UserName"] = "a b", ["Input.DisplayName"] = "새 담당자", ["Input.Password"] = "",
        });
        var (_, weak) = await admin.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.UserName"] = "new.officer", ["Input.DisplayName"] = "새 담당자", ["Input.Password"] = "short", ["Input.Roles"] = "Analyst",
        });
        var (_, taken) = await admin.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.UserName"] = "officer", ["Input.DisplayName"] = "중복", ["Input.Password"] = StrongPassword, ["Input.Roles"] = "Analyst",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("a b", empty.QuerySelector("#Input_UserName")!.GetAttribute("value"));
        Assert.Equal("새 담당자", empty.QuerySelector("#Input_DisplayName")!.GetAttribute("value"));
        Assert.Contains("3~50자", empty.QuerySelector("[data-valmsg-for='Input.UserName']")!.TextContent);
        Assert.Equal("처음 비밀번호 항목을 입력하세요.", empty.QuerySelector("[data-valmsg-for='Input.Password']")!.TextContent);
        Assert.Equal("역할을 하나 이상 고르세요.", empty.QuerySelector("[data-valmsg-for='Input.Roles']")!.TextContent);
        Assert.Equal("비밀번호는 8자 이상이어야 합니다. 비밀번호에 특수문자를 넣으세요. 비밀번호에 숫자를 넣으세요. 비밀번호에 영문 대문자를 넣으세요.",
            weak.QuerySelector("[data-valmsg-for='Input.Password']")!.TextContent);
        Assert.Equal("checked", weak.QuerySelector("input[name='Input.Roles'][value='Analyst']")!.GetAttribute("checked"));
        Assert.Equal("이미 쓰이는 아이디입니다.", taken.QuerySelector("[data-valmsg-for='Input.UserName']")!.TextContent);
        Assert.Null(await world.UserAsync("new.officer"));
        Assert.Equal("officer", (await world.UserAsync("officer"))!.DisplayName);
    }

    [Fact]
    public async Task A_created_user_has_their_roles_and_can_sign_in()
    {
        var admin = await world.SignedInAsync("admin");
        var (_, form) = await admin.GetAsync("/admin/Platform/Users/New");

        var (response, _) = await admin.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.UserName"] = "analyst.kim", ["Input.DisplayName"] = "김분석", ["Input.Password"] = StrongPassword, ["Input.Roles"] = "Analyst",
        });

        AdminBrowser.AssertRedirectsTo(response, "/admin/Platform/Users/Details/");
        Assert.Equal(["Analyst"], await world.RolesOfAsync("analyst.kim"));
        var (_, details) = await admin.GetAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("김분석", details.QuerySelector("h1")!.TextContent);
        Assert.Equal("checked", details.QuerySelector("input[name='Input.Roles'][value='Analyst']")!.GetAttribute("checked"));
        await world.SignedInAsync("analyst.kim", StrongPassword);
    }

    [Fact]
    public async Task Roles_are_changed_refused_when_none_is_chosen_and_an_admin_keeps_their_own_admin_role()
    {
        await world.Factory.CreateUserAsync("roles.target", Roles.Vendor);
        var target = (await world.UserAsync("roles.target"))!;
        var admin = await world.SignedInAsync("admin");
        var page = $"/admin/Platform/Users/Details/{target.Id}";
        var (_, details) = await admin.GetAsync(page);

        // Every box unticked: the browser sends no Input.Roles at all.
        var (_, none) = await admin.PostAsync(details, $"{page}?handler=Roles", new Dictionary<string, string>());
        var afterRefusal = await world.RolesOfAsync("roles.target");
        var withoutVendor = (await admin.SubmitAsync(details, new Dictionary<string, string>
        {
            ["Input.Roles"] = "ComplexManager",
        }, $"{page}?handler=Roles")).Response;
        var (_, self) = await admin.GetAsync($"/admin/Platform/Users/Details/{world.AdminId}");
        var (_, selfDrop) = await admin.SubmitAsync(self, new Dictionary<string, string> { ["Input.Roles"] = "Analyst" },
            $"/admin/Platform/Users/Details/{world.AdminId}?handler=Roles");

        Assert.Equal("역할을 하나 이상 고르세요.", none.QuerySelector("[data-valmsg-for='Input.Roles']")!.TextContent);
        Assert.Empty(none.QuerySelectorAll("input[name='Input.Roles'][checked]"));
        Assert.Equal(["Vendor"], afterRefusal);
        AdminBrowser.AssertRedirectsTo(withoutVendor, page);
        Assert.Equal(["ComplexManager"], await world.RolesOfAsync("roles.target"));
        Assert.Contains("자신의 플랫폼 관리자 역할은 뺄 수 없습니다", selfDrop.QuerySelector("[data-valmsg-for='Input.Roles']")!.TextContent);
        Assert.Equal(["PlatformAdmin"], await world.RolesOfAsync("admin"));
    }

    [Fact]
    public async Task A_locked_account_cannot_sign_in_until_it_is_unlocked_and_an_admin_cannot_lock_themselves()
    {
        await world.Factory.CreateUserAsync("lock.target", Roles.DistrictOfficer);
        var target = (await world.UserAsync("lock.target"))!;
        var admin = await world.SignedInAsync("admin");
        var page = $"/admin/Platform/Users/Details/{target.Id}";
        var (_, details) = await admin.GetAsync(page);

        AdminBrowser.AssertRedirectsTo((await admin.SubmitAsync(details, new Dictionary<string, string>(), $"{page}?handler=Lock")).Response, page);
        var (locked, _) = await new AdminBrowser(world.Factory).SignInAsync("lock.target");
        var (_, lockedPage) = await admin.GetAsync(page);
        var (_, list) = await admin.GetAsync("/admin/Platform/Users?q=lock.target");
        AdminBrowser.AssertRedirectsTo((await admin.SubmitAsync(lockedPage, new Dictionary<string, string>(), $"{page}?handler=Unlock")).Response, page);
        var (_, self) = await admin.GetAsync($"/admin/Platform/Users/Details/{world.AdminId}");
        var (_, selfLock) = await admin.SubmitAsync(self, new Dictionary<string, string>(), $"/admin/Platform/Users/Details/{world.AdminId}?handler=Lock");

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Equal("잠김", lockedPage.QuerySelector("[data-field='state']")!.TextContent);
        Assert.NotNull(list.QuerySelector("tr[data-user='lock.target'] [data-field='locked']"));
        await world.SignedInAsync("lock.target");
        Assert.Equal("자신의 계정은 잠글 수 없습니다.", selfLock.QuerySelector("[data-valmsg-for='Lock']")!.TextContent);
        Assert.False((await world.UserAsync("admin"))!.LockoutEnd > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task An_api_client_is_registered_with_a_secret_shown_once_that_gets_tokens_until_it_is_revoked()
    {
        var admin = await world.SignedInAsync("admin");
        var (_, form) = await admin.GetAsync("/admin/Platform/ApiClients/New");

        var (_, created) = await admin.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.ClientId"] = "operator-app", ["Input.Name"] = "운영사 앱",
        });
        var secret = created.QuerySelector("[data-field='secret']")!.TextContent;
        var tokenBefore = await TokenAsync("operator-app", secret);
        var (_, list) = await admin.GetAsync("/admin/Platform/ApiClients");
        var row = list.QuerySelector("tr[data-client='operator-app']")!;
        var revokeAction = row.QuerySelector("form")!.GetAttribute("action")!;
        AdminBrowser.AssertRedirectsTo((await admin.SubmitAsync(list, new Dictionary<string, string>(), revokeAction)).Response, "/admin/Platform/ApiClients");
        var tokenAfter = await TokenAsync("operator-app", secret);
        var (_, revoked) = await admin.GetAsync("/admin/Platform/ApiClients");

        Assert.True(secret.Length >= 32);
        Assert.Contains("한 번만", created.QuerySelector("[data-section='secret'] .notice")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, tokenBefore.StatusCode);
        Assert.Equal("graphql", row.QuerySelector("td:nth-child(3)")!.TextContent);
        Assert.DoesNotContain(secret, list.DocumentElement.OuterHtml);
        Assert.Equal(HttpStatusCode.Unauthorized, tokenAfter.StatusCode);
        Assert.NotNull(revoked.QuerySelector("tr[data-client='operator-app'] [data-field='revoked']"));
        Assert.Null(revoked.QuerySelector("tr[data-client='operator-app'] form"));
    }

    [Fact]
    public async Task Registering_an_api_client_says_what_is_wrong_next_to_the_field_and_stores_nothing()
    {
        await world.Factory.CreateApiClientAsync("taken-app", "a-secret-of-sixteen-chars");
        var admin = await world.SignedInAsync("admin");
        var (_, form) = await admin.GetAsync("/admin/Platform/ApiClients/New");

        var (_, missing) = await admin.SubmitAsync(form, new Dictionary<string, string> { ["Input.ClientId"] = "", ["Input.Name"] = "앱", ["Input.Scopes"] = "graphql" });
        var (_, invalid) = await admin.SubmitAsync(form, new Dictionary<string, string> { ["Input.ClientId"] = "Bad App", ["Input.Name"] = "앱", ["Input.Scopes"] = "graphql" });
        Assert.Equal(["graphql", "files"], form.QuerySelectorAll("input[name='Input.Scopes']").Select(i => i.GetAttribute("value")));
        var (_, scopes) = await admin.SubmitAsync(form, new Dictionary<string, string> { ["Input.ClientId"] = "scoped-app", ["Input.Name"] = "앱", ["Input.Scopes"] = "no.such.scope" });
        var (_, none) = await admin.PostAsync(form, "/admin/Platform/ApiClients/New", new Dictionary<string, string> { ["Input.ClientId"] = "scopeless-app", ["Input.Name"] = "앱" });
        var (_, taken) = await admin.SubmitAsync(form, new Dictionary<string, string> { ["Input.ClientId"] = "taken-app", ["Input.Name"] = "앱", ["Input.Scopes"] = "graphql" });

        Assert.Equal("클라이언트 ID 항목을 입력하세요.", missing.QuerySelector("[data-valmsg-for='Input.ClientId']")!.TextContent);
        Assert.Equal("Bad App", invalid.QuerySelector("#Input_ClientId")!.GetAttribute("value"));
        Assert.Contains("3~100자", invalid.QuerySelector("[data-valmsg-for='Input.ClientId']")!.TextContent);
        Assert.Equal("scoped-app", scopes.QuerySelector("#Input_ClientId")!.GetAttribute("value"));
        Assert.Equal("플랫폼에 없는 범위입니다: no.such.scope. 쓸 수 있는 범위: graphql, files", scopes.QuerySelector("[data-valmsg-for='Input.Scopes']")!.TextContent);
        Assert.Equal("범위를 하나 이상 고르세요.", none.QuerySelector("[data-valmsg-for='Input.Scopes']")!.TextContent);
        Assert.Contains("이미 등록된", taken.QuerySelector("[data-valmsg-for='Input.ClientId']")!.TextContent);
        Assert.Null(invalid.QuerySelector("[data-field='secret']"));
        var stored = await world.ReadAsync(sp =>
        {
            var store = sp.GetRequiredService<IHousingStore>();
            return store.CountAsync(store.Query<Housing.Infrastructure.Identity.ApiClient>().Where(c => c.ClientId == "scoped-app" || c.ClientId == "scopeless-app" || c.ClientId == "bad app"));
        });
        Assert.Equal(0, stored);
    }

    [Fact]
    public async Task The_jobs_list_shows_schedules_and_next_runs_and_run_now_records_a_run_in_the_history()
    {
        var admin = await world.SignedInAsync("admin");

        var (_, list) = await admin.GetAsync("/admin/Platform/Jobs");
        var row = list.QuerySelector("tr[data-job='points-expiry']")!;
        var (response, _) = await admin.SubmitAsync(list, new Dictionary<string, string>(), row.QuerySelector("form")!.GetAttribute("action")!);
        var run = await world.FinishedRunAsync("points-expiry");
        var (_, history) = await admin.GetAsync(response.Headers.Location!.OriginalString);
        var (_, after) = await admin.GetAsync("/admin/Platform/Jobs");

        Assert.Equal("0 30 0 * * ?", row.QuerySelector("[data-field='schedule']")!.TextContent);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} 00:30$", row.QuerySelector("[data-field='next-run']")!.TextContent);
        Assert.Contains("포인트", row.TextContent);
        AdminBrowser.AssertRedirectsTo(response, "/admin/Platform/Jobs/History/points-expiry?triggered=True");
        Assert.NotNull(history.QuerySelector("[data-field='triggered']"));
        Assert.True(run.Manual);
        var recorded = history.QuerySelector($"tr[data-run='{run.FireInstanceId}']")!;
        Assert.Equal("Succeeded", recorded.GetAttribute("data-result"));
        Assert.Matches(@"^포인트 [\d,]+P 소멸\(거래 [\d,]+건\)$", recorded.QuerySelector("[data-field='summary']")!.TextContent.Trim());
        Assert.Contains("성공", after.QuerySelector("tr[data-job='points-expiry'] [data-field='last-run']")!.TextContent);
    }

    [Fact]
    public async Task A_runs_summary_is_shown_in_the_pages_language_and_a_summary_stored_as_text_as_it_was()
    {
        var now = DateTimeOffset.UtcNow;
        await world.ReadAsync(async sp =>
        {
            var store = sp.GetRequiredService<IHousingStore>();
            foreach (var (id, summary, minutesAgo) in new[] { ("coded", JobSummary.Of("reminders-queued", 1234).Stored, 1), ("legacy", "3 reminders queued", 2) })
            {
                var run = JobRun.Start(HousingJobCatalog.Group, "document-deadline-reminders", "t", $"summary-{id}", "node", false, null, now.AddMinutes(-minutesAgo));
                run.Finish(now.AddMinutes(-minutesAgo), summary, null);
                store.Add(run);
            }
            await store.SaveChangesAsync();
            return true;
        });
        var admin = await world.SignedInAsync("admin");

        var (_, korean) = await admin.GetAsync("/admin/Platform/Jobs/History/document-deadline-reminders");
        var (_, english) = await admin.GetAsync("/admin/Platform/Jobs/History/document-deadline-reminders?culture=en-US&ui-culture=en-US");

        string Summary(AngleSharp.Html.Dom.IHtmlDocument page, string id) =>
            page.QuerySelector($"tr[data-run='summary-{id}'] [data-field='summary']")!.TextContent.Trim();
        Assert.Equal("알림 1,234건 발송 예약", Summary(korean, "coded"));
        Assert.Equal("1,234 reminders queued", Summary(english, "coded"));
        Assert.Equal("3 reminders queued", Summary(korean, "legacy"));
    }

    [Fact]
    public async Task An_unknown_job_is_not_found()
    {
        var admin = await world.SignedInAsync("admin");
        var (_, list) = await admin.GetAsync("/admin/Platform/Jobs");

        var (history, _) = await admin.GetAsync("/admin/Platform/Jobs/History/no-such-job");
        var (run, _) = await admin.PostAsync(list, "/admin/Platform/Jobs?handler=RunNow&name=no-such-job", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.NotFound, history.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, run.StatusCode);
    }

    [Fact]
    public async Task The_outbox_filters_by_status_and_channel_pages_on_the_server_and_resends_a_failed_message()
    {
        var admin = await world.SignedInAsync("admin");

        var (_, all) = await admin.GetAsync("/admin/Platform/Outbox");
        var (_, second) = await admin.GetAsync(all.QuerySelector("a[rel='next']")!.GetAttribute("href")!);
        var (_, failed) = await admin.GetAsync("/admin/Platform/Outbox?status=Failed");
        var (_, email) = await admin.GetAsync("/admin/Platform/Outbox?channel=Email");
        var (_, sent) = await admin.GetAsync("/admin/Platform/Outbox?status=Sent&channel=Sms");
        var failedRow = failed.QuerySelector("tr[data-message]")!;
        var (resent, _) = await admin.SubmitAsync(failed, new Dictionary<string, string>(), failedRow.QuerySelector("form")!.GetAttribute("action")!);
        var (_, again) = await admin.SubmitAsync(failed, new Dictionary<string, string>(), failedRow.QuerySelector("form")!.GetAttribute("action")!);

        Assert.Equal(25, all.QuerySelectorAll("tr[data-message]").Length);
        Assert.Equal(7, second.QuerySelectorAll("tr[data-message]").Length);
        Assert.Contains("550 mailbox unavailable", failedRow.TextContent);
        Assert.Single(failed.QuerySelectorAll("tr[data-message]"));
        Assert.Single(email.QuerySelectorAll("tr[data-message]"));
        Assert.Equal(25, sent.QuerySelectorAll("tr[data-message][data-status='Sent']").Length);
        Assert.Empty(sent.QuerySelectorAll("tr[data-message] form"));
        Assert.NotNull(second.QuerySelector("tr[data-status='Unknown'] form"));
        AdminBrowser.AssertRedirectsTo(resent, "/admin/Platform/Outbox?status=Failed");
        Assert.Equal(OutboundMessageStatus.Pending, (await world.MessageAsync("mail:failed"))!.Status);
        Assert.Contains("실패했거나 결과를 모르는 메시지만", again.QuerySelector(".errors")!.TextContent);
    }

    private async Task<HttpResponseMessage> TokenAsync(string clientId, string secret)
    {
        using var client = world.Factory.CreateClient();
        return await client.PostAsync("/auth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret,
        }));
    }
}
