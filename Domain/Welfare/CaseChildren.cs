using Housing.Domain.Common;

namespace Housing.Domain.Welfare;

/// <summary>One crisis a case addresses (several may apply).</summary>
public sealed class CaseCrisis : Entity
{
    private CaseCrisis() { }

    internal CaseCrisis(CrisisType type) => Type = type;

    public CrisisType Type { get; private set; }
}

/// <summary>The needs assessment (욕구사정).</summary>
public sealed class CaseAssessment : Entity
{
    private CaseAssessment() { }

    internal CaseAssessment(string needs, string? housingCondition, string? financialSituation, Guid staffId, DateTimeOffset at)
    {
        Needs = needs;
        HousingCondition = housingCondition;
        FinancialSituation = financialSituation;
        AssessedByStaffId = staffId;
        AssessedAt = at;
    }

    public string Needs { get; private set; } = "";

    public string? HousingCondition { get; private set; }

    public string? FinancialSituation { get; private set; }

    public Guid AssessedByStaffId { get; private set; }

    public DateTimeOffset AssessedAt { get; private set; }
}

/// <summary>The service plan agreed at the case conference (사례회의); a later plan revises an earlier one.</summary>
public sealed class CasePlan : Entity
{
    private readonly List<PlanGoal> _goals = [];

    private CasePlan() { }

    internal CasePlan(DateOnly conferenceDate, string? conferenceParticipants, IEnumerable<PlanGoal> goals, Guid staffId, DateTimeOffset at)
    {
        ConferenceDate = conferenceDate;
        ConferenceParticipants = conferenceParticipants;
        _goals.AddRange(goals);
        PlannedByStaffId = staffId;
        PlannedAt = at;
    }

    public DateOnly ConferenceDate { get; private set; }

    public string? ConferenceParticipants { get; private set; }

    public Guid PlannedByStaffId { get; private set; }

    public DateTimeOffset PlannedAt { get; private set; }

    public IReadOnlyList<PlanGoal> Goals => _goals;

    internal PlanGoal Goal(Guid goalId) => _goals.FirstOrDefault(g => g.Id == goalId)
        ?? throw new NotFoundException("PlanGoal", goalId);
}

public sealed class PlanGoal : Entity
{
    private PlanGoal() { }

    internal PlanGoal(int order, string description, DateOnly? targetDate)
    {
        Order = order;
        Description = description;
        TargetDate = targetDate;
    }

    public int Order { get; private set; }

    public string Description { get; private set; } = "";

    public DateOnly? TargetDate { get; private set; }

    public DateTimeOffset? AchievedAt { get; private set; }

    internal void MarkAchieved(DateTimeOffset at) => AchievedAt ??= at;
}

/// <summary>A service delivered to the client.</summary>
public sealed class ServiceRecord : Entity
{
    private ServiceRecord() { }

    internal ServiceRecord(ServiceType type, string provider, long amount, DateOnly date, ServiceOutcome outcome, string? note, Guid staffId, DateTimeOffset at)
    {
        Type = type;
        Provider = provider;
        Amount = amount;
        Date = date;
        Outcome = outcome;
        Note = note;
        RecordedByStaffId = staffId;
        RecordedAt = at;
    }

    public ServiceType Type { get; private set; }

    /// <summary>Who delivered it: the center itself, a foundation, a public agency, a contractor.</summary>
    public string Provider { get; private set; } = "";

    /// <summary>Amount in KRW (0 for services without money, such as counselling).</summary>
    public long Amount { get; private set; }

    public DateOnly Date { get; private set; }

    public ServiceOutcome Outcome { get; private set; }

    public string? Note { get; private set; }

    public Guid RecordedByStaffId { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}

/// <summary>
/// A referral to another center (which may accept the case: it then owns it) or to an external agency
/// (recorded by the sending center). The sending center keeps read access to the case.
/// </summary>
public sealed class Referral : Entity
{
    private Referral() { }

    internal Referral(Guid fromCenterId, Guid? toCenterId, string? externalAgency, string reason, Guid staffId, DateTimeOffset at)
    {
        FromCenterId = fromCenterId;
        ToCenterId = toCenterId;
        ExternalAgency = externalAgency;
        Reason = reason;
        ReferredByStaffId = staffId;
        ReferredAt = at;
        Status = ReferralStatus.Pending;
    }

    public Guid FromCenterId { get; private set; }

    /// <summary>The receiving center; null when referred to an external agency.</summary>
    public Guid? ToCenterId { get; private set; }

