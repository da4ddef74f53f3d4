using Domain.Tests.Complexes;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Listings;
using Housing.Domain.Points;

namespace Domain.Tests.Listings;

public class ListingTests
{
    internal sealed record Fixture(TestWorld World, ListingService Listings, PointsService Points, Complex Complex,
        (Actor Actor, Resident Resident) Seller, (Actor Actor, Resident Resident) Buyer, Actor Manager)
    {
        public DateTimeOffset Now => World.Clock.Now;

        public Task<Listing> ListAsync(ListingKind kind, ListingDetails details, ListingScope scope = ListingScope.Complex, Actor? by = null) =>
            Listings.CreateListingAsync(by ?? Seller.Actor, new CreateListingCommand(kind, scope, null, details));

        public Task<Listing> SaleAsync(long price = 20_000, bool points = true) =>
            ListAsync(ListingKind.GoodsSale, new ListingDetails("유모차 팝니다", "거의 새것", price, points));

        public async Task<Vendor> VendorAsync(VendorKind kind = VendorKind.LocalProducer, string number = "123-45-67890") =>
            await Listings.RegisterVendorAsync(TestWorld.Admin, "화성 로컬푸드", number, kind, "031-123-4567");

        public static Actor VendorActor(Vendor vendor) =>
            new(Guid.CreateVersion7(), vendor.Name, new HashSet<string> { Roles.Vendor }, VendorId: vendor.Id);

        public PointAccount? Account(string key) => World.Store.Query<PointAccount>().SingleOrDefault(a => a.Key == key);

        public long Balance(Resident r) => Account(PointAccount.PersonalKey(r.Id))?.Balance ?? 0;

        public Task GrantAsync(Resident r, long amount) => Points.GrantPointsAsync(TestWorld.Admin,
            new GrantPointsCommand(PointAccountKind.Personal, r.Id, amount, "환영", $"welcome-{r.Id}"));
    }

    internal static async Task<Fixture> CreateAsync()
    {
        var world = await TestWorld.CreateAsync();
        var complex = await world.AddComplexAsync("봉담 LH 1단지", 800, sale: SaleType.Rental, op: HousingOperator.LH);
        var policy = new PointsPolicy(BuyerRewardRate: 0.01, ComplexRewardRate: 0.005);
        return new Fixture(world, new ListingService(world.Store, world.Clock, policy), new PointsService(world.Store, world.Clock, policy),
            complex, await world.AddResidentAsync(complex.Id, "판매자"), await world.AddResidentAsync(complex.Id, "구매자"),
            await world.AddManagerAsync(complex.Id));
    }

    [Fact]
    public async Task An_order_moves_requested_confirmed_completed_and_earns_points_for_buyer_and_complex()
    {
        var f = await CreateAsync();
        var listing = await f.SaleAsync(20_000, points: false);

        var order = await f.Listings.PlaceOrderAsync(f.Buyer.Actor, listing.Id, 2, payWithPoints: false);
        Assert.Equal(OrderStatus.Requested, order.Status);
        Assert.Equal(40_000, order.Amount);
        await f.Listings.ConfirmOrderAsync(f.Seller.Actor, order.Id);
        Assert.Equal(OrderStatus.Confirmed, order.Status);
        await f.Listings.CompleteOrderAsync(f.Buyer.Actor, order.Id);

        Assert.Equal(OrderStatus.Completed, order.Status);
        Assert.Equal(400, f.Balance(f.Buyer.Resident));
        Assert.Equal(200, f.Account(PointAccount.CommonKey(f.Complex.Id))!.Balance);
        Assert.NotNull(order.RewardTransactionId);
        Assert.Equal("유모차 팝니다 구매 적립", f.World.Store.Query<LedgerTransaction>().Single(t => t.Id == order.RewardTransactionId).Description);
    }

