using Housing.Domain.Community;
using Housing.Domain.Documents;

namespace Housing.Domain.Common;

/// <summary>Whether a file may be read, judged by the things of one kind (documents, notices, complaints) it is attached to.</summary>
public enum AttachmentAccess
{
    /// <summary>The file is attached to nothing of this kind.</summary>
    NotAttached,
    Allowed,
    Denied,
}

/// <summary>How one kind of owner of stored files judges an actor's access to a file attached to it.</summary>
public delegate Task<AttachmentAccess> FileOwnerAccess(IHousingStore store, TimeProvider clock, Actor actor, Guid fileId, CancellationToken ct);

/// <summary>
/// Who reads a stored file: a file is read like what it is attached to. Every kind of owner (a document or reply, a notice,
/// a complaint's photos) answers for its own; the file is readable when any thing it is attached to lets the actor read it.
/// A file attached to nothing yet is for its uploader only.
/// </summary>
public static class AttachedFileAccess
{
    private static readonly FileOwnerAccess[] Owners = [DocumentFileAccess.OfAsync, NoticeService.FileAccessAsync, ComplaintService.FileAccessAsync];

    public static async Task<bool> MayReadAsync(IHousingStore store, TimeProvider clock, Actor actor, Guid fileId, Guid uploadedBy,
        CancellationToken ct = default)
    {
        var attached = false;
        foreach (var owner in Owners)
        {
            var access = await owner(store, clock, actor, fileId, ct);
            if (access == AttachmentAccess.Allowed) return true;
            attached |= access == AttachmentAccess.Denied;
        }
        return !attached && uploadedBy == actor.UserId;
    }
}
