using GraphQL.Authorization;
using GraphQL.Conventions;
using GraphQL.Data;
using GraphQL.Execution;
using GraphQL.Relay;
using GraphQL.Types;
using Housing.Api.GraphQL.Complexes;
using Housing.Api.GraphQL.Support;
using Housing.Domain.Common;
using Housing.Domain.Listings;
using Microsoft.EntityFrameworkCore;

namespace Housing.Api.GraphQL.Listings;

/// <summary>
/// The listings area of DESIGN.md: the shared market (공유마켓), the thrift market (알뜰쇼핑마켓) with group buys, and rental
/// housing vacancies (임대주택) for welfare linkage; orders Requested → Confirmed → Completed or Cancelled; reports and hiding.
/// </summary>
internal sealed class ListingsArea : IHousingSchemaArea
{
    public void Configure(HousingSchemaBuilder schema)
    {
        AddTypes(schema.Types);
        schema.Query(AddQueries);
        schema.Mutation(AddMutations);
    }

    private static async Task<IQueryable<ListingView>> VisibleAsync(IResolverContext context) =>
        ListingView.Of(await ListingVisibility.ListingsAsync(context.ReadDb(), context.Actor(), context.Use<TimeProvider>(), context.CancellationToken));

    private static void AddTypes(SchemaBuilder types)
    {
        types.AddObjectType<ListingView>(t =>
        {
            t.Description("An offer: goods given away or sold, a talent (돌봄, 과외, 카풀), a group buy (공동구매), local or social-economy products, or a rental home.")
                .BindFieldsExplicitly();
            t.ImplementsNode(l => l.Id, async (context, id) => await (await VisibleAsync(context)).FirstOrDefaultAsync(l => l.Id == id, context.CancellationToken));
            t.Field(l => l.Kind).Description("What is offered.");
            t.Field(l => l.Title).Description("The title.");
            t.Field(l => l.Description).Description("The seller's description.");
            t.Field(l => l.Price).Description("Price per unit in KRW; 0 for giveaways and rental notices (their terms hold deposit and rent).");
            t.Field(l => l.AcceptsPoints).Description("Whether points may pay for it (one point = 1 KRW).");
            t.Field(l => l.Scope).Description("Who sees it: one complex, a region (시군구) or everywhere.");
            t.Field(l => l.Status).Description("Open, closed, or hidden by a moderator.");
            t.Field(l => l.TalentCategory).Description("For talents: childcare, tutoring, carpool, care or other.");
            t.Field(l => l.MinimumParticipants).Description("For group buys: the residents needed for it to go ahead.");
            t.Field(l => l.Deadline).Description("For group buys: when it is settled (succeeded with enough participants, else cancelled and refunded).");
            t.Field(l => l.GroupBuyOutcome).Description("For group buys: pending until the deadline, then succeeded or failed.");
            t.Field(l => l.Rental).Description("For rental housing: deposit, rent, area, address, supply type and application period.");
            t.Field(l => l.CreatedAt).Description("When it was listed.");
            t.Field(l => l.ClosedAt).Description("When it was closed.");
            t.Field(l => l.HiddenReason).Description("Why a moderator hid it.");
            t.Field("seller").Type("Seller!").Description("Who offers it.")
                .ResolveAsync(context => context.SellerAsync(context.Parent<ListingView>()));
            t.Field("complex").Type("Complex").Description("The complex a complex-scoped listing is offered in.")
                .ResolveAsync(async context => context.Parent<ListingView>().ScopeComplexId is { } id ? await context.ComplexAsync(id) : null);
            t.Field("participants").Type("Int").Description("For group buys: residents who joined and have not cancelled.")
                .ResolveAsync(async context => context.Parent<ListingView>() is { Kind: ListingKind.GroupBuy } groupBuy ? await context.ParticipantsAsync(groupBuy.Id) : (int?)null);
            t.Field("reportCount").Type("Int").Description("Reports by residents, for moderators; anyone else gets null with an AUTH_NOT_AUTHORIZED error at this field, and the rest of the listing.")
                .Authorize(ListingVisibility.Moderators)
                .ResolveAsync(context => context.ReportCountAsync(context.Parent<ListingView>().Id));
            t.Field("orders")
                .Description("Orders on the listing the caller takes part in: all of them for its seller (and platform admins), a buyer's own for a buyer.")
                .UsePaging<ListingView, OrderView, Guid>(l => l.Id, o => o.ListingId, o => o.Id)
                .UseFiltering<OrderView>()
                .UseSorting<OrderView>()
                .Resolve(context => ListingVisibility.Orders(context.ReadDb(), context.Actor()));
        });
        types.AddObjectType<Seller>(t =>
        {
            t.Description("Who offers a listing: a resident or a vendor organisation (shop, local farm, social-economy enterprise, rental operator).");
            t.Field(s => s.Kind).Description("Resident or vendor.");
            t.Field(s => s.Name).Description("The resident's or the vendor's name.");
            t.Field(s => s.VendorKind).Description("For vendors: what kind of organisation.");
        });
        types.AddObjectType<RentalHousingTerms>(t =>
        {
            t.Description("The terms of a rental housing vacancy (임대주택 공고).").BindFieldsExplicitly();
            t.Field(r => r.Deposit).Description("보증금, KRW.");
            t.Field(r => r.MonthlyRent).Description("월 임대료, KRW.");
            t.Field(r => r.ExclusiveArea).Description("전용면적, ㎡.");
            t.Field(r => r.Address).Description("The home's address.");
            t.Field(r => r.SupplyType).Description("Supply type: 국민임대, 영구임대, 행복주택, 매입임대, 전세임대, 장기전세, 공공임대, 민간임대.");
            t.Field(r => r.Eligibility).Description("Who may apply.");
            t.Field(r => r.ApplicationStart).Description("First day of applications.");
            t.Field(r => r.ApplicationEnd).Description("Last day of applications.");
        });
        types.AddObjectType<OrderView>(t =>
        {
            t.Description("A resident's order on a listing; for a group buy, their participation.").BindFieldsExplicitly();
            t.ImplementsNode(o => o.Id, async (context, id) =>
                await ListingVisibility.Orders(context.ReadDb(), context.Actor()).FirstOrDefaultAsync(o => o.Id == id, context.CancellationToken));
            t.Field(o => o.Quantity).Description("Units ordered.");
            t.Field(o => o.UnitPrice).Description("Price per unit when ordered, KRW.");
            t.Field(o => o.Amount).Description("Quantity × unit price, KRW.");
            t.Field(o => o.PaidWithPoints).Description("Paid with points when placed (refunded if cancelled).");
            t.Field(o => o.Status).Description("Requested → Confirmed → Completed, or Cancelled.");
            t.Field(o => o.RequestedAt).Description("When it was placed.");
            t.Field(o => o.ConfirmedAt).Description("When the seller confirmed it.");
            t.Field(o => o.CompletedAt).Description("When it was completed (points earned then).");
            t.Field(o => o.CancelledAt).Description("When it was cancelled.");
            t.Field(o => o.CancelledBy).Description("Who cancelled: the buyer, the seller, or the system (a failed group buy).");
            t.Field(o => o.CancelReason).Description("Why it was cancelled.");
            t.Field("listing").Type("Listing!").Description("What was ordered.")
                .ResolveAsync(async context => (await context.ListingAsync(context.Parent<OrderView>().ListingId))!);
            t.Field("buyerName").Type("String!").Description("The buyer's name, for the seller to arrange the hand-over.")
                .ResolveAsync(async context => await context.ResidentNameAsync(context.Parent<OrderView>().BuyerResidentId) ?? "");
        });
    }

