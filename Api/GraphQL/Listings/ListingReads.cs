using GraphQL.DataLoader;
using GraphQL.Execution;
using Housing.Api.GraphQL.Complexes;
using Housing.Api.GraphQL.Support;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Listings;
using Microsoft.EntityFrameworkCore;

namespace Housing.Api.GraphQL.Listings;

/// <summary>
/// Who sees which listings and orders, as queries the database runs. Residents see the open listings of their complex,
/// their region and everywhere (the Domain's <see cref="ListingQueries.VisibleIn"/>) and their own; vendors their own and
/// everyone's; managers everything of the complexes they manage and the open listings beyond; district officers and
/// platform admins all; welfare staff the open rental housing listings (주거복지 연계).
/// </summary>
public static class ListingVisibility
{
    public static readonly string[] Readers =
    [
        Roles.Resident, Roles.ApiClient, Roles.Vendor, Roles.ComplexManager, Roles.DistrictOfficer, Roles.PlatformAdmin,
        Roles.WelfareCaseworker, Roles.WelfareCenterManager, Roles.CentralCenterStaff,
    ];

    public static readonly string[] Sellers = [Roles.Resident, Roles.ApiClient, Roles.Vendor];

    public static readonly string[] Buyers = [Roles.Resident, Roles.ApiClient];

    public static readonly string[] Moderators = [Roles.ComplexManager, Roles.DistrictOfficer, Roles.PlatformAdmin];

    public static async Task<IQueryable<Listing>> ListingsAsync(DbContext db, Actor actor, TimeProvider clock, CancellationToken ct)
    {
        var listings = db.Set<Listing>().AsNoTracking();
        if (actor.IsAnyOf(Roles.PlatformAdmin, Roles.DistrictOfficer))
            return listings;
        var residentId = actor.IsAnyOf(Roles.Resident, Roles.ApiClient) ? actor.ResidentId : null;
        var vendorId = actor.IsIn(Roles.Vendor) ? actor.VendorId : null;
        var manager = actor.IsIn(Roles.ComplexManager);
        var welfare = actor.IsAnyOf(Roles.WelfareCaseworker, Roles.WelfareCenterManager, Roles.CentralCenterStaff);
        var managed = ComplexVisibility.ManagedComplexIds(db, actor, clock);
        var inResidentsComplex = listings.Where(_ => false).Select(l => l.Id);
        if (residentId is not null && actor.ComplexId is { } complexId
            && await db.Set<Complex>().Where(c => c.Id == complexId).Select(c => (Guid?)c.RegionId).FirstOrDefaultAsync(ct) is { } regionId)
            inResidentsComplex = listings.VisibleIn(complexId, regionId).Select(l => l.Id);
        return listings.Where(l => (residentId != null && l.SellerResidentId == residentId)
            || (vendorId != null && l.SellerVendorId == vendorId)
            || inResidentsComplex.Contains(l.Id)
            || (manager && l.ScopeComplexId != null && managed.Contains(l.ScopeComplexId.Value))
            || (l.Status == ListingStatus.Open && ((vendorId != null && l.Scope == ListingScope.Everywhere)
                || (manager && l.Scope != ListingScope.Complex)
                || (welfare && l.Kind == ListingKind.RentalHousing))));
    }

    /// <summary>Orders the actor takes part in: as buyer or as seller; platform admins see all.</summary>
    public static IQueryable<OrderView> Orders(DbContext db, Actor actor)
    {
        var orders = OrderView.All(db);
        if (actor.IsIn(Roles.PlatformAdmin)) return orders;
        var residentId = actor.IsAnyOf(Roles.Resident, Roles.ApiClient) ? actor.ResidentId : null;
        var vendorId = actor.IsIn(Roles.Vendor) ? actor.VendorId : null;
        return orders.Where(o => (residentId != null && (o.BuyerResidentId == residentId || o.SellerResidentId == residentId))
            || (vendorId != null && o.SellerVendorId == vendorId));
    }

    /// <summary>Orders on the actor's own listings: a resident's or a vendor's.</summary>
    public static IQueryable<OrderView> OrdersSoldBy(DbContext db, Actor actor)
    {
        var residentId = actor.IsAnyOf(Roles.Resident, Roles.ApiClient) ? actor.ResidentId : null;
        var vendorId = actor.IsIn(Roles.Vendor) ? actor.VendorId : null;
        return OrderView.All(db).Where(o => (residentId != null && o.SellerResidentId == residentId) || (vendorId != null && o.SellerVendorId == vendorId));
    }
}

/// <summary>The batch loaders of the listings area: one statement per kind of row and round, whatever the number of parents.</summary>
public static class ListingLoaders
{
    public static Task<ListingView?> ListingAsync(this IResolverContext context, Guid id) =>
        context.BatchDataLoader<Guid, ListingView>("listings.listingById", async (ids, ct) =>
                await ListingView.Of(context.ReadDb().Set<Listing>()).Where(l => ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id, ct))
            .LoadAsync(id);

    public static Task<string?> ResidentNameAsync(this IResolverContext context, Guid residentId) =>
        context.BatchDataLoader<Guid, string>("listings.residentName", async (ids, ct) =>
                await context.ReadDb().Set<Resident>().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, ct))
            .LoadAsync(residentId);

    public static Task<Vendor?> VendorAsync(this IResolverContext context, Guid vendorId) =>
        context.BatchDataLoader<Guid, Vendor>("listings.vendorById", async (ids, ct) =>
                await context.ReadDb().Set<Vendor>().Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct))
            .LoadAsync(vendorId);

    /// <summary>Residents taking part in a group buy now: its requested and confirmed orders.</summary>
    public static async Task<int> ParticipantsAsync(this IResolverContext context, Guid listingId) =>
        await context.BatchDataLoader<Guid, int>("listings.participants", async (ids, ct) =>
                await context.ReadDb().Set<Order>()
                    .Where(o => ids.Contains(o.ListingId) && (o.Status == OrderStatus.Requested || o.Status == OrderStatus.Confirmed))
                    .GroupBy(o => o.ListingId).Select(g => new { g.Key, Count = g.Count() })
                    .ToDictionaryAsync(g => g.Key, g => g.Count, ct))
            .LoadAsync(listingId);

    public static async Task<int> ReportCountAsync(this IResolverContext context, Guid listingId) =>
        await context.BatchDataLoader<Guid, int>("listings.reportCount", async (ids, ct) =>
                await context.ReadDb().Set<Listing>().Where(l => ids.Contains(l.Id))
                    .Select(l => new { l.Id, Count = l.Reports.Count }).ToDictionaryAsync(l => l.Id, l => l.Count, ct))
            .LoadAsync(listingId);

    public static async Task<Seller> SellerAsync(this IResolverContext context, ListingView listing)
    {
        if (listing.SellerVendorId is { } vendorId)
        {
            var vendor = await context.VendorAsync(vendorId);
            return new Seller(SellerKind.Vendor, vendor?.Name ?? "", vendor?.Kind);
        }
        return new Seller(SellerKind.Resident, await context.ResidentNameAsync(listing.SellerResidentId!.Value) ?? "", null);
    }
}
