using Housing.Domain.Common;
using Housing.Domain.Documents;
using Housing.Infrastructure.Files;
using Housing.Admin.Resources;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Housing.Admin.Documents;

/// <summary>
/// Attachments of a form that may be shown again (a preview, a refused post): new uploads are stored at once and the
/// form carries their ids, so nothing has to be chosen twice. Ids coming back from a form count only for files the
/// same user uploaded.
/// </summary>
public sealed class AttachmentUploads(FileStore files)
{
    /// <summary>Stores the uploads and returns them with the kept ids' files; a refused upload is reported by file name.</summary>
    public async Task<(List<Attachment> Attachments, List<RefusedUpload> Refused)> CollectAsync(Actor actor, IEnumerable<Guid> keptIds,
        IEnumerable<IFormFile> uploads, CancellationToken ct)
    {
        var attachments = new List<Attachment>();
        var refused = new List<RefusedUpload>();
        foreach (var id in keptIds.Distinct())
            if (await files.FindAsync(id, ct) is { } kept && kept.UploadedBy == actor.UserId)
                attachments.Add(AttachmentOf(kept));
        foreach (var upload in uploads.Where(u => u.Length > 0 || u.FileName.Length > 0))
        {
            try
            {
                await using var content = upload.OpenReadStream();
                attachments.Add(AttachmentOf(await files.SaveAsync(upload.FileName, content, actor.UserId, ct)));
            }
            catch (DomainException e)
            {
                refused.Add(new RefusedUpload(Path.GetFileName(upload.FileName), e.Code));
            }
        }
        return (attachments, refused);
    }

    /// <summary>The stored file of an attachment the page has already found in a record the user may read.</summary>
    public async Task<(StoredFile File, Stream Content)?> OpenAsync(Attachment attachment, CancellationToken ct) =>
        await files.FindAsync(attachment.FileId, ct) is { } file ? (file, files.OpenRead(file)) : null;

    /// <summary>Puts the refused uploads, in the user's words, next to the file field (one message: the field shows one).</summary>
    public static void ReportRefused(ModelStateDictionary modelState, string field, IReadOnlyList<RefusedUpload> refused,
        IStringLocalizer<DocumentsResource> text)
    {
        if (refused.Count > 0)
            modelState.AddModelError(field, string.Join(" ", refused.Select(upload =>
                string.Format(text["Error_" + upload.Code], upload.FileName, FileStore.MaxSize / 1024 / 1024))));
    }

    private static Attachment AttachmentOf(StoredFile file) => new(file.Id, file.FileName, file.ContentType, file.Size);
}

/// <summary>An upload the file store refused, with the rule's code (<c>FILE_TOO_LARGE</c>, <c>FILE_TYPE_NOT_ALLOWED</c>…).</summary>
public sealed record RefusedUpload(string FileName, string Code);
