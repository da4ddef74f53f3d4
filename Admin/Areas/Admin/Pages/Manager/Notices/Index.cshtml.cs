using Housing.Admin.Manager;
using Housing.Admin.Support;
using Housing.Domain.Common;
using Housing.Domain.Community;
using Housing.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Housing.Admin.Areas.Admin.Pages.Manager.Notices;

/// <summary>The notices of the manager's complex, drafts and taken-down ones included, pinned first, paged on the server.</summary>
public sealed class IndexModel(NoticeService notices, ManagedComplexes managed, IHousingStore store, ICurrentActor currentActor) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public Guid? Complex { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public ComplexChoice Choice { get; private set; } = null!;

    public PagedList<Notice> Notices { get; private set; } = null!;

    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = currentActor.Require();
        Choice = await managed.ChooseAsync(actor, Complex, ct);
        var query = (IOrderedQueryable<Notice>)await notices.NoticesOfComplexAsync(actor, Choice.Current.Id, ct);
        Notices = await PagedList<Notice>.ReadAsync(store, query.ThenBy(n => n.Id), PageNumber, PageSize, ct);
        Pager = Pager.Of(Notices, Request);
    }
}
