using Housing.Domain.Common;
using Housing.Domain.Welfare;

namespace Domain.Tests.Welfare;

public sealed class CaseLifecycleTests
{
    [Fact]
    public async Task Opening_a_case_starts_it_in_intake_owned_by_the_workers_center()
    {
        var w = await WelfareWorld.CreateAsync();
        var c = await w.OpenCaseAsync();

        Assert.Equal(CaseStatus.Intake, c.Status);
        Assert.Equal(w.Yeongdeungpo.Id, c.CenterId);
        Assert.Equal(w.StaffOf(w.YdpWorker).Id, c.AssignedWorkerId);
        Assert.Equal([CrisisType.RentArrears, CrisisType.Eviction], c.Crises.Select(x => x.Type));
        Assert.Equal(new DateOnly(2026, 6, 1), c.IntakeDate);
        Assert.Equal(new DateOnly(2026, 6, 11), c.AssessmentDueDate);
        Assert.Equal(new DateOnly(2026, 7, 1), c.PlanDueDate);
        Assert.Single(c.StatusHistory);
    }

    [Fact]
    public async Task A_case_needs_at_least_one_crisis()
    {
        var w = await WelfareWorld.CreateAsync();
        var client = await w.ClientAsync(w.YdpWorker);
        var ex = await Assert.ThrowsAsync<DomainException>(() => w.Cases.OpenCaseAsync(w.YdpWorker,
            new OpenCaseCommand(client.Id, WelfareWorld.Details() with { Crises = [] })));
        Assert.Equal("CRISIS_REQUIRED", ex.Code);
        // The allowed values as the API names them, not the C# names.
        Assert.Contains("allowed: RENT_ARREARS, EVICTION, SUBSTANDARD_HOUSING, HOMELESSNESS_RISK, UTILITY_CUT_OFF, DISASTER.", ex.Message);
    }

    [Fact]
    public async Task A_referred_intake_needs_its_referral_source()
    {
        var w = await WelfareWorld.CreateAsync();
        var client = await w.ClientAsync(w.YdpWorker);
        var ex = await Assert.ThrowsAsync<DomainException>(() => w.Cases.OpenCaseAsync(w.YdpWorker,
            new OpenCaseCommand(client.Id, WelfareWorld.Details() with { IntakeChannel = IntakeChannel.Referral })));
        Assert.Equal("REFERRAL_SOURCE_REQUIRED", ex.Code);
    }

    [Fact]
    public async Task A_case_walks_every_stage_to_closure_and_follow_up_and_back_to_closed()
    {
        var w = await WelfareWorld.CreateAsync();
        var c = await w.OpenCaseAsync();
        var version = w.Store.SavedVersionOf(c.Id);

        await w.Cases.RecordAssessmentAsync(w.YdpWorker, c.Id, "주거비 지원 필요");
        Assert.Equal(CaseStatus.Assessment, c.Status);
        Assert.True(w.Store.SavedVersionOf(c.Id) > version);

        await w.Cases.RecordPlanAsync(w.YdpWorker, c.Id, w.Today, null, [new PlanGoalInput("긴급주거비 지원", w.Today.AddDays(14))]);
        Assert.Equal(CaseStatus.Planning, c.Status);

        await w.Cases.RecordServiceAsync(w.YdpWorker, c.Id,
            new RecordServiceDetails(ServiceType.EmergencyHousingCost, "긴급복지", 900_000, w.Today, ServiceOutcome.Delivered));
        Assert.Equal(CaseStatus.Service, c.Status);
        await w.Cases.RecordServiceAsync(w.YdpWorker, c.Id,
            new RecordServiceDetails(ServiceType.Counselling, "센터", 0, w.Today, ServiceOutcome.Delivered));
        Assert.Equal(CaseStatus.Service, c.Status);
        Assert.Equal(900_000, c.TotalServiceAmount);

        await w.Cases.MarkGoalAchievedAsync(w.YdpWorker, c.Id, c.CurrentPlan!.Goals[0].Id);
        Assert.NotNull(c.CurrentPlan.Goals[0].AchievedAt);

        await w.Cases.StartMonitoringAsync(w.YdpWorker, c.Id);
        Assert.Equal(CaseStatus.Monitoring, c.Status);

        await w.Cases.CloseCaseAsync(w.YdpWorker, new CloseCaseCommand(c.Id, CaseOutcome.Resolved, "체납 해소, 주거 안정",
            FollowUpDueDates: [w.Today.AddMonths(1), w.Today.AddMonths(3)]));
        Assert.Equal(CaseStatus.FollowUp, c.Status);
        Assert.Equal(CaseOutcome.Resolved, c.Closure!.Outcome);
        Assert.Equal(CaseStatus.Monitoring, c.Closure.ClosedFrom);

        await w.Cases.RecordFollowUpAsync(w.YdpWorker, c.Id, c.FollowUps[0].Id, "안정적으로 거주 중", housingStable: true);
        Assert.Equal(CaseStatus.FollowUp, c.Status);
        await w.Cases.RecordFollowUpAsync(w.YdpWorker, c.Id, c.FollowUps[1].Id, "안정적으로 거주 중", housingStable: true);
        Assert.Equal(CaseStatus.Closed, c.Status);

        Assert.Equal(
            [CaseStatus.Intake, CaseStatus.Assessment, CaseStatus.Planning, CaseStatus.Service, CaseStatus.Monitoring,
             CaseStatus.Closed, CaseStatus.FollowUp, CaseStatus.Closed],
            c.StatusHistory.Select(h => h.To));
    }

