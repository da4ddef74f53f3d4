using Housing.Domain.Common;
using Housing.Domain.Complexes;

namespace Housing.Domain.Documents;

/// <summary>
/// Who reads the attachments of documents and replies: a file is read like the document it belongs to. District staff
/// (district officers, platform admins) read every document's files; a manager reads the files of documents delivered to
/// or sent by their complex, and the files of replies their complex gave or received.
/// </summary>
public static class DocumentFileAccess
{
    public static async Task<AttachmentAccess> OfAsync(IHousingStore store, TimeProvider clock, Actor actor, Guid fileId, CancellationToken ct = default)
    {
        var documents = await store.ToListAsync(store.Query<Document>().Where(d =>
            d.Attachments.Any(a => a.FileId == fileId)
            || d.Deliveries.Any(x => x.Reply != null && x.Reply.Attachments.Any(a => a.FileId == fileId))), ct);
        if (documents.Count == 0) return AttachmentAccess.NotAttached;
        if (actor.IsAnyOf(Roles.PlatformAdmin, Roles.DistrictOfficer)) return AttachmentAccess.Allowed;

        var complexes = new HashSet<Guid>();
        foreach (var document in documents)
        {
            if (document.SenderKind == DocumentParty.Complex)
                complexes.Add(document.SenderId);
            var deliveries = document.Attachments.Any(a => a.FileId == fileId)
                ? document.Deliveries
                : document.Deliveries.Where(x => x.Reply?.Attachments.Any(a => a.FileId == fileId) == true);
            complexes.UnionWith(deliveries.Where(x => x.RecipientKind == DocumentParty.Complex).Select(x => x.RecipientId));
        }
        foreach (var complexId in complexes)
            if (await ComplexAccess.IsManagerOfAsync(store, clock, actor, complexId, ct))
                return AttachmentAccess.Allowed;
        return AttachmentAccess.Denied;
    }
}
