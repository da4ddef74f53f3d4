using Admin.Tests.Support;
using Housing.Domain.Common;
using Housing.Domain.Welfare;

namespace Admin.Tests.Welfare;

/// <summary>The dashboard tells overdue follow-ups from those due this week, on a clock the test moves.</summary>
public sealed class FollowUpDashboardTests(FollowUpDashboardTests.World world) : IClassFixture<FollowUpDashboardTests.World>
{
    public sealed class World() : WelfareWorld(live: false, Clock)
    {
        public static readonly TestClock Clock = new(DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task A_follow_up_past_its_date_is_flagged_overdue_and_not_listed_as_due_this_week()
    {
        var (_, caseId) = await world.OpenCaseAsync("worker.a", "사후경과");
        await world.ToServiceStageAsync("worker.a", caseId);
        var closedOn = KoreanCalendar.Today(World.Clock);
        await world.CasesAsync(s => s.CloseCaseAsync(world.Staff["worker.a"].Actor,
            new CloseCaseCommand(caseId, CaseOutcome.Resolved, "주거 안정", null, [closedOn.AddDays(1)])));
        World.Clock.Advance(TimeSpan.FromDays(29));
        var browser = await world.SignedInAsync("worker.a");

        var (_, dashboard) = await browser.GetAsync("/admin/Welfare");

        var overdue = dashboard.QuerySelector($"[data-section='followups-overdue'] tr[data-case='{caseId}']");
        Assert.NotNull(overdue);
        Assert.Equal("overdue", overdue.QuerySelector("[data-followup]")!.GetAttribute("data-followup"));
        Assert.Contains("기한 경과", overdue.QuerySelector("[data-followup]")!.TextContent);
        Assert.Contains("사후관리 기한 경과", dashboard.QuerySelector("[data-section='followups-overdue'] h2")!.TextContent);
        Assert.Null(dashboard.QuerySelector($"[data-section='followups'] tr[data-case='{caseId}']"));
    }
}
