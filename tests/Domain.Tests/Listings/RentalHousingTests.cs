using Domain.Tests.Complexes;
using Housing.Domain.Common;
using Housing.Domain.Listings;

namespace Domain.Tests.Listings;

public class RentalHousingTests
{
    private static RentalHousingTerms Terms(long rent = 210_000) => new(25_000_000, rent, 39.8, "경기도 화성시 봉담읍 동화리 1",
        RentalSupplyType.NationalRental, "무주택 세대구성원, 소득 70% 이하", new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30));

    private static async Task<(ListingTests.Fixture F, Vendor Lh)> CreateAsync()
    {
        var f = await ListingTests.CreateAsync();
        var lh = await f.Listings.RegisterVendorAsync(TestWorld.Admin, "한국토지주택공사", "144-82-00116", VendorKind.HousingOperator, "1600-1004");
        return (f, lh);
    }

    private static RentalNoticeImport Notice(Vendor lh, ListingTests.Fixture f, long rent = 210_000) =>
        new("LH-2026-0601", lh.Id, "봉담 국민임대 예비입주자 모집", "", ListingScope.Region, f.World.Region.Id, Terms(rent));

    [Fact]
    public async Task Importing_a_notice_twice_creates_one_listing_and_changes_nothing_the_second_time()
    {
        var (f, lh) = await CreateAsync();
        var first = await f.Listings.UpsertRentalNoticeAsync(TestWorld.Admin, Notice(lh, f));
        var saves = f.World.Store.SaveCount;
        var second = await f.Listings.UpsertRentalNoticeAsync(TestWorld.Admin, Notice(lh, f));

        Assert.True(first.Created);
        Assert.False(second.Changed);
        Assert.Equal(first.ListingId, second.ListingId);
        Assert.Equal(saves, f.World.Store.SaveCount);
        Assert.Single(f.World.Store.Query<Listing>().RentalHousingOpenOn(new DateOnly(2026, 6, 15)));
        Assert.Empty(f.World.Store.Query<Listing>().RentalHousingOpenOn(new DateOnly(2026, 7, 1)));
    }

    [Fact]
    public async Task A_changed_notice_updates_the_listing()
    {
        var (f, lh) = await CreateAsync();
        await f.Listings.UpsertRentalNoticeAsync(TestWorld.Admin, Notice(lh, f));
        var changed = await f.Listings.UpsertRentalNoticeAsync(TestWorld.Admin, Notice(lh, f, rent: 190_000));

        Assert.True(changed.Changed);
        Assert.Equal(190_000, f.World.Store.Query<Listing>().Single().Rental!.MonthlyRent);
    }

    [Fact]
    public async Task Rental_housing_is_not_ordered_and_its_terms_are_checked()
    {
        var (f, lh) = await CreateAsync();
        var upsert = await f.Listings.UpsertRentalNoticeAsync(TestWorld.Admin, Notice(lh, f));
        Assert.Equal("NOT_ORDERABLE", (await Assert.ThrowsAsync<DomainException>(() =>
            f.Listings.PlaceOrderAsync(f.Buyer.Actor, upsert.ListingId, 1, false))).Code);
        Assert.Equal("INVALID_LISTING", (await Assert.ThrowsAsync<DomainException>(() => f.Listings.UpsertRentalNoticeAsync(TestWorld.Admin,
            Notice(lh, f) with { SourceNoticeId = "x", Terms = Terms() with { ApplicationEnd = new DateOnly(2026, 5, 1) } }))).Code);
        await Assert.ThrowsAsync<ForbiddenException>(() => f.Listings.UpsertRentalNoticeAsync(TestWorld.Officer, Notice(lh, f)));
    }
}
