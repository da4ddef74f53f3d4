using Housing.Domain.Common;

namespace Housing.Domain.Welfare;

/// <summary>
/// A housing-welfare case (사례) of one client, owned by one center at a time. It moves forward one
/// stage at a time; every change is kept in <see cref="StatusHistory"/>.
/// </summary>
public sealed class WelfareCase : AggregateRoot
{
    /// <summary>Days from intake within which the assessment is due.</summary>
    public const int AssessmentDays = 10;

    /// <summary>Days from intake within which the plan is due.</summary>
    public const int PlanDays = 30;

    /// <summary>
    /// The reason recorded with the stage change of an accepted referral, a fact (the sending center's id, <c>{0}</c>) in a
    /// fixed form that hosts recognise and word in their users' language.
    /// </summary>
    public const string ReferralAcceptedReason = "Referral from center {0} accepted";

    /// <summary>The reason recorded when the last follow-up closes the case again.</summary>
    public const string AllFollowUpsRecordedReason = "All follow-ups recorded";

    private readonly List<CaseCrisis> _crises = [];
    private readonly List<CaseAssessment> _assessments = [];
    private readonly List<CasePlan> _plans = [];
    private readonly List<ServiceRecord> _services = [];
    private readonly List<Referral> _referrals = [];
    private readonly List<CaseNote> _notes = [];
    private readonly List<FollowUp> _followUps = [];
    private readonly List<CaseStatusChange> _statusHistory = [];

    private WelfareCase() { }

    private WelfareCase(Guid centerId, Guid clientId, Guid workerId, OpenCaseDetails details, DateOnly intakeDate, DateTimeOffset now)
    {
        CenterId = centerId;
        OpenedByCenterId = centerId;
        ClientId = clientId;
        AssignedWorkerId = workerId;
        IntakeChannel = details.IntakeChannel;
        ReferralSource = Trimmed(details.ReferralSource);
        Urgency = details.Urgency;
        PresentingProblem = details.PresentingProblem.Trim();
        IntakeDate = intakeDate;
        OpenedAt = now;
        Status = CaseStatus.Intake;
        _crises.AddRange(details.Crises.Distinct().Select(c => new CaseCrisis(c)));
    }

    /// <summary>The center that owns the case now (changes when a referral is accepted).</summary>
    public Guid CenterId { get; private set; }

    public Guid OpenedByCenterId { get; private set; }

    public Guid ClientId { get; private set; }

    /// <summary>The <see cref="WelfareStaff"/> in charge.</summary>
    public Guid AssignedWorkerId { get; private set; }

    public CaseStatus Status { get; private set; }

    public IntakeChannel IntakeChannel { get; private set; }

    /// <summary>Who sent the client: 주민센터, a landlord, a hospital, self…</summary>
    public string? ReferralSource { get; private set; }

    public Urgency Urgency { get; private set; }

    public string PresentingProblem { get; private set; } = "";

