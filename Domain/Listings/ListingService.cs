using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Points;

namespace Housing.Domain.Listings;

public sealed record CreateListingCommand(ListingKind Kind, ListingScope Scope, Guid? ScopeId, ListingDetails Details);

/// <summary>A public rental notice as the import job read it; <paramref name="SourceNoticeId"/> is the feed's own id.</summary>
public sealed record RentalNoticeImport(
    string SourceNoticeId,
    Guid PublisherVendorId,
    string Title,
    string Description,
    ListingScope Scope,
    Guid? ScopeId,
    RentalHousingTerms Terms);

public sealed record RentalNoticeUpsert(Guid ListingId, bool Created, bool Changed);

public sealed record GroupBuySettlement(Guid ListingId, bool Succeeded, int Participants);

/// <summary>
/// Use cases of the markets: vendors, listings, reports and moderation, orders and group buys.
/// Points paid for an order move when it is placed and are refunded when it is cancelled; a completed order
/// earns the buyer and the buyer's complex their shares, all in the same unit of work as the order.
/// </summary>
public sealed class ListingService(IHousingStore store, TimeProvider clock, PointsPolicy pointsPolicy)
{
    private readonly PointsPolicy _pointsPolicy = pointsPolicy.Validated();

    public async Task<Vendor> RegisterVendorAsync(Actor actor, string name, string businessNumber, VendorKind kind, string phone, CancellationToken ct = default)
    {
        actor.Require(Roles.PlatformAdmin, Roles.DistrictOfficer);
        var vendor = Vendor.Register(name, businessNumber, kind, phone, clock.GetUtcNow());
        if (await store.AnyAsync(store.Query<Vendor>().Where(v => v.BusinessNumber == vendor.BusinessNumber), ct))
            throw new DomainException("DUPLICATE_VENDOR", $"A vendor with business number {vendor.BusinessNumber} is already registered.");
        store.Add(vendor);
        await store.SaveChangesAsync(ct);
        return vendor;
    }

    /// <summary>
    /// A resident lists in their own complex or region; a vendor anywhere. Local and social-economy products
    /// and rental housing are offered by vendors only.
    /// </summary>
    public async Task<Listing> CreateListingAsync(Actor actor, CreateListingCommand command, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        Listing listing;
        if (actor.IsIn(Roles.Vendor) && actor.VendorId is { } vendorId)
        {
            var vendor = await VendorAsync(vendorId, ct);
            if (command.Kind == ListingKind.SocialEconomyProduct && vendor.Kind != VendorKind.SocialEconomy)
                throw new DomainException("INVALID_SELLER", "Social-economy products are offered by social-economy enterprises only.");
            await RequireScopeExistsAsync(command.Scope, command.ScopeId, ct);
            listing = Listing.Create(command.Kind, SellerKind.Vendor, vendor.Id, command.Scope, command.ScopeId, command.Details, now);
        }
        else
        {
            var resident = await ComplexAccess.RequireResidentAsync(store, actor, ct);
            if (command.Kind is ListingKind.LocalProduct or ListingKind.SocialEconomyProduct or ListingKind.RentalHousing)
                throw new DomainException("INVALID_SELLER", $"{ApiNames.Of(command.Kind)} listings are offered by registered vendors, not residents.");
            var complex = await ComplexAsync(resident.ComplexId, ct);
            var scopeId = command.Scope switch
            {
                ListingScope.Complex when command.ScopeId is null || command.ScopeId == complex.Id => complex.Id,
                ListingScope.Region when command.ScopeId is null || command.ScopeId == complex.RegionId => complex.RegionId,
                _ => throw new DomainException("INVALID_SCOPE", "Residents list in their own complex or their own region."),
            };
            listing = Listing.Create(command.Kind, SellerKind.Resident, resident.Id, command.Scope, scopeId, command.Details, now);
        }
        store.Add(listing);
        await store.SaveChangesAsync(ct);
        return listing;
    }

    public async Task<Listing> UpdateListingAsync(Actor actor, Guid listingId, ListingDetails details, CancellationToken ct = default)
    {
        var listing = await SellersListingAsync(actor, listingId, ct);
        var hasActiveOrders = await store.AnyAsync(ActiveOrdersOf(listing.Id), ct);
        if (listing.Revise(details, hasActiveOrders, clock.GetUtcNow()))
            await store.SaveChangesAsync(ct);
        return listing;
    }

