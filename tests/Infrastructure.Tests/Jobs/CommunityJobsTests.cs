using Housing.Domain.Common;
using Housing.Domain.Community;
using Housing.Domain.Listings;
using Housing.Domain.Points;
using Housing.Infrastructure.Identity;
using Housing.Infrastructure.Jobs.Reminders;
using Housing.Infrastructure.Notifications;
using Housing.Infrastructure.Persistence;
using Infrastructure.Tests.Complexes;
using Infrastructure.Tests.Jobs.Support;
using Infrastructure.Tests.Support;
using Infrastructure.Tests.Welfare;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Infrastructure.Tests.Jobs;

/// <summary>
/// The jobs DESIGN.md lists for listings, votes, points and the access log, run the way Quartz runs them (a scope of
/// the host's services each time, a clock the test moves): each does its work once, and a second run changes nothing.
/// </summary>
public sealed class CommunityJobsTests
{
    private static readonly PointsPolicy Policy = new(BuyerRewardRate: 0.01, ComplexRewardRate: 0.005, ExpiryMonths: 24);

    private static ServiceProvider Host(SqliteTestDatabase database, TimeProvider clock)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(clock);
        services.AddSingleton(Policy);
        services.AddScoped<HousingDbContext>(_ => database.CreateContext());
        services.AddScoped<IHousingStore, EfHousingStore>();
        services.AddHousingNotifications(new NotificationOptions());
        return services.BuildServiceProvider();
    }

    private static async Task<T> RunAsync<T>(ServiceProvider host, Func<IServiceProvider, CancellationToken, Task<T>> job)
    {
        await using var scope = host.CreateAsyncScope();
        return await job(scope.ServiceProvider, default);
    }

    [Fact]
    public async Task Group_buys_past_their_deadline_are_settled_once_confirmed_or_cancelled_by_their_participants()
    {
        using var world = await EfWorld.CreateAsync();
        var complex = await world.AddComplexAsync();
        var (seller, _) = await world.AddResidentAsync(complex, "판매자");
        var listings = () => new ListingService(world.Database.CreateStore(), world.Clock, Policy);
        var deadline = world.Clock.GetUtcNow().AddDays(2);
        var enough = await listings().CreateListingAsync(seller, new CreateListingCommand(ListingKind.GroupBuy, ListingScope.Region, null,
            new ListingDetails("쌀 공동구매", "", 30_000, false, MinimumParticipants: 2, Deadline: deadline)));
        var tooFew = await listings().CreateListingAsync(seller, new CreateListingCommand(ListingKind.GroupBuy, ListingScope.Region, null,
            new ListingDetails("감귤 공동구매", "", 8_000, false, MinimumParticipants: 5, Deadline: deadline)));
        for (var i = 0; i < 2; i++)
        {
            var (buyer, _) = await world.AddResidentAsync(complex, $"구매자{i}");
            await listings().PlaceOrderAsync(buyer, enough.Id, 1, payWithPoints: false);
            await listings().PlaceOrderAsync(buyer, tooFew.Id, 1, payWithPoints: false);
        }
        var clock = new TestClock(deadline.AddMinutes(-1));
        await using var host = Host(world.Database, clock);

        Assert.Empty(await RunAsync(host, GroupBuySettlementJob.SettleAsync));
        clock.Set(deadline.AddMinutes(1));
        var settled = await RunAsync(host, GroupBuySettlementJob.SettleAsync);
        var again = await RunAsync(host, GroupBuySettlementJob.SettleAsync);

        Assert.Equal([(enough.Id, true, 2), (tooFew.Id, false, 2)],
            settled.OrderBy(s => s.ListingId == tooFew.Id).Select(s => (s.ListingId, s.Succeeded, s.Participants)));
        Assert.Empty(again);
        using var db = world.Database.CreateContext();
        var orders = await db.Set<Order>().AsNoTracking().ToListAsync();
        Assert.All(orders.Where(o => o.ListingId == enough.Id), o => Assert.Equal(OrderStatus.Confirmed, o.Status));
        Assert.All(orders.Where(o => o.ListingId == tooFew.Id), o => Assert.Equal(OrderStatus.Cancelled, o.Status));
    }

    [Fact]
    public async Task A_vote_is_closed_and_tallied_once_when_its_closing_time_passes()
    {
        using var world = await EfWorld.CreateAsync();
        var complex = await world.AddComplexAsync();
        var opens = world.Clock.GetUtcNow();
        var polls = () => new PollService(world.Database.CreateStore(), world.Clock);
        var poll = await polls().CreatePollAsync(EfWorld.Admin, new CreatePollCommand(complex, PollKind.Vote, "경비 용역 재계약", null,
            opens, opens.AddDays(3), [new QuestionInput("재계약에 찬성하십니까?", QuestionKind.SingleChoice, ["찬성", "반대"])]));
        for (var i = 0; i < 3; i++)
        {
            var (voter, _) = await world.AddResidentAsync(complex, $"주민{i}");
            await polls().CastBallotAsync(voter, poll.Id, [new(poll.Questions[0].Id, poll.Questions[0].Options[i == 2 ? 1 : 0].Id)]);
        }
        var clock = new TestClock(opens.AddDays(3).AddMinutes(-1));
        await using var host = Host(world.Database, clock);

        Assert.Equal(0, await RunAsync(host, PollClosingJob.CloseAsync));
        clock.Set(opens.AddDays(3).AddMinutes(1));
        Assert.Equal(1, await RunAsync(host, PollClosingJob.CloseAsync));
        Assert.Equal(0, await RunAsync(host, PollClosingJob.CloseAsync));

        var results = await new PollService(world.Database.CreateStore(), clock).GetResultsAsync(EfWorld.Admin, poll.Id);
        Assert.Equal(3, results.Ballots);
        Assert.Equal([2, 1], results.Questions[0].Options.Select(o => o.Votes));
    }

    [Fact]
    public async Task Points_past_their_validity_expire_once_and_the_ledger_still_balances()
    {
        using var world = await EfWorld.CreateAsync();
        var complex = await world.AddComplexAsync();
        var (resident, residentId) = await world.AddResidentAsync(complex);
        var points = () => new PointsService(world.Database.CreateStore(), world.Clock, Policy);
        await points().GrantPointsAsync(EfWorld.Admin, new GrantPointsCommand(PointAccountKind.Personal, residentId, 1_000, "환영", "welcome"));
        await points().SpendPointsAsync(resident, new SpendPointsCommand(250, "spend-1", "관리비"));
        var clock = new TestClock(world.Clock.GetUtcNow().AddMonths(23));
        await using var host = Host(world.Database, clock);

        Assert.Equal(new ExpiryRun(0, 0), await RunAsync(host, PointsExpiryJob.ExpireAsync));
        clock.Set(world.Clock.GetUtcNow().AddMonths(25));
        Assert.Equal(new ExpiryRun(1, 750), await RunAsync(host, PointsExpiryJob.ExpireAsync));
        Assert.Equal(new ExpiryRun(0, 0), await RunAsync(host, PointsExpiryJob.ExpireAsync));

        using var db = world.Database.CreateContext();
        Assert.Equal(0, (await db.Set<PointAccount>().SingleAsync(a => a.Key == PointAccount.PersonalKey(residentId))).Balance);
        Assert.Equal(0, await db.Set<LedgerEntry>().SumAsync(e => e.Amount));
    }

    [Fact]
    public async Task A_center_manager_is_reminded_once_per_month_until_the_access_log_review_is_signed()
    {
        using var world = await WelfareEfWorld.CreateAsync();
        using (var db = world.Database.CreateContext())
        {
            db.Add(new HousingUser("ydp.manager", "박센터") { Id = world.YdpManager.UserId, Email = "ydp.manager@example.org" });
            db.Add(new HousingUser("guro.worker", "최구로") { Id = world.GuroWorker.UserId, Email = "guro.worker@example.org" });
            await db.SaveChangesAsync();
        }
        var clientId = await world.ClientAsync();
        await world.Clients().GetClientAsync(world.YdpWorker, clientId);
        world.Clock.Set(new DateTimeOffset(2026, 7, 3, 0, 0, 0, TimeSpan.Zero));
        await using var host = Host(world.Database, world.Clock);

        Assert.Equal(1, await RunAsync(host, AccessLogReviewReminderJob.RemindAsync));
        Assert.Equal(0, await RunAsync(host, AccessLogReviewReminderJob.RemindAsync));
        await world.AccessLog().SignOffAccessLogReviewAsync(world.YdpManager, new YearMonth(2026, 6), "이상 없음");
        world.Clock.Set(new DateTimeOffset(2026, 7, 10, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, await RunAsync(host, AccessLogReviewReminderJob.RemindAsync));

        using var check = world.Database.CreateContext();
        var sent = Assert.Single(await check.Set<OutboundMessage>().AsNoTracking().ToListAsync());
        Assert.Equal("ydp.manager@example.org", sent.Recipient);
        Assert.Contains("2026-06", sent.Subject);
    }
}