    private static void AddQueries(ObjectTypeDescriptor<object> query)
    {
        query.Field("listings")
            .Description("The listings the caller may see, filtered, sorted and paged in the database; optionally those offered in one complex or region.")
            .Authorize(ListingVisibility.Readers)
            .Argument("complexId", "ID", a => a.Description("Only listings scoped to this complex."))
            .Argument("regionId", "ID", a => a.Description("Only listings scoped to this region."))
            .UsePaging<ListingView, Guid>(l => l.Id)
            .UseFiltering<ListingView>()
            .UseSorting<ListingView>()
            .ResolveAsync(async context =>
            {
                var listings = await VisibleAsync(context);
                if (context.ArgumentValue<string?>("complexId") is { } complex)
                {
                    var complexId = DomainReads.Key(complex, "Complex");
                    listings = listings.Where(l => l.ScopeComplexId == complexId);
                }
                if (context.ArgumentValue<string?>("regionId") is { } region)
                {
                    var regionId = DomainReads.Key(region, "Region");
                    listings = listings.Where(l => l.ScopeRegionId == regionId);
                }
                return listings;
            });

        query.Field("myOrders")
            .Description("The caller's orders as a buyer.")
            .Authorize(ListingVisibility.Buyers)
            .UsePaging<OrderView, Guid>(o => o.Id)
            .UseFiltering<OrderView>()
            .UseSorting<OrderView>()
            .Resolve(context =>
            {
                var residentId = context.Actor().ResidentId;
                return OrderView.All(context.ReadDb()).Where(o => o.BuyerResidentId == residentId);
            });

        query.Field("ordersForMyListings")
            .Description("Orders on the caller's own listings, for the seller to confirm, complete or cancel.")
            .Authorize(ListingVisibility.Sellers)
            .UsePaging<OrderView, Guid>(o => o.Id)
            .UseFiltering<OrderView>()
            .UseSorting<OrderView>()
            .Resolve(context => ListingVisibility.OrdersSoldBy(context.ReadDb(), context.Actor()));
    }