    public async Task<Listing> CloseListingAsync(Actor actor, Guid listingId, CancellationToken ct = default)
    {
        var listing = await SellersListingAsync(actor, listingId, ct);
        listing.Close(clock.GetUtcNow());
        await store.SaveChangesAsync(ct);
        return listing;
    }

    /// <summary>Creates or updates a rental housing listing from an imported public notice; a repeat import changes nothing.</summary>
    public async Task<RentalNoticeUpsert> UpsertRentalNoticeAsync(Actor actor, RentalNoticeImport notice, CancellationToken ct = default)
    {
        actor.Require(Roles.PlatformAdmin);
        if (string.IsNullOrWhiteSpace(notice.SourceNoticeId))
            throw new DomainException("INVALID_LISTING", "An imported notice needs its source id.");
        var details = new ListingDetails(notice.Title, notice.Description, 0, false, Rental: notice.Terms.Validated());
        var existing = await store.FirstOrDefaultAsync(store.Query<Listing>().Where(l => l.SourceNoticeId == notice.SourceNoticeId), ct);
        if (existing is not null)
        {
            var changed = existing.Revise(details, hasActiveOrders: false, clock.GetUtcNow());
            if (changed) await store.SaveChangesAsync(ct);
            return new RentalNoticeUpsert(existing.Id, Created: false, changed);
        }
        await VendorAsync(notice.PublisherVendorId, ct);
        await RequireScopeExistsAsync(notice.Scope, notice.ScopeId, ct);
        var listing = Listing.Create(ListingKind.RentalHousing, SellerKind.Vendor, notice.PublisherVendorId, notice.Scope, notice.ScopeId,
            details, clock.GetUtcNow(), notice.SourceNoticeId.Trim());
        store.Add(listing);
        await store.SaveChangesAsync(ct);
        return new RentalNoticeUpsert(listing.Id, Created: true, Changed: true);
    }

    /// <summary>A resident who can see the listing reports it, once.</summary>
    public async Task<ListingReport> ReportListingAsync(Actor actor, Guid listingId, string reason, CancellationToken ct = default)
    {
        var resident = await ComplexAccess.RequireResidentAsync(store, actor, ct);
        var listing = await ListingAsync(listingId, ct);
        await RequireVisibleToAsync(listing, resident, ct);
        var report = listing.Report(resident.Id, reason, clock.GetUtcNow());
        await store.SaveChangesAsync(ct);
        return report;
    }

    /// <summary>
    /// The listings of one complex as its moderators review them (reported, hidden or all, filtered by the caller): for the
    /// complex's managers and platform admins. Reports come with each listing.
    /// </summary>
    public async Task<IQueryable<Listing>> ComplexListingsToModerateAsync(Actor actor, Guid complexId, CancellationToken ct = default)
    {
        if (!actor.IsIn(Roles.PlatformAdmin) && !await ComplexAccess.IsManagerOfAsync(store, clock, actor, complexId, ct))
            throw new ForbiddenException("Only a manager of the complex (or a platform admin) moderates its listings.");
        return store.Query<Listing>().Where(l => l.Scope == ListingScope.Complex && l.ScopeComplexId == complexId);
    }

    public async Task<Listing> HideListingAsync(Actor actor, Guid listingId, string reason, CancellationToken ct = default)
    {
        var listing = await ListingAsync(listingId, ct);
        await RequireModeratorAsync(actor, listing, ct);
        listing.Hide(actor.UserId, reason, clock.GetUtcNow());
        await store.SaveChangesAsync(ct);
        return listing;
    }

    public async Task<Listing> UnhideListingAsync(Actor actor, Guid listingId, CancellationToken ct = default)
    {
        var listing = await ListingAsync(listingId, ct);
        await RequireModeratorAsync(actor, listing, ct);
        listing.Unhide(actor.UserId, clock.GetUtcNow());
        await store.SaveChangesAsync(ct);
        return listing;
    }

