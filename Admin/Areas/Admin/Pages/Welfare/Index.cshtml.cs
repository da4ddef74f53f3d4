using Housing.Admin.Welfare;
using Housing.Domain.Common;
using Housing.Domain.Welfare;
using Housing.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Housing.Admin.Areas.Admin.Pages.Welfare;

/// <summary>The welfare dashboard: open cases by stage, referrals waiting for the center's answer, time limits breached, follow-ups due.</summary>
public sealed class IndexModel(WelfareCaseService cases, IHousingStore store, ICurrentActor currentActor, TimeProvider clock) : PageModel
{
    public IReadOnlyDictionary<CaseStatus, int> ByStage { get; private set; } = new Dictionary<CaseStatus, int>();

    public IReadOnlyList<CaseRow> Breaching { get; private set; } = [];

    /// <summary>Follow-ups due from today to the end of the week.</summary>
    public IReadOnlyList<CaseRow> FollowUpsDue { get; private set; } = [];

    /// <summary>Follow-ups whose due date has passed unrecorded.</summary>
    public IReadOnlyList<CaseRow> FollowUpsOverdue { get; private set; } = [];

    /// <summary>Cases referred to the user's center, waiting for its answer.</summary>
    public IReadOnlyList<CaseRow> ReferralsIncoming { get; private set; } = [];

    public DateOnly Today { get; private set; }

    /// <summary>The Sunday that ends this week (Korean dates).</summary>
    public DateOnly WeekEnd { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = currentActor.Require();
        Today = KoreanCalendar.Today(clock);
        WeekEnd = Today.AddDays((7 - (int)Today.DayOfWeek) % 7);
        ByStage = await cases.CaseCountsByStageAsync(actor, ct);
        Breaching = await CaseRow.ForAsync(store, await cases.CasesBreachingTimeLimitsAsync(actor, Today, ct), Today, ct);
        FollowUpsOverdue = await CaseRow.ForAsync(store, await cases.FollowUpsDueAsync(actor, Today.AddDays(-1), ct), Today, ct);
        FollowUpsDue = await CaseRow.ForAsync(store, await cases.FollowUpsDueBetweenAsync(actor, Today, WeekEnd, ct), Today, ct);
        ReferralsIncoming = await CaseRow.ForAsync(store, await cases.ReferralsAwaitingAnswerAsync(actor, ct), Today, ct);
    }
}