    private static void AddMutations(ObjectTypeDescriptor<object> mutation)
    {
        mutation.Field("createListing")
            .Description("A resident lists in their own complex or region; a vendor anywhere. Local, social-economy and rental listings are vendors' only.")
            .Authorize(ListingVisibility.Sellers)
            .UseMutationConvention<CreateListingInput, ListingView>(HousingErrors.Registry, "listing", async (context, input) =>
            {
                var (scopeId, typeName) = input.Scope switch
                {
                    ListingScope.Complex => (input.ComplexId, "Complex"),
                    ListingScope.Region => (input.RegionId, "Region"),
                    _ => (null, ""),
                };
                var command = new CreateListingCommand(input.Kind, input.Scope, scopeId is null ? null : DomainReads.Key(scopeId, typeName), input.Details());
                return ListingView.Of(await context.Use<ListingService>().CreateListingAsync(context.Actor(), command, context.CancellationToken));
            }, HousingErrors.Common);

        mutation.Field("updateListing")
            .Description("The seller changes an open listing; price and group-buy terms stay while orders are open.")
            .Authorize(ListingVisibility.Sellers)
            .UseMutationConvention<UpdateListingInput, ListingView>(HousingErrors.Registry, "listing", async (context, input) =>
                ListingView.Of(await context.Use<ListingService>().UpdateListingAsync(
                    context.Actor(), DomainReads.Key(input.ListingId, "Listing"), input.Details(), context.CancellationToken)),
                HousingErrors.Common);

        mutation.Field("closeListing")
            .Description("The seller closes the listing; a group buy closes itself at its deadline.")
            .Authorize(ListingVisibility.Sellers)
            .UseMutationConvention<CloseListingInput, ListingView>(HousingErrors.Registry, "listing", async (context, input) =>
                ListingView.Of(await context.Use<ListingService>().CloseListingAsync(
                    context.Actor(), DomainReads.Key(input.ListingId, "Listing"), context.CancellationToken)),
                HousingErrors.Common);

        mutation.Field("reportListing")
            .Description("A resident who sees the listing reports it to the moderators, once.")
            .Authorize(ListingVisibility.Buyers)
            .UseMutationConvention<ReportListingInput, ListingView>(HousingErrors.Registry, "listing", async (context, input) =>
            {
                var listingId = DomainReads.Key(input.ListingId, "Listing");
                await context.Use<ListingService>().ReportListingAsync(context.Actor(), listingId, input.Reason, context.CancellationToken);
                return (await context.ListingAsync(listingId))!;
            }, HousingErrors.Common);

        mutation.Field("hideListing")
            .Description("A moderator hides the listing with a reason the seller reads: a manager of its complex, a district officer for region and nationwide listings, a platform admin.")
            .Authorize(ListingVisibility.Moderators)
            .UseMutationConvention<HideListingInput, ListingView>(HousingErrors.Registry, "listing", async (context, input) =>
                ListingView.Of(await context.Use<ListingService>().HideListingAsync(
                    context.Actor(), DomainReads.Key(input.ListingId, "Listing"), input.Reason, context.CancellationToken)),
                HousingErrors.Common);

        mutation.Field("restoreListing")
            .Description("A moderator shows a hidden listing again, in the status it had.")
            .Authorize(ListingVisibility.Moderators)
            .UseMutationConvention<RestoreListingInput, ListingView>(HousingErrors.Registry, "listing", async (context, input) =>
                ListingView.Of(await context.Use<ListingService>().UnhideListingAsync(
                    context.Actor(), DomainReads.Key(input.ListingId, "Listing"), context.CancellationToken)),
                HousingErrors.Common);

        mutation.Field("placeOrder")
            .Description("A resident orders, or joins a group buy; points, if used, are taken now and refunded on cancellation.")
            .Authorize(ListingVisibility.Buyers)
            .UseMutationConvention<PlaceOrderInput, OrderView>(HousingErrors.Registry, "order", async (context, input) =>
                OrderView.Of(await context.Use<ListingService>().PlaceOrderAsync(
                    context.Actor(), DomainReads.Key(input.ListingId, "Listing"), input.Quantity, input.PayWithPoints, context.CancellationToken)),
                HousingErrors.Common);

        mutation.Field("confirmOrder")
            .Description("The seller accepts a requested order; group-buy orders are confirmed together at the deadline.")
            .Authorize(ListingVisibility.Sellers)
            .UseMutationConvention<ConfirmOrderInput, OrderView>(HousingErrors.Registry, "order", async (context, input) =>
                OrderView.Of(await context.Use<ListingService>().ConfirmOrderAsync(
                    context.Actor(), DomainReads.Key(input.OrderId, "Order"), context.CancellationToken)),
                HousingErrors.Common);

        mutation.Field("completeOrder")
            .Description("The seller or the buyer marks a confirmed order done; the buyer and their complex earn points (PointsPolicy).")
            .Authorize(ListingVisibility.Sellers)
            .UseMutationConvention<CompleteOrderInput, OrderView>(HousingErrors.Registry, "order", async (context, input) =>
                OrderView.Of(await context.Use<ListingService>().CompleteOrderAsync(
                    context.Actor(), DomainReads.Key(input.OrderId, "Order"), context.CancellationToken)),
                HousingErrors.Common);

        mutation.Field("cancelOrder")
            .Description("The buyer, or the seller with a reason, cancels before completion; points paid are refunded.")
            .Authorize(ListingVisibility.Sellers)
            .UseMutationConvention<CancelOrderInput, OrderView>(HousingErrors.Registry, "order", async (context, input) =>
                OrderView.Of(await context.Use<ListingService>().CancelOrderAsync(
                    context.Actor(), DomainReads.Key(input.OrderId, "Order"), input.Reason, context.CancellationToken)),
                HousingErrors.Common);
    }
}