    [Fact]
    public async Task Order_state_jumps_are_refused()
    {
        var f = await CreateAsync();
        var listing = await f.SaleAsync();
        var order = await f.Listings.PlaceOrderAsync(f.Buyer.Actor, listing.Id, 1, false);

        Assert.Equal("INVALID_ORDER_STATE", (await Assert.ThrowsAsync<DomainException>(() =>
            f.Listings.CompleteOrderAsync(f.Seller.Actor, order.Id))).Code);
        await f.Listings.ConfirmOrderAsync(f.Seller.Actor, order.Id);
        Assert.Equal("INVALID_ORDER_STATE", (await Assert.ThrowsAsync<DomainException>(() =>
            f.Listings.ConfirmOrderAsync(f.Seller.Actor, order.Id))).Code);
        await f.Listings.CompleteOrderAsync(f.Seller.Actor, order.Id);
        Assert.Equal("INVALID_ORDER_STATE", (await Assert.ThrowsAsync<DomainException>(() =>
            f.Listings.CancelOrderAsync(f.Buyer.Actor, order.Id, null))).Code);
        Assert.Equal("INVALID_ORDER_STATE", (await Assert.ThrowsAsync<DomainException>(() =>
            f.Listings.CompleteOrderAsync(f.Seller.Actor, order.Id))).Code);
    }

    [Fact]
    public async Task A_cancelled_order_cannot_be_confirmed_or_cancelled_again()
    {
        var f = await CreateAsync();
        var listing = await f.SaleAsync();
        var order = await f.Listings.PlaceOrderAsync(f.Buyer.Actor, listing.Id, 1, false);
        await f.Listings.CancelOrderAsync(f.Buyer.Actor, order.Id, null);

        Assert.Equal(OrderParty.Buyer, order.CancelledBy);
        Assert.Equal("INVALID_ORDER_STATE", (await Assert.ThrowsAsync<DomainException>(() =>
            f.Listings.ConfirmOrderAsync(f.Seller.Actor, order.Id))).Code);
        Assert.Equal("INVALID_ORDER_STATE", (await Assert.ThrowsAsync<DomainException>(() =>
            f.Listings.CancelOrderAsync(f.Seller.Actor, order.Id, "재고 없음"))).Code);
    }

    [Fact]
    public async Task The_seller_cancels_only_with_a_reason_and_strangers_not_at_all()
    {
        var f = await CreateAsync();
        var listing = await f.SaleAsync();
        var order = await f.Listings.PlaceOrderAsync(f.Buyer.Actor, listing.Id, 1, false);
        var (stranger, _) = await f.World.AddResidentAsync(f.Complex.Id, "제3자");

        await Assert.ThrowsAsync<ForbiddenException>(() => f.Listings.CancelOrderAsync(stranger, order.Id, "장난"));
        await Assert.ThrowsAsync<ForbiddenException>(() => f.Listings.ConfirmOrderAsync(f.Buyer.Actor, order.Id));
        Assert.Equal("REASON_REQUIRED", (await Assert.ThrowsAsync<DomainException>(() =>
            f.Listings.CancelOrderAsync(f.Seller.Actor, order.Id, null))).Code);
        await f.Listings.CancelOrderAsync(f.Seller.Actor, order.Id, "이미 판매됨");
        Assert.Equal(OrderParty.Seller, order.CancelledBy);
    }

    [Fact]
    public async Task A_resident_cannot_order_their_own_listing()
    {
        var f = await CreateAsync();
        var listing = await f.SaleAsync();
        var ex = await Assert.ThrowsAsync<DomainException>(() => f.Listings.PlaceOrderAsync(f.Seller.Actor, listing.Id, 1, false));
        Assert.Equal("OWN_LISTING", ex.Code);
    }

