using System.Linq.Expressions;
using GraphQL.Types;
using Housing.Domain.Listings;
using Microsoft.EntityFrameworkCore;

namespace Housing.Api.GraphQL.Listings;

/// <summary>A listing as clients filter, sort and page it, projected from <see cref="Listing"/> in SQL; keys stay hidden.</summary>
[GraphQLName("Listing")]
public sealed class ListingView
{
    private static readonly Expression<Func<Listing, ListingView>> Projection = l => new ListingView
    {
        Id = l.Id,
        Kind = l.Kind,
        Title = l.Title,
        Description = l.Description,
        Price = l.Price,
        AcceptsPoints = l.AcceptsPoints,
        SellerKind = l.SellerKind,
        SellerResidentId = l.SellerResidentId,
        SellerVendorId = l.SellerVendorId,
        Scope = l.Scope,
        ScopeComplexId = l.ScopeComplexId,
        ScopeRegionId = l.ScopeRegionId,
        Status = l.Status,
        TalentCategory = l.TalentCategory,
        MinimumParticipants = l.MinimumParticipants,
        Deadline = l.Deadline,
        GroupBuyOutcome = l.GroupBuyOutcome,
        Rental = l.Rental,
        CreatedAt = l.CreatedAt,
        ClosedAt = l.ClosedAt,
        HiddenReason = l.HiddenReason,
    };

    private static readonly Func<Listing, ListingView> Map = Projection.Compile();

    public Guid Id { get; init; }
    public ListingKind Kind { get; init; }
    public string Title { get; init; } = "";
    public string Description { get; init; } = "";
    public long Price { get; init; }
    public bool AcceptsPoints { get; init; }
    public SellerKind SellerKind { get; init; }

    [GraphQLIgnore] public Guid? SellerResidentId { get; init; }

    [GraphQLIgnore] public Guid? SellerVendorId { get; init; }

    public ListingScope Scope { get; init; }

    [GraphQLIgnore] public Guid? ScopeComplexId { get; init; }

    [GraphQLIgnore] public Guid? ScopeRegionId { get; init; }

    public ListingStatus Status { get; init; }
    public TalentCategory? TalentCategory { get; init; }
    public int? MinimumParticipants { get; init; }
    public DateTimeOffset? Deadline { get; init; }
    public GroupBuyOutcome? GroupBuyOutcome { get; init; }
    public RentalHousingTerms? Rental { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
    public string? HiddenReason { get; init; }

    public static IQueryable<ListingView> Of(IQueryable<Listing> listings) => listings.Select(Projection);

    public static ListingView Of(Listing listing) => Map(listing);
}

/// <summary>An order as clients filter, sort and page it, projected from <see cref="Order"/> in SQL.</summary>
[GraphQLName("Order")]
public sealed class OrderView
{
    private static readonly Expression<Func<Order, OrderView>> Projection = o => new OrderView
    {
        Id = o.Id,
        ListingId = o.ListingId,
        ListingKind = o.ListingKind,
        BuyerResidentId = o.BuyerResidentId,
        SellerResidentId = o.SellerResidentId,
        SellerVendorId = o.SellerVendorId,
        Quantity = o.Quantity,
        UnitPrice = o.UnitPrice,
        Amount = o.Amount,
        PaidWithPoints = o.PaidWithPoints,
        Status = o.Status,
        RequestedAt = o.RequestedAt,
        ConfirmedAt = o.ConfirmedAt,
        CompletedAt = o.CompletedAt,
        CancelledAt = o.CancelledAt,
        CancelledBy = o.CancelledBy,
        CancelReason = o.CancelReason,
    };

    private static readonly Func<Order, OrderView> Map = Projection.Compile();

    public Guid Id { get; init; }

    [GraphQLIgnore] public Guid ListingId { get; init; }

    public ListingKind ListingKind { get; init; }

    [GraphQLIgnore] public Guid BuyerResidentId { get; init; }

    [GraphQLIgnore] public Guid? SellerResidentId { get; init; }

    [GraphQLIgnore] public Guid? SellerVendorId { get; init; }

    public int Quantity { get; init; }
    public long UnitPrice { get; init; }
    public long Amount { get; init; }
    public bool PaidWithPoints { get; init; }
    public OrderStatus Status { get; init; }
    public DateTimeOffset RequestedAt { get; init; }
    public DateTimeOffset? ConfirmedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    public DateTimeOffset? CancelledAt { get; init; }
    public OrderParty? CancelledBy { get; init; }
    public string? CancelReason { get; init; }

    public static IQueryable<OrderView> All(DbContext db) => db.Set<Order>().Select(Projection);

    public static OrderView Of(Order order) => Map(order);
}

/// <summary>Who offers a listing: a resident (by name) or a vendor organisation.</summary>
public sealed record Seller(SellerKind Kind, string Name, VendorKind? VendorKind);
