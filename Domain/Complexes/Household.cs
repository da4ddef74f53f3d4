using Housing.Domain.Common;

namespace Housing.Domain.Complexes;

/// <summary>A household living in a unit of a complex from its move-in until its move-out.</summary>
public sealed class Household : AggregateRoot
{
    private Household() { }

    private Household(Guid complexId, Guid buildingId, Guid unitId, DateOnly movedInOn)
    {
        ComplexId = complexId;
        BuildingId = buildingId;
        UnitId = unitId;
        MovedInOn = movedInOn;
    }

    public Guid ComplexId { get; private set; }
    public Guid BuildingId { get; private set; }
    public Guid UnitId { get; private set; }
    public DateOnly MovedInOn { get; private set; }
    public DateOnly? MovedOutOn { get; private set; }

    /// <summary>The head of household (세대주), one of its residents.</summary>
    public Guid? HeadResidentId { get; private set; }

    public bool IsActive => MovedOutOn is null;

    /// <summary>
    /// The months whose rent may be paid on <paramref name="today"/>: from the move-in month to the next month,
    /// or to the move-out month once the household has left.
    /// </summary>
    public (YearMonth First, YearMonth Last) PayableRentMonths(DateOnly today)
    {
        var next = YearMonth.From(today).AddMonths(1);
        var last = MovedOutOn is { } outOn && YearMonth.From(outOn) < next ? YearMonth.From(outOn) : next;
        return (YearMonth.From(MovedInOn), last);
    }

    /// <summary>Refuses a rent month outside <see cref="PayableRentMonths"/>, naming the months allowed.</summary>
    public void RequirePayableRentMonth(YearMonth month, DateOnly today)
    {
        var (first, last) = PayableRentMonths(today);
        if (month < first || month > last)
            throw new DomainException("RENT_MONTH_NOT_PAYABLE",
                $"Rent for {month} cannot be paid: allowed are the months from {first} (the household moved in on {MovedInOn:yyyy-MM-dd}) "
                + $"to {last} ({(MovedOutOn is null ? "next month" : $"it moved out on {MovedOutOn:yyyy-MM-dd}")}).");
    }

    public static Household MoveIn(Guid complexId, Guid buildingId, Guid unitId, DateOnly on) => new(complexId, buildingId, unitId, on);

    public void MoveOut(DateOnly on)
    {
        if (!IsActive)
            throw new DomainException("HOUSEHOLD_MOVED_OUT", $"The household already moved out on {MovedOutOn:yyyy-MM-dd}.");
        if (on < MovedInOn)
            throw new DomainException("INVALID_MOVE_OUT", $"A household that moved in on {MovedInOn:yyyy-MM-dd} cannot move out before, on {on:yyyy-MM-dd}.");
        MovedOutOn = on;
        Touch();
    }

    public void SetHead(Resident resident)
    {
        if (resident.HouseholdId != Id)
            throw new DomainException("NOT_IN_HOUSEHOLD", $"Resident {resident.Name} does not belong to this household.");
        if (!resident.IsActive)
            throw new DomainException("RESIDENT_LEFT", $"Resident {resident.Name} has left the household and cannot be its head.");
        RequireActive();
        HeadResidentId = resident.Id;
        Touch();
    }

    internal void ClearHead(Guid residentId)
    {
        if (HeadResidentId != residentId) return;
        HeadResidentId = null;
        Touch();
    }

    internal void RequireActive()
    {
        if (!IsActive)
            throw new DomainException("HOUSEHOLD_MOVED_OUT", $"The household moved out on {MovedOutOn:yyyy-MM-dd}.");
    }
}
