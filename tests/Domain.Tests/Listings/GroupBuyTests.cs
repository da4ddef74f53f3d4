using Domain.Tests.Complexes;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Listings;

namespace Domain.Tests.Listings;

public class GroupBuyTests
{
    private static async Task<(ListingTests.Fixture F, Listing Listing)> GroupBuyAsync(int minimum = 3)
    {
        var f = await ListingTests.CreateAsync();
        var listing = await f.ListAsync(ListingKind.GroupBuy,
            new ListingDetails("제주 감귤 5kg 공동구매", "", 15_000, true, MinimumParticipants: minimum, Deadline: f.Now.AddDays(3)));
        return (f, listing);
    }

    [Fact]
    public async Task Reaching_the_minimum_confirms_every_participant_at_the_deadline()
    {
        var (f, listing) = await GroupBuyAsync(minimum: 2);
        var (other, _) = await f.World.AddResidentAsync(f.Complex.Id, "이웃");
        var a = await f.Listings.PlaceOrderAsync(f.Buyer.Actor, listing.Id, 1, false);
        var b = await f.Listings.PlaceOrderAsync(other, listing.Id, 2, false);

        Assert.Empty(await f.Listings.SettleGroupBuysAsync(TestWorld.Admin, f.Now.AddDays(2)));
        var settled = await f.Listings.SettleGroupBuysAsync(TestWorld.Admin, f.Now.AddDays(3));

        Assert.Equal(new GroupBuySettlement(listing.Id, true, 2), Assert.Single(settled));
        Assert.Equal(OrderStatus.Confirmed, a.Status);
        Assert.Equal(OrderStatus.Confirmed, b.Status);
        Assert.Equal(ListingStatus.Closed, listing.Status);
        Assert.Equal(GroupBuyOutcome.Succeeded, listing.GroupBuyOutcome);
        Assert.Empty(await f.Listings.SettleGroupBuysAsync(TestWorld.Admin, f.Now.AddDays(4)));
    }

    [Fact]
    public async Task Missing_the_minimum_cancels_every_participant_and_refunds_points()
    {
        var (f, listing) = await GroupBuyAsync(minimum: 3);
        await f.GrantAsync(f.Buyer.Resident, 20_000);
        var order = await f.Listings.PlaceOrderAsync(f.Buyer.Actor, listing.Id, 1, payWithPoints: true);
        Assert.Equal(5_000, f.Balance(f.Buyer.Resident));

        var settled = await f.Listings.SettleGroupBuysAsync(TestWorld.Admin, f.Now.AddDays(3));

        Assert.False(Assert.Single(settled).Succeeded);
        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.Equal(OrderParty.System, order.CancelledBy);
        Assert.Equal(20_000, f.Balance(f.Buyer.Resident));
        Assert.Equal(GroupBuyOutcome.Failed, listing.GroupBuyOutcome);
    }

    [Fact]
    public async Task A_resident_joins_a_group_buy_once_and_not_after_the_deadline()
    {
        var (f, listing) = await GroupBuyAsync();
        var first = await f.Listings.PlaceOrderAsync(f.Buyer.Actor, listing.Id, 1, false);
        Assert.Equal("ALREADY_JOINED", (await Assert.ThrowsAsync<DomainException>(() =>
            f.Listings.PlaceOrderAsync(f.Buyer.Actor, listing.Id, 1, false))).Code);
        await f.Listings.CancelOrderAsync(f.Buyer.Actor, first.Id, null);
        await f.Listings.PlaceOrderAsync(f.Buyer.Actor, listing.Id, 3, false);

        f.World.Clock.AdvanceDays(3);
        var (late, _) = await f.World.AddResidentAsync(f.Complex.Id, "늦은 이웃");
        Assert.Equal("GROUP_BUY_CLOSED", (await Assert.ThrowsAsync<DomainException>(() =>
            f.Listings.PlaceOrderAsync(late, listing.Id, 1, false))).Code);
    }

    [Fact]
    public async Task Group_buy_orders_are_not_confirmed_by_hand_and_the_group_buy_is_not_closed_by_hand()
    {
        var (f, listing) = await GroupBuyAsync();
        var order = await f.Listings.PlaceOrderAsync(f.Buyer.Actor, listing.Id, 1, false);
        Assert.Equal("GROUP_BUY_PENDING", (await Assert.ThrowsAsync<DomainException>(() =>
            f.Listings.ConfirmOrderAsync(f.Seller.Actor, order.Id))).Code);
        Assert.Equal("GROUP_BUY_PENDING", (await Assert.ThrowsAsync<DomainException>(() =>
            f.Listings.CloseListingAsync(f.Seller.Actor, listing.Id))).Code);
    }

    [Fact]
    public async Task A_group_buy_needs_two_participants_and_a_future_deadline()
    {
        var f = await ListingTests.CreateAsync();
        Assert.Equal("INVALID_LISTING", (await Assert.ThrowsAsync<DomainException>(() => f.ListAsync(ListingKind.GroupBuy,
            new ListingDetails("x", "", 1_000, false, MinimumParticipants: 1, Deadline: f.Now.AddDays(1))))).Code);
        Assert.Equal("INVALID_LISTING", (await Assert.ThrowsAsync<DomainException>(() => f.ListAsync(ListingKind.GroupBuy,
            new ListingDetails("x", "", 1_000, false, MinimumParticipants: 5, Deadline: f.Now.AddDays(-1))))).Code);
    }
}