    [Fact]
    public async Task The_timeline_lists_everything_that_happened_in_order()
    {
        var w = await WelfareWorld.CreateAsync();
        var c = await w.CaseInServiceAsync();
        w.Clock.Advance(TimeSpan.FromHours(1));
        await w.Cases.AddCaseNoteAsync(w.YdpWorker, c.Id, "집주인 면담");
        w.Clock.Advance(TimeSpan.FromHours(1));
        var referral = await w.Cases.ReferCaseAsync(w.YdpWorker, c.Id, w.Guro.Id, null, "이사");
        w.Clock.Advance(TimeSpan.FromHours(1));
        await w.Cases.DeclineReferralAsync(w.GuroManager, c.Id, referral.Id, "관할 아님");
        w.Clock.Advance(TimeSpan.FromHours(1));
        await w.Cases.CloseCaseAsync(w.YdpWorker, new CloseCaseCommand(c.Id, CaseOutcome.Resolved, "해결"));

        var timeline = c.Timeline();
        Assert.Equal(
            [CaseTimelineKind.StatusChange, CaseTimelineKind.StatusChange, CaseTimelineKind.StatusChange, CaseTimelineKind.StatusChange,
             CaseTimelineKind.Assessment, CaseTimelineKind.Plan, CaseTimelineKind.Service,
             CaseTimelineKind.Note, CaseTimelineKind.Referral, CaseTimelineKind.ReferralAnswer, CaseTimelineKind.StatusChange, CaseTimelineKind.Closure],
            timeline.Select(e => e.Kind));
        Assert.Equal("Declined: 관할 아님", timeline.Single(e => e.Kind == CaseTimelineKind.ReferralAnswer).Summary);
        Assert.Contains("1,200,000 KRW", timeline.Single(e => e.Kind == CaseTimelineKind.Service).Summary);
        Assert.Equal("Service → Closed", timeline.Single(e => e.Kind == CaseTimelineKind.StatusChange && e.At == w.Clock.Now).Summary);
    }

    [Fact]
    public async Task The_dashboard_counts_visible_cases_per_stage()
    {
        var w = await WelfareWorld.CreateAsync();
        await w.OpenCaseAsync();
        await w.OpenCaseAsync();
        await w.CaseInServiceAsync();
        await w.OpenCaseAsync(w.GuroWorker);
        var counts = await w.Cases.CaseCountsByStageAsync(w.YdpManager);
        Assert.Equal(2, counts[CaseStatus.Intake]);
        Assert.Equal(1, counts[CaseStatus.Service]);
        Assert.Equal(0, counts[CaseStatus.Closed]);
        Assert.Equal(4, (await w.Cases.CaseCountsByStageAsync(w.CentralStaff)).Values.Sum());
    }

    [Fact]
    public async Task A_plan_cannot_skip_the_assessment()
    {
        var w = await WelfareWorld.CreateAsync();
        var c = await w.OpenCaseAsync();
        var ex = await Assert.ThrowsAsync<DomainException>(() =>
            w.Cases.RecordPlanAsync(w.YdpWorker, c.Id, w.Today, null, [new PlanGoalInput("목표")]));
        Assert.Equal("CASE_STAGE_SKIPPED", ex.Code);
        Assert.Equal(CaseStatus.Intake, c.Status);
    }

    [Fact]
    public async Task A_plan_needs_goals()
    {
        var w = await WelfareWorld.CreateAsync();
        var c = await w.OpenCaseAsync();
        await w.Cases.RecordAssessmentAsync(w.YdpWorker, c.Id, "욕구");
        var ex = await Assert.ThrowsAsync<DomainException>(() => w.Cases.RecordPlanAsync(w.YdpWorker, c.Id, w.Today, null, []));
        Assert.Equal("PLAN_GOALS_REQUIRED", ex.Code);
    }

