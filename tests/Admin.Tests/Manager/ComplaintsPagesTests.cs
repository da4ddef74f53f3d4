using System.Net;
using Admin.Tests.Documents;
using Admin.Tests.Support;
using Housing.Domain.Common;
using Housing.Domain.Community;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Manager;

public sealed class ComplaintsPagesTests(ComplexWorld world) : IClassFixture<ComplexWorld>
{
    private static string Page(Guid id) => $"/admin/Manager/Complaints/Details/{id}";

    private Task<Complaint?> StoredAsync(Guid id) => world.WithServicesAsync(sp =>
    {
        var store = sp.GetRequiredService<IHousingStore>();
        return store.FirstOrDefaultAsync(store.Query<Complaint>().Where(c => c.Id == id));
    });

    [Fact]
    public async Task Officers_are_refused_anonymous_visitors_sent_to_sign_in_and_another_complexs_manager_gets_403()
    {
        var complaint = await world.FileComplaintAsync("다른 단지 관리소장 접근");
        AdminBrowser.AssertRedirectsTo((await (await world.SignedInAsync("officer")).GetAsync("/admin/Manager/Complaints")).Response,
            "http://localhost/admin/Account/AccessDenied");
        AdminBrowser.AssertRedirectsTo((await new AdminBrowser(world.Factory).GetAsync("/admin/Manager/Complaints")).Response,
            "http://localhost/admin/Account/SignIn");
        Assert.Equal(HttpStatusCode.Forbidden, (await (await world.SignedInAsync("manager.b")).GetAsync(Page(complaint.Id))).Response.StatusCode);
    }

    [Fact]
    public async Task The_queue_shows_the_open_complaints_of_the_managers_complex_and_filters_by_status()
    {
        var open = await world.FileComplaintAsync("누수 신고 대기열");
        var manager = await world.SignedInAsync("manager.a");

        var (_, queue) = await manager.GetAsync("/admin/Manager/Complaints");
        var (_, closed) = await manager.GetAsync($"/admin/Manager/Complaints?status=Closed");
        var (_, other) = await (await world.SignedInAsync("manager.b")).GetAsync("/admin/Manager/Complaints");

        Assert.NotNull(queue.QuerySelector($"tr[data-complaint='{open.Id}']"));
        Assert.Null(closed.QuerySelector($"tr[data-complaint='{open.Id}']"));
        Assert.Null(other.QuerySelector($"tr[data-complaint='{open.Id}']"));
    }

    [Fact]
    public async Task A_complaint_is_assigned_started_resolved_and_closed_and_a_resolution_is_required()
    {
        var complaint = await world.FileComplaintAsync("욕실 천장 누수");
        var manager = await world.SignedInAsync("manager.a");
        var (_, page) = await manager.GetAsync(Page(complaint.Id));

        var (refused, again) = await manager.SubmitAsync(page, new Dictionary<string, string>(), Page(complaint.Id) + "?handler=Assign");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("담당자를 고르세요.", again.QuerySelector("[data-valmsg-for='AssigneeId']")!.TextContent);
        Assert.Equal(ComplaintStatus.Received, (await StoredAsync(complaint.Id))!.Status);

        await manager.SubmitAsync(again, new Dictionary<string, string> { ["AssigneeId"] = world.Users["manager.a"].UserId.ToString() },
            Page(complaint.Id) + "?handler=Assign");
        (_, page) = await manager.GetAsync(Page(complaint.Id));
        Assert.Equal("래미안 관리소장", page.QuerySelector("[data-field='assignee']")!.TextContent);
        await manager.SubmitAsync(page, new Dictionary<string, string>(), Page(complaint.Id) + "?handler=Start");
        (_, page) = await manager.GetAsync(Page(complaint.Id));

        var (blank, withError) = await manager.SubmitAsync(page, new Dictionary<string, string> { ["Resolve.Resolution"] = "" },
            Page(complaint.Id) + "?handler=Resolve");
        Assert.Equal(HttpStatusCode.OK, blank.StatusCode);
        Assert.Equal("처리 결과 항목을 입력하세요.", withError.QuerySelector("[data-valmsg-for='Resolve.Resolution']")!.TextContent);
        Assert.Equal(ComplaintStatus.InProgress, (await StoredAsync(complaint.Id))!.Status);

        await manager.SubmitAsync(withError, new Dictionary<string, string> { ["Resolve.Resolution"] = "윗집 배관 교체 완료" },
            Page(complaint.Id) + "?handler=Resolve");
        (_, page) = await manager.GetAsync(Page(complaint.Id));
        Assert.Equal("윗집 배관 교체 완료", page.QuerySelector("[data-field='resolution']")!.TextContent);
        await manager.SubmitAsync(page, new Dictionary<string, string>(), Page(complaint.Id) + "?handler=Close");

        var stored = (await StoredAsync(complaint.Id))!;
        Assert.Equal(ComplaintStatus.Closed, stored.Status);
        Assert.Equal(world.Users["manager.a"].UserId, stored.AssigneeUserId);
        Assert.Equal(
            [ComplaintStatus.Received, ComplaintStatus.Assigned, ComplaintStatus.InProgress, ComplaintStatus.Resolved, ComplaintStatus.Closed],
            stored.History.OrderBy(h => h.At).Select(h => h.To));
    }
}