    [Fact]
    public async Task Closed_and_hidden_listings_take_no_orders()
    {
        var f = await CreateAsync();
        var closed = await f.SaleAsync();
        await f.Listings.CloseListingAsync(f.Seller.Actor, closed.Id);
        var hidden = await f.SaleAsync();
        await f.Listings.HideListingAsync(f.Manager, hidden.Id, "허위 매물");

        Assert.Equal("LISTING_NOT_OPEN", (await Assert.ThrowsAsync<DomainException>(() =>
            f.Listings.PlaceOrderAsync(f.Buyer.Actor, closed.Id, 1, false))).Code);
        Assert.Equal("LISTING_NOT_OPEN", (await Assert.ThrowsAsync<DomainException>(() =>
            f.Listings.PlaceOrderAsync(f.Buyer.Actor, hidden.Id, 1, false))).Code);
    }

    [Fact]
    public async Task Paying_with_points_takes_them_at_ordering_and_refunds_them_on_cancellation()
    {
        var f = await CreateAsync();
        await f.GrantAsync(f.Buyer.Resident, 50_000);
        var listing = await f.SaleAsync(20_000);

        var order = await f.Listings.PlaceOrderAsync(f.Buyer.Actor, listing.Id, 2, payWithPoints: true);
        Assert.Equal(10_000, f.Balance(f.Buyer.Resident));
        await f.Listings.CancelOrderAsync(f.Buyer.Actor, order.Id, null);

        Assert.Equal(50_000, f.Balance(f.Buyer.Resident));
        Assert.Equal(0, f.Account("listing-purchases")!.Balance);
        Assert.NotNull(order.RefundTransactionId);
        Assert.Equal(0, f.World.Store.Query<LedgerTransaction>().SelectMany(t => t.Entries).Sum(e => e.Amount));
        Assert.Equal("유모차 팝니다 취소 환불", f.World.Store.Query<LedgerTransaction>().Single(t => t.Id == order.RefundTransactionId).Description);
    }

    [Fact]
    public async Task Ordering_with_points_beyond_the_balance_is_refused_and_stages_nothing()
    {
        var f = await CreateAsync();
        var listing = await f.SaleAsync(20_000);

        var ex = await Assert.ThrowsAsync<DomainException>(() => f.Listings.PlaceOrderAsync(f.Buyer.Actor, listing.Id, 1, payWithPoints: true));

        Assert.Equal("INSUFFICIENT_POINTS", ex.Code);
        Assert.Empty(f.World.Store.Query<Order>());
        Assert.Empty(f.World.Store.Query<PointAccount>());
    }

    [Fact]
    public async Task Points_only_where_the_listing_accepts_them()
    {
        var f = await CreateAsync();
        await f.GrantAsync(f.Buyer.Resident, 50_000);
        var listing = await f.SaleAsync(20_000, points: false);
        Assert.Equal("POINTS_NOT_ACCEPTED", (await Assert.ThrowsAsync<DomainException>(() =>
            f.Listings.PlaceOrderAsync(f.Buyer.Actor, listing.Id, 1, true))).Code);
    }

    [Fact]
    public async Task A_resident_reports_a_listing_once()
    {
        var f = await CreateAsync();
        var listing = await f.SaleAsync();
        await f.Listings.ReportListingAsync(f.Buyer.Actor, listing.Id, "사기 의심");

        Assert.Equal("ALREADY_REPORTED", (await Assert.ThrowsAsync<DomainException>(() =>
            f.Listings.ReportListingAsync(f.Buyer.Actor, listing.Id, "또 신고"))).Code);
        Assert.Equal("OWN_LISTING", (await Assert.ThrowsAsync<DomainException>(() =>
            f.Listings.ReportListingAsync(f.Seller.Actor, listing.Id, "자기 신고"))).Code);
        Assert.Single(listing.Reports);
        Assert.Single(f.World.Store.Query<Listing>().ReportedAtLeast(1));
    }

