using Housing.Domain.Complexes;
using Housing.Domain.Listings;
using Housing.Domain.Points;
using Infrastructure.Tests.Complexes;
using Microsoft.EntityFrameworkCore;

namespace Infrastructure.Tests.Listings;

public sealed class ListingPersistenceTests
{
    private static readonly PointsPolicy Policy = new(BuyerRewardRate: 0.01, ComplexRewardRate: 0.005);

    private static ListingService Listings(EfWorld world) => new(world.Database.CreateStore(), world.Clock, Policy);

    [Fact]
    public async Task An_order_paid_with_points_is_completed_and_rewarded_in_one_unit_of_work()
    {
        using var world = await EfWorld.CreateAsync();
        var complex = await world.AddComplexAsync();
        var (seller, _) = await world.AddResidentAsync(complex, "판매자");
        var (buyer, buyerId) = await world.AddResidentAsync(complex, "구매자");
        await new PointsService(world.Database.CreateStore(), world.Clock, Policy).GrantPointsAsync(EfWorld.Admin,
            new GrantPointsCommand(PointAccountKind.Personal, buyerId, 30_000, "환영", "w"));
        var listing = await Listings(world).CreateListingAsync(seller, new CreateListingCommand(ListingKind.GoodsSale, ListingScope.Complex, null,
            new ListingDetails("자전거", "", 20_000, true)));

        var order = await Listings(world).PlaceOrderAsync(buyer, listing.Id, 1, payWithPoints: true);
        await Listings(world).ConfirmOrderAsync(seller, order.Id);
        await Listings(world).CompleteOrderAsync(seller, order.Id);

        using var db = world.Database.CreateContext();
        var saved = await db.Set<Order>().SingleAsync();
        Assert.Equal(OrderStatus.Completed, saved.Status);
        Assert.NotNull(saved.PaymentTransactionId);
        Assert.NotNull(saved.RewardTransactionId);
        Assert.Equal(10_000 + 200, (await db.Set<PointAccount>().SingleAsync(a => a.Key == PointAccount.PersonalKey(buyerId))).Balance);
        Assert.Equal(100, (await db.Set<PointAccount>().SingleAsync(a => a.Key == PointAccount.CommonKey(complex))).Balance);
        Assert.Equal(0, await db.Set<LedgerEntry>().SumAsync(e => e.Amount));
    }

    [Fact]
    public async Task A_failed_group_buy_cancels_and_refunds_every_participant_in_sql()
    {
        using var world = await EfWorld.CreateAsync();
        var complex = await world.AddComplexAsync();
        var (seller, _) = await world.AddResidentAsync(complex, "판매자");
        var points = new PointsService(world.Database.CreateStore(), world.Clock, Policy);
        var buyers = new List<(Housing.Domain.Common.Actor Actor, Guid Id)>();
        for (var i = 0; i < 2; i++)
        {
            var buyer = await world.AddResidentAsync(complex, $"구매자{i}");
            await new PointsService(world.Database.CreateStore(), world.Clock, Policy).GrantPointsAsync(EfWorld.Admin,
                new GrantPointsCommand(PointAccountKind.Personal, buyer.ResidentId, 10_000, "환영", $"w{i}"));
            buyers.Add(buyer);
        }
        var deadline = world.Clock.GetUtcNow().AddDays(2);
        var listing = await Listings(world).CreateListingAsync(seller, new CreateListingCommand(ListingKind.GroupBuy, ListingScope.Region, null,
            new ListingDetails("감귤 공동구매", "", 8_000, true, MinimumParticipants: 5, Deadline: deadline)));
        foreach (var (actor, _) in buyers)
            await Listings(world).PlaceOrderAsync(actor, listing.Id, 1, payWithPoints: true);

        var settled = await Listings(world).SettleGroupBuysAsync(EfWorld.Admin, deadline.AddMinutes(1));

        Assert.False(Assert.Single(settled).Succeeded);
        using var db = world.Database.CreateContext();
        Assert.All(await db.Set<Order>().ToListAsync(), o => Assert.Equal(OrderStatus.Cancelled, o.Status));
        Assert.All(await db.Set<PointAccount>().Where(a => a.Kind == PointAccountKind.Personal).ToListAsync(), a => Assert.Equal(10_000, a.Balance));
        Assert.Equal(GroupBuyOutcome.Failed, (await db.Set<Listing>().SingleAsync()).GroupBuyOutcome);
        Assert.Empty(await Listings(world).SettleGroupBuysAsync(EfWorld.Admin, deadline.AddDays(1)));
    }

    [Fact]
    public async Task Rental_notices_reports_and_visibility_round_trip()
    {
        using var world = await EfWorld.CreateAsync();
        var complex = await world.AddComplexAsync();
        var (resident, _) = await world.AddResidentAsync(complex);
        var lh = await Listings(world).RegisterVendorAsync(EfWorld.Admin, "한국토지주택공사", "144-82-00116", VendorKind.HousingOperator, "1600-1004");
        var terms = new RentalHousingTerms(30_000_000, 250_000, 46.2, "서울특별시 영등포구 신길동 1", RentalSupplyType.HappyHousing,
            "청년, 신혼부부", new DateOnly(2026, 1, 1), new DateOnly(2030, 12, 31));
        var notice = new RentalNoticeImport("LH-2026-77", lh.Id, "신길 행복주택 입주자 모집", "", ListingScope.Region, world.RegionId, terms);

        var created = await Listings(world).UpsertRentalNoticeAsync(EfWorld.Admin, notice);
        var repeated = await Listings(world).UpsertRentalNoticeAsync(EfWorld.Admin, notice);
        await Listings(world).ReportListingAsync(resident, created.ListingId, "마감된 공고");

        Assert.False(repeated.Changed);
        var store = world.Database.CreateStore();
        var open = await store.ToListAsync(store.Query<Listing>().RentalHousingOpenOn(new DateOnly(2027, 5, 1)));
        Assert.Equal(terms, Assert.Single(open).Rental);
        Assert.Single(open[0].Reports);
        Assert.Single(await store.ToListAsync(store.Query<Listing>().VisibleIn(complex, world.RegionId)));
        Assert.Single(await store.ToListAsync(store.Query<Listing>().ReportedAtLeast(1)));
    }
}
