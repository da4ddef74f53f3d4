using System.Linq.Expressions;

namespace Housing.Domain.Welfare;

/// <summary>
/// Which cases a staff member may see: the central center sees all; a district center sees the cases it
/// owns, those referred to it (pending or accepted) and those it referred away (read access to the history
/// it wrote). Nobody else sees any. Every case query applies it.
/// </summary>
public sealed class CaseVisibility
{
    private readonly Lazy<Func<WelfareCase, bool>> _compiled;

    private CaseVisibility(Expression<Func<WelfareCase, bool>> predicate)
    {
        Predicate = predicate;
        _compiled = new Lazy<Func<WelfareCase, bool>>(predicate.Compile);
    }

    public Expression<Func<WelfareCase, bool>> Predicate { get; }

    public static CaseVisibility None { get; } = new(_ => false);

    public static CaseVisibility All { get; } = new(_ => true);

    public static CaseVisibility ForCenter(Guid centerId) => new(c =>
        c.CenterId == centerId
        || c.Referrals.Any(r => r.FromCenterId == centerId
            || (r.ToCenterId == centerId && r.Status != ReferralStatus.Declined)));

    /// <summary>The visibility of an active staff member at a center; no staff record, no cases.</summary>
    public static CaseVisibility For(WelfareStaff? staff, WelfareCenter? center)
    {
        if (staff is not { Active: true } || center is null || staff.CenterId != center.Id) return None;
        return center.IsCentral ? All : ForCenter(center.Id);
    }

    public IQueryable<WelfareCase> Apply(IQueryable<WelfareCase> cases) => cases.Where(Predicate);

    /// <summary>Whether an already loaded case is visible (for checks on cases loaded by other queries).</summary>
    public bool Allows(WelfareCase c) => _compiled.Value(c);
}

/// <summary>Read-side filters over cases (time limits, follow-ups), translatable to SQL.</summary>
public static class WelfareCaseQueries
{
    /// <summary>Open cases with no assessment more than 10 days after intake.</summary>
    public static Expression<Func<WelfareCase, bool>> AssessmentOverdueAsOf(DateOnly asOf)
    {
        var latestIntake = asOf.AddDays(-WelfareCase.AssessmentDays);
        return c => c.Status != CaseStatus.Closed && c.Status != CaseStatus.FollowUp
            && !c.Assessments.Any() && c.IntakeDate < latestIntake;
    }

    /// <summary>Open cases with no plan more than 30 days after intake.</summary>
    public static Expression<Func<WelfareCase, bool>> PlanOverdueAsOf(DateOnly asOf)
    {
        var latestIntake = asOf.AddDays(-WelfareCase.PlanDays);
        return c => c.Status != CaseStatus.Closed && c.Status != CaseStatus.FollowUp
            && !c.Plans.Any() && c.IntakeDate < latestIntake;
    }

    /// <summary>Open cases breaching either time limit as of a date.</summary>
    public static Expression<Func<WelfareCase, bool>> BreachingTimeLimitsAsOf(DateOnly asOf)
    {
        var assessmentIntake = asOf.AddDays(-WelfareCase.AssessmentDays);
        var planIntake = asOf.AddDays(-WelfareCase.PlanDays);
        return c => c.Status != CaseStatus.Closed && c.Status != CaseStatus.FollowUp
            && ((!c.Assessments.Any() && c.IntakeDate < assessmentIntake) || (!c.Plans.Any() && c.IntakeDate < planIntake));
    }

    /// <summary>Cases with a follow-up due on or before a date and not yet recorded.</summary>
    public static Expression<Func<WelfareCase, bool>> FollowUpDueBy(DateOnly date) =>
        c => c.Status == CaseStatus.FollowUp && c.FollowUps.Any(f => f.RecordedAt == null && f.DueDate <= date);

    /// <summary>Cases with a follow-up due from one date to another (both included) and not yet recorded.</summary>
    public static Expression<Func<WelfareCase, bool>> FollowUpDueBetween(DateOnly from, DateOnly to) =>
        c => c.Status == CaseStatus.FollowUp && c.FollowUps.Any(f => f.RecordedAt == null && f.DueDate >= from && f.DueDate <= to);

    public static Expression<Func<WelfareCase, bool>> HasCrisis(CrisisType type) => c => c.Crises.Any(x => x.Type == type);

    /// <summary>Cases with a referral to a center still waiting for that center's answer.</summary>
    public static Expression<Func<WelfareCase, bool>> ReferralAwaitingAnswerBy(Guid centerId) =>
        c => c.Referrals.Any(r => r.Status == ReferralStatus.Pending && r.ToCenterId == centerId);
}
