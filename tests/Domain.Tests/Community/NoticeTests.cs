using Housing.Domain.Common;
using Housing.Domain.Community;

namespace Domain.Tests.Community;

public sealed class NoticeTests
{
    private static NoticeContent Content(string title = "엘리베이터 점검 안내") =>
        new(title, "6월 20일 10시부터 12시까지 101동 엘리베이터를 점검합니다.", [new AttachmentInput(Guid.NewGuid(), "점검일정.pdf")]);

    [Fact]
    public async Task A_manager_posts_a_published_notice_with_attachments()
    {
        var w = await CommunityWorld.CreateAsync();
        var notice = await w.Notices.PostNoticeAsync(w.Manager, new PostNoticeCommand(w.Complex.Id, Content(), Pinned: true));
        Assert.Equal(NoticeStatus.Published, notice.Status);
        Assert.True(notice.Pinned);
        Assert.Equal(w.Now, notice.PublishedAt);
        Assert.Equal("점검일정.pdf", Assert.Single(notice.Attachments).FileName);
    }

    [Fact]
    public async Task Residents_and_other_managers_cannot_post()
    {
        var w = await CommunityWorld.CreateAsync();
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Notices.PostNoticeAsync(w.Resident, new PostNoticeCommand(w.Complex.Id, Content())));
        var other = await w.World.AddComplexAsync("다른 단지");
        var otherManager = await w.World.AddManagerAsync(other.Id);
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Notices.PostNoticeAsync(otherManager, new PostNoticeCommand(w.Complex.Id, Content())));
    }

    [Fact]
    public async Task Residents_see_published_notices_pinned_first_and_managers_see_drafts_too()
    {
        var w = await CommunityWorld.CreateAsync();
        var old = await w.Notices.PostNoticeAsync(w.Manager, new PostNoticeCommand(w.Complex.Id, Content("관리비 안내")));
        w.World.Clock.AdvanceDays(1);
        var pinned = await w.Notices.PostNoticeAsync(w.Manager, new PostNoticeCommand(w.Complex.Id, Content("단수 안내"), Pinned: true));
        w.World.Clock.AdvanceDays(1);
        var recent = await w.Notices.PostNoticeAsync(w.Manager, new PostNoticeCommand(w.Complex.Id, Content("분리수거 안내")));
        var draft = await w.Notices.PostNoticeAsync(w.Manager, new PostNoticeCommand(w.Complex.Id, Content("초안"), Publish: false));

        Assert.Equal([pinned.Id, recent.Id, old.Id], (await w.Notices.NoticesOfComplexAsync(w.Resident, w.Complex.Id)).Select(n => n.Id));
        Assert.Contains(draft.Id, (await w.Notices.NoticesOfComplexAsync(w.Manager, w.Complex.Id)).Select(n => n.Id));
    }

    [Fact]
    public async Task A_notice_is_published_unpublished_and_edited_through_its_rules()
    {
        var w = await CommunityWorld.CreateAsync();
        var notice = await w.Notices.PostNoticeAsync(w.Manager, new PostNoticeCommand(w.Complex.Id, Content(), Publish: false));
        var pinDraft = await Assert.ThrowsAsync<DomainException>(() => w.Notices.PinNoticeAsync(w.Manager, notice.Id, true));
        Assert.Equal("NOTICE_NOT_PUBLISHED", pinDraft.Code);
        await w.Notices.PublishNoticeAsync(w.Manager, notice.Id);
        var twice = await Assert.ThrowsAsync<DomainException>(() => w.Notices.PublishNoticeAsync(w.Manager, notice.Id));
        Assert.Equal("NOTICE_ALREADY_PUBLISHED", twice.Code);
        await w.Notices.PinNoticeAsync(w.Manager, notice.Id, true);
        await w.Notices.UnpublishNoticeAsync(w.Manager, notice.Id);
        Assert.Equal(NoticeStatus.Unpublished, notice.Status);
        Assert.False(notice.Pinned);
        Assert.Empty(await w.Notices.NoticesOfComplexAsync(w.Resident, w.Complex.Id));

        await w.Notices.EditNoticeAsync(w.Manager, notice.Id, new NoticeContent("수정된 제목", "본문"));
        Assert.Equal("수정된 제목", notice.Title);
        Assert.Empty(notice.Attachments);
        var empty = await Assert.ThrowsAsync<DomainException>(() => w.Notices.EditNoticeAsync(w.Manager, notice.Id, new NoticeContent("", "본문")));
        Assert.Equal("NOTICE_TITLE_INVALID", empty.Code);
    }
}