    public DateOnly IntakeDate { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public CaseClosure? Closure { get; private set; }

    public IReadOnlyList<CaseCrisis> Crises => _crises;

    public IReadOnlyList<CaseAssessment> Assessments => _assessments;

    public IReadOnlyList<CasePlan> Plans => _plans;

    public IReadOnlyList<ServiceRecord> Services => _services;

    public IReadOnlyList<Referral> Referrals => _referrals;

    public IReadOnlyList<CaseNote> Notes => _notes;

    public IReadOnlyList<FollowUp> FollowUps => _followUps;

    public IReadOnlyList<CaseStatusChange> StatusHistory => _statusHistory;

    public bool IsClosed => Status is CaseStatus.Closed or CaseStatus.FollowUp;

    public DateOnly AssessmentDueDate => IntakeDate.AddDays(AssessmentDays);

    public DateOnly PlanDueDate => IntakeDate.AddDays(PlanDays);

    public CaseAssessment? LatestAssessment => _assessments.MaxBy(a => a.AssessedAt);

    public CasePlan? CurrentPlan => _plans.MaxBy(p => p.PlannedAt);

    public Referral? PendingReferral => _referrals.FirstOrDefault(r => r.Status == ReferralStatus.Pending);

    public long TotalServiceAmount => _services.Sum(s => s.Amount);

    /// <summary>No assessment yet and the 10-day limit has passed (an open case only).</summary>
    public bool IsAssessmentOverdue(DateOnly asOf) => !IsClosed && _assessments.Count == 0 && asOf > AssessmentDueDate;

    /// <summary>No plan yet and the 30-day limit has passed (an open case only).</summary>
    public bool IsPlanOverdue(DateOnly asOf) => !IsClosed && _plans.Count == 0 && asOf > PlanDueDate;

    /// <summary>In follow-up, with a follow-up whose date has passed unrecorded (<see cref="WelfareCaseQueries.FollowUpDueBy"/> of the day before).</summary>
    public bool IsFollowUpOverdue(DateOnly asOf) => Status == CaseStatus.FollowUp && _followUps.Any(f => !f.IsDone && f.DueDate < asOf);

    /// <summary>Whether the assessment was (or is being) made later than the limit.</summary>
    public bool AssessmentMissedLimit => _assessments.Count > 0 && KoreanCalendar.DateOf(_assessments.Min(a => a.AssessedAt)) > AssessmentDueDate;

    public bool PlanMissedLimit => _plans.Count > 0 && KoreanCalendar.DateOf(_plans.Min(p => p.PlannedAt)) > PlanDueDate;

    public bool HasCrisis(CrisisType type) => _crises.Any(c => c.Type == type);

    /// <summary>Everything that happened to the case, oldest first: the case page's timeline.</summary>
    public IReadOnlyList<CaseTimelineEntry> Timeline()
    {
        var entries = new List<CaseTimelineEntry>();
        entries.AddRange(_statusHistory.Select(h => new CaseTimelineEntry(h.At, CaseTimelineKind.StatusChange, h.StaffId, h.CenterId,
            h.From is null ? $"{h.To}" : h.From == h.To ? $"{h.To}: {h.Reason}" : $"{h.From} → {h.To}{(h.Reason is null ? "" : $": {h.Reason}")}")));
        entries.AddRange(_assessments.Select(a => new CaseTimelineEntry(a.AssessedAt, CaseTimelineKind.Assessment, a.AssessedByStaffId, null, a.Needs)));
        entries.AddRange(_plans.Select(p => new CaseTimelineEntry(p.PlannedAt, CaseTimelineKind.Plan, p.PlannedByStaffId, null,
            string.Join("; ", p.Goals.OrderBy(g => g.Order).Select(g => g.Description)))));
        entries.AddRange(_services.Select(v => new CaseTimelineEntry(v.RecordedAt, CaseTimelineKind.Service, v.RecordedByStaffId, null,
            $"{v.Type} ({v.Provider}, {v.Amount:N0} KRW, {v.Outcome})")));
        entries.AddRange(_referrals.Select(r => new CaseTimelineEntry(r.ReferredAt, CaseTimelineKind.Referral, r.ReferredByStaffId, r.FromCenterId,
            $"{r.ExternalAgency ?? r.ToCenterId?.ToString()}: {r.Reason}")));
        entries.AddRange(_referrals.Where(r => r.RespondedAt is not null).Select(r => new CaseTimelineEntry(r.RespondedAt!.Value,
            CaseTimelineKind.ReferralAnswer, r.RespondedByStaffId, r.ToCenterId, r.Status == ReferralStatus.Declined ? $"{r.Status}: {r.DeclineReason}" : $"{r.Status}")));
        entries.AddRange(_notes.Select(n => new CaseTimelineEntry(n.WrittenAt, CaseTimelineKind.Note, n.StaffId, n.CenterId, n.Text)));
        if (Closure is { } c)
            entries.Add(new CaseTimelineEntry(c.ClosedAt, CaseTimelineKind.Closure, c.ClosedByStaffId, null, $"{c.Outcome}: {c.Summary}"));
        entries.AddRange(_followUps.Where(f => f.IsDone).Select(f => new CaseTimelineEntry(f.RecordedAt!.Value, CaseTimelineKind.FollowUp,
            f.RecordedByStaffId, null, f.Result ?? "")));
        return entries.OrderBy(e => e.At).ThenBy(e => e.Kind).ToList();
    }

    internal static WelfareCase Open(WelfareCenter center, Client client, WelfareStaff worker, OpenCaseDetails details, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(details.PresentingProblem))
            throw new DomainException("PRESENTING_PROBLEM_REQUIRED", "Describe the client's housing problem at intake.");
        if (details.Crises.Count == 0)
            throw new DomainException("CRISIS_REQUIRED",
                $"Name at least one crisis; allowed: {ApiNames.AllOf<CrisisType>()}.");
        if (details.IntakeChannel == IntakeChannel.Referral && string.IsNullOrWhiteSpace(details.ReferralSource))
            throw new DomainException("REFERRAL_SOURCE_REQUIRED", "A case that came by referral needs its referral source.");
        if (worker.CenterId != center.Id || !worker.Active)
            throw new DomainException("WORKER_NOT_AT_CENTER", "The assigned worker must be an active staff member of the case's center.");
        var today = KoreanCalendar.DateOf(now);
        var intakeDate = details.IntakeDate ?? today;
        if (intakeDate > today)
            throw new DomainException("INTAKE_DATE_IN_FUTURE", $"Intake date {intakeDate:yyyy-MM-dd} is in the future.");
        var c = new WelfareCase(center.Id, client.Id, worker.Id, details, intakeDate, now);
        c._statusHistory.Add(new CaseStatusChange(null, CaseStatus.Intake, worker.Id, center.Id, null, now));
        return c;
    }

