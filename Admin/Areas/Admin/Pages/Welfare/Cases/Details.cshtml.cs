using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Housing.Admin.Resources;
using Housing.Admin.Support;
using Housing.Admin.Welfare;
using Housing.Domain.Common;
using Housing.Domain.Welfare;
using Housing.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Housing.Admin.Areas.Admin.Pages.Welfare.Cases;

/// <summary>
/// One case: its timeline and every step of its work (assessment, plan, services, monitoring, referrals and their
/// answers, notes, closure). Each form posts to its own handler; a refused step comes back with what was typed.
/// </summary>
public sealed partial class DetailsModel(
    WelfareCaseService cases,
    IHousingStore store,
    ICurrentActor currentActor,
    TimeProvider clock,
    IStringLocalizer<SharedResource> text) : PageModel
{
    public WelfareCase Case { get; private set; } = null!;

    public string ClientMaskedName { get; private set; } = "";

    public IReadOnlyList<CaseTimelineEntry> Timeline { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> StaffNames { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyDictionary<Guid, string> CenterNames { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>Centers a referral may go to: every center but the owner.</summary>
    public IReadOnlyList<WelfareCenter> ReferralTargets { get; private set; } = [];

    /// <summary>The user's center owns the case (and so writes its notes).</summary>
    public bool OwnsCase { get; private set; }

    /// <summary>The user's center owns the open case, so they may record its work.</summary>
    public bool CanChange => OwnsCase && !Case.IsClosed;

    /// <summary>The 10-day assessment limit applies while the open case has no assessment.</summary>
    public bool AssessmentLimitApplies => !Case.IsClosed && Case.Assessments.Count == 0;

    /// <summary>The 30-day plan limit applies while the open case has no plan.</summary>
    public bool PlanLimitApplies => !Case.IsClosed && Case.Plans.Count == 0;

    /// <summary>The pending referral the user's center is to answer, if any.</summary>
    public Referral? ReferralToAnswer { get; private set; }

    public DateOnly Today { get; private set; }

    /// <summary>
    /// The form whose post was refused (its handler's name). It is shown again with what was typed and why, even when the
    /// case no longer offers it (closed or taken over meanwhile, from another tab or by a colleague).
    /// </summary>
    public string? RefusedForm { get; private set; }

    /// <summary>The referral an answer form concerns: the one waiting for the user's center, else the one a refused answer named.</summary>
    public Guid? AnsweredReferralId => ReferralToAnswer?.Id ?? _postedReferralId;

    private Guid? _postedReferralId;

    /// <summary>A work form is shown while the user may record the case's work, and after its own post was refused.</summary>
    public bool Shows(string form) => CanChange || RefusedForm == form;

    public AssessmentInput Assessment { get; set; } = new();

    public PlanInput Plan { get; set; } = new();

    public ServiceInput Service { get; set; } = new();

    public ReferInput Refer { get; set; } = new();

    public DeclineInput Decline { get; set; } = new();

    public NoteInput Note { get; set; } = new();

    public CloseInput Close { get; set; } = new();

    public async Task OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    public Task<IActionResult> OnPostAssessmentAsync(Guid id, [Bind(Prefix = nameof(Assessment))] AssessmentInput input, CancellationToken ct)
    {
        Assessment = input;
        return ChangeAsync(id, nameof(Assessment), actor =>
            cases.RecordAssessmentAsync(actor, id, input.Needs, input.HousingCondition, input.FinancialSituation, ct), ct);
    }

    public Task<IActionResult> OnPostPlanAsync(Guid id, [Bind(Prefix = nameof(Plan))] PlanInput input, CancellationToken ct)
    {
        Plan = input;
        return ChangeAsync(id, nameof(Plan), actor => cases.RecordPlanAsync(actor, id, input.ConferenceDate!.Value, input.Participants,
            input.GoalLines().Select(g => new PlanGoalInput(g)).ToList(), ct), ct);
    }

    public Task<IActionResult> OnPostGoalAchievedAsync(Guid id, Guid goalId, CancellationToken ct) =>
        ChangeAsync(id, "Goal", actor => cases.MarkGoalAchievedAsync(actor, id, goalId, ct), ct);

    public Task<IActionResult> OnPostServiceAsync(Guid id, [Bind(Prefix = nameof(Service))] ServiceInput input, CancellationToken ct)
    {
        Service = input;
        return ChangeAsync(id, nameof(Service), actor => cases.RecordServiceAsync(actor, id, new RecordServiceDetails(
            input.Type, input.Provider, input.Amount!.Value, input.Date!.Value, input.Outcome, input.Note), ct), ct);
    }

    public Task<IActionResult> OnPostMonitoringAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(id, "Monitoring", actor => cases.StartMonitoringAsync(actor, id, ct), ct);

    public Task<IActionResult> OnPostReferAsync(Guid id, [Bind(Prefix = nameof(Refer))] ReferInput input, CancellationToken ct)
    {
        Refer = input;
        return ChangeAsync(id, nameof(Refer), actor => cases.ReferCaseAsync(actor, id, input.ToCenterId, input.ExternalAgency, input.Reason, ct), ct);
    }

    public Task<IActionResult> OnPostAcceptAsync(Guid id, Guid referralId, CancellationToken ct)
    {
        _postedReferralId = referralId;
        return ChangeAsync(id, "Accept", actor => cases.AcceptReferralAsync(actor, id, referralId, ct: ct), ct);
    }

    public Task<IActionResult> OnPostDeclineAsync(Guid id, [Bind(Prefix = nameof(Decline))] DeclineInput input, CancellationToken ct)
    {
        Decline = input;
        _postedReferralId = input.ReferralId;
        return ChangeAsync(id, nameof(Decline), actor => cases.DeclineReferralAsync(actor, id, input.ReferralId, input.Reason, ct), ct);
    }

    public Task<IActionResult> OnPostNoteAsync(Guid id, [Bind(Prefix = nameof(Note))] NoteInput input, CancellationToken ct)
    {
        Note = input;
        return ChangeAsync(id, nameof(Note), actor => cases.AddCaseNoteAsync(actor, id, input.Text, ct), ct);
    }

    public Task<IActionResult> OnPostCloseAsync(Guid id, [Bind(Prefix = nameof(Close))] CloseInput input, CancellationToken ct)
    {
        Close = input;
        return ChangeAsync(id, nameof(Close), actor => cases.CloseCaseAsync(actor, new CloseCaseCommand(id, input.Outcome, input.Summary,
            input.EarlyClosureReason, input.FollowUpDate is { } due ? [due] : []), ct), ct);
    }

    public string StaffName(Guid? id) => id is { } known && StaffNames.TryGetValue(known, out var name) ? name : "";

    public string CenterName(Guid? id) => id is { } known && CenterNames.TryGetValue(known, out var name) ? name : "";

    /// <summary>
    /// A timeline line in the user's words: the domain's fixed reasons, stage, outcome and answer names become their
    /// labels, center ids center names. What users typed (needs, goals, notes, reasons, results) is shown as typed.
    /// </summary>
    public string Describe(CaseTimelineEntry entry)
    {
        if (entry.Kind is CaseTimelineKind.Assessment or CaseTimelineKind.Plan or CaseTimelineKind.Note or CaseTimelineKind.FollowUp)
            return entry.Summary;
        var summary = ReferralAccepted.Replace(entry.Summary, m => Guid.TryParse(m.Groups["center"].Value, out var from)
            ? text["Timeline_ReferralAcceptedFrom", CenterName(from) is { Length: > 0 } name ? name : m.Groups["center"].Value].Value
            : m.Value);
        summary = summary.Replace(WelfareCase.AllFollowUpsRecordedReason, text["Timeline_AllFollowUpsRecorded"].Value, StringComparison.Ordinal);
        summary = CenterNames.Aggregate(summary, (s, center) => s.Replace(center.Key.ToString(), center.Value, StringComparison.Ordinal));
        return entry.Kind == CaseTimelineKind.Referral
            ? summary
            : DomainWord().Replace(summary, word => Labels.TryGetValue(word.Value, out var key) ? text[key].Value : word.Value);
    }

    private static readonly Dictionary<string, string> Labels = Enum.GetNames<CaseStatus>().Select(n => (n, "CaseStatus_" + n))
        .Concat(Enum.GetNames<ServiceType>().Select(n => (n, "ServiceType_" + n)))
        .Concat(Enum.GetNames<ServiceOutcome>().Select(n => (n, "ServiceOutcome_" + n)))
        .Concat(Enum.GetNames<CaseOutcome>().Select(n => (n, "CaseOutcome_" + n)))
        .Concat(Enum.GetNames<ReferralStatus>().Select(n => (n, "ReferralStatus_" + n)))
        .Append(("KRW", "Won"))
        .DistinctBy(p => p.Item1)
        .ToDictionary(p => p.Item1, p => p.Item2);

    /// <summary>The stage change's reason of an accepted referral, as <see cref="WelfareCase.ReferralAcceptedReason"/> writes it.</summary>
    private static readonly Regex ReferralAccepted = new(
        Regex.Escape(WelfareCase.ReferralAcceptedReason).Replace(@"\{0}", "(?<center>[0-9A-Fa-f-]{36})", StringComparison.Ordinal),
        RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\b[A-Z][A-Za-z]+\b")]
    private static partial Regex DomainWord();

    private async Task<IActionResult> ChangeAsync(Guid id, string form, Func<Actor, Task> change, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await change(currentActor.Require());
                return RedirectToPage(new { id });
            }
            catch (DomainException e)
            {
                // Refused, also because the case changed since the page was shown (a step or goal gone, the case taken over):
                // the reason goes to the form. A case the user may no longer see stays not found when the page reloads.
                ModelState.AddDomainError(FieldOf(form, e.Code), e, text);
            }
        }
        RefusedForm = form;
        await LoadAsync(id, ct);
        // Fields refused before the domain was asked: if the case no longer takes this form (closed or taken over
        // meanwhile), say so too, or the user would correct the fields only to be refused next.
        if (ModelState[form] is not { Errors.Count: > 0 } && WorkForms.Contains(form) && !CanChange)
            ModelState.AddModelError(form, text[OwnsCase ? "Error_CASE_CLOSED" : "Error_FORBIDDEN"].Value);
        return Page();
    }

    /// <summary>The forms that record the work of an open case its center owns.</summary>
    private static readonly HashSet<string> WorkForms =
        [nameof(Assessment), nameof(Plan), "Goal", nameof(Service), "Monitoring", nameof(Refer), nameof(Close)];

    /// <summary>The field a refusal is about, so it shows next to it; else the form it came from.</summary>
    private static string FieldOf(string form, string code) => code switch
    {
        "NEEDS_REQUIRED" => "Assessment.Needs",
        "PLAN_GOALS_REQUIRED" => "Plan.Goals",
        "CONFERENCE_DATE_IN_FUTURE" or "CONFERENCE_BEFORE_INTAKE" => "Plan.ConferenceDate",
        "SERVICE_PROVIDER_REQUIRED" => "Service.Provider",
        "SERVICE_AMOUNT_NEGATIVE" => "Service.Amount",
        "SERVICE_DATE_IN_FUTURE" or "SERVICE_BEFORE_INTAKE" => "Service.Date",
        "REFERRAL_REASON_REQUIRED" => "Refer.Reason",
        "REFERRAL_TARGET_INVALID" or "REFERRAL_TO_SELF" => "Refer.ToCenterId",
        "DECLINE_REASON_REQUIRED" => "Decline.Reason",
        "NOTE_EMPTY" => "Note.Text",
        "CLOSURE_REASON_REQUIRED" => "Close.EarlyClosureReason",
        "FOLLOW_UP_DATE_INVALID" when form == nameof(Close) => "Close.FollowUpDate",
        _ => form,
    };

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        var actor = currentActor.Require();
        Today = KoreanCalendar.Today(clock);
        var ctx = await WelfareStaffContext.ResolveAsync(store, actor, ct);
        Case = await cases.GetCaseAsync(actor, id, ct);
        var clientId = Case.ClientId;
        ClientMaskedName = Client.MaskName(await store.FirstOrDefaultAsync(store.Query<Client>().Where(c => c.Id == clientId).Select(c => c.Name), ct) ?? "");
        Timeline = Case.Timeline();
        var staffIds = Timeline.Where(e => e.StaffId is not null).Select(e => e.StaffId!.Value).Append(Case.AssignedWorkerId).Distinct().ToList();
        StaffNames = await WelfareNames.StaffAsync(store, staffIds, ct);
        var centers = await store.ToListAsync(store.Query<WelfareCenter>().OrderBy(c => c.Name), ct);
        CenterNames = centers.ToDictionary(c => c.Id, c => c.Name);
        ReferralTargets = centers.Where(c => c.Id != Case.CenterId).ToList();
        OwnsCase = Case.CenterId == ctx.Center.Id;
        ReferralToAnswer = Case.PendingReferral is { } pending && (pending.ToCenterId ?? Case.CenterId) == ctx.Center.Id ? pending : null;
        Plan.ConferenceDate ??= Today;
        Service.Date ??= Today;
    }
}

public sealed class AssessmentInput
{
    [Required(ErrorMessage = "Required")]
    [Display(Name = "Assessment_Needs")]
    public string Needs { get; set; } = "";

    [Display(Name = "Assessment_HousingCondition")]
    public string? HousingCondition { get; set; }

    [Display(Name = "Assessment_FinancialSituation")]
    public string? FinancialSituation { get; set; }
}

public sealed class PlanInput
{
    [Required(ErrorMessage = "Required")]
    [Display(Name = "Plan_ConferenceDate")]
    [DataType(DataType.Date)]
    public DateOnly? ConferenceDate { get; set; }

    [Display(Name = "Plan_Participants")]
    public string? Participants { get; set; }

    /// <summary>One goal per line.</summary>
    [Required(ErrorMessage = "Required")]
    [Display(Name = "Plan_Goals")]
    public string Goals { get; set; } = "";

    public IEnumerable<string> GoalLines() =>
        Goals.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

public sealed class ServiceInput
{
    [Display(Name = "Service_Type")]
    public ServiceType Type { get; set; }

    [Required(ErrorMessage = "Required")]
    [Display(Name = "Service_Provider")]
    public string Provider { get; set; } = "";

    [Required(ErrorMessage = "Required")]
    [Range(0, long.MaxValue, ErrorMessage = "NotNegative")]
    [Display(Name = "Service_Amount")]
    public long? Amount { get; set; }

    [Required(ErrorMessage = "Required")]
    [Display(Name = "Service_Date")]
    [DataType(DataType.Date)]
    public DateOnly? Date { get; set; }

    [Display(Name = "Service_Outcome")]
    public ServiceOutcome Outcome { get; set; }

    [Display(Name = "Service_Note")]
    public string? Note { get; set; }
}

public sealed class ReferInput
{
    [Display(Name = "Refer_ToCenter")]
    public Guid? ToCenterId { get; set; }

    [Display(Name = "Refer_ExternalAgency")]
    public string? ExternalAgency { get; set; }

    [Required(ErrorMessage = "Required")]
    [Display(Name = "Refer_Reason")]
    public string Reason { get; set; } = "";
}

public sealed class DeclineInput
{
    public Guid ReferralId { get; set; }

    [Required(ErrorMessage = "Required")]
    [Display(Name = "Decline_Reason")]
    public string Reason { get; set; } = "";
}

public sealed class NoteInput
{
    [Required(ErrorMessage = "Required")]
    [Display(Name = "Note_Text")]
    public string Text { get; set; } = "";
}

public sealed class CloseInput
{
    [Required(ErrorMessage = "Required")]
    [Display(Name = "Close_Outcome")]
    public CaseOutcome? Outcome { get; set; }

    [Required(ErrorMessage = "Required")]
    [Display(Name = "Close_Summary")]
    public string Summary { get; set; } = "";

    [Display(Name = "Close_EarlyReason")]
    public string? EarlyClosureReason { get; set; }

    [Display(Name = "Close_FollowUpDate")]
    [DataType(DataType.Date)]
    public DateOnly? FollowUpDate { get; set; }
}
