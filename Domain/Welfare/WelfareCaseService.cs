using Housing.Domain.Common;

namespace Housing.Domain.Welfare;

public sealed record OpenCaseCommand(Guid ClientId, OpenCaseDetails Details, Guid? AssignedWorkerId = null);

public sealed record CloseCaseCommand(
    Guid CaseId,
    CaseOutcome? Outcome,
    string? Summary,
    string? EarlyClosureReason = null,
    IReadOnlyList<DateOnly>? FollowUpDueDates = null);

/// <summary>
/// The use cases of case management. Every method resolves the acting staff member, reads through
/// <see cref="CaseVisibility"/>, lets only the owning center change a case, and saves once.
/// </summary>
public sealed class WelfareCaseService(IHousingStore store, TimeProvider clock)
{
    public async Task<WelfareCase> OpenCaseAsync(Actor actor, OpenCaseCommand cmd, CancellationToken ct = default)
    {
        var ctx = await WelfareStaffContext.ResolveAsync(store, actor, ct);
        var client = await store.FirstOrDefaultAsync(ctx.VisibleClients(store).Where(c => c.Id == cmd.ClientId), ct)
            ?? throw new NotFoundException(nameof(Client), cmd.ClientId);
        var worker = ctx.Staff;
        if (cmd.AssignedWorkerId is { } workerId && workerId != ctx.Staff.Id)
            worker = await store.FirstOrDefaultAsync(store.Query<WelfareStaff>().Where(s => s.Id == workerId), ct)
                ?? throw new NotFoundException(nameof(WelfareStaff), workerId);
        var c = WelfareCase.Open(ctx.Center, client, worker, cmd.Details, clock.GetUtcNow());
        store.Add(c);
        await store.SaveChangesAsync(ct);
        return c;
    }

    public Task<WelfareCase> RecordAssessmentAsync(Actor actor, Guid caseId, string needs, string? housingCondition = null,
        string? financialSituation = null, CancellationToken ct = default) =>
        ChangeAsync(actor, caseId, (c, ctx, now) => c.RecordAssessment(ctx.Staff.Id, needs, housingCondition, financialSituation, now), ct);

    public Task<WelfareCase> RecordPlanAsync(Actor actor, Guid caseId, DateOnly conferenceDate, string? participants,
        IReadOnlyList<PlanGoalInput> goals, CancellationToken ct = default) =>
        ChangeAsync(actor, caseId, (c, ctx, now) => c.RecordPlan(ctx.Staff.Id, conferenceDate, participants, goals, now), ct);

    public Task<WelfareCase> MarkGoalAchievedAsync(Actor actor, Guid caseId, Guid goalId, CancellationToken ct = default) =>
        ChangeAsync(actor, caseId, (c, _, now) => c.MarkGoalAchieved(goalId, now), ct);

    public Task<WelfareCase> RecordServiceAsync(Actor actor, Guid caseId, RecordServiceDetails service, CancellationToken ct = default) =>
        ChangeAsync(actor, caseId, (c, ctx, now) => c.RecordService(ctx.Staff.Id, service, now), ct);

    public Task<WelfareCase> StartMonitoringAsync(Actor actor, Guid caseId, CancellationToken ct = default) =>
        ChangeAsync(actor, caseId, (c, ctx, now) => c.StartMonitoring(ctx.Staff.Id, now), ct);

    public Task<WelfareCase> AddCaseNoteAsync(Actor actor, Guid caseId, string text, CancellationToken ct = default) =>
        ChangeAsync(actor, caseId, (c, ctx, now) => c.AddNote(ctx.Center.Id, ctx.Staff.Id, text, now), ct);

    public Task<WelfareCase> CloseCaseAsync(Actor actor, CloseCaseCommand cmd, CancellationToken ct = default) =>
        ChangeAsync(actor, cmd.CaseId, (c, ctx, now) =>
            c.Close(ctx.Staff.Id, cmd.Outcome, cmd.Summary, cmd.EarlyClosureReason, cmd.FollowUpDueDates ?? [], now), ct);

    public Task<WelfareCase> ScheduleFollowUpAsync(Actor actor, Guid caseId, DateOnly dueDate, CancellationToken ct = default) =>
        ChangeAsync(actor, caseId, (c, ctx, now) => c.ScheduleFollowUp(ctx.Staff.Id, dueDate, now), ct);