    internal void RecordAssessment(Guid staffId, string needs, string? housingCondition, string? financialSituation, DateTimeOffset now)
    {
        RequireOpen();
        if (string.IsNullOrWhiteSpace(needs))
            throw new DomainException("NEEDS_REQUIRED", "An assessment must state the client's needs.");
        _assessments.Add(new CaseAssessment(needs.Trim(), Trimmed(housingCondition), Trimmed(financialSituation), staffId, now));
        if (Status == CaseStatus.Intake)
            MoveTo(CaseStatus.Assessment, staffId, null, now);
        Touch();
    }

    internal void RecordPlan(Guid staffId, DateOnly conferenceDate, string? participants, IReadOnlyList<PlanGoalInput> goals, DateTimeOffset now)
    {
        RequireOpen();
        if (Status == CaseStatus.Intake)
            throw new DomainException("CASE_STAGE_SKIPPED", "A plan needs a needs assessment first; record the assessment.");
        if (goals.Count == 0 || goals.Any(g => string.IsNullOrWhiteSpace(g.Description)))
            throw new DomainException("PLAN_GOALS_REQUIRED", "A plan needs at least one goal, each with a description.");
        if (conferenceDate > KoreanCalendar.DateOf(now))
            throw new DomainException("CONFERENCE_DATE_IN_FUTURE", $"The case conference date {conferenceDate:yyyy-MM-dd} is in the future.");
        if (conferenceDate < IntakeDate)
            throw new DomainException("CONFERENCE_BEFORE_INTAKE", "The case conference cannot precede the intake.");
        var planGoals = goals.Select((g, i) => new PlanGoal(i + 1, g.Description.Trim(), g.TargetDate));
        _plans.Add(new CasePlan(conferenceDate, Trimmed(participants), planGoals, staffId, now));
        if (Status == CaseStatus.Assessment)
            MoveTo(CaseStatus.Planning, staffId, null, now);
        Touch();
    }

    internal void MarkGoalAchieved(Guid goalId, DateTimeOffset now)
    {
        RequireOpen();
        var plan = CurrentPlan ?? throw new DomainException("NO_PLAN", "The case has no plan yet.");
        plan.Goal(goalId).MarkAchieved(now);
        Touch();
    }

    internal ServiceRecord RecordService(Guid staffId, RecordServiceDetails d, DateTimeOffset now)
    {
        RequireOpen();
        var beforePlan = Status is CaseStatus.Intake or CaseStatus.Assessment;
        if (beforePlan && Urgency != Urgency.Emergency)
            throw new DomainException("CASE_STAGE_SKIPPED",
                "Services follow the plan; only emergency cases may receive services before the plan is recorded.");
        if (string.IsNullOrWhiteSpace(d.Provider))
            throw new DomainException("SERVICE_PROVIDER_REQUIRED", "Name who provided the service.");
        if (d.Amount < 0)
            throw new DomainException("SERVICE_AMOUNT_NEGATIVE", $"Amount {d.Amount} KRW is negative; amounts are 0 or more.");
        if (d.Date > KoreanCalendar.DateOf(now))
            throw new DomainException("SERVICE_DATE_IN_FUTURE", $"Service date {d.Date:yyyy-MM-dd} is in the future; record services once delivered.");
        if (d.Date < IntakeDate)
            throw new DomainException("SERVICE_BEFORE_INTAKE", "A service cannot precede the intake.");
        var record = new ServiceRecord(d.Type, d.Provider.Trim(), d.Amount, d.Date, d.Outcome, Trimmed(d.Note), staffId, now);
        _services.Add(record);
        if (Status == CaseStatus.Planning)
            MoveTo(CaseStatus.Service, staffId, null, now);
        Touch();
        return record;
    }

