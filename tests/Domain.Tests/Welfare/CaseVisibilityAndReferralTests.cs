using Housing.Domain.Common;
using Housing.Domain.Welfare;

namespace Domain.Tests.Welfare;

public sealed class CaseVisibilityAndReferralTests
{
    [Fact]
    public async Task A_worker_of_another_center_cannot_read_a_case()
    {
        var w = await WelfareWorld.CreateAsync();
        var c = await w.OpenCaseAsync();
        await Assert.ThrowsAsync<NotFoundException>(() => w.Cases.GetCaseAsync(w.GuroWorker, c.Id));
        Assert.Empty(await w.Cases.VisibleCasesAsync(w.GuroWorker));
        await Assert.ThrowsAsync<NotFoundException>(() => w.Cases.AddCaseNoteAsync(w.GuroWorker, c.Id, "몰래 메모"));
    }

    [Fact]
    public async Task The_central_center_sees_every_case_but_changes_only_its_own()
    {
        var w = await WelfareWorld.CreateAsync();
        var ydp = await w.OpenCaseAsync(w.YdpWorker);
        var guro = await w.OpenCaseAsync(w.GuroWorker);
        Assert.Equal(2, (await w.Cases.VisibleCasesAsync(w.CentralStaff)).Count());
        Assert.Equal(ydp.Id, (await w.Cases.GetCaseAsync(w.CentralStaff, ydp.Id)).Id);
        Assert.Equal([guro.Id], (await w.Cases.VisibleCasesAsync(w.GuroManager)).Select(x => x.Id));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Cases.AddCaseNoteAsync(w.CentralStaff, ydp.Id, "메모"));
    }

    [Fact]
    public async Task Nobody_outside_the_welfare_centers_sees_any_case()
    {
        var w = await WelfareWorld.CreateAsync();
        await w.OpenCaseAsync();
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Cases.VisibleCasesAsync(w.Admin));
        var analyst = new Actor(Guid.NewGuid(), "analyst", new HashSet<string> { Roles.Analyst });
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Cases.VisibleCasesAsync(analyst));
        var unregistered = new Actor(Guid.NewGuid(), "nobody", new HashSet<string> { Roles.WelfareCaseworker });
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Cases.VisibleCasesAsync(unregistered));
    }

    [Fact]
    public async Task A_staff_member_whose_platform_role_differs_from_the_staff_record_is_refused()
    {
        var w = await WelfareWorld.CreateAsync();
        var posingAsManager = w.YdpWorker with { RoleSet = new HashSet<string> { Roles.WelfareCenterManager } };
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Cases.VisibleCasesAsync(posingAsManager));
    }

    [Fact]
    public async Task A_deactivated_worker_sees_nothing()
    {
        var w = await WelfareWorld.CreateAsync();
        var c = await w.OpenCaseAsync(w.YdpWorker2);
        await w.Centers.DeactivateStaffAsync(w.YdpManager, w.StaffOf(w.YdpWorker2).Id);
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Cases.GetCaseAsync(w.YdpWorker2, c.Id));
    }

    [Fact]
    public async Task A_referral_lets_the_receiving_center_see_the_case_and_accepting_moves_it_there()
    {
        var w = await WelfareWorld.CreateAsync();
        var c = await w.CaseInServiceAsync();
        var referral = await w.Cases.ReferCaseAsync(w.YdpWorker, c.Id, w.Guro.Id, null, "내담자가 구로구로 이사");
        Assert.Equal(ReferralStatus.Pending, referral.Status);
        Assert.Equal(c.Id, (await w.Cases.GetCaseAsync(w.GuroWorker, c.Id)).Id);

        var guroWorker = w.StaffOf(w.GuroWorker);
        await w.Cases.AcceptReferralAsync(w.GuroManager, c.Id, referral.Id, guroWorker.Id);

        Assert.Equal(ReferralStatus.Accepted, referral.Status);
        Assert.Equal(w.Guro.Id, c.CenterId);
        Assert.Equal(w.Yeongdeungpo.Id, c.OpenedByCenterId);
        Assert.Equal(guroWorker.Id, c.AssignedWorkerId);
        Assert.Equal(CaseStatus.Service, c.Status);

        await w.Cases.AddCaseNoteAsync(w.GuroWorker, c.Id, "인수 후 첫 상담");
        Assert.Equal(c.Id, (await w.Cases.GetCaseAsync(w.YdpWorker, c.Id)).Id);
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Cases.AddCaseNoteAsync(w.YdpWorker, c.Id, "이관 후 메모"));
    }

    [Fact]
    public async Task Only_the_receiving_center_answers_a_referral()
    {
        var w = await WelfareWorld.CreateAsync();
        var c = await w.CaseInServiceAsync();
        var referral = await w.Cases.ReferCaseAsync(w.YdpWorker, c.Id, w.Guro.Id, null, "이사");
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Cases.AcceptReferralAsync(w.YdpManager, c.Id, referral.Id));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Cases.AcceptReferralAsync(w.CentralStaff, c.Id, referral.Id));
    }

    [Fact]
    public async Task Declining_needs_a_reason_and_the_declining_center_loses_sight_of_the_case()
    {
        var w = await WelfareWorld.CreateAsync();
        var c = await w.CaseInServiceAsync();
        var referral = await w.Cases.ReferCaseAsync(w.YdpWorker, c.Id, w.Guro.Id, null, "이사");
        var noReason = await Assert.ThrowsAsync<DomainException>(() => w.Cases.DeclineReferralAsync(w.GuroWorker, c.Id, referral.Id, ""));
        Assert.Equal("DECLINE_REASON_REQUIRED", noReason.Code);

        await w.Cases.DeclineReferralAsync(w.GuroWorker, c.Id, referral.Id, "관할 밖 주소");
        Assert.Equal(ReferralStatus.Declined, referral.Status);
        Assert.Equal(w.Yeongdeungpo.Id, c.CenterId);
        await Assert.ThrowsAsync<NotFoundException>(() => w.Cases.GetCaseAsync(w.GuroWorker, c.Id));

        await Assert.ThrowsAsync<NotFoundException>(() => w.Cases.AcceptReferralAsync(w.GuroWorker, c.Id, referral.Id));
    }

    [Fact]
    public async Task An_answered_referral_cannot_be_answered_again()
    {
        var w = await WelfareWorld.CreateAsync();
        var c = await w.CaseInServiceAsync();
        var referral = await w.Cases.ReferCaseAsync(w.YdpWorker, c.Id, null, "LH", "연계");
        await w.Cases.DeclineReferralAsync(w.YdpWorker, c.Id, referral.Id, "대상 아님");
        var ex = await Assert.ThrowsAsync<DomainException>(() => w.Cases.AcceptReferralAsync(w.YdpWorker, c.Id, referral.Id));
        Assert.Equal("REFERRAL_NOT_PENDING", ex.Code);
    }

    [Fact]
    public async Task A_case_has_at_most_one_pending_referral_and_is_not_referred_to_itself()
    {
        var w = await WelfareWorld.CreateAsync();
        var c = await w.CaseInServiceAsync();
        var self = await Assert.ThrowsAsync<DomainException>(() => w.Cases.ReferCaseAsync(w.YdpWorker, c.Id, w.Yeongdeungpo.Id, null, "?"));
        Assert.Equal("REFERRAL_TO_SELF", self.Code);
        var both = await Assert.ThrowsAsync<DomainException>(() => w.Cases.ReferCaseAsync(w.YdpWorker, c.Id, w.Guro.Id, "LH", "?"));
        Assert.Equal("REFERRAL_TARGET_INVALID", both.Code);

        await w.Cases.ReferCaseAsync(w.YdpWorker, c.Id, w.Guro.Id, null, "이사");
        var second = await Assert.ThrowsAsync<DomainException>(() => w.Cases.ReferCaseAsync(w.YdpWorker, c.Id, w.Central.Id, null, "이사"));
        Assert.Equal("REFERRAL_PENDING", second.Code);
        var close = await Assert.ThrowsAsync<DomainException>(() =>
            w.Cases.CloseCaseAsync(w.YdpWorker, new CloseCaseCommand(c.Id, CaseOutcome.Resolved, "해결")));
        Assert.Equal("REFERRAL_PENDING", close.Code);
    }

    [Fact]
    public async Task An_external_agencys_answer_is_recorded_by_the_owning_center_and_keeps_the_case()
    {
        var w = await WelfareWorld.CreateAsync();
        var c = await w.CaseInServiceAsync();
        var referral = await w.Cases.ReferCaseAsync(w.YdpWorker, c.Id, null, "LH 서울지역본부", "매입임대 입주 연계");
        Assert.True(referral.IsExternal);
        await w.Cases.AcceptReferralAsync(w.YdpWorker, c.Id, referral.Id);
        Assert.Equal(ReferralStatus.Accepted, referral.Status);
        Assert.Equal(w.Yeongdeungpo.Id, c.CenterId);
    }

    [Fact]
    public async Task Cases_breaching_time_limits_are_found_as_of_a_date()
    {
        var w = await WelfareWorld.CreateAsync();
        var unassessed = await w.OpenCaseAsync();
        var assessed = await w.OpenCaseAsync();
        await w.Cases.RecordAssessmentAsync(w.YdpWorker, assessed.Id, "욕구");
        var planned = await w.CaseInServiceAsync();
        var closedEarly = await w.OpenCaseAsync();
        await w.Cases.CloseCaseAsync(w.YdpWorker, new CloseCaseCommand(closedEarly.Id, CaseOutcome.Unreachable, "연락 두절", "3회 연락 실패"));
        var start = w.Today;

        Assert.Empty(await w.Cases.CasesBreachingTimeLimitsAsync(w.YdpManager, start.AddDays(10)));
        Assert.Equal([unassessed.Id], (await w.Cases.CasesBreachingTimeLimitsAsync(w.YdpManager, start.AddDays(11))).Select(c => c.Id));
        Assert.True(unassessed.IsAssessmentOverdue(start.AddDays(11)));
        Assert.False(unassessed.IsPlanOverdue(start.AddDays(30)));

        var at31 = (await w.Cases.CasesBreachingTimeLimitsAsync(w.YdpManager, start.AddDays(31))).Select(c => c.Id).ToHashSet();
        Assert.Equal(new HashSet<Guid> { unassessed.Id, assessed.Id }, at31);
        Assert.DoesNotContain(planned.Id, at31);
        Assert.True(assessed.IsPlanOverdue(start.AddDays(31)));
        Assert.Empty(await w.Cases.CasesBreachingTimeLimitsAsync(w.GuroManager, start.AddDays(31)));
    }

    [Fact]
    public async Task A_late_assessment_is_marked_as_having_missed_the_limit()
    {
        var w = await WelfareWorld.CreateAsync();
        var c = await w.OpenCaseAsync();
        w.Clock.AdvanceDays(12);
        await w.Cases.RecordAssessmentAsync(w.YdpWorker, c.Id, "욕구");
        Assert.True(c.AssessmentMissedLimit);
        Assert.False(c.IsAssessmentOverdue(w.Today));
    }
}
