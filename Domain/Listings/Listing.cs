using Housing.Domain.Common;
using Housing.Domain.Complexes;

namespace Housing.Domain.Listings;

/// <summary>What is offered: goods given away or sold, a talent, a group buy, local or social-economy products, a rental home.</summary>
public enum ListingKind { GoodsGiveaway, GoodsSale, Talent, GroupBuy, LocalProduct, SocialEconomyProduct, RentalHousing }

public enum TalentCategory { Childcare, Tutoring, Carpool, Care, Other }

public enum SellerKind { Resident, Vendor }

/// <summary>Who sees a listing: one complex, a region (시군구), or everyone.</summary>
public enum ListingScope { Complex, Region, Everywhere }

public enum ListingStatus { Open, Closed, Hidden }

public enum GroupBuyOutcome { Pending, Succeeded, Failed }

/// <summary>Public rental supply types (국민임대, 영구임대, 행복주택, 매입임대, 전세임대, 장기전세, 공공임대, 민간임대).</summary>
public enum RentalSupplyType { NationalRental, PermanentRental, HappyHousing, PurchasedRental, JeonseRental, LongTermJeonse, PublicRental, PrivateRental }

/// <summary>The terms of a rental housing vacancy.</summary>
public sealed record RentalHousingTerms(
    long Deposit,
    long MonthlyRent,
    double ExclusiveArea,
    string Address,
    RentalSupplyType SupplyType,
    string Eligibility,
    DateOnly ApplicationStart,
    DateOnly ApplicationEnd)
{
    public RentalHousingTerms Validated()
    {
        if (Deposit < 0 || MonthlyRent < 0)
            throw Invalid("Deposit and monthly rent cannot be negative.");
        if (ExclusiveArea <= 0 || double.IsNaN(ExclusiveArea))
            throw Invalid($"The exclusive area must be above 0 ㎡, not {ExclusiveArea}.");
        if (string.IsNullOrWhiteSpace(Address))
            throw Invalid("The address of the home is required.");
        if (ApplicationEnd < ApplicationStart)
            throw Invalid($"The application period ends ({ApplicationEnd:yyyy-MM-dd}) before it starts ({ApplicationStart:yyyy-MM-dd}).");
        return this with { Address = Address.Trim(), Eligibility = Eligibility?.Trim() ?? "" };
    }

    private static DomainException Invalid(string message) => new("INVALID_LISTING", message);
}

/// <summary>Everything a seller states about a listing; validated together against its kind.</summary>
public sealed record ListingDetails(
    string Title,
    string Description,
    long Price,
    bool AcceptsPoints,
    TalentCategory? TalentCategory = null,
    int? MinimumParticipants = null,
    DateTimeOffset? Deadline = null,
    RentalHousingTerms? Rental = null);

/// <summary>An offer on the shared market (공유마켓), the thrift market (알뜰쇼핑마켓) or the rental housing board.</summary>
public sealed class Listing : AggregateRoot
{
    private readonly List<ListingReport> _reports = [];

    private Listing() { Title = Description = ""; }

    private Listing(ListingKind kind, SellerKind sellerKind, Guid sellerId, ListingScope scope, Guid? scopeId, DateTimeOffset at)
    {
        Kind = kind;
        SellerKind = sellerKind;
        SellerResidentId = sellerKind == SellerKind.Resident ? sellerId : null;
        SellerVendorId = sellerKind == SellerKind.Vendor ? sellerId : null;
        Scope = scope;
        ScopeComplexId = scope == ListingScope.Complex ? scopeId : null;
        ScopeRegionId = scope == ListingScope.Region ? scopeId : null;
        CreatedAt = at;
        Title = Description = "";
        GroupBuyOutcome = kind == ListingKind.GroupBuy ? Listings.GroupBuyOutcome.Pending : null;
    }

    public ListingKind Kind { get; private set; }
    public string Title { get; private set; }
    public string Description { get; private set; }

    /// <summary>Price per unit in KRW (0 for giveaways and rental notices).</summary>
    public long Price { get; private set; }

    public bool AcceptsPoints { get; private set; }
    public SellerKind SellerKind { get; private set; }
    public Guid? SellerResidentId { get; private set; }
    public Guid? SellerVendorId { get; private set; }
    public ListingScope Scope { get; private set; }
    public Guid? ScopeComplexId { get; private set; }
    public Guid? ScopeRegionId { get; private set; }
    public ListingStatus Status { get; private set; }
    public TalentCategory? TalentCategory { get; private set; }
    public int? MinimumParticipants { get; private set; }
    public DateTimeOffset? Deadline { get; private set; }
    public GroupBuyOutcome? GroupBuyOutcome { get; private set; }
    public RentalHousingTerms? Rental { get; private set; }

    /// <summary>The id of the public rental notice this listing was imported from; unique.</summary>
    public string? SourceNoticeId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>The status to return to when a moderator unhides the listing.</summary>
    public ListingStatus? StatusBeforeHidden { get; private set; }