    [Fact]
    public async Task Moderation_hides_and_unhides_back_to_the_previous_status()
    {
        var f = await CreateAsync();
        var listing = await f.SaleAsync();
        await f.Listings.HideListingAsync(f.Manager, listing.Id, "부적절한 사진");
        Assert.Equal(ListingStatus.Hidden, listing.Status);
        Assert.Equal("부적절한 사진", listing.HiddenReason);
        Assert.Empty(f.World.Store.Query<Listing>().VisibleIn(f.Complex.Id, f.World.Region.Id));

        await f.Listings.UnhideListingAsync(TestWorld.Admin, listing.Id);

        Assert.Equal(ListingStatus.Open, listing.Status);
        Assert.Null(listing.HiddenReason);
        Assert.Equal(TestWorld.Admin.UserId, listing.RestoredByUserId);
        Assert.NotNull(listing.RestoredAt);
        Assert.Equal("LISTING_NOT_HIDDEN", (await Assert.ThrowsAsync<DomainException>(() =>
            f.Listings.UnhideListingAsync(f.Manager, listing.Id))).Code);
    }

    [Fact]
    public async Task Only_a_manager_of_the_listings_complex_or_an_admin_moderates_and_a_reason_is_required()
    {
        var f = await CreateAsync();
        var listing = await f.SaleAsync();
        var other = await f.World.AddComplexAsync("다른 단지");
        var outsider = await f.World.AddManagerAsync(other.Id);

        await Assert.ThrowsAsync<ForbiddenException>(() => f.Listings.HideListingAsync(outsider, listing.Id, "이유"));
        await Assert.ThrowsAsync<ForbiddenException>(() => f.Listings.HideListingAsync(f.Buyer.Actor, listing.Id, "이유"));
        Assert.Equal("REASON_REQUIRED", (await Assert.ThrowsAsync<DomainException>(() =>
            f.Listings.HideListingAsync(f.Manager, listing.Id, ""))).Code);
    }

    [Fact]
    public async Task Region_listings_are_moderated_by_their_districts_officers_and_nationwide_ones_by_any_district_officer()
    {
        var f = await CreateAsync();
        var regional = await f.ListAsync(ListingKind.GoodsSale, new ListingDetails("지역 나눔장터", "", 1_000, false), ListingScope.Region);
        var vendor = Fixture.VendorActor(await f.VendorAsync());
        var nationwide = await f.ListAsync(ListingKind.LocalProduct, new ListingDetails("쌀", "", 30_000, true), ListingScope.Everywhere, vendor);
        var otherDistrict = TestWorld.Staff(Roles.DistrictOfficer, "구로구 주무관") with { DistrictCode = "11530" };
        var ownDistrict = TestWorld.Staff(Roles.DistrictOfficer, "영등포구 주무관") with { DistrictCode = "11560" };

        await Assert.ThrowsAsync<ForbiddenException>(() => f.Listings.HideListingAsync(f.Manager, regional.Id, "이유"));
        await Assert.ThrowsAsync<ForbiddenException>(() => f.Listings.HideListingAsync(otherDistrict, regional.Id, "이유"));
        await Assert.ThrowsAsync<ForbiddenException>(() => f.Listings.HideListingAsync(f.Manager, nationwide.Id, "이유"));
        await f.Listings.HideListingAsync(ownDistrict, regional.Id, "중복 게시");
        await f.Listings.UnhideListingAsync(TestWorld.Officer, regional.Id);
        await f.Listings.HideListingAsync(TestWorld.Officer, regional.Id, "중복 게시");
        await f.Listings.HideListingAsync(otherDistrict, nationwide.Id, "원산지 허위");

        Assert.Equal(ListingStatus.Hidden, regional.Status);
        Assert.Equal(ListingStatus.Hidden, nationwide.Status);
    }