    /// <summary>A resident orders (or joins a group buy); points, if used, are taken now and refunded on cancellation.</summary>
    public async Task<Order> PlaceOrderAsync(Actor actor, Guid listingId, int quantity, bool payWithPoints, CancellationToken ct = default)
    {
        var resident = await ComplexAccess.RequireResidentAsync(store, actor, ct);
        var listing = await ListingAsync(listingId, ct);
        await RequireVisibleToAsync(listing, resident, ct);
        if (listing.Kind == ListingKind.GroupBuy
            && await store.AnyAsync(ActiveOrdersOf(listing.Id).Where(o => o.BuyerResidentId == resident.Id), ct))
            throw new DomainException("ALREADY_JOINED", "You have already joined this group buy; cancel that order to change it.");
        var now = clock.GetUtcNow();
        var order = Order.Place(listing, resident.Id, resident.ComplexId, quantity, payWithPoints, now);
        if (order.PaidWithPoints)
        {
            var ledger = new PointLedger(store, clock, _pointsPolicy);
            var tx = ledger.Post($"order:{order.Id}:payment", LedgerTransactionKind.ListingPurchase, $"{listing.Title} × {quantity}", order.Id,
                $"order-payment|{order.Id}|{order.Amount}",
                (await ledger.PayingPersonalAccountAsync(resident.Id, order.Amount, ct), -order.Amount),
                (await ledger.SystemAccountAsync(PointAccountKind.ListingPurchases, ct), order.Amount));
            order.RecordPayment(tx.Id);
        }
        store.Add(order);
        await store.SaveChangesAsync(ct);
        return order;
    }

    /// <summary>The seller accepts a request. Group-buy orders are confirmed by settlement at the deadline instead.</summary>
    public async Task<Order> ConfirmOrderAsync(Actor actor, Guid orderId, CancellationToken ct = default)
    {
        var order = await OrderAsync(orderId, ct);
        var listing = await ListingAsync(order.ListingId, ct);
        if (!listing.IsSoldBy(actor))
            throw new ForbiddenException("Only the seller confirms an order.");
        if (listing.Kind == ListingKind.GroupBuy)
            throw new DomainException("GROUP_BUY_PENDING", "Group-buy orders are confirmed together when the group buy is settled at its deadline.");
        order.Confirm(clock.GetUtcNow());
        await store.SaveChangesAsync(ct);
        return order;
    }

    /// <summary>The seller or the buyer marks a confirmed order done; the buyer and their complex earn points.</summary>
    public async Task<Order> CompleteOrderAsync(Actor actor, Guid orderId, CancellationToken ct = default)
    {
        var order = await OrderAsync(orderId, ct);
        var listing = await ListingAsync(order.ListingId, ct);
        if (!listing.IsSoldBy(actor) && actor.ResidentId != order.BuyerResidentId)
            throw new ForbiddenException("Only the seller or the buyer completes an order.");
        order.RequireCompletable();
        var ledger = new PointLedger(store, clock, _pointsPolicy);
        var reward = await ledger.RewardOrderAsync(order.Id, listing.Title, order.BuyerResidentId, order.BuyerComplexId, order.Amount, ct);
        order.Complete(clock.GetUtcNow(), reward?.Id);
        await store.SaveChangesAsync(ct);
        return order;
    }

    /// <summary>The buyer, or the seller with a reason, cancels before completion; points paid are refunded.</summary>
    public async Task<Order> CancelOrderAsync(Actor actor, Guid orderId, string? reason, CancellationToken ct = default)
    {
        var order = await OrderAsync(orderId, ct);
        var listing = await ListingAsync(order.ListingId, ct);
        var by = actor.ResidentId == order.BuyerResidentId ? OrderParty.Buyer
            : listing.IsSoldBy(actor) ? OrderParty.Seller
            : throw new ForbiddenException("Only the buyer or the seller cancels an order.");
        order.RequireCancellable(by, reason);
        var ledger = new PointLedger(store, clock, _pointsPolicy);
        order.Cancel(by, reason, clock.GetUtcNow(), await RefundAsync(ledger, order, listing, ct));
        await store.SaveChangesAsync(ct);
        return order;
    }