    [Fact]
    public async Task Services_before_the_plan_are_refused_for_a_normal_case()
    {
        var w = await WelfareWorld.CreateAsync();
        var c = await w.OpenCaseAsync();
        var ex = await Assert.ThrowsAsync<DomainException>(() => w.Cases.RecordServiceAsync(w.YdpWorker, c.Id,
            new RecordServiceDetails(ServiceType.HomeRepair, "집수리", 500_000, w.Today, ServiceOutcome.Delivered)));
        Assert.Equal("CASE_STAGE_SKIPPED", ex.Code);
    }

    [Fact]
    public async Task An_emergency_case_may_receive_services_before_the_plan_without_moving_stage()
    {
        var w = await WelfareWorld.CreateAsync();
        var c = await w.OpenCaseAsync(urgency: Urgency.Emergency);
        await w.Cases.RecordServiceAsync(w.YdpWorker, c.Id,
            new RecordServiceDetails(ServiceType.EmergencyHousingCost, "긴급복지", 300_000, w.Today, ServiceOutcome.Delivered));
        Assert.Equal(CaseStatus.Intake, c.Status);
        Assert.Single(c.Services);
    }

    [Fact]
    public async Task A_service_amount_cannot_be_negative_nor_dated_in_the_future()
    {
        var w = await WelfareWorld.CreateAsync();
        var c = await w.CaseInServiceAsync();
        var negative = await Assert.ThrowsAsync<DomainException>(() => w.Cases.RecordServiceAsync(w.YdpWorker, c.Id,
            new RecordServiceDetails(ServiceType.DepositLoan, "HUG", -1, w.Today, ServiceOutcome.Delivered)));
        Assert.Equal("SERVICE_AMOUNT_NEGATIVE", negative.Code);
        var future = await Assert.ThrowsAsync<DomainException>(() => w.Cases.RecordServiceAsync(w.YdpWorker, c.Id,
            new RecordServiceDetails(ServiceType.DepositLoan, "HUG", 1, w.Today.AddDays(1), ServiceOutcome.Delivered)));
        Assert.Equal("SERVICE_DATE_IN_FUTURE", future.Code);
    }

    [Fact]
    public async Task Monitoring_starts_only_after_services()
    {
        var w = await WelfareWorld.CreateAsync();
        var c = await w.OpenCaseAsync();
        await w.Cases.RecordAssessmentAsync(w.YdpWorker, c.Id, "욕구");
        var ex = await Assert.ThrowsAsync<DomainException>(() => w.Cases.StartMonitoringAsync(w.YdpWorker, c.Id));
        Assert.Equal("INVALID_CASE_TRANSITION", ex.Code);
    }

    [Fact]
    public async Task A_case_cannot_be_closed_without_an_outcome()
    {
        var w = await WelfareWorld.CreateAsync();
        var c = await w.CaseInServiceAsync();
        var noOutcome = await Assert.ThrowsAsync<DomainException>(() =>
            w.Cases.CloseCaseAsync(w.YdpWorker, new CloseCaseCommand(c.Id, null, "요약")));
        Assert.Equal("CLOSURE_OUTCOME_REQUIRED", noOutcome.Code);
        var noSummary = await Assert.ThrowsAsync<DomainException>(() =>
            w.Cases.CloseCaseAsync(w.YdpWorker, new CloseCaseCommand(c.Id, CaseOutcome.Resolved, " ")));
        Assert.Equal("CLOSURE_OUTCOME_REQUIRED", noSummary.Code);
        Assert.Equal(CaseStatus.Service, c.Status);
    }

    [Fact]
    public async Task A_case_cannot_skip_from_intake_to_closed_without_a_reason()
    {
        var w = await WelfareWorld.CreateAsync();
        var c = await w.OpenCaseAsync();
        var ex = await Assert.ThrowsAsync<DomainException>(() =>
            w.Cases.CloseCaseAsync(w.YdpWorker, new CloseCaseCommand(c.Id, CaseOutcome.Withdrawn, "본인 거부")));
        Assert.Equal("CLOSURE_REASON_REQUIRED", ex.Code);
        Assert.Equal(CaseStatus.Intake, c.Status);

        await w.Cases.CloseCaseAsync(w.YdpWorker, new CloseCaseCommand(c.Id, CaseOutcome.Withdrawn, "본인 거부", "내담자가 서비스를 원하지 않음"));
        Assert.Equal(CaseStatus.Closed, c.Status);
        Assert.Equal("내담자가 서비스를 원하지 않음", c.Closure!.EarlyClosureReason);
        Assert.Equal("내담자가 서비스를 원하지 않음", c.StatusHistory[^1].Reason);
    }

