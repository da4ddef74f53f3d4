using System.Net;
using Admin.Tests.Support;
using Housing.Domain.Common;
using Housing.Domain.Welfare;
using Housing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.AccessLog;

/// <summary>Reads of personal data through the welfare services, as the access log records them.</summary>
internal static class AccessLogWorld
{
    public const string Page = "/admin/Welfare/AccessLog";

    public static YearMonth CurrentMonth => YearMonth.From(KoreanCalendar.Today(TimeProvider.System));

    public static async Task RevealAsync(this WelfareWorld world, string userName, Guid clientId, string reason)
    {
        await using var scope = world.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WelfareClientService>().RevealClientPersonalDataAsync(world.Staff[userName].Actor, clientId, reason);
    }

    public static async Task<AccessLogReview?> ReviewAsync(this WelfareWorld world, Guid centerId, YearMonth month)
    {
        await using var scope = world.Factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IHousingStore>();
        return await store.FirstOrDefaultAsync(store.Query<AccessLogReview>().Where(r => r.CenterId == centerId && r.Month == month));
    }
}

public sealed class AccessLogReviewTests(WelfareWorld world) : IClassFixture<WelfareWorld>
{
    [Fact]
    public async Task Caseworkers_and_staff_outside_welfare_are_refused_and_anonymous_visitors_sent_to_sign_in()
    {
        var worker = await world.SignedInAsync("worker.a");
        var officer = await world.SignedInAsync("officer");

        AdminBrowser.AssertRedirectsTo((await worker.GetAsync(AccessLogWorld.Page)).Response, "http://localhost/admin/Account/AccessDenied");
        AdminBrowser.AssertRedirectsTo((await officer.GetAsync(AccessLogWorld.Page)).Response, "http://localhost/admin/Account/AccessDenied");
        AdminBrowser.AssertRedirectsTo((await new AdminBrowser(world.Factory).GetAsync(AccessLogWorld.Page)).Response, "http://localhost/admin/Account/SignIn");
    }

