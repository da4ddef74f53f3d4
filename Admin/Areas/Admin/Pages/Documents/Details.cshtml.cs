using Housing.Admin.Documents;
using Housing.Admin.Support;
using Housing.Domain.Common;
using Housing.Domain.Documents;
using Housing.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Housing.Admin.Areas.Admin.Pages.Documents;

/// <summary>Which deliveries the tracking table shows.</summary>
public enum DeliveryFilter { All, Unread, AwaitingReply, Overdue, Replied, Unreachable }

/// <summary>
/// Tracking of one document: how many complexes read and replied and who is late, then the complexes one by one (paged),
/// with their replies and a resend of the SMS to those who have not read it.
/// </summary>
public sealed class DetailsModel(
    DocumentService documents,
    AttachmentUploads uploads,
    ICurrentActor currentActor,
    TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    public Document Document { get; private set; } = null!;

    public DocumentProgress Progress { get; private set; } = null!;

    public PagedList<DocumentDelivery> Deliveries { get; private set; } = null!;

    public Pager Pager { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public DeliveryFilter Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>How many complexes were sent the SMS again by the last resend (shown once after the redirect).</summary>
    [BindProperty(SupportsGet = true)]
    public int? Resent { get; set; }

    /// <summary>How many complexes of the last resend nobody could be texted at (shown once after the redirect).</summary>
    [BindProperty(SupportsGet = true)]
    public int? Unreachable { get; set; }

    /// <summary>The instant the page shows the document as of: deliveries past the deadline unreplied are overdue from then.</summary>
    public DateTimeOffset Now { get; private set; }

    [BindProperty(SupportsGet = true)]
    public bool Sent { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Document = await documents.DocumentAsync(currentActor.Require(), id, ct);
        Now = clock.GetUtcNow();
        Progress = Document.Progress(Now);
        var shown = Document.Deliveries.Where(Matches(Status, Document.ReplyDueAt, Now)).OrderBy(d => d.RecipientName, StringComparer.Ordinal).ToList();
        var pageCount = Math.Max(1, (shown.Count + PageSize - 1) / PageSize);
        var page = Math.Clamp(PageNumber, 1, pageCount);
        Deliveries = new PagedList<DocumentDelivery>(shown.Skip((page - 1) * PageSize).Take(PageSize).ToList(), page, PageSize, shown.Count);
        Pager = Pager.Of(Deliveries, Request);
    }

    /// <summary>Sends the SMS again to one complex that has not read the document.</summary>
    public Task<IActionResult> OnPostResendAsync(Guid id, Guid deliveryId, CancellationToken ct) =>
        ResendAsync(id, d => d.Id == deliveryId, ct);

    /// <summary>Sends the SMS again to every complex that has not read the document.</summary>
    public Task<IActionResult> OnPostResendUnreadAsync(Guid id, CancellationToken ct) =>
        ResendAsync(id, _ => true, ct);

    public async Task<IActionResult> OnGetAttachmentAsync(Guid id, Guid fileId, CancellationToken ct)
    {
        var document = await documents.DocumentAsync(currentActor.Require(), id, ct);
        if (DocumentDisplay.FindAttachment(document, fileId, _ => true) is not { } attachment
            || await uploads.OpenAsync(attachment, ct) is not { } stored)
            return NotFound();
        return File(stored.Content, stored.File.ContentType, stored.File.FileName);
    }

    public static bool CanResend(DocumentDelivery delivery) =>
        delivery.RecipientKind == DocumentParty.Complex && delivery.ReadAt is null && delivery.Status != DeliveryStatus.Replied;

    private async Task<IActionResult> ResendAsync(Guid id, Func<DocumentDelivery, bool> which, CancellationToken ct)
    {
        var actor = currentActor.Require();
        var document = await documents.DocumentAsync(actor, id, ct);
        var chosen = document.Deliveries.Where(d => CanResend(d) && which(d)).Select(d => d.Id).ToList();
        var notices = chosen.Count > 0 ? await documents.ResendNotificationsAsync(actor, chosen, ct) : DocumentNotices.None;
        // Says what was queued and what could not be, never the number asked for.
        return RedirectToPage(new { id, status = Status, resent = notices.Notified.Count, unreachable = notices.Unreachable.Count });
    }

    private static Func<DocumentDelivery, bool> Matches(DeliveryFilter filter, DateTimeOffset? dueAt, DateTimeOffset now) => filter switch
    {
        DeliveryFilter.Unread => d => d.ReadAt is null,
        DeliveryFilter.AwaitingReply => d => d.Status != DeliveryStatus.Replied,
        DeliveryFilter.Overdue => d => d.IsOverdueAt(dueAt, now),
        DeliveryFilter.Replied => d => d.Status == DeliveryStatus.Replied,
        DeliveryFilter.Unreachable => d => d.Unreachable,
        _ => _ => true,
    };
}
