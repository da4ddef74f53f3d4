using System.ComponentModel.DataAnnotations;
using Housing.Admin.Documents;
using Housing.Admin.Resources;
using Housing.Admin.Support;
using Housing.Domain.Common;
using Housing.Domain.Documents;
using Housing.Infrastructure.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Housing.Admin.Areas.Admin.Pages.Manager.Inbox;

/// <summary>
/// One delivered document as its recipient complex sees it: opening it marks it read; when a reply is asked for, the
/// manager replies with a report and attachments (stored on the first post, so a refused reply keeps them).
/// </summary>
public sealed class DetailsModel(
    DocumentService documents,
    AttachmentUploads uploads,
    IHousingStore store,
    ICurrentActor currentActor,
    IStringLocalizer<ManagerResource> text,
    IStringLocalizer<DocumentsResource> documentText) : PageModel
{
    public Document Document { get; private set; } = null!;

    public DocumentDelivery Delivery { get; private set; } = null!;

    [BindProperty]
    public ReplyInput Reply { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Uploads { get; set; } = [];

    public List<Attachment> Attachments { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public bool Replied { get; set; }

    public bool CanReply => Document.RequiresReply && Delivery.Reply is null;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var actor = currentActor.Require();
        await LoadAsync(id, ct);
        var (attachments, refused) = await uploads.CollectAsync(actor, Reply.AttachmentIds, Uploads, ct);
        Attachments = attachments;
        AttachmentUploads.ReportRefused(ModelState, nameof(Uploads), refused, documentText);
        if (!ModelState.IsValid)
            return Page();
        try
        {
            await documents.ReplyToDocumentAsync(actor, id, Reply.Body, attachments, ct);
            return RedirectToPage(new { id, replied = true });
        }
        catch (DomainException e) when (e is not NotFoundException and not ForbiddenException)
        {
            ModelState.AddDomainError(e.Code == "INVALID_REPLY" ? "Reply.Body" : "", e, text);
            return Page();
        }
    }

    public async Task<IActionResult> OnGetAttachmentAsync(Guid id, Guid fileId, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        if (DocumentDisplay.FindAttachment(Document, fileId, d => d.Id == id) is not { } attachment
            || await uploads.OpenAsync(attachment, ct) is not { } stored)
            return NotFound();
        return File(stored.Content, stored.File.ContentType, stored.File.FileName);
    }

    /// <summary>Opening the document is reading it: the delivery is marked read (once), which also proves the user is its recipient.</summary>
    private async Task LoadAsync(Guid deliveryId, CancellationToken ct)
    {
        Delivery = await documents.MarkDeliveryReadAsync(currentActor.Require(), deliveryId, ct);
        Document = (await store.FirstOrDefaultAsync(store.Query<Document>().Where(d => d.Deliveries.Any(x => x.Id == deliveryId)), ct))!;
    }
}

[LocalizedBy(typeof(ManagerResource))]
public sealed class ReplyInput
{
    [Required(ErrorMessage = "Required")]
    [Display(Name = "Reply_Body")]
    public string Body { get; set; } = "";

    public List<Guid> AttachmentIds { get; set; } = [];
}
