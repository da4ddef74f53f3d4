using Housing.Admin.Support;
using Housing.Admin.Welfare;
using Housing.Domain.Common;
using Housing.Domain.Welfare;
using Housing.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Housing.Admin.Areas.Admin.Pages.Welfare.Cases;

/// <summary>The cases the user may see, filtered by stage, crisis, worker and overdue limits, paged on the server.</summary>
public sealed class IndexModel(WelfareCaseService cases, IHousingStore store, ICurrentActor currentActor, TimeProvider clock) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public CaseStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public CrisisType? Crisis { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Worker { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<CaseRow> Rows { get; private set; } = [];

    public Pager Pager { get; private set; } = null!;

    /// <summary>The workers of the user's center, for the worker filter.</summary>
    public IReadOnlyList<WelfareStaff> Workers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = currentActor.Require();
        var today = KoreanCalendar.Today(clock);
        var ctx = await WelfareStaffContext.ResolveAsync(store, actor, ct);
        var centerId = ctx.Center.Id;
        Workers = await store.ToListAsync(store.Query<WelfareStaff>().Where(s => s.CenterId == centerId).OrderBy(s => s.Name), ct);

        var query = await cases.VisibleCasesAsync(actor, ct);
        if (Status is { } status) query = query.Where(c => c.Status == status);
        if (Crisis is { } crisis) query = query.Where(WelfareCaseQueries.HasCrisis(crisis));
        if (Worker is { } worker) query = query.Where(c => c.AssignedWorkerId == worker);
        if (Overdue) query = query.Where(WelfareCaseQueries.BreachingTimeLimitsAsOf(today));
        var page = await PagedList<WelfareCase>.ReadAsync(store, query.OrderByDescending(c => c.IntakeDate).ThenByDescending(c => c.Id),
            PageNumber, PageSize, ct);
        Rows = await CaseRow.ForAsync(store, page.Items, today, ct);
        Pager = Pager.Of(page, Request);
    }
}
