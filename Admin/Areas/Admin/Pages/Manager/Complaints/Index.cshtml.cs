using Housing.Admin.Manager;
using Housing.Admin.Support;
using Housing.Domain.Common;
using Housing.Domain.Community;
using Housing.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Housing.Admin.Areas.Admin.Pages.Manager.Complaints;

/// <summary>The complaints queue of the manager's complex: open ones by default, oldest waiting first, paged on the server.</summary>
public sealed class IndexModel(ComplaintService complaints, ManagedComplexes managed, IHousingStore store, ICurrentActor currentActor,
    TimeProvider clock) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public Guid? Complex { get; set; }

    /// <summary>A status to show; none shows the open complaints (received, assigned, in progress).</summary>
    [BindProperty(SupportsGet = true)]
    public ComplaintStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public ComplexChoice Choice { get; private set; } = null!;

    public PagedList<Complaint> Complaints { get; private set; } = null!;

    public Pager Pager { get; private set; } = null!;

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = currentActor.Require();
        Choice = await managed.ChooseAsync(actor, Complex, ct);
        Now = clock.GetUtcNow();
        var query = await complaints.ComplaintsOfComplexAsync(actor, Choice.Current.Id, ct);
        var shown = Status is { } status
            ? query.Where(c => c.Status == status).OrderByDescending(c => c.FiledAt)
            : query.Where(c => c.Status == ComplaintStatus.Received || c.Status == ComplaintStatus.Assigned || c.Status == ComplaintStatus.InProgress)
                .OrderBy(c => c.FiledAt);
        Complaints = await PagedList<Complaint>.ReadAsync(store, shown.ThenBy(c => c.Id), PageNumber, PageSize, ct);
        Pager = Pager.Of(Complaints, Request);
    }
}
