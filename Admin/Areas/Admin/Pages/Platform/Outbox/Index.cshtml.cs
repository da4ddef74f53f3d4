using Housing.Admin.Resources;
using Housing.Admin.Support;
using Housing.Domain.Common;
using Housing.Infrastructure.Identity;
using Housing.Infrastructure.Notifications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Housing.Admin.Areas.Admin.Pages.Platform.Outbox;

/// <summary>The outgoing SMS and e-mail, newest first, filtered by status and channel, paged on the server, with resend.</summary>
public sealed class IndexModel(OutboxLog log, ICurrentActor currentActor, IStringLocalizer<PlatformResource> text) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public OutboundMessageStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public NotificationChannel? Channel { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<OutboundMessage> Messages { get; private set; } = [];

    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = currentActor.Require();
        var page = await log.ListAsync(actor, Status, Channel, Math.Max(1, PageNumber), PageSize, ct);
        var pageCount = Math.Max(1, (page.TotalCount + PageSize - 1) / PageSize);
        if (page.Page > pageCount)
            page = await log.ListAsync(actor, Status, Channel, pageCount, PageSize, ct);
        Messages = page.Messages;
        Pager = new Pager(page.Page, pageCount, page.TotalCount, Request);
    }

    /// <summary>Sends again a failed message, or one whose fate is unknown, after a person decided so.</summary>
    public async Task<IActionResult> OnPostResendAsync(Guid id, CancellationToken ct)
    {
        try
        {
            await log.ResendAsync(currentActor.Require(), id, ct);
            return RedirectToPage(new { status = Status, channel = Channel, p = PageNumber });
        }
        catch (DomainException e) when (e is not NotFoundException and not ForbiddenException)
        {
            // A message another admin already resent (or that was sent meanwhile) is refused; say so on the list.
            ModelState.AddDomainError("Resend", e, text);
            await OnGetAsync(ct);
            return Page();
        }
    }
}