    internal void StartMonitoring(Guid staffId, DateTimeOffset now)
    {
        RequireOpen();
        if (Status != CaseStatus.Service)
            throw new DomainException("INVALID_CASE_TRANSITION", $"Monitoring starts after services are delivered; the case is in {ApiNames.Of(Status)}.");
        MoveTo(CaseStatus.Monitoring, staffId, null, now);
        Touch();
    }

    internal Referral Refer(Guid fromCenterId, Guid? toCenterId, string? externalAgency, string reason, Guid staffId, DateTimeOffset now)
    {
        RequireOpen();
        if (PendingReferral is not null)
            throw new DomainException("REFERRAL_PENDING", "The case already has a pending referral; wait for its answer.");
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainException("REFERRAL_REASON_REQUIRED", "A referral needs a reason.");
        if ((toCenterId is null) == string.IsNullOrWhiteSpace(externalAgency))
            throw new DomainException("REFERRAL_TARGET_INVALID", "Refer either to another center or to an external agency, not both or neither.");
        if (toCenterId == CenterId)
            throw new DomainException("REFERRAL_TO_SELF", "A case cannot be referred to the center that owns it.");
        var referral = new Referral(fromCenterId, toCenterId, Trimmed(externalAgency), reason.Trim(), staffId, now);
        _referrals.Add(referral);
        Touch();
        return referral;
    }

    /// <summary>
    /// The receiving center accepts: it becomes the owner and assigns its worker; the case keeps its stage and
    /// history. An external agency's acceptance (recorded by the owner) does not move the case.
    /// </summary>
    internal void AcceptReferral(Guid referralId, Guid staffId, Guid? receivingWorkerId, DateTimeOffset now)
    {
        var referral = Referral(referralId);
        RequireOpen();
        referral.Accept(staffId, now);
        if (referral.ToCenterId is { } toCenter)
        {
            var from = CenterId;
            CenterId = toCenter;
            AssignedWorkerId = receivingWorkerId ?? staffId;
            _statusHistory.Add(new CaseStatusChange(Status, Status, staffId, toCenter, string.Format(System.Globalization.CultureInfo.InvariantCulture, ReferralAcceptedReason, from), now));
        }
        Touch();
    }

    internal void DeclineReferral(Guid referralId, Guid staffId, string reason, DateTimeOffset now)
    {
        Referral(referralId).Decline(staffId, reason, now);
        Touch();
    }

    internal CaseNote AddNote(Guid centerId, Guid staffId, string text, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new DomainException("NOTE_EMPTY", "A case note needs text.");
        var note = new CaseNote(centerId, staffId, text.Trim(), now);
        _notes.Add(note);
        Touch();
        return note;
    }

    internal void AssignWorker(WelfareStaff worker)
    {
        RequireOpen();
        if (worker.CenterId != CenterId || !worker.Active)
            throw new DomainException("WORKER_NOT_AT_CENTER", "The assigned worker must be an active staff member of the case's center.");
        AssignedWorkerId = worker.Id;
        Touch();
    }