    public Task<WelfareCase> RecordFollowUpAsync(Actor actor, Guid caseId, Guid followUpId, string result, bool housingStable,
        CancellationToken ct = default) =>
        ChangeAsync(actor, caseId, (c, ctx, now) => c.RecordFollowUp(followUpId, ctx.Staff.Id, result, housingStable, now), ct);

    /// <summary>Only the owning center's manager reassigns a case.</summary>
    public async Task<WelfareCase> AssignCaseWorkerAsync(Actor actor, Guid caseId, Guid workerId, CancellationToken ct = default)
    {
        var ctx = await WelfareStaffContext.ResolveAsync(store, actor, ct);
        if (!ctx.Staff.IsManager)
            throw new ForbiddenException("Only the center manager assigns case workers.");
        var c = await ctx.OwnedCaseAsync(store, caseId, ct);
        var worker = await store.FirstOrDefaultAsync(store.Query<WelfareStaff>().Where(s => s.Id == workerId), ct)
            ?? throw new NotFoundException(nameof(WelfareStaff), workerId);
        c.AssignWorker(worker);
        await store.SaveChangesAsync(ct);
        return c;
    }

    /// <summary>Refers the case to another center (<paramref name="toCenterId"/>) or to an external agency.</summary>
    public async Task<Referral> ReferCaseAsync(Actor actor, Guid caseId, Guid? toCenterId, string? externalAgency, string reason,
        CancellationToken ct = default)
    {
        var ctx = await WelfareStaffContext.ResolveAsync(store, actor, ct);
        var c = await ctx.OwnedCaseAsync(store, caseId, ct);
        if (toCenterId is { } target && !await store.AnyAsync(store.Query<WelfareCenter>().Where(x => x.Id == target), ct))
            throw new NotFoundException(nameof(WelfareCenter), target);
        var referral = c.Refer(ctx.Center.Id, toCenterId, externalAgency, reason, ctx.Staff.Id, clock.GetUtcNow());
        await store.SaveChangesAsync(ct);
        return referral;
    }

    /// <summary>
    /// The receiving center accepts a referral and takes the case over, assigning <paramref name="workerId"/> (default:
    /// the acceptor). For an external agency, the owning center records the agency's acceptance.
    /// </summary>
    public async Task<WelfareCase> AcceptReferralAsync(Actor actor, Guid caseId, Guid referralId, Guid? workerId = null,
        CancellationToken ct = default)
    {
        var (ctx, c, referral) = await ReferralAsync(actor, caseId, referralId, ct);
        var worker = ctx.Staff;
        if (workerId is { } id && id != ctx.Staff.Id)
            worker = await store.FirstOrDefaultAsync(store.Query<WelfareStaff>().Where(s => s.Id == id), ct)
                ?? throw new NotFoundException(nameof(WelfareStaff), id);
        if (!referral.IsExternal && (worker.CenterId != ctx.Center.Id || !worker.Active))
            throw new DomainException("WORKER_NOT_AT_CENTER", "The worker taking the case must be active staff of the receiving center.");
        c.AcceptReferral(referralId, ctx.Staff.Id, referral.IsExternal ? null : worker.Id, clock.GetUtcNow());
        await store.SaveChangesAsync(ct);
        return c;
    }

    public async Task<WelfareCase> DeclineReferralAsync(Actor actor, Guid caseId, Guid referralId, string reason,
        CancellationToken ct = default)
    {
        var (ctx, c, _) = await ReferralAsync(actor, caseId, referralId, ct);
        c.DeclineReferral(referralId, ctx.Staff.Id, reason, clock.GetUtcNow());
        await store.SaveChangesAsync(ct);
        return c;
    }

    /// <summary>One case the caller may see; the read is written to the access log (a case is personal data).</summary>
    public async Task<WelfareCase> GetCaseAsync(Actor actor, Guid caseId, CancellationToken ct = default)
    {
        var ctx = await WelfareStaffContext.ResolveAsync(store, actor, ct);
        var c = await ctx.VisibleCaseAsync(store, caseId, ct);
        await AccessLog.AppendAsync(store, actor, ctx, c.ClientId, c.Id, AccessAction.View, AccessPurposes.CaseRecord, clock.GetUtcNow(), ct);
        await store.SaveChangesAsync(ct);
        return c;
    }

