using Housing.Domain.Community;
using Housing.Domain.Complexes;
using Housing.Domain.Disclosures;
using Housing.Domain.Documents;
using Housing.Domain.Listings;
using Housing.Domain.Points;
using Housing.Domain.Welfare;
using Housing.Infrastructure.DemoData;
using Housing.Infrastructure.DemoData.Sources;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Infrastructure.Tests.DemoData;

/// <summary>Two databases seeded from scratch the way first start seeds one; the tests read the first and compare both.</summary>
public sealed class SeededDemoData : IAsyncLifetime
{
    public DemoDatabase First { get; private set; } = null!;
    public DemoDatabase Second { get; private set; } = null!;
    public Dictionary<string, (TimeSpan Wall, TimeSpan Cpu)> Timings { get; } = [];

    public async Task InitializeAsync()
    {
        First = await DemoDatabase.SeedAsync([.. DemoDatabase.AllSeeders().Select(s => new TimedSeeder(s, Timings))]);
        Second = await DemoDatabase.SeedAsync();
    }

    public Task DisposeAsync()
    {
        First.Dispose();
        Second.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class DemoDataTests(SeededDemoData seeded, ITestOutputHelper output) : IClassFixture<SeededDemoData>
{
    private HousingDb Db() => new(seeded.First.CreateContext());

    /// <summary>Disposes the context after the test.</summary>
    private sealed class HousingDb(Housing.Infrastructure.Persistence.HousingDbContext context) : IAsyncDisposable
    {
        public Housing.Infrastructure.Persistence.HousingDbContext Context { get; } = context;

        public IQueryable<T> Set<T>() where T : class => Context.Set<T>().AsNoTracking();

        public ValueTask DisposeAsync() => Context.DisposeAsync();
    }

    [Fact]
    public async Task Seeding_twice_from_scratch_writes_the_same_data()
    {
        var first = await DemoDataDigest.OfAsync(seeded.First.ConnectionString);
        var second = await DemoDataDigest.OfAsync(seeded.Second.ConnectionString);
        output.WriteLine($"first start seeding: {seeded.First.SeedingTime} wall");
        foreach (var (name, time) in seeded.Timings) output.WriteLine($"  {name}: wall {time.Wall}, cpu {time.Cpu}");
        foreach (var (table, digest) in first) output.WriteLine($"{table}: {digest}");
        Assert.True(first.Count > 30, "the digest covers the domain's tables");
        Assert.Equal(first.Keys, second.Keys);
        Assert.Empty(first.Where(t => second[t.Key] != t.Value).Select(t => t.Key));
    }

    [Fact]
    public async Task Yeongdeungpo_has_159_complexes_and_hwaseong_29_lh_rentals_with_25000_households()
    {
        await using var db = Db();
        var regions = await db.Set<Region>().ToDictionaryAsync(r => r.Id, r => r.SigunguCode);
        var complexes = await db.Set<Complex>().ToListAsync();
        Assert.Equal(159, complexes.Count(c => regions[c.RegionId] == "11560"));
        var hwaseong = complexes.Where(c => regions[c.RegionId] == "41590").ToList();
        Assert.Equal(29, hwaseong.Count);
        Assert.Equal(25_000, hwaseong.Sum(c => c.HouseholdCount));
        Assert.All(hwaseong, c => Assert.Equal(HousingOperator.LH, c.Operator));
        // The two demo complexes also have a deputy (관리과장): common-point spending is asked by one manager and approved by another.
        Assert.All(complexes, c => Assert.Equal(c.Name is DemoPlaces.ManagerOneComplexName or DemoPlaces.ManagerTwoComplexName ? 2 : 1, c.Managers.Count));
        Assert.True(await db.Set<Household>().CountAsync() > 3000);
        Assert.True(await db.Set<Resident>().CountAsync() > 6000);
    }

    [Fact]
    public async Task Demo_accounts_are_linked_to_their_complexes_homes_and_centers()
    {
        await using var db = Db();
        var users = await db.Context.Users.AsNoTracking().ToDictionaryAsync(u => u.UserName!);
        var one = await db.Set<Complex>().SingleAsync(c => c.Name == DemoPlaces.ManagerOneComplexName);
        var two = await db.Set<Complex>().SingleAsync(c => c.Name == DemoPlaces.ManagerTwoComplexName);
        Assert.Equal(one.Id, users["manager1"].ComplexId);
        Assert.Contains(one.Managers, m => m.UserId == users["manager1"].Id);
        Assert.Equal(two.Id, users["manager2"].ComplexId);
        Assert.Contains(two.Managers, m => m.UserId == users["manager2"].Id);

        var resident1 = await db.Set<Resident>().SingleAsync(r => r.Id == users["resident1"].ResidentId);
        Assert.Equal(one.Id, resident1.ComplexId);
        Assert.Equal(users["resident1"].Id, resident1.UserId);
        Assert.Equal(resident1.HouseholdId, users["resident1"].HouseholdId);
        var resident2 = await db.Set<Resident>().SingleAsync(r => r.Id == users["resident2"].ResidentId);
        Assert.Equal(two.Id, resident2.ComplexId);

        var centers = await db.Set<WelfareCenter>().ToListAsync();
        var ydp = centers.Single(c => c.SigunguCode == "11560");
        var central = centers.Single(c => c.IsCentral);
        Assert.Equal(ydp.Id, users["caseworker.ydp"].WelfareCenterId);
        Assert.Equal(ydp.Id, users["centermanager.ydp"].WelfareCenterId);
        Assert.Equal(central.Id, users["central1"].WelfareCenterId);
        var staff = await db.Set<WelfareStaff>().ToListAsync();
        Assert.Contains(staff, s => s.UserId == users["caseworker.ydp"].Id && s.Role == StaffRole.Caseworker && s.CenterId == ydp.Id);
        Assert.Contains(staff, s => s.UserId == users["centermanager.ydp"].Id && s.Role == StaffRole.CenterManager);
        Assert.Contains(staff, s => s.UserId == users["central1"].Id && s.Role == StaffRole.CentralStaff);
        Assert.NotNull(users["vendor1"].VendorId);
    }

    [Fact]
    public async Task Seoul_has_26_welfare_centers_with_staff_and_cases_in_every_stage()
    {
        await using var db = Db();
        Assert.Equal(26, await db.Set<WelfareCenter>().CountAsync());
        var cases = await db.Set<WelfareCase>().ToListAsync();
        Assert.Equal(Enum.GetValues<CaseStatus>().Order(), cases.Select(c => c.Status).Distinct().Order());
        Assert.Contains(cases, c => c.IsAssessmentOverdue(DemoCalendar.Today));
        Assert.Contains(cases, c => c.IsPlanOverdue(DemoCalendar.Today));
        Assert.Contains(cases, c => c.AssessmentMissedLimit);
        var referrals = cases.SelectMany(c => c.Referrals).Select(r => r.Status).Distinct().ToList();
        Assert.Equal(Enum.GetValues<ReferralStatus>().Order(), referrals.Order());
        Assert.Contains(cases, c => c.CenterId != c.OpenedByCenterId);
        Assert.Contains(cases, c => c.Services.Sum(s => s.Amount) > 0 && c.Plans.Count > 0 && c.Plans[0].Goals.Count > 0);
        Assert.Contains(cases, c => c.Closure is not null && c.FollowUps.Count > 0);
        Assert.True(await db.Set<AccessLogEntry>().CountAsync() > 100);
        Assert.True(await db.Set<AccessLogReview>().CountAsync() > 0);
    }

    [Fact]
    public async Task Every_complex_discloses_at_least_12_months_averaging_2200_krw_per_square_metre()
    {
        await using var db = Db();
        var months = await db.Context.Set<DisclosureMonth>().AsNoTracking().IgnoreAutoIncludes().ToListAsync();
        var perComplex = months.Where(m => m.IsDisclosed).GroupBy(m => m.ComplexId).ToList();
        Assert.Equal(188, perComplex.Count);
        Assert.All(perComplex, g => Assert.True(g.Count() >= 12));
        Assert.Contains(months, m => m.FiledLate == true);

        var window = Enumerable.Range(0, ManagementFees.FirstMonth.MonthsUntil(ManagementFees.LastMonth) + 1)
            .Select(ManagementFees.FirstMonth.AddMonths).ToList();
        Assert.Contains(perComplex, g => g.Select(m => m.Month).Distinct().Count() < window.Count);

        var yeongdeungpo = (await db.Set<Complex>().ToListAsync()).Where(c => c.BjdCode.StartsWith("11560", StringComparison.Ordinal)).Select(c => c.Id).ToHashSet();
        var disclosed = months.Where(m => m.IsDisclosed && yeongdeungpo.Contains(m.ComplexId)).ToList();
        var perSquareMetre = disclosed.Sum(m => m.GrandTotal!.Value) / disclosed.Sum(m => m.ExclusiveArea);
        var common = disclosed.Sum(m => m.CommonTotal!.Value) / disclosed.Sum(m => m.ExclusiveArea);
        var individual = disclosed.Sum(m => m.IndividualUsageTotal!.Value) / disclosed.Sum(m => m.ExclusiveArea);
        var reserve = disclosed.Sum(m => m.RepairReserveCharged!.Value) / disclosed.Sum(m => m.ExclusiveArea);
        output.WriteLine($"per ㎡: total {perSquareMetre:F0}, common {common:F0}, individual {individual:F0}, repair reserve {reserve:F0}");
        Assert.InRange(perSquareMetre, 2090, 2310);
        Assert.InRange(common, 790, 870);
        Assert.InRange(individual, 780, 860);
        Assert.InRange(reserve, 140, 160);
        Assert.True(await db.Set<AnnualFeeStatement>().CountAsync() >= 159 * 2);
    }

    [Fact]
    public async Task Documents_reach_every_delivery_state()
    {
        await using var db = Db();
        var documents = await db.Set<Document>().ToListAsync();
        var statuses = documents.SelectMany(d => d.Deliveries).Select(x => x.Status).Distinct().Order();
        Assert.Equal(Enum.GetValues<DeliveryStatus>().Order(), statuses);
        Assert.Contains(documents, d => d.Deliveries.Count == 159);
        Assert.Contains(documents, d => d.SenderKind == DocumentParty.Complex);
        Assert.Contains(documents.SelectMany(d => d.Deliveries), x => x.WasOverdue && x.Status == DeliveryStatus.Replied);
    }

    [Fact]
    public async Task Listings_of_every_kind_have_orders_in_every_state()
    {
        await using var db = Db();
        var listings = await db.Set<Listing>().ToListAsync();
        Assert.Equal(Enum.GetValues<ListingKind>().Order(), listings.Select(l => l.Kind).Distinct().Order());
        Assert.Contains(listings, l => l.Status == ListingStatus.Hidden);
        Assert.Contains(listings, l => l.GroupBuyOutcome == GroupBuyOutcome.Succeeded);
        Assert.Contains(listings, l => l.GroupBuyOutcome == GroupBuyOutcome.Failed);
        Assert.Contains(listings, l => l.Kind == ListingKind.GroupBuy && l.GroupBuyOutcome == GroupBuyOutcome.Pending);
        var orders = await db.Set<Order>().ToListAsync();
        Assert.Equal(Enum.GetValues<OrderStatus>().Order(), orders.Select(o => o.Status).Distinct().Order());
        Assert.Contains(orders, o => o.PaidWithPoints && o.Status == OrderStatus.Completed);
    }

    [Fact]
    public async Task The_points_ledger_balances_and_no_account_is_negative()
    {
        await using var db = Db();
        var transactions = await db.Set<LedgerTransaction>().ToListAsync();
        var accounts = await db.Set<PointAccount>().ToListAsync();
        Assert.All(transactions, t => Assert.Equal(0, t.Entries.Sum(e => e.Amount)));
        Assert.Equal(0, accounts.Sum(a => a.Balance));
        Assert.All(accounts.Where(a => !a.MayRunNegative), a => Assert.True(a.Balance >= 0, a.Key));
        var entries = transactions.SelectMany(t => t.Entries).GroupBy(e => e.AccountId).ToDictionary(g => g.Key, g => g.Sum(e => e.Amount));
        Assert.All(accounts, a => Assert.Equal(a.Balance, entries.GetValueOrDefault(a.Id)));

        var kinds = transactions.Select(t => t.Kind).Distinct().ToList();
        Assert.Equal(Enum.GetValues<LedgerTransactionKind>().Order(), kinds.Order());
        var lots = accounts.SelectMany(a => a.Lots).ToList();
        Assert.Contains(lots, l => l.Expired > 0);
        Assert.Contains(lots, l => l.Remaining > 0 && l.ExpiresAt > DemoCalendar.Now && l.ExpiresAt <= DemoCalendar.Now.AddDays(30));
        var requests = await db.Set<CommonSpendingRequest>().ToListAsync();
        Assert.Contains(requests, r => r.Status == CommonSpendingStatus.Approved);
        Assert.Contains(requests, r => r.Status == CommonSpendingStatus.Requested);
        // A pending request awaits a manager of its complex who can sign in to the admin (a demo account) and did not ask for it.
        var signInManagers = await db.Set<Housing.Infrastructure.Identity.HousingUser>().Where(u => u.PasswordHash != null).Select(u => u.Id).ToListAsync();
        var complexes = await db.Set<Complex>().ToListAsync();
        Assert.All(requests.Where(r => r.Status == CommonSpendingStatus.Requested), r => Assert.Contains(
            complexes.Single(c => c.Id == r.ComplexId).Managers,
            m => m.Until is null && signInManagers.Contains(m.UserId) && !r.IsRequestedBy(m.UserId)));
    }

    [Fact]
    public async Task Community_has_notices_polls_and_complaints_in_every_status()
    {
        await using var db = Db();
        Assert.True(await db.Set<Notice>().CountAsync() >= 188);
        var polls = await db.Set<Poll>().ToListAsync();
        var statuses = polls.Select(p => p.StatusAt(DemoCalendar.Now)).Distinct().ToList();
        Assert.Contains(PollStatus.Closed, statuses);
        Assert.Contains(PollStatus.Open, statuses);
        Assert.Contains(PollStatus.Scheduled, statuses);
        Assert.Contains(polls, p => p.Kind == PollKind.Vote && p.Participations.Count > 0);
        var complaints = await db.Set<Complaint>().ToListAsync();
        Assert.Equal(Enum.GetValues<ComplaintStatus>().Order(), complaints.Select(c => c.Status).Distinct().Order());
        Assert.True(await db.Set<NewsItem>().CountAsync() >= 3);
    }
}
