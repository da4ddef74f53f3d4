using Housing.Admin.Support;
using Housing.Admin.Welfare;
using Housing.Domain.Common;
using Housing.Domain.Welfare;
using Housing.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Housing.Admin.Areas.Admin.Pages.Welfare.Cases;

/// <summary>The cases the user may see, filtered by center, stage, crisis, worker, overdue limits and referrals awaiting the center's answer, paged on the server.</summary>
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

    /// <summary>Only cases referred to the user's center whose referral waits for its answer.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Incoming { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Center { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<CaseRow> Rows { get; private set; } = [];

    public Pager Pager { get; private set; } = null!;

    /// <summary>The workers of the listed cases' centers (of the chosen one, when chosen), for the worker filter.</summary>
    public IReadOnlyList<WelfareStaff> Workers { get; private set; } = [];

    /// <summary>The centers whose cases the user sees, for the center filter (shown when there are several).</summary>
    public IReadOnlyList<WelfareCenter> Centers { get; private set; } = [];

    public string CenterName(Guid id) => Centers.FirstOrDefault(c => c.Id == id)?.Name ?? "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = currentActor.Require();
        var today = KoreanCalendar.Today(clock);
        var ctx = await WelfareStaffContext.ResolveAsync(store, actor, ct);
        var query = await cases.VisibleCasesAsync(actor, ct);
        var centerIds = await store.ToListAsync(query.Select(c => c.CenterId).Distinct(), ct);
        Centers = await store.ToListAsync(store.Query<WelfareCenter>().Where(c => centerIds.Contains(c.Id)).OrderBy(c => c.Name), ct);
        if (Center is { } chosen && !centerIds.Contains(chosen)) Center = null;
        List<Guid> workerCenters = Center is { } only ? [only] : centerIds;
        Workers = await store.ToListAsync(store.Query<WelfareStaff>().Where(s => workerCenters.Contains(s.CenterId))
            .OrderBy(s => s.Name).ThenBy(s => s.Id), ct);

        if (Center is { } center) query = query.Where(c => c.CenterId == center);
        if (Incoming) query = query.Where(WelfareCaseQueries.ReferralAwaitingAnswerBy(ctx.Center.Id));
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