    /// <summary>The cases the caller may see, for lists to filter, sort and page (lists carry no personal data).</summary>
    public async Task<IQueryable<WelfareCase>> VisibleCasesAsync(Actor actor, CancellationToken ct = default)
    {
        var ctx = await WelfareStaffContext.ResolveAsync(store, actor, ct);
        return ctx.Visibility.Apply(store.Query<WelfareCase>());
    }

    /// <summary>Visible open cases whose assessment (10 days) or plan (30 days) is overdue as of a date.</summary>
    public async Task<List<WelfareCase>> CasesBreachingTimeLimitsAsync(Actor actor, DateOnly asOf, CancellationToken ct = default)
    {
        var cases = await VisibleCasesAsync(actor, ct);
        return await store.ToListAsync(cases.Where(WelfareCaseQueries.BreachingTimeLimitsAsOf(asOf)).OrderBy(c => c.IntakeDate), ct);
    }

    /// <summary>Visible cases per stage, for the dashboard (every stage present, zero when empty).</summary>
    public async Task<IReadOnlyDictionary<CaseStatus, int>> CaseCountsByStageAsync(Actor actor, CancellationToken ct = default)
    {
        var cases = await VisibleCasesAsync(actor, ct);
        var counts = await store.ToListAsync(cases.GroupBy(c => c.Status).Select(g => new { Status = g.Key, Count = g.Count() }), ct);
        return Enum.GetValues<CaseStatus>().ToDictionary(s => s, s => counts.FirstOrDefault(c => c.Status == s)?.Count ?? 0);
    }

    /// <summary>Visible cases with a follow-up due on or before a date.</summary>
    public async Task<List<WelfareCase>> FollowUpsDueAsync(Actor actor, DateOnly dueBy, CancellationToken ct = default)
    {
        var cases = await VisibleCasesAsync(actor, ct);
        return await store.ToListAsync(cases.Where(WelfareCaseQueries.FollowUpDueBy(dueBy)), ct);
    }

    /// <summary>Visible cases with a follow-up due from one date to another (both included).</summary>
    public async Task<List<WelfareCase>> FollowUpsDueBetweenAsync(Actor actor, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var cases = await VisibleCasesAsync(actor, ct);
        return await store.ToListAsync(cases.Where(WelfareCaseQueries.FollowUpDueBetween(from, to)), ct);
    }

    /// <summary>Cases referred to the caller's center whose referral waits for its answer, oldest referral first.</summary>
    public async Task<List<WelfareCase>> ReferralsAwaitingAnswerAsync(Actor actor, CancellationToken ct = default)
    {
        var ctx = await WelfareStaffContext.ResolveAsync(store, actor, ct);
        var centerId = ctx.Center.Id;
        var cases = await store.ToListAsync(ctx.Visibility.Apply(store.Query<WelfareCase>()).Where(WelfareCaseQueries.ReferralAwaitingAnswerBy(centerId)), ct);
        return [.. cases.OrderBy(c => c.PendingReferral!.ReferredAt)];
    }

    private async Task<(WelfareStaffContext, WelfareCase, Referral)> ReferralAsync(Actor actor, Guid caseId, Guid referralId,
        CancellationToken ct)
    {
        var ctx = await WelfareStaffContext.ResolveAsync(store, actor, ct);
        var c = await ctx.VisibleCaseAsync(store, caseId, ct);
        var referral = c.Referral(referralId);
        var answeringCenter = referral.ToCenterId ?? c.CenterId;
        if (answeringCenter != ctx.Center.Id)
            throw new ForbiddenException(referral.IsExternal
                ? "Only the owning center records an external agency's answer."
                : "Only the receiving center answers a referral.");
        return (ctx, c, referral);
    }

    private async Task<WelfareCase> ChangeAsync(Actor actor, Guid caseId, Action<WelfareCase, WelfareStaffContext, DateTimeOffset> change,
        CancellationToken ct)
    {
        var ctx = await WelfareStaffContext.ResolveAsync(store, actor, ct);
        var c = await ctx.OwnedCaseAsync(store, caseId, ct);
        change(c, ctx, clock.GetUtcNow());
        await store.SaveChangesAsync(ct);
        return c;
    }
}