    /// <summary>
    /// Settles every group buy whose deadline passed by <paramref name="asOf"/>: with enough participants all its
    /// orders are confirmed, otherwise all are cancelled (points refunded). Settled group buys are not touched again.
    /// </summary>
    public async Task<List<GroupBuySettlement>> SettleGroupBuysAsync(Actor actor, DateTimeOffset asOf, CancellationToken ct = default)
    {
        actor.Require(Roles.PlatformAdmin);
        var due = await store.ToListAsync(store.Query<Listing>().Where(l => l.Kind == ListingKind.GroupBuy
            && l.GroupBuyOutcome == GroupBuyOutcome.Pending && l.Deadline <= asOf), ct);
        var ledger = new PointLedger(store, clock, _pointsPolicy);
        var settled = new List<GroupBuySettlement>();
        foreach (var listing in due)
        {
            var orders = await store.ToListAsync(ActiveOrdersOf(listing.Id), ct);
            var succeeded = listing.SettleGroupBuy(orders.Count, asOf);
            foreach (var order in orders)
            {
                if (succeeded)
                    order.Confirm(asOf);
                else
                    order.Cancel(OrderParty.System, $"최소 인원 {listing.MinimumParticipants}명 미달", asOf, await RefundAsync(ledger, order, listing, ct));
            }
            settled.Add(new GroupBuySettlement(listing.Id, succeeded, orders.Count));
        }
        if (settled.Count > 0)
            await store.SaveChangesAsync(ct);
        return settled;
    }

    /// <summary>Open listings a resident of the complex sees: their complex's, their region's and everyone's.</summary>
    public async Task<IQueryable<Listing>> VisibleListingsAsync(Actor actor, CancellationToken ct = default)
    {
        var resident = await ComplexAccess.RequireResidentAsync(store, actor, ct);
        var complex = await ComplexAsync(resident.ComplexId, ct);
        return store.Query<Listing>().VisibleIn(complex.Id, complex.RegionId);
    }

    private async Task<Guid?> RefundAsync(PointLedger ledger, Order order, Listing listing, CancellationToken ct)
    {
        if (order.PaymentTransactionId is null) return null;
        var tx = ledger.Post($"order:{order.Id}:refund", LedgerTransactionKind.ListingRefund, $"{listing.Title} 취소 환불", order.Id,
            $"order-refund|{order.Id}|{order.Amount}",
            (await ledger.SystemAccountAsync(PointAccountKind.ListingPurchases, ct), -order.Amount),
            (await ledger.PersonalAccountAsync(order.BuyerResidentId, ct), order.Amount));
        return tx.Id;
    }

    private IQueryable<Order> ActiveOrdersOf(Guid listingId) =>
        store.Query<Order>().Where(o => o.ListingId == listingId && (o.Status == OrderStatus.Requested || o.Status == OrderStatus.Confirmed));

    private async Task RequireVisibleToAsync(Listing listing, Resident resident, CancellationToken ct)
    {
        var visible = listing.Scope switch
        {
            ListingScope.Complex => listing.ScopeComplexId == resident.ComplexId,
            ListingScope.Region => (await ComplexAsync(resident.ComplexId, ct)).RegionId == listing.ScopeRegionId,
            _ => true,
        };
        if (!visible)
            throw new NotFoundException(nameof(Listing), listing.Id);
    }

    /// <summary>
    /// Complex listings: that complex's managers; region listings: the district officers of that region (an officer whose
    /// account names no district, of every region); nationwide listings: district officers; always platform admins.
    /// </summary>
    private async Task RequireModeratorAsync(Actor actor, Listing listing, CancellationToken ct)
    {
        if (actor.IsIn(Roles.PlatformAdmin)) return;
        switch (listing.Scope)
        {
            case ListingScope.Complex:
                var complex = await ComplexAsync(listing.ScopeComplexId!.Value, ct);
                if (!await ComplexAccess.IsManagerOfAsync(store, clock, actor, complex.Id, ct))
                    throw new ForbiddenException($"This listing is for {complex.Name}: a manager of {complex.Name} or a platform admin moderates it "
                                                 + ModeratorsRule);
                return;
            case ListingScope.Region:
                var region = await store.FirstOrDefaultAsync(store.Query<Region>().Where(r => r.Id == listing.ScopeRegionId), ct)
                    ?? throw new NotFoundException(nameof(Region), listing.ScopeRegionId!.Value);
                if (!actor.IsIn(Roles.DistrictOfficer) || (actor.DistrictCode is { } district && district != region.SigunguCode))
                    throw new ForbiddenException($"This listing is for {region.FullName}: a district officer of {region.FullName} ({region.SigunguCode}) "
                                                 + "or a platform admin moderates it " + ModeratorsRule);
                return;
            default:
                if (!actor.IsIn(Roles.DistrictOfficer))
                    throw new ForbiddenException("This listing is nationwide: a district officer or a platform admin moderates it " + ModeratorsRule);
                return;
        }
    }

