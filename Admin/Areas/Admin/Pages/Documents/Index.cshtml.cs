using Housing.Admin.Documents;
using Housing.Admin.Support;
using Housing.Domain.Common;
using Housing.Domain.Documents;
using Housing.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Housing.Admin.Areas.Admin.Pages.Documents;

/// <summary>The sent documents of the user's district office (every district's for a platform admin), newest first and paged on the server, with the postage saved this year.</summary>
public sealed class IndexModel(DocumentService documents, SendingDistricts districts, IHousingStore store, ICurrentActor currentActor, TimeProvider clock)
    : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>Only documents still waiting for replies.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Awaiting { get; set; }

    public IReadOnlyList<(Document Document, DocumentProgress Progress)> Rows { get; private set; } = [];

    public Pager Pager { get; private set; } = null!;

    public PostageSaved Postage { get; private set; } = null!;

    public long PostageRate { get; } = DocumentPostage.RegisteredLetterRate;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = currentActor.Require();
        Postage = await documents.PostageSavedAsync(actor, KoreanCalendar.Today(clock).Year, ct);
        var sending = (await districts.OfAsync(actor, ct)).Select(r => r.Id).ToList();
        var query = store.Query<Document>().Where(d => d.SenderKind == DocumentParty.DistrictOffice && sending.Contains(d.SenderId));
        if (Awaiting)
            query = query.Where(d => d.RequiresReply && d.Deliveries.Any(x => x.Status != DeliveryStatus.Replied));
        var page = await PagedList<Document>.ReadAsync(store, query.OrderByDescending(d => d.SentAt).ThenByDescending(d => d.Id), PageNumber, PageSize, ct);
        var now = clock.GetUtcNow();
        Rows = [.. page.Items.Select(d => (d, d.Progress(now)))];
        Pager = Pager.Of(page, Request);
    }
}