    /// <summary>
    /// Closes the case. An outcome and its summary are always required; closing before any service was
    /// delivered (from Intake, Assessment or Planning) also needs the reason the case ends early.
    /// </summary>
    internal void Close(Guid staffId, CaseOutcome? outcome, string? summary, string? earlyClosureReason,
        IReadOnlyList<DateOnly> followUpDueDates, DateTimeOffset now)
    {
        RequireOpen();
        if (outcome is null || string.IsNullOrWhiteSpace(summary))
            throw new DomainException("CLOSURE_OUTCOME_REQUIRED",
                $"A case cannot be closed without an outcome ({ApiNames.AllOf<CaseOutcome>()}) and its summary.");
        var early = Status is CaseStatus.Intake or CaseStatus.Assessment or CaseStatus.Planning;
        if (early && string.IsNullOrWhiteSpace(earlyClosureReason))
            throw new DomainException("CLOSURE_REASON_REQUIRED",
                $"The case is in {ApiNames.Of(Status)}: closing it before any service needs the reason it ends early.");
        if (_referrals.Any(r => r.Status == ReferralStatus.Pending && !r.IsExternal))
            throw new DomainException("REFERRAL_PENDING", "A referral to another center is pending; it must be answered before closing.");
        var closedOn = KoreanCalendar.DateOf(now);
        if (followUpDueDates.Any(d => d <= closedOn))
            throw new DomainException("FOLLOW_UP_DATE_INVALID", "Follow-ups are due after the closure date.");
        Closure = new CaseClosure(outcome.Value, summary.Trim(), early ? earlyClosureReason!.Trim() : Trimmed(earlyClosureReason), Status, staffId, now);
        MoveTo(CaseStatus.Closed, staffId, early ? Closure.EarlyClosureReason : null, now);
        foreach (var due in followUpDueDates.Distinct().Order())
            _followUps.Add(new FollowUp(due));
        if (_followUps.Count > 0)
            MoveTo(CaseStatus.FollowUp, staffId, null, now);
        Touch();
    }

    internal FollowUp ScheduleFollowUp(Guid staffId, DateOnly dueDate, DateTimeOffset now)
    {
        if (!IsClosed)
            throw new DomainException("CASE_NOT_CLOSED", "Follow-ups are scheduled after the case is closed.");
        if (dueDate <= KoreanCalendar.DateOf(now))
            throw new DomainException("FOLLOW_UP_DATE_INVALID", "A follow-up is due on a future date.");
        var followUp = new FollowUp(dueDate);
        _followUps.Add(followUp);
        if (Status == CaseStatus.Closed)
            MoveTo(CaseStatus.FollowUp, staffId, null, now);
        Touch();
        return followUp;
    }

    internal void RecordFollowUp(Guid followUpId, Guid staffId, string result, bool housingStable, DateTimeOffset now)
    {
        if (Status != CaseStatus.FollowUp)
            throw new DomainException("CASE_NOT_IN_FOLLOW_UP", $"The case is in {ApiNames.Of(Status)}; follow-ups are recorded after closure.");
        if (string.IsNullOrWhiteSpace(result))
            throw new DomainException("FOLLOW_UP_RESULT_REQUIRED", "Say what the follow-up found.");
        var followUp = _followUps.FirstOrDefault(f => f.Id == followUpId) ?? throw new NotFoundException("FollowUp", followUpId);
        followUp.Record(result.Trim(), housingStable, staffId, now);
        if (_followUps.All(f => f.IsDone))
            MoveTo(CaseStatus.Closed, staffId, AllFollowUpsRecordedReason, now);
        Touch();
    }

    internal Referral Referral(Guid referralId) =>
        _referrals.FirstOrDefault(r => r.Id == referralId) ?? throw new NotFoundException("Referral", referralId);

    private void MoveTo(CaseStatus to, Guid staffId, string? reason, DateTimeOffset now)
    {
        _statusHistory.Add(new CaseStatusChange(Status, to, staffId, CenterId, reason, now));
        Status = to;
    }

    private void RequireOpen()
    {
        if (IsClosed)
            throw new DomainException("CASE_CLOSED", "The case is closed.");
    }

    private static string? Trimmed(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

public sealed record PlanGoalInput(string Description, DateOnly? TargetDate = null);

public enum CaseTimelineKind
{
    StatusChange,
    Assessment,
    Plan,
    Service,
    Referral,
    ReferralAnswer,
    Note,
    Closure,
    FollowUp,
}

/// <summary>One line of a case's timeline.</summary>
public sealed record CaseTimelineEntry(DateTimeOffset At, CaseTimelineKind Kind, Guid? StaffId, Guid? CenterId, string Summary);

public sealed record OpenCaseDetails(
    IntakeChannel IntakeChannel,
    IReadOnlyList<CrisisType> Crises,
    Urgency Urgency,
    string PresentingProblem,
    string? ReferralSource = null,
    DateOnly? IntakeDate = null);

public sealed record RecordServiceDetails(
    ServiceType Type,
    string Provider,
    long Amount,
    DateOnly Date,
    ServiceOutcome Outcome,
    string? Note = null);