    public string? HiddenReason { get; private set; }
    public Guid? HiddenByUserId { get; private set; }
    public DateTimeOffset? HiddenAt { get; private set; }

    /// <summary>The moderator who last restored the listing after hiding it, and when: the audit of an unhide.</summary>
    public Guid? RestoredByUserId { get; private set; }

    public DateTimeOffset? RestoredAt { get; private set; }

    public IReadOnlyList<ListingReport> Reports => _reports;

    public bool IsOrderable => Kind != ListingKind.RentalHousing;

    public static Listing Create(ListingKind kind, SellerKind sellerKind, Guid sellerId, ListingScope scope, Guid? scopeId,
        ListingDetails details, DateTimeOffset at, string? sourceNoticeId = null)
    {
        if (scope != ListingScope.Everywhere && scopeId is null)
            throw new DomainException("INVALID_LISTING", $"A listing scoped to a {scope.ToString().ToLowerInvariant()} needs its id.");
        var listing = new Listing(kind, sellerKind, sellerId, scope, scopeId, at.ToUniversalTime()) { SourceNoticeId = sourceNoticeId };
        listing.Apply(details, at, isNew: true);
        return listing;
    }

    /// <summary>The seller changes the listing while it is open; returns false when nothing differs.</summary>
    public bool Revise(ListingDetails details, bool hasActiveOrders, DateTimeOffset at)
    {
        if (Status != ListingStatus.Open && SourceNoticeId is null)
            throw new DomainException("LISTING_NOT_OPEN", $"Only an open listing can be changed; this one is {Status.ToString().ToLowerInvariant()}.");
        if (hasActiveOrders && (details.Price != Price || details.MinimumParticipants != MinimumParticipants || details.Deadline != Deadline))
            throw new DomainException("LISTING_HAS_ORDERS", "Price and group-buy terms cannot change while orders are open.");
        if (DetailsOf() == details) return false;
        Apply(details, at, isNew: false);
        Touch();
        return true;
    }

    public ListingDetails DetailsOf() => new(Title, Description, Price, AcceptsPoints, TalentCategory, MinimumParticipants, Deadline, Rental);

    public void Close(DateTimeOffset at)
    {
        if (Status == ListingStatus.Closed) return;
        if (Status == ListingStatus.Hidden)
            throw new DomainException("LISTING_HIDDEN", "A hidden listing is closed by unhiding it first.");
        if (Kind == ListingKind.GroupBuy && GroupBuyOutcome == Listings.GroupBuyOutcome.Pending)
            throw new DomainException("GROUP_BUY_PENDING", "A group buy closes itself at its deadline, when it is settled.");
        Status = ListingStatus.Closed;
        ClosedAt = at.ToUniversalTime();
        Touch();
    }

    /// <summary>A resident reports the listing; each resident once.</summary>
    public ListingReport Report(Guid residentId, string reason, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainException("REASON_REQUIRED", "Say what is wrong with the listing.");
        if (SellerResidentId == residentId)
            throw new DomainException("OWN_LISTING", "A seller does not report their own listing; close it instead.");
        if (_reports.Any(r => r.ResidentId == residentId))
            throw new DomainException("ALREADY_REPORTED", "You have already reported this listing.");
        var report = new ListingReport(residentId, reason.Trim(), at.ToUniversalTime());
        _reports.Add(report);
        Touch();
        return report;
    }

    public void Hide(Guid moderatorUserId, string reason, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainException("REASON_REQUIRED", "Hiding a listing needs a reason the seller can read.");
        if (Status == ListingStatus.Hidden)
            throw new DomainException("LISTING_HIDDEN", "The listing is already hidden.");
        StatusBeforeHidden = Status;
        Status = ListingStatus.Hidden;
        HiddenReason = reason.Trim();
        HiddenByUserId = moderatorUserId;
        HiddenAt = at.ToUniversalTime();
        Touch();
    }

    /// <summary>A moderator restores a hidden listing to the status it had; who and when are kept.</summary>
    public void Unhide(Guid moderatorUserId, DateTimeOffset at)
    {
        if (Status != ListingStatus.Hidden)
            throw new DomainException("LISTING_NOT_HIDDEN", "Only a hidden listing can be unhidden.");
        Status = StatusBeforeHidden ?? ListingStatus.Open;
        StatusBeforeHidden = null;
        HiddenReason = null;
        HiddenByUserId = null;
        HiddenAt = null;
        RestoredByUserId = moderatorUserId;
        RestoredAt = at.ToUniversalTime();
        Touch();
    }

    /// <summary>Refuses an order the listing cannot take now.</summary>
    public void RequireOrderable(DateTimeOffset at)
    {
        if (!IsOrderable)
            throw new DomainException("NOT_ORDERABLE", "Rental housing is applied for with its operator, not ordered here.");
        if (Status != ListingStatus.Open)
            throw new DomainException("LISTING_NOT_OPEN", $"This listing is {Status.ToString().ToLowerInvariant()} and takes no orders.");
        if (Kind == ListingKind.GroupBuy && at >= Deadline)
            throw new DomainException("GROUP_BUY_CLOSED", $"The group buy closed at {Deadline:yyyy-MM-dd HH:mm} UTC.");
    }