    [Fact]
    public async Task A_closed_case_refuses_further_changes()
    {
        var w = await WelfareWorld.CreateAsync();
        var c = await w.CaseInServiceAsync();
        await w.Cases.CloseCaseAsync(w.YdpWorker, new CloseCaseCommand(c.Id, CaseOutcome.Resolved, "해결"));
        Assert.Equal(CaseStatus.Closed, c.Status);
        var ex = await Assert.ThrowsAsync<DomainException>(() => w.Cases.RecordAssessmentAsync(w.YdpWorker, c.Id, "다시"));
        Assert.Equal("CASE_CLOSED", ex.Code);
        var again = await Assert.ThrowsAsync<DomainException>(() =>
            w.Cases.CloseCaseAsync(w.YdpWorker, new CloseCaseCommand(c.Id, CaseOutcome.Resolved, "해결")));
        Assert.Equal("CASE_CLOSED", again.Code);
    }

    [Fact]
    public async Task Follow_ups_are_due_after_closure_and_recorded_once()
    {
        var w = await WelfareWorld.CreateAsync();
        var c = await w.CaseInServiceAsync();
        var past = await Assert.ThrowsAsync<DomainException>(() => w.Cases.CloseCaseAsync(w.YdpWorker,
            new CloseCaseCommand(c.Id, CaseOutcome.Resolved, "해결", FollowUpDueDates: [w.Today])));
        Assert.Equal("FOLLOW_UP_DATE_INVALID", past.Code);

        await w.Cases.CloseCaseAsync(w.YdpWorker, new CloseCaseCommand(c.Id, CaseOutcome.Resolved, "해결"));
        Assert.Equal(CaseStatus.Closed, c.Status);
        var notInFollowUp = await Assert.ThrowsAsync<DomainException>(() =>
            w.Cases.RecordFollowUpAsync(w.YdpWorker, c.Id, Guid.NewGuid(), "확인", true));
        Assert.Equal("CASE_NOT_IN_FOLLOW_UP", notInFollowUp.Code);

        await w.Cases.ScheduleFollowUpAsync(w.YdpWorker, c.Id, w.Today.AddDays(30));
        await w.Cases.ScheduleFollowUpAsync(w.YdpWorker, c.Id, w.Today.AddDays(90));
        Assert.Equal(CaseStatus.FollowUp, c.Status);
        await w.Cases.RecordFollowUpAsync(w.YdpWorker, c.Id, c.FollowUps[0].Id, "거주 안정", true);
        var twice = await Assert.ThrowsAsync<DomainException>(() =>
            w.Cases.RecordFollowUpAsync(w.YdpWorker, c.Id, c.FollowUps[0].Id, "거주 안정", true));
        Assert.Equal("FOLLOW_UP_ALREADY_RECORDED", twice.Code);
    }

    [Fact]
    public async Task Follow_ups_due_are_listed_by_date()
    {
        var w = await WelfareWorld.CreateAsync();
        var c = await w.CaseInServiceAsync();
        await w.Cases.CloseCaseAsync(w.YdpWorker, new CloseCaseCommand(c.Id, CaseOutcome.Resolved, "해결",
            FollowUpDueDates: [w.Today.AddDays(30)]));
        Assert.Empty(await w.Cases.FollowUpsDueAsync(w.YdpWorker, w.Today.AddDays(29)));
        Assert.Equal([c.Id], (await w.Cases.FollowUpsDueAsync(w.YdpWorker, w.Today.AddDays(30))).Select(x => x.Id));
        Assert.Empty(await w.Cases.FollowUpsDueAsync(w.GuroWorker, w.Today.AddDays(30)));
    }

    [Fact]
    public async Task Only_the_center_manager_reassigns_a_case_and_only_to_staff_of_the_center()
    {
        var w = await WelfareWorld.CreateAsync();
        var c = await w.OpenCaseAsync();
        var worker2 = w.StaffOf(w.YdpWorker2);
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Cases.AssignCaseWorkerAsync(w.YdpWorker, c.Id, worker2.Id));
        var other = await Assert.ThrowsAsync<DomainException>(() =>
            w.Cases.AssignCaseWorkerAsync(w.YdpManager, c.Id, w.StaffOf(w.GuroWorker).Id));
        Assert.Equal("WORKER_NOT_AT_CENTER", other.Code);
        await w.Cases.AssignCaseWorkerAsync(w.YdpManager, c.Id, worker2.Id);
        Assert.Equal(worker2.Id, c.AssignedWorkerId);
    }

    [Fact]
    public async Task Notes_are_kept_with_their_author_and_center()
    {
        var w = await WelfareWorld.CreateAsync();
        var c = await w.OpenCaseAsync();
        await w.Cases.AddCaseNoteAsync(w.YdpWorker, c.Id, "집주인과 통화: 2주 유예");
        var note = Assert.Single(c.Notes);
        Assert.Equal(w.StaffOf(w.YdpWorker).Id, note.StaffId);
        Assert.Equal(w.Yeongdeungpo.Id, note.CenterId);
        var empty = await Assert.ThrowsAsync<DomainException>(() => w.Cases.AddCaseNoteAsync(w.YdpWorker, c.Id, ""));
        Assert.Equal("NOTE_EMPTY", empty.Code);
    }
}