    [Fact]
    public async Task A_closed_listing_that_is_hidden_unhides_to_closed()
    {
        var f = await CreateAsync();
        var listing = await f.SaleAsync();
        await f.Listings.CloseListingAsync(f.Seller.Actor, listing.Id);
        await f.Listings.HideListingAsync(f.Manager, listing.Id, "부적절");
        await f.Listings.UnhideListingAsync(f.Manager, listing.Id);
        Assert.Equal(ListingStatus.Closed, listing.Status);
        Assert.Equal("LISTING_NOT_OPEN", (await Assert.ThrowsAsync<DomainException>(() =>
            f.Listings.UpdateListingAsync(f.Seller.Actor, listing.Id, listing.DetailsOf() with { Title = "다시" }))).Code);
    }

    [Fact]
    public async Task Residents_of_another_complex_neither_see_nor_order_a_complex_listing()
    {
        var f = await CreateAsync();
        var listing = await f.SaleAsync();
        var other = await f.World.AddComplexAsync("다른 단지");
        var (outsider, _) = await f.World.AddResidentAsync(other.Id, "외부인");

        await Assert.ThrowsAsync<NotFoundException>(() => f.Listings.PlaceOrderAsync(outsider, listing.Id, 1, false));
        Assert.Empty(await f.Listings.VisibleListingsAsync(outsider));
        Assert.Single(await f.Listings.VisibleListingsAsync(f.Buyer.Actor));
    }