    /// <summary>Settles a group buy at its deadline: succeeded when enough residents joined; the listing closes either way.</summary>
    public bool SettleGroupBuy(int participants, DateTimeOffset asOf)
    {
        if (Kind != ListingKind.GroupBuy)
            throw new DomainException("NOT_GROUP_BUY", "Only group buys are settled.");
        if (GroupBuyOutcome != Listings.GroupBuyOutcome.Pending)
            throw new DomainException("GROUP_BUY_SETTLED", $"The group buy was already settled ({(GroupBuyOutcome is { } outcome ? ApiNames.Of(outcome) : "none")}).");
        if (asOf < Deadline)
            throw new DomainException("GROUP_BUY_OPEN", $"The group buy runs until {Deadline:yyyy-MM-dd HH:mm} UTC.");
        var succeeded = participants >= MinimumParticipants;
        GroupBuyOutcome = succeeded ? Listings.GroupBuyOutcome.Succeeded : Listings.GroupBuyOutcome.Failed;
        if (Status == ListingStatus.Open)
        {
            Status = ListingStatus.Closed;
            ClosedAt = asOf.ToUniversalTime();
        }
        else if (Status == ListingStatus.Hidden)
        {
            StatusBeforeHidden = ListingStatus.Closed;
        }
        Touch();
        return succeeded;
    }

    public bool IsSoldBy(Actor actor) => SellerKind == SellerKind.Resident
        ? actor.ResidentId is not null && actor.ResidentId == SellerResidentId
        : actor.IsIn(Roles.Vendor) && actor.VendorId is not null && actor.VendorId == SellerVendorId;

    private void Apply(ListingDetails d, DateTimeOffset at, bool isNew)
    {
        if (string.IsNullOrWhiteSpace(d.Title) || d.Title.Length > 200)
            throw Invalid("A title of 1 to 200 characters is required.");
        if (d.Price < 0)
            throw Invalid($"The price cannot be negative ({d.Price:N0} KRW).");
        if (d.Price == 0 && d.AcceptsPoints)
            throw Invalid("A free listing takes no points.");
        if (Kind != ListingKind.Talent && d.TalentCategory is not null)
            throw Invalid("Only talent listings have a talent category.");
        if (Kind != ListingKind.GroupBuy && (d.MinimumParticipants is not null || d.Deadline is not null))
            throw Invalid("Only group buys have a minimum of participants and a deadline.");
        if (Kind != ListingKind.RentalHousing && d.Rental is not null)
            throw Invalid("Only rental housing listings have rental terms.");
        switch (Kind)
        {
            case ListingKind.GoodsGiveaway when d.Price != 0:
                throw Invalid("A giveaway is free: its price is 0.");
            case ListingKind.GoodsSale or ListingKind.LocalProduct or ListingKind.SocialEconomyProduct when d.Price == 0:
                throw Invalid("Goods for sale need a price above 0 KRW; give them away as a giveaway instead.");
            case ListingKind.Talent when d.TalentCategory is null:
                throw Invalid("A talent listing needs its category: childcare, tutoring, carpool, care or other.");
            case ListingKind.GroupBuy when d.Price == 0 || d.MinimumParticipants is null or < 2 || d.Deadline is null:
                throw Invalid("A group buy needs a unit price above 0, a minimum of at least 2 participants and a deadline.");
            case ListingKind.GroupBuy when isNew && d.Deadline <= at:
                throw Invalid($"The group-buy deadline {d.Deadline:yyyy-MM-dd HH:mm} must be in the future.");
            case ListingKind.RentalHousing when d.Rental is null:
                throw Invalid("A rental housing listing needs its terms (deposit, rent, area, address, supply type, application period).");
            case ListingKind.RentalHousing when d.Price != 0:
                throw Invalid("A rental housing listing states deposit and rent in its terms; its price is 0.");
        }
        Title = d.Title.Trim();
        Description = d.Description?.Trim() ?? "";
        Price = d.Price;
        AcceptsPoints = d.AcceptsPoints;
        TalentCategory = d.TalentCategory;
        MinimumParticipants = d.MinimumParticipants;
        Deadline = d.Deadline?.ToUniversalTime();
        Rental = d.Rental?.Validated();
    }

    private static DomainException Invalid(string message) => new("INVALID_LISTING", message);
}

/// <summary>A resident's report of an inappropriate listing.</summary>
public sealed class ListingReport : Entity
{
    private ListingReport() { Reason = ""; }

    internal ListingReport(Guid residentId, string reason, DateTimeOffset at)
    {
        ResidentId = residentId;
        Reason = reason;
        ReportedAt = at;
    }

    public Guid ResidentId { get; private set; }
    public string Reason { get; private set; }
    public DateTimeOffset ReportedAt { get; private set; }
}