public sealed record CreateListingInput(
    ListingKind Kind,
    [property: GraphQLDescription("Complex, region or everywhere; a resident's complex or region when its id is left out.")] ListingScope Scope,
    [property: GraphQLType("ID"), GraphQLDescription("For a complex-scoped listing.")] string? ComplexId,
    [property: GraphQLType("ID"), GraphQLDescription("For a region-scoped listing.")] string? RegionId,
    string Title,
    string Description,
    [property: GraphQLDescription("KRW per unit; 0 for giveaways and rental housing.")] long Price,
    bool AcceptsPoints,
    TalentCategory? TalentCategory,
    int? MinimumParticipants,
    DateTimeOffset? Deadline,
    RentalHousingTerms? Rental)
{
    public ListingDetails Details() => new(Title, Description, Price, AcceptsPoints, TalentCategory, MinimumParticipants, Deadline, Rental);
}

public sealed record UpdateListingInput(
    [property: GraphQLType("ID!")] string ListingId,
    string Title,
    string Description,
    long Price,
    bool AcceptsPoints,
    TalentCategory? TalentCategory,
    int? MinimumParticipants,
    DateTimeOffset? Deadline,
    RentalHousingTerms? Rental)
{
    public ListingDetails Details() => new(Title, Description, Price, AcceptsPoints, TalentCategory, MinimumParticipants, Deadline, Rental);
}

public sealed record CloseListingInput([property: GraphQLType("ID!")] string ListingId);

public sealed record ReportListingInput([property: GraphQLType("ID!")] string ListingId, [property: GraphQLDescription("What is wrong with it.")] string Reason);

public sealed record HideListingInput([property: GraphQLType("ID!")] string ListingId, [property: GraphQLDescription("Why, for the seller.")] string Reason);

public sealed record RestoreListingInput([property: GraphQLType("ID!")] string ListingId);

public sealed record PlaceOrderInput([property: GraphQLType("ID!")] string ListingId, int Quantity = 1, bool PayWithPoints = false);

public sealed record ConfirmOrderInput([property: GraphQLType("ID!")] string OrderId);

public sealed record CompleteOrderInput([property: GraphQLType("ID!")] string OrderId);

public sealed record CancelOrderInput([property: GraphQLType("ID!")] string OrderId, [property: GraphQLDescription("Required when the seller cancels.")] string? Reason);
