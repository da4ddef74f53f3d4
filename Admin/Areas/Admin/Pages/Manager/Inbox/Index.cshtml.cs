using Housing.Admin.Manager;
using Housing.Admin.Support;
using Housing.Domain.Common;
using Housing.Domain.Documents;
using Housing.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Housing.Admin.Areas.Admin.Pages.Manager.Inbox;

/// <summary>Documents delivered to the manager's complex, newest first and paged on the server; unread ones stand out.</summary>
public sealed class IndexModel(ManagedComplexes managed, IHousingStore store, ICurrentActor currentActor) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public Guid? Complex { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Unanswered { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public ComplexChoice Choice { get; private set; } = null!;

    public IReadOnlyList<(Document Document, DocumentDelivery Delivery)> Rows { get; private set; } = [];

    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Choice = await managed.ChooseAsync(currentActor.Require(), Complex, ct);
        var complexId = Choice.Current.Id;
        var query = store.Query<Document>().InboxOf(DocumentParty.Complex, complexId);
        if (Unanswered)
            query = query.Where(d => d.Deliveries.Any(x => x.RecipientKind == DocumentParty.Complex && x.RecipientId == complexId
                && (x.ReadAt == null || (d.RequiresReply && x.Status != DeliveryStatus.Replied))));
        var page = await PagedList<Document>.ReadAsync(store, query.OrderByDescending(d => d.SentAt).ThenByDescending(d => d.Id), PageNumber, PageSize, ct);
        Rows = [.. page.Items.Select(d => (d, d.Deliveries.First(x => x.RecipientKind == DocumentParty.Complex && x.RecipientId == complexId)))];
        Pager = Pager.Of(page, Request);
    }
}
