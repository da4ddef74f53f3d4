using Housing.Domain.Common;
using Housing.Domain.Complexes;

namespace Housing.Domain.Community;

public sealed record PostNoticeCommand(Guid ComplexId, NoticeContent Content, bool Publish = true, bool Pinned = false);

/// <summary>Notices of the management office: written by the complex's managers, read by its residents.</summary>
public sealed class NoticeService(IHousingStore store, TimeProvider clock)
{
    public async Task<Notice> PostNoticeAsync(Actor actor, PostNoticeCommand cmd, CancellationToken ct = default)
    {
        await RequireComplexAsync(cmd.ComplexId, ct);
        await ComplexAccess.RequireManagerOrAdminAsync(store, clock, actor, cmd.ComplexId, ct);
        var now = clock.GetUtcNow();
        var notice = Notice.Create(cmd.ComplexId, actor.UserId, cmd.Content, now);
        if (cmd.Publish) notice.Publish(now);
        if (cmd.Pinned) notice.Pin(true);
        store.Add(notice);
        await store.SaveChangesAsync(ct);
        return notice;
    }

    public Task<Notice> EditNoticeAsync(Actor actor, Guid noticeId, NoticeContent content, CancellationToken ct = default) =>
        ChangeAsync(actor, noticeId, n => n.Edit(content, clock.GetUtcNow()), ct);

    public Task<Notice> PublishNoticeAsync(Actor actor, Guid noticeId, CancellationToken ct = default) =>
        ChangeAsync(actor, noticeId, n => n.Publish(clock.GetUtcNow()), ct);

    public Task<Notice> UnpublishNoticeAsync(Actor actor, Guid noticeId, CancellationToken ct = default) =>
        ChangeAsync(actor, noticeId, n => n.Unpublish(clock.GetUtcNow()), ct);

    public Task<Notice> PinNoticeAsync(Actor actor, Guid noticeId, bool pinned, CancellationToken ct = default) =>
        ChangeAsync(actor, noticeId, n => n.Pin(pinned), ct);

    /// <summary>
    /// The notices of a complex as the actor may see them: managers and admins see drafts and taken-down notices too;
    /// everyone else sees the published ones. Pinned first, then newest first.
    /// </summary>
    public async Task<IQueryable<Notice>> NoticesOfComplexAsync(Actor actor, Guid complexId, CancellationToken ct = default)
    {
        var all = await SeesUnpublishedAsync(store, clock, actor, complexId, ct);
        var q = store.Query<Notice>().Where(n => n.ComplexId == complexId);
        if (!all) q = q.Where(n => n.Status == NoticeStatus.Published);
        return q.OrderByDescending(n => n.Pinned).ThenByDescending(n => n.PublishedAt).ThenByDescending(n => n.CreatedAt);
    }

    /// <summary>
    /// A file attached to notices is read like them (<see cref="AttachedFileAccess"/>): a published notice's files by every
    /// signed-in user, a draft's or taken-down notice's files by the complex's managers and platform admins.
    /// </summary>
    public static async Task<AttachmentAccess> FileAccessAsync(IHousingStore store, TimeProvider clock, Actor actor, Guid fileId, CancellationToken ct = default)
    {
        var notices = await store.ToListAsync(store.Query<Notice>().Where(n => n.Attachments.Any(a => a.FileId == fileId)), ct);
        if (notices.Count == 0) return AttachmentAccess.NotAttached;
        if (notices.Any(n => n.IsPublished)) return AttachmentAccess.Allowed;
        foreach (var complexId in notices.Select(n => n.ComplexId).Distinct())
            if (await SeesUnpublishedAsync(store, clock, actor, complexId, ct))
                return AttachmentAccess.Allowed;
        return AttachmentAccess.Denied;
    }

    /// <summary>Managers of the complex and platform admins see its drafts and taken-down notices too.</summary>
    private static async Task<bool> SeesUnpublishedAsync(IHousingStore store, TimeProvider clock, Actor actor, Guid complexId, CancellationToken ct) =>
        actor.IsIn(Roles.PlatformAdmin) || await ComplexAccess.IsManagerOfAsync(store, clock, actor, complexId, ct);

    private async Task<Notice> ChangeAsync(Actor actor, Guid noticeId, Action<Notice> change, CancellationToken ct)
    {
        var notice = await store.FirstOrDefaultAsync(store.Query<Notice>().Where(n => n.Id == noticeId), ct)
            ?? throw new NotFoundException(nameof(Notice), noticeId);
        await ComplexAccess.RequireManagerOrAdminAsync(store, clock, actor, notice.ComplexId, ct);
        change(notice);
        await store.SaveChangesAsync(ct);
        return notice;
    }

    private async Task RequireComplexAsync(Guid complexId, CancellationToken ct)
    {
        if (!await store.AnyAsync(store.Query<Complex>().Where(c => c.Id == complexId), ct))
            throw new NotFoundException(nameof(Complex), complexId);
    }
}