    private const string ModeratorsRule = "(a complex's listings are moderated by its managers, a region's by that district's officers, "
                                          + "nationwide ones by district officers, all of them by platform admins).";

    private async Task RequireScopeExistsAsync(ListingScope scope, Guid? scopeId, CancellationToken ct)
    {
        var exists = scope switch
        {
            ListingScope.Complex => await store.AnyAsync(store.Query<Complex>().Where(c => c.Id == scopeId), ct),
            ListingScope.Region => await store.AnyAsync(store.Query<Region>().Where(r => r.Id == scopeId), ct),
            _ => true,
        };
        if (!exists)
            throw new DomainException("INVALID_SCOPE", $"The {scope.ToString().ToLowerInvariant()} the listing is scoped to does not exist; "
                                                       + $"give the id of an existing {scope.ToString().ToLowerInvariant()}.");
    }

    private async Task<Listing> SellersListingAsync(Actor actor, Guid listingId, CancellationToken ct)
    {
        var listing = await ListingAsync(listingId, ct);
        return listing.IsSoldBy(actor) ? listing : throw new ForbiddenException("Only the seller changes or closes a listing.");
    }

    private async Task<Listing> ListingAsync(Guid id, CancellationToken ct) =>
        await store.FirstOrDefaultAsync(store.Query<Listing>().Where(l => l.Id == id), ct) ?? throw new NotFoundException(nameof(Listing), id);

    private async Task<Order> OrderAsync(Guid id, CancellationToken ct) =>
        await store.FirstOrDefaultAsync(store.Query<Order>().Where(o => o.Id == id), ct) ?? throw new NotFoundException(nameof(Order), id);

    private async Task<Vendor> VendorAsync(Guid id, CancellationToken ct) =>
        await store.FirstOrDefaultAsync(store.Query<Vendor>().Where(v => v.Id == id), ct) ?? throw new NotFoundException(nameof(Vendor), id);

    private async Task<Complex> ComplexAsync(Guid id, CancellationToken ct) =>
        await store.FirstOrDefaultAsync(store.Query<Complex>().Where(c => c.Id == id), ct) ?? throw new NotFoundException(nameof(Complex), id);
}

/// <summary>Query helpers over listings that translate to SQL.</summary>
public static class ListingQueries
{
    /// <summary>Open listings seen in a complex: scoped to it, to its region, or everywhere.</summary>
    public static IQueryable<Listing> VisibleIn(this IQueryable<Listing> listings, Guid complexId, Guid regionId) =>
        listings.Where(l => l.Status == ListingStatus.Open
            && (l.Scope == ListingScope.Everywhere
                || (l.Scope == ListingScope.Complex && l.ScopeComplexId == complexId)
                || (l.Scope == ListingScope.Region && l.ScopeRegionId == regionId)));

    /// <summary>Listings with at least <paramref name="minReports"/> reports, for the moderation queue.</summary>
    public static IQueryable<Listing> ReportedAtLeast(this IQueryable<Listing> listings, int minReports) =>
        listings.Where(l => l.Reports.Count >= minReports);

    /// <summary>Open rental housing vacancies whose application period includes <paramref name="on"/>: for welfare linkage.</summary>
    public static IQueryable<Listing> RentalHousingOpenOn(this IQueryable<Listing> listings, DateOnly on) =>
        listings.Where(l => l.Kind == ListingKind.RentalHousing && l.Status == ListingStatus.Open
            && l.Rental!.ApplicationStart <= on && l.Rental.ApplicationEnd >= on);
}
