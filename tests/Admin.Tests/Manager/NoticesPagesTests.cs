using System.Net;
using Admin.Tests.Documents;
using Admin.Tests.Support;
using Housing.Domain.Common;
using Housing.Domain.Community;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Manager;

public sealed class NoticesPagesTests(ComplexWorld world) : IClassFixture<ComplexWorld>
{
    private const string New = "/admin/Manager/Notices/Edit";

    private Task<Notice> PostAsync(string title, params AttachmentInput[] attachments) => world.WithServicesAsync(sp =>
        sp.GetRequiredService<NoticeService>().PostNoticeAsync(world.Users["manager.a"],
            new PostNoticeCommand(world.Complexes["A"].Id, new NoticeContent(title, "엘리베이터 점검 안내입니다.", attachments))));

    private Task<List<Notice>> NoticesTitledAsync(string title) => world.WithServicesAsync(sp =>
    {
        var store = sp.GetRequiredService<IHousingStore>();
        return store.ToListAsync(store.Query<Notice>().Where(n => n.Title == title));
    });

    [Fact]
    public async Task Officers_are_refused_and_another_complexs_manager_may_not_edit_the_notice()
    {
        var notice = await PostAsync("다른 단지 공지 접근");
        AdminBrowser.AssertRedirectsTo((await (await world.SignedInAsync("officer")).GetAsync("/admin/Manager/Notices")).Response,
            "http://localhost/admin/Account/AccessDenied");
        AdminBrowser.AssertRedirectsTo((await new AdminBrowser(world.Factory).GetAsync(New)).Response, "http://localhost/admin/Account/SignIn");
        Assert.Equal(HttpStatusCode.Forbidden, (await (await world.SignedInAsync("manager.b")).GetAsync($"{New}/{notice.Id}")).Response.StatusCode);
    }

    [Fact]
    public async Task A_notice_without_a_title_is_refused_next_to_the_field_and_a_complete_one_is_published_and_listed()
    {
        var manager = await world.SignedInAsync("manager.a");
        var (_, form) = await manager.GetAsync(New);

        var (refused, again) = await manager.SubmitAsync(form, new Dictionary<string, string> { ["Input.Title"] = "", ["Input.Body"] = "단수 안내 본문" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("제목 항목을 입력하세요.", again.QuerySelector("[data-valmsg-for='Input.Title']")!.TextContent);
        Assert.Equal("단수 안내 본문", again.QuerySelector("#Input_Body")!.TextContent);

        var (saved, _) = await manager.SubmitAsync(again, new Dictionary<string, string> { ["Input.Title"] = "11월 28일 단수 안내" });

        AdminBrowser.AssertRedirectsTo(saved, "/admin/Manager/Notices/Edit/");
        var stored = Assert.Single(await NoticesTitledAsync("11월 28일 단수 안내"));
        Assert.Equal((NoticeStatus.Published, world.Complexes["A"].Id), (stored.Status, stored.ComplexId));
        var (_, list) = await manager.GetAsync("/admin/Manager/Notices");
        Assert.Equal("Published", list.QuerySelector($"tr[data-notice='{stored.Id}']")!.GetAttribute("data-status"));
    }

    [Fact]
    public async Task Editing_keeps_the_attachments_and_a_notice_can_be_taken_down()
    {
        var notice = await PostAsync("승강기 정기점검", new AttachmentInput(Guid.NewGuid(), "점검일정.pdf"));
        var manager = await world.SignedInAsync("manager.a");
        var (_, form) = await manager.GetAsync($"{New}/{notice.Id}");
        Assert.Equal("승강기 정기점검", form.QuerySelector("#Input_Title")!.GetAttribute("value"));

        await manager.SubmitAsync(form, new Dictionary<string, string> { ["Input.Title"] = "승강기 정기점검 (일정 변경)" }, $"{New}/{notice.Id}?complex");
        var (_, edited) = await manager.GetAsync($"{New}/{notice.Id}");
        await manager.SubmitAsync(edited, new Dictionary<string, string>(), $"{New}/{notice.Id}?handler=Unpublish");

        var stored = Assert.Single(await NoticesTitledAsync("승강기 정기점검 (일정 변경)"));
        Assert.Equal("점검일정.pdf", Assert.Single(stored.Attachments).FileName);
        Assert.Equal(NoticeStatus.Unpublished, stored.Status);
    }
}
