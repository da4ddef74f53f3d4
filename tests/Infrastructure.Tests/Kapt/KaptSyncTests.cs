using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Disclosures;
using Housing.Infrastructure.Jobs;
using Housing.Infrastructure.Kapt;
using Microsoft.EntityFrameworkCore;

namespace Infrastructure.Tests.Kapt;

public sealed class KaptSyncTests
{
    private static readonly YearMonth September = new(2026, 9);
    private static readonly YearMonth October = new(2026, 10);
    private static readonly int OperationsPerMonth = KaptCatalog.FeeOperations.Count;

    [Fact]
    public void A_complex_month_takes_the_26_documented_fee_operations()
    {
        Assert.Equal(26, OperationsPerMonth);
        Assert.Equal(17, KaptCatalog.FeeOperations.Count(o => o.Service == KaptCatalog.CommonFeeService));
        Assert.Equal(5, KaptCatalog.FeeOperations.Count(o => o.Service == KaptCatalog.IndividualFeeService));
        Assert.Equal(4, KaptCatalog.FeeOperations.Count(o => o.Service == KaptCatalog.RepairReserveService));
    }

    [Fact]
    public async Task A_run_imports_every_complex_and_month_with_the_portals_amounts()
    {
        await using var h = await KaptSyncHarness.StartAsync(complexes: 3);
        var report = await h.Sync().RunAsync();

        Assert.False(report.Paused);
        Assert.Equal(3, report.Sigungus.Single().ComplexesChanged);
        Assert.Equal(6, report.Sigungus.Single().MonthsChanged);
        Assert.Equal(2 + 3 + 3 * 2 * OperationsPerMonth, h.Server.Requests);
        using var context = h.Db.CreateContext();
        var complex = context.Set<Complex>().Single(c => c.KaptCode == "A11500002");
        Assert.Equal("영등포 테스트2단지", complex.Name);
        var month = context.Set<DisclosureMonth>().Single(m => m.ComplexId == complex.Id && m.Month == October);
        Assert.True(month.IsDisclosed);
        Assert.Equal(FakeKaptServer.AmountOf("A11500002", October, "guardCost"), month.AmountOf("SECURITY"));
        Assert.Equal(FakeKaptServer.AmountOf("A11500002", October, "electC"), month.AmountOf("ELECTRICITY_COMMON"));
        Assert.Equal(FakeKaptServer.AmountOf("A11500002", October, "sUse"), month.AmountOf(FeeCatalog.RepairReserveUsed));
        Assert.Equal(0.04, month.RepairReserveRate);
        var labor = new[] { "pay", "sundryCost", "bonus", "pension", "accidentPremium", "employPremium", "nationalPension", "healthPremium", "welfareBenefit" }
            .Sum(f => FakeKaptServer.AmountOf("A11500002", October, f));
        Assert.Equal(labor, month.AmountOf("LABOR"));
        Assert.Equal(SyncStatus.Completed, h.Checkpoint().Status);
    }

    [Fact]
    public async Task Xml_answers_and_v3_style_lists_import_the_same_data_as_json()
    {
        await using var json = await KaptSyncHarness.StartAsync();
        await json.Sync().RunAsync();
        await using var xml = await KaptSyncHarness.StartAsync();
        xml.Server.AlwaysXml = true;
        await xml.Sync().RunAsync();
        await using var v3 = await KaptSyncHarness.StartAsync();
        v3.Server.ListAsItemItem = true;
        v3.Configure = o => o.PageSize = 1;
        await v3.Sync().RunAsync();

        var expected = KaptSyncHarness.Snapshot(json.Db);
        Assert.Equal(expected, KaptSyncHarness.Snapshot(xml.Db));
        Assert.Equal(expected, KaptSyncHarness.Snapshot(v3.Db));
    }

    [Fact]
    public async Task A_month_not_disclosed_is_recorded_as_such_with_no_amounts()
    {
        await using var h = await KaptSyncHarness.StartAsync(complexes: 1);
        h.Server.NotDisclosed.Add(("A11500001", October));
        await h.Sync().RunAsync();

        using var context = h.Db.CreateContext();
        var months = context.Set<DisclosureMonth>().ToList().ToDictionary(m => m.Month);
        Assert.True(months[September].IsDisclosed);
        Assert.False(months[October].IsDisclosed);
        Assert.Empty(months[October].Items);
    }

    [Fact]
    public async Task A_complex_whose_data_the_domain_refuses_is_skipped_and_named_and_the_others_are_imported()
    {
        await using var h = await KaptSyncHarness.StartAsync(complexes: 3);
        h.Server.Heating["A11500002"] = "열병합난방";
        var report = await h.Sync().RunAsync();

        var sigungu = report.Sigungus.Single();
        Assert.Equal(SyncStatus.Completed, sigungu.Status);
        Assert.Equal(2, sigungu.ComplexesChanged);
        Assert.StartsWith("A11500002: ", Assert.Single(sigungu.Skipped!));
        Assert.Contains("열병합난방", report.ToString());
        using var context = h.Db.CreateContext();
        Assert.Equal(["A11500001", "A11500003"], context.Set<Complex>().Select(c => c.KaptCode).Order().ToList());
        Assert.Equal(4, context.Set<DisclosureMonth>().Count());
    }

