using Housing.Domain.Common;

namespace Housing.Domain.Complexes;

/// <summary>A building (동) of a complex, with its units (호).</summary>
public sealed class Building : AggregateRoot
{
    private readonly List<Unit> _units = [];

    private Building() { Name = ""; }

    private Building(Guid complexId, string name)
    {
        ComplexId = complexId;
        Name = name;
    }

    public Guid ComplexId { get; private set; }

    /// <summary>The building's name as residents say it, e.g. 101동.</summary>
    public string Name { get; private set; }

    public IReadOnlyList<Unit> Units => _units;

    public static Building Create(Guid complexId, string name) =>
        string.IsNullOrWhiteSpace(name)
            ? throw new DomainException("INVALID_BUILDING", "A building needs a name, e.g. 101동.")
            : new Building(complexId, name.Trim());

    public Unit AddUnit(string number, int floor, double exclusiveArea)
    {
        if (string.IsNullOrWhiteSpace(number))
            throw new DomainException("INVALID_UNIT", "A unit needs a number, e.g. 1203.");
        number = number.Trim();
        if (exclusiveArea <= 0 || double.IsNaN(exclusiveArea))
            throw new DomainException("INVALID_UNIT", $"Unit {number}: the exclusive area must be above 0 ㎡, not {exclusiveArea}.");
        if (floor == 0)
            throw new DomainException("INVALID_UNIT", $"Unit {number}: floors are counted from 1 (basements from -1); 0 is not a floor.");
        if (_units.Any(u => u.Number == number))
            throw new DomainException("DUPLICATE_UNIT", $"{Name} already has unit {number}.");
        var unit = new Unit(number, floor, exclusiveArea);
        _units.Add(unit);
        Touch();
        return unit;
    }
}

/// <summary>A unit (호) of a building, with its exclusive area (전용면적, ㎡).</summary>
public sealed class Unit : Entity
{
    private Unit() { Number = ""; }

    internal Unit(string number, int floor, double exclusiveArea)
    {
        Number = number;
        Floor = floor;
        ExclusiveArea = exclusiveArea;
    }

    public string Number { get; private set; }
    public int Floor { get; private set; }
    public double ExclusiveArea { get; private set; }
}
