using System.Net;
using Admin.Tests.Documents;
using Admin.Tests.Support;
using Housing.Domain.Common;
using Housing.Domain.Points;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Manager;

public sealed class CommonSpendingPagesTests(ComplexWorld world) : IClassFixture<ComplexWorld>
{
    private const string Page = "/admin/Manager/Points";

    private Task<CommonSpendingRequest> RequestAsync(string purpose, long amount) => world.WithServicesAsync(async sp =>
    {
        var points = sp.GetRequiredService<PointsService>();
        await points.GrantPointsAsync(Actor.System, new GrantPointsCommand(PointAccountKind.Common, world.Complexes["A"].Id, amount,
            "공동체 활동 적립", $"grant-{purpose}"));
        return await points.RequestCommonSpendingAsync(world.Users["manager.a"], world.Complexes["A"].Id, purpose, amount);
    });

    private Task<CommonSpendingRequest?> StoredAsync(Guid id) => world.WithServicesAsync(sp =>
    {
        var store = sp.GetRequiredService<IHousingStore>();
        return store.FirstOrDefaultAsync(store.Query<CommonSpendingRequest>().Where(r => r.Id == id));
    });

    [Fact]
    public async Task Officers_are_refused_and_anonymous_visitors_sent_to_sign_in()
    {
        AdminBrowser.AssertRedirectsTo((await (await world.SignedInAsync("officer")).GetAsync(Page)).Response, "http://localhost/admin/Account/AccessDenied");
        AdminBrowser.AssertRedirectsTo((await new AdminBrowser(world.Factory).GetAsync(Page)).Response, "http://localhost/admin/Account/SignIn");
    }

    [Fact]
    public async Task The_requester_may_not_approve_their_own_request_and_another_manager_approves_it()
    {
        var request = await RequestAsync("어린이놀이터 바닥 보수", 300_000);
        var requester = await world.SignedInAsync("manager.a");
        var (_, page) = await requester.GetAsync(Page);
        var row = page.QuerySelector($"[data-request='{request.Id}']")!;
        Assert.Empty(row.QuerySelectorAll("form"));
        Assert.Equal("직접 요청한 건입니다. 다른 관리자의 승인이 필요합니다.", row.QuerySelector("[data-field='own-request']")!.TextContent);

        // A crafted or stale approval by the requester is still refused, beside the request.
        var (refused, again) = await requester.PostAsync(page, $"{Page}?handler=Approve&complex={world.Complexes["A"].Id}",
            new Dictionary<string, string> { ["requestId"] = request.Id.ToString() });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("다른 관리자가 승인해야 합니다", again.QuerySelector($"[data-request='{request.Id}'] .errors")!.TextContent);
        Assert.Equal(CommonSpendingStatus.Requested, (await StoredAsync(request.Id))!.Status);

        var other = await world.SignedInAsync("manager.a2");
        (_, page) = await other.GetAsync(Page);
        var before = long.Parse(page.QuerySelector("[data-field='balance']")!.TextContent.Split(' ')[^1].TrimEnd('P').Replace(",", ""));
        var (approved, _) = await other.SubmitAsync(page, new Dictionary<string, string> { ["requestId"] = request.Id.ToString() },
            page.QuerySelector($"[data-request='{request.Id}'] form[action*='handler=Approve']")!.GetAttribute("action"));

        AdminBrowser.AssertRedirectsTo(approved, Page);
        var stored = (await StoredAsync(request.Id))!;
        Assert.Equal((CommonSpendingStatus.Approved, world.Users["manager.a2"].UserId), (stored.Status, stored.DecidedByUserId!.Value));
        var (_, after) = await other.GetAsync(approved.Headers.Location!.OriginalString);
        Assert.Equal("Approved", after.QuerySelector($"tr[data-request='{request.Id}']")!.GetAttribute("data-status"));
        Assert.Contains((before - 300_000).ToString("N0"), after.QuerySelector("[data-field='balance']")!.TextContent);
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_next_to_its_field_and_is_stored_with_it()
    {
        var request = await RequestAsync("경로당 안마의자 구입", 500_000);
        var manager = await world.SignedInAsync("manager.a2");
        var (_, page) = await manager.GetAsync(Page);
        var reject = page.QuerySelector($"[data-request='{request.Id}'] form[action*='handler=Reject']")!.GetAttribute("action");

        var (refused, again) = await manager.SubmitAsync(page, new Dictionary<string, string>
        {
            ["requestId"] = request.Id.ToString(), ["Reject.Reason"] = "",
        }, reject);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("반려 사유 항목을 입력하세요.", again.QuerySelector($"[data-request='{request.Id}'] [data-valmsg-for='Reject.Reason']")!.TextContent);
        Assert.Equal(CommonSpendingStatus.Requested, (await StoredAsync(request.Id))!.Status);

        var (rejected, _) = await manager.SubmitAsync(again, new Dictionary<string, string>
        {
            ["requestId"] = request.Id.ToString(), ["Reject.Reason"] = "입주자대표회의 의결 후 다시 요청하세요.",
        }, reject);

        AdminBrowser.AssertRedirectsTo(rejected, Page);
        var stored = (await StoredAsync(request.Id))!;
        Assert.Equal((CommonSpendingStatus.Rejected, "입주자대표회의 의결 후 다시 요청하세요."), (stored.Status, stored.RejectionReason));
    }
}