    [Fact]
    public async Task A_repeated_run_changes_nothing()
    {
        await using var h = await KaptSyncHarness.StartAsync();
        await h.Sync().RunAsync();
        var before = KaptSyncHarness.Snapshot(h.Db);

        var again = await h.Sync().RunAsync(restart: true);

        Assert.Equal(0, again.Sigungus.Single().ComplexesChanged);
        Assert.Equal(0, again.Sigungus.Single().MonthsChanged);
        Assert.Equal(6, again.Sigungus.Single().MonthsUnchanged);
        Assert.Equal(before, KaptSyncHarness.Snapshot(h.Db));
    }

    [Fact]
    public async Task A_completed_run_is_not_repeated_within_the_month()
    {
        await using var h = await KaptSyncHarness.StartAsync(complexes: 1);
        await h.Sync().RunAsync();
        var requests = h.Server.Requests;
        var second = await h.Sync().RunAsync();
        Assert.Equal(requests, h.Server.Requests);
        Assert.Equal("already synced this month", second.Sigungus.Single().Message);
    }

    [Fact]
    public async Task The_daily_quota_stops_the_run_with_a_checkpoint_and_the_next_day_resumes_at_the_same_operation()
    {
        await using var uninterrupted = await KaptSyncHarness.StartAsync();
        await uninterrupted.Sync().RunAsync();
        var totalRequests = uninterrupted.Server.Requests;

        await using var h = await KaptSyncHarness.StartAsync();
        h.Server.QuotaRemaining = 70;
        var first = await h.Sync().RunAsync();

        Assert.True(first.Paused);
        Assert.Equal(TestClockKst(2026, 11, 24, 0, 5), first.ResumeAt);
        var checkpoint = h.Checkpoint();
        Assert.Equal(SyncStatus.Paused, checkpoint.Status);
        // 70 answered: the list, then complex 1 (basic information and two months of 26 operations), then complex 2's
        // basic information and 15 operations of its September.
        Assert.Equal("A11500002", checkpoint.Item);
        Assert.Equal(September, checkpoint.Month);
        Assert.Equal(70 - (1 + 1 + 2 * OperationsPerMonth + 1), checkpoint.OperationsDone);
        Assert.NotNull(checkpoint.PartialData);

        h.Server.ResetQuota(null);
        h.Clock.Set(first.ResumeAt!.Value);
        var second = await h.Sync().RunAsync();

        Assert.False(second.Paused);
        Assert.Equal(SyncStatus.Completed, h.Checkpoint().Status);
        Assert.Equal(totalRequests + 2, h.Server.Requests); // only the list page and the refused operation are asked again
        Assert.Equal(KaptSyncHarness.Snapshot(uninterrupted.Db), KaptSyncHarness.Snapshot(h.Db));
    }

    private static DateTimeOffset TestClockKst(int y, int m, int d, int h, int min) => Jobs.Support.TestClock.Kst(y, m, d, h, min);

    [Fact]
    public async Task A_key_not_registered_fails_the_run_with_a_clear_message_and_records_it()
    {
        await using var h = await KaptSyncHarness.StartAsync(complexes: 1);
        h.Configure = o => o.ServiceKey = "wrong";
        var e = await Assert.ThrowsAsync<KaptConfigurationException>(() => h.Sync().RunAsync());
        Assert.Contains("AptListService4", e.Message);
        Assert.Contains("not registered", e.Message);
        var checkpoint = h.Checkpoint();
        Assert.Equal(SyncStatus.Failed, checkpoint.Status);
        Assert.Equal(e.Message, checkpoint.LastError);
    }

    [Fact]
    public async Task A_retired_service_fails_the_run_naming_the_service()
    {
        await using var h = await KaptSyncHarness.StartAsync(complexes: 1);
        h.Server.Retired.Add(KaptCatalog.RepairReserveService);
        var e = await Assert.ThrowsAsync<KaptConfigurationException>(() => h.Sync().RunAsync());
        Assert.Equal("12", e.Code);
        Assert.Contains("AptRepairsCostServiceV3", e.Message);
        Assert.Contains("retired", e.Message);
    }

    [Fact]
    public async Task Transient_errors_and_throttling_are_retried_with_backoff_and_lose_nothing()
    {
        await using var clean = await KaptSyncHarness.StartAsync(complexes: 2);
        await clean.Sync().RunAsync();

        await using var h = await KaptSyncHarness.StartAsync(complexes: 2);
        h.Server.TransientAt.UnionWith([2, 3, 40]);
        h.Server.ThrottleAt.Add(60);
        await h.Sync().RunAsync();

        Assert.Equal(clean.Server.Requests + 4, h.Server.Requests);
        Assert.Equal(KaptSyncHarness.Snapshot(clean.Db), KaptSyncHarness.Snapshot(h.Db));
        var backoffs = h.Clock.Delays.Where(d => d >= TimeSpan.FromSeconds(1)).ToList();
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4)], backoffs);
    }

    [Fact]
    public async Task Requests_are_spaced_to_the_configured_rate()
    {
        await using var h = await KaptSyncHarness.StartAsync(complexes: 1);
        h.Configure = o => o.RequestsPerSecond = 4;
        var start = h.Clock.GetUtcNow();
        await h.Sync().RunAsync();
        var elapsed = h.Clock.GetUtcNow() - start;
        Assert.True(elapsed >= TimeSpan.FromSeconds((h.Server.Requests - 1) / 4.0), $"{h.Server.Requests} requests in {elapsed}");
        Assert.All(h.Clock.Delays, d => Assert.True(d <= TimeSpan.FromMilliseconds(250)));
    }
}