    [Fact]
    public async Task A_center_manager_reviews_who_read_whose_data_when_and_why_with_filters_and_an_intact_chain()
    {
        var (clientId, _) = await world.OpenCaseAsync("worker.a", "열람대상");
        await world.RevealAsync("worker.a", clientId, "주거급여 신청서 작성");
        await world.RevealAsync("pager.a", clientId, "임대주택 신청 서류 확인");
        var (otherClient, _) = await world.OpenCaseAsync("worker.b", "타센터");
        await world.RevealAsync("worker.b", otherClient, "동작구 상담");
        var manager = await world.SignedInAsync("manager.a");

        var (response, page) = await manager.GetAsync($"{AccessLogWorld.Page}?month={AccessLogWorld.CurrentMonth}");
        var (_, byName) = await manager.GetAsync($"{AccessLogWorld.Page}?month={AccessLogWorld.CurrentMonth}&who=박목록&action=Reveal");
        var (_, otherCenter) = await manager.GetAsync($"{AccessLogWorld.Page}?month={AccessLogWorld.CurrentMonth}&center={world.CenterB}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reveals = page.QuerySelectorAll("tr[data-action='Reveal']");
        Assert.Contains(reveals, r => r.TextContent.Contains("김사례") && r.TextContent.Contains("열**상") && r.TextContent.Contains("주거급여 신청서 작성"));
        Assert.DoesNotContain(page.QuerySelectorAll("tr[data-entry]"), r => r.TextContent.Contains("동작구 상담"));
        Assert.True(int.Parse(page.QuerySelector("[data-count='Reveal']")!.TextContent) >= 2);
        Assert.Equal("true", page.QuerySelector("[data-field='chain']")!.GetAttribute("data-intact"));
        var filtered = byName.QuerySelectorAll("tr[data-entry]");
        Assert.Single(filtered);
        Assert.Contains("임대주택 신청 서류 확인", filtered[0].TextContent);
        Assert.Equal("박목록", byName.QuerySelector("#who")!.GetAttribute("value"));
        Assert.Equal("selected", byName.QuerySelector("#action option[value='Reveal']")!.GetAttribute("selected"));
        Assert.DoesNotContain(otherCenter.QuerySelectorAll("tr[data-entry]"), r => r.TextContent.Contains("동작구 상담"));
        Assert.Null(page.QuerySelector("#center"));
        Assert.Contains(page.QuerySelectorAll("nav.side a"), a => a.GetAttribute("data-nav") == "Nav_AccessLogReview");
    }

    [Fact]
    public async Task Central_staff_choose_any_center_and_read_it_but_do_not_sign()
    {
        var (clientId, _) = await world.OpenCaseAsync("worker.b", "중앙조회");
        await world.RevealAsync("worker.b", clientId, "긴급 주거비 심사");
        var central = await world.SignedInAsync("central");

        var (_, page) = await central.GetAsync($"{AccessLogWorld.Page}?month={AccessLogWorld.CurrentMonth}&center={world.CenterB}");
        var (_, lastMonth) = await central.GetAsync($"{AccessLogWorld.Page}?center={world.CenterB}");

        Assert.Contains(page.QuerySelectorAll("tr[data-action='Reveal']"), r => r.TextContent.Contains("긴급 주거비 심사"));
        Assert.Equal("selected", page.QuerySelector($"#center option[value='{world.CenterB}']")!.GetAttribute("selected"));
        Assert.Null(lastMonth.QuerySelector("form[action*='handler=SignOff']"));
        Assert.NotNull(lastMonth.QuerySelector("[data-field='not-signed']"));
    }

    [Fact]
    public async Task The_sign_off_says_what_is_wrong_next_to_the_findings_and_is_kept_once_per_center_and_month()
    {
        var manager = await world.SignedInAsync("manager.a");
        var lastMonth = AccessLogWorld.CurrentMonth.AddMonths(-1);
        var (_, current) = await manager.GetAsync($"{AccessLogWorld.Page}?month={AccessLogWorld.CurrentMonth}");
        var (_, page) = await manager.GetAsync(AccessLogWorld.Page);
        var action = page.QuerySelector("form[action*='handler=SignOff']")!.GetAttribute("action")!;

        var (_, empty) = await manager.SubmitAsync(page, new Dictionary<string, string> { ["SignOff.Findings"] = "  " }, action);
        var storedAfterEmpty = await world.ReviewAsync(world.CenterA, lastMonth);
        var (signed, _) = await manager.SubmitAsync(page, new Dictionary<string, string> { ["SignOff.Findings"] = "이상 없음. 마스킹 해제 사유 모두 적정." }, action);
        var (_, again) = await manager.SubmitAsync(page, new Dictionary<string, string> { ["SignOff.Findings"] = "두 번째 서명" }, action);
        var (_, after) = await manager.GetAsync(AccessLogWorld.Page);
        var (_, tooEarly) = await manager.PostAsync(page, $"{AccessLogWorld.Page}?month={AccessLogWorld.CurrentMonth}&handler=SignOff",
            new Dictionary<string, string> { ["SignOff.Findings"] = "이번 달" });

        Assert.Null(current.QuerySelector("form[action*='handler=SignOff']"));
        Assert.Equal("이 달이 끝난 뒤에 서명할 수 있습니다.", current.QuerySelector("[data-field='not-signed']")!.TextContent);
        Assert.Equal("점검 의견 항목을 입력하세요.", empty.QuerySelector("[data-valmsg-for='SignOff.Findings']")!.TextContent);
        Assert.Null(storedAfterEmpty);
        AdminBrowser.AssertRedirectsTo(signed, $"{AccessLogWorld.Page}?month={lastMonth}");
        var review = await world.ReviewAsync(world.CenterA, lastMonth);
        Assert.Equal("이상 없음. 마스킹 해제 사유 모두 적정.", review!.Findings);
        Assert.Equal(world.Staff["manager.a"].StaffId, review.SignedOffByStaffId);
        Assert.True(review.ChainIntact);
        Assert.Equal("이 달의 점검은 이미 서명되었습니다.", again.QuerySelector("[data-section='signoff'] .errors")!.TextContent.Trim());
        Assert.Equal("이상 없음. 마스킹 해제 사유 모두 적정.", again.QuerySelector("[data-field='findings']")!.TextContent);
        Assert.Equal("이센터", after.QuerySelector("[data-field='reviewer']")!.TextContent);
        Assert.Equal("이상 없음. 마스킹 해제 사유 모두 적정.", after.QuerySelector("[data-field='findings']")!.TextContent);
        Assert.Null(after.QuerySelector("form[action*='handler=SignOff']"));
        Assert.NotNull(after.QuerySelector($"[data-section='reviews'] tr[data-review='{lastMonth}']"));
        Assert.Contains("아직 끝나지 않은 달은 서명할 수 없습니다.", tooEarly.QuerySelector("[data-section='signoff'] .errors")!.TextContent);
        Assert.Null(await world.ReviewAsync(world.CenterA, AccessLogWorld.CurrentMonth));
    }
}

/// <summary>Readers are logged under their staff name, the name every case page shows.</summary>
public sealed class AccessLogReaderNameTests(WelfareWorld world) : IClassFixture<WelfareWorld>
{
    [Fact]
    public async Task Reads_through_the_admin_are_logged_and_found_under_the_staff_name_the_case_pages_show()
    {
        var (clientId, caseId) = await world.OpenCaseAsync("worker.a", "이름확인");
        var worker = await world.SignedInAsync("worker.a");
        await worker.GetAsync($"/admin/Welfare/Cases/Details/{caseId}");
        var manager = await world.SignedInAsync("manager.a");

        var (_, byStaffName) = await manager.GetAsync($"{AccessLogWorld.Page}?month={AccessLogWorld.CurrentMonth}&who=김사례&action=View");

        var read = Assert.Single(await world.AccessLogOfAsync(clientId), e => e.CaseId == caseId);
        Assert.Equal("김사례", read.ActorName);
        Assert.Contains(byStaffName.QuerySelectorAll("tr[data-entry]"), r => r.TextContent.Contains("이**인") && r.TextContent.Contains("김사례")
            && r.QuerySelectorAll("td")[5].TextContent == "사례 기록");
        Assert.Equal("true", byStaffName.QuerySelector("[data-field='chain']")!.GetAttribute("data-intact"));
    }
}

/// <summary>Entries written under the account's display name (before staff names were logged), in a chain of their own.</summary>
public sealed class AccessLogEarlierReaderNameTests(WelfareWorld world) : IClassFixture<WelfareWorld>
{
    [Fact]
    public async Task Entries_written_under_the_account_name_are_found_by_the_staff_name_too()
    {
        var (clientId, _) = await world.OpenCaseAsync("pager.a", "계정이름");
        await world.RevealAsync("pager.a", clientId, "예전 기록");
        await using (var scope = world.Factory.Services.CreateAsyncScope())
        {
            // As entries were written before readers were named by their staff record.
            var db = scope.ServiceProvider.GetRequiredService<HousingDbContext>();
            await db.Database.ExecuteSqlAsync($"UPDATE WelfareAccessLog SET ActorName = 'pager.a' WHERE Purpose = '예전 기록'");
        }
        var manager = await world.SignedInAsync("manager.a");

        var (_, page) = await manager.GetAsync($"{AccessLogWorld.Page}?month={AccessLogWorld.CurrentMonth}&who=박목록&action=Reveal");

        Assert.Contains(page.QuerySelectorAll("tr[data-entry]"), r => r.TextContent.Contains("예전 기록"));
    }
}

public sealed class AccessLogTamperTests(WelfareWorld world) : IClassFixture<WelfareWorld>
{
    [Fact]
    public async Task An_entry_edited_in_the_database_shows_as_a_broken_chain_at_its_sequence()
    {
        var (clientId, _) = await world.OpenCaseAsync("worker.a", "변조확인");
        await world.RevealAsync("worker.a", clientId, "정당한 사유");
        await world.RevealAsync("worker.a", clientId, "두 번째 사유");
        long tampered;
        await using (var scope = world.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HousingDbContext>();
            tampered = await db.Set<AccessLogEntry>().Where(e => e.Purpose == "정당한 사유").Select(e => e.Sequence).SingleAsync();
            await db.Database.ExecuteSqlAsync($"UPDATE WelfareAccessLog SET Purpose = '호기심' WHERE Sequence = {tampered}");
        }
        var manager = await world.SignedInAsync("manager.a");

        var (_, page) = await manager.GetAsync($"{AccessLogWorld.Page}?month={AccessLogWorld.CurrentMonth}");

        var chain = page.QuerySelector("[data-field='chain']")!;
        Assert.Equal("false", chain.GetAttribute("data-intact"));
        Assert.Contains($"{tampered}번 기록에서 체인이 끊겼습니다", chain.TextContent);
        Assert.Contains("altered", page.QuerySelector("[data-section='chain'] .error")!.TextContent);
    }
}