    public string? ExternalAgency { get; private set; }

    public string Reason { get; private set; } = "";

    public Guid ReferredByStaffId { get; private set; }

    public DateTimeOffset ReferredAt { get; private set; }

    public ReferralStatus Status { get; private set; }

    public Guid? RespondedByStaffId { get; private set; }

    public DateTimeOffset? RespondedAt { get; private set; }

    public string? DeclineReason { get; private set; }

    public bool IsExternal => ToCenterId is null;

    internal void Accept(Guid staffId, DateTimeOffset at)
    {
        RequirePending();
        Status = ReferralStatus.Accepted;
        RespondedByStaffId = staffId;
        RespondedAt = at;
    }

    internal void Decline(Guid staffId, string reason, DateTimeOffset at)
    {
        RequirePending();
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainException("DECLINE_REASON_REQUIRED", "Declining a referral needs a reason the sending center can act on.");
        Status = ReferralStatus.Declined;
        RespondedByStaffId = staffId;
        RespondedAt = at;
        DeclineReason = reason.Trim();
    }

    private void RequirePending()
    {
        if (Status != ReferralStatus.Pending)
            throw new DomainException("REFERRAL_NOT_PENDING", $"The referral was already {Status.ToString().ToLowerInvariant()}.");
    }
}

public sealed class CaseNote : Entity
{
    private CaseNote() { }

    internal CaseNote(Guid centerId, Guid staffId, string text, DateTimeOffset at)
    {
        CenterId = centerId;
        StaffId = staffId;
        Text = text;
        WrittenAt = at;
    }

    public Guid CenterId { get; private set; }

    public Guid StaffId { get; private set; }

    public string Text { get; private set; } = "";

    public DateTimeOffset WrittenAt { get; private set; }
}

/// <summary>How and why the case ended.</summary>
public sealed class CaseClosure : Entity
{
    private CaseClosure() { }

    internal CaseClosure(CaseOutcome outcome, string summary, string? earlyClosureReason, CaseStatus closedFrom, Guid staffId, DateTimeOffset at)
    {
        Outcome = outcome;
        Summary = summary;
        EarlyClosureReason = earlyClosureReason;
        ClosedFrom = closedFrom;
        ClosedByStaffId = staffId;
        ClosedAt = at;
    }

    public CaseOutcome Outcome { get; private set; }

    public string Summary { get; private set; } = "";

    /// <summary>Why the case ended before any service was delivered (required then).</summary>
    public string? EarlyClosureReason { get; private set; }

    public CaseStatus ClosedFrom { get; private set; }

    public Guid ClosedByStaffId { get; private set; }

    public DateTimeOffset ClosedAt { get; private set; }
}

/// <summary>A check on the client after closure, due on a date, recorded when done.</summary>
public sealed class FollowUp : Entity
{
    private FollowUp() { }

    internal FollowUp(DateOnly dueDate) => DueDate = dueDate;

    public DateOnly DueDate { get; private set; }

    public DateTimeOffset? RecordedAt { get; private set; }

    public Guid? RecordedByStaffId { get; private set; }

    public string? Result { get; private set; }

    /// <summary>Whether the client's housing is still stable at this check.</summary>
    public bool? HousingStable { get; private set; }

    public bool IsDone => RecordedAt is not null;

    internal void Record(string result, bool housingStable, Guid staffId, DateTimeOffset at)
    {
        if (IsDone)
            throw new DomainException("FOLLOW_UP_ALREADY_RECORDED", $"The follow-up due {DueDate:yyyy-MM-dd} was already recorded.");
        Result = result;
        HousingStable = housingStable;
        RecordedByStaffId = staffId;
        RecordedAt = at;
    }
}

/// <summary>One step of the case's history, for the timeline and for audits.</summary>
public sealed class CaseStatusChange : Entity
{
    private CaseStatusChange() { }

    internal CaseStatusChange(CaseStatus? from, CaseStatus to, Guid? staffId, Guid centerId, string? reason, DateTimeOffset at)
    {
        From = from;
        To = to;
        StaffId = staffId;
        CenterId = centerId;
        Reason = reason;
        At = at;
    }

    public CaseStatus? From { get; private set; }

    public CaseStatus To { get; private set; }

    public Guid? StaffId { get; private set; }

    /// <summary>The center that owned the case when it changed.</summary>
    public Guid CenterId { get; private set; }

    public string? Reason { get; private set; }

    public DateTimeOffset At { get; private set; }
}