    [Fact]
    public async Task A_vendors_listing_scoped_to_a_missing_complex_is_refused_without_the_database_key()
    {
        var f = await CreateAsync();
        var vendor = Fixture.VendorActor(await f.VendorAsync());
        var missing = Guid.NewGuid();

        var ex = await Assert.ThrowsAsync<DomainException>(() => f.Listings.CreateListingAsync(vendor,
            new CreateListingCommand(ListingKind.LocalProduct, ListingScope.Complex, missing, new ListingDetails("쌀", "", 30_000, true))));

        Assert.Equal("INVALID_SCOPE", ex.Code);
        Assert.Equal("The complex the listing is scoped to does not exist; give the id of an existing complex.", ex.Message);
        Assert.DoesNotContain(missing.ToString(), ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Residents_list_only_in_their_own_complex_or_region()
    {
        var f = await CreateAsync();
        var other = await f.World.AddComplexAsync("다른 단지");
        var ex = await Assert.ThrowsAsync<DomainException>(() => f.Listings.CreateListingAsync(f.Seller.Actor,
            new CreateListingCommand(ListingKind.GoodsSale, ListingScope.Complex, other.Id, new ListingDetails("x", "", 1_000, false))));
        Assert.Equal("INVALID_SCOPE", ex.Code);
        var everywhere = await Assert.ThrowsAsync<DomainException>(() =>
            f.ListAsync(ListingKind.GoodsSale, new ListingDetails("x", "", 1_000, false), ListingScope.Everywhere));
        Assert.Equal("INVALID_SCOPE", everywhere.Code);
        var regional = await f.ListAsync(ListingKind.GoodsSale, new ListingDetails("x", "", 1_000, false), ListingScope.Region);
        Assert.Equal(f.World.Region.Id, regional.ScopeRegionId);
    }

    [Theory]
    [InlineData(ListingKind.GoodsGiveaway, 1_000L, null)]
    [InlineData(ListingKind.GoodsSale, 0L, null)]
    [InlineData(ListingKind.Talent, 10_000L, null)]
    [InlineData(ListingKind.GoodsSale, 1_000L, TalentCategory.Tutoring)]
    [InlineData(ListingKind.GroupBuy, 1_000L, null)]
    public async Task Details_must_fit_the_kind(ListingKind kind, long price, TalentCategory? talent)
    {
        var f = await CreateAsync();
        var ex = await Assert.ThrowsAsync<DomainException>(() => f.ListAsync(kind, new ListingDetails("제목", "", price, false, talent)));
        Assert.Equal("INVALID_LISTING", ex.Code);
    }

    [Fact]
    public async Task A_talent_with_its_category_and_a_free_giveaway_are_listed()
    {
        var f = await CreateAsync();
        var talent = await f.ListAsync(ListingKind.Talent, new ListingDetails("초등 수학 봐드려요", "", 10_000, true, TalentCategory.Tutoring));
        var giveaway = await f.ListAsync(ListingKind.GoodsGiveaway, new ListingDetails("아기 옷 나눔", "", 0, false));
        var order = await f.Listings.PlaceOrderAsync(f.Buyer.Actor, giveaway.Id, 1, false);

        Assert.Equal(TalentCategory.Tutoring, talent.TalentCategory);
        Assert.Equal(0, order.Amount);
        Assert.Equal("POINTS_NOT_ACCEPTED", (await Assert.ThrowsAsync<DomainException>(() =>
            f.Listings.PlaceOrderAsync(f.Buyer.Actor, giveaway.Id, 1, true))).Code);
        Assert.Equal("INVALID_LISTING", (await Assert.ThrowsAsync<DomainException>(() =>
            f.ListAsync(ListingKind.Talent, new ListingDetails("무료 돌봄", "", 0, true, TalentCategory.Childcare)))).Code);
    }

    [Fact]
    public async Task Residents_do_not_sell_local_products_and_only_social_economy_vendors_sell_their_products()
    {
        var f = await CreateAsync();
        var byResident = await Assert.ThrowsAsync<DomainException>(() =>
            f.ListAsync(ListingKind.LocalProduct, new ListingDetails("쌀", "", 30_000, true)));
        Assert.Equal("INVALID_SELLER", byResident.Code);
        Assert.StartsWith("LOCAL_PRODUCT listings are offered by registered vendors", byResident.Message);
        var farm = Fixture.VendorActor(await f.VendorAsync(VendorKind.LocalProducer));
        Assert.Equal("INVALID_SELLER", (await Assert.ThrowsAsync<DomainException>(() =>
            f.ListAsync(ListingKind.SocialEconomyProduct, new ListingDetails("빵", "", 5_000, true), by: farm))).Code);
        var rice = await f.ListAsync(ListingKind.LocalProduct, new ListingDetails("화성 쌀 10kg", "", 30_000, true), ListingScope.Everywhere, farm);
        Assert.Equal(SellerKind.Vendor, rice.SellerKind);
    }

    [Fact]
    public async Task A_vendor_business_number_is_validated_and_unique()
    {
        var f = await CreateAsync();
        await f.VendorAsync();
        Assert.Equal("DUPLICATE_VENDOR", (await Assert.ThrowsAsync<DomainException>(() => f.VendorAsync(number: "1234567890"))).Code);
        Assert.Equal("INVALID_VENDOR", (await Assert.ThrowsAsync<DomainException>(() => f.VendorAsync(number: "12-34"))).Code);
    }

    [Fact]
    public async Task The_seller_revises_an_open_listing_but_not_its_price_while_orders_are_open()
    {
        var f = await CreateAsync();
        var listing = await f.SaleAsync(20_000);
        await f.Listings.UpdateListingAsync(f.Seller.Actor, listing.Id, listing.DetailsOf() with { Price = 18_000 });
        await f.Listings.PlaceOrderAsync(f.Buyer.Actor, listing.Id, 1, false);

        Assert.Equal("LISTING_HAS_ORDERS", (await Assert.ThrowsAsync<DomainException>(() =>
            f.Listings.UpdateListingAsync(f.Seller.Actor, listing.Id, listing.DetailsOf() with { Price = 15_000 }))).Code);
        await f.Listings.UpdateListingAsync(f.Seller.Actor, listing.Id, listing.DetailsOf() with { Description = "사진 추가" });
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            f.Listings.UpdateListingAsync(f.Buyer.Actor, listing.Id, listing.DetailsOf() with { Title = "내꺼" }));
        Assert.Equal(18_000, listing.Price);
        Assert.Equal("사진 추가", listing.Description);
    }
}
