using System.Text.RegularExpressions;
using Housing.Domain.Common;

namespace Housing.Domain.Complexes;

/// <summary>An apartment complex (공동주택 단지), keyed by its K-apt code.</summary>
public sealed partial class Complex : AggregateRoot
{
    /// <summary>공동주택관리법 §23: complexes of this many households or more disclose their fees.</summary>
    public const int DisclosureThreshold = 100;

    private readonly List<ComplexManagerAssignment> _managers = [];

    private Complex()
    {
        KaptCode = Name = BjdCode = LotAddress = "";
    }

    private Complex(string kaptCode, Guid regionId, ComplexProfile profile)
    {
        KaptCode = kaptCode;
        RegionId = regionId;
        Name = BjdCode = LotAddress = "";
        Apply(profile);
    }

    public string KaptCode { get; private set; }
    public Guid RegionId { get; private set; }
    public string Name { get; private set; }
    public string BjdCode { get; private set; }
    public string LotAddress { get; private set; }
    public string? RoadAddress { get; private set; }
    public HousingType HousingType { get; private set; }
    public SaleType SaleType { get; private set; }
    public HeatingType HeatingType { get; private set; }
    public ManagementType ManagementType { get; private set; }

    /// <summary>Households (K-apt kaptdaCnt).</summary>
    public int HouseholdCount { get; private set; }

    /// <summary>Buildings (K-apt kaptDongCnt).</summary>
    public int BuildingCount { get; private set; }

    /// <summary>Use approval date (K-apt kaptUsedate).</summary>
    public DateOnly? ApprovedOn { get; private set; }

    public double TotalArea { get; private set; }
    public double ManagedArea { get; private set; }
    public double ExclusiveArea { get; private set; }
    public string? OfficePhone { get; private set; }
    public HousingOperator Operator { get; private set; }

    public IReadOnlyList<ComplexManagerAssignment> Managers => _managers;

    public ComplexProfile Profile => new(Name, BjdCode, LotAddress, RoadAddress, HousingType, SaleType, HeatingType,
        ManagementType, HouseholdCount, BuildingCount, ApprovedOn, TotalArea, ManagedArea, ExclusiveArea, OfficePhone, Operator);

    /// <summary>Whether the complex must disclose its management fees monthly (100+ households).</summary>
    public bool IsSubjectToDisclosure => HouseholdCount >= DisclosureThreshold;

    public HouseholdBand HouseholdBand => ComplexBands.HouseholdBandOf(HouseholdCount);

    public AgeBand? AgeBandOn(DateOnly asOf) => ApprovedOn is { } d ? ComplexBands.AgeBandOf(d, asOf) : null;

    public static Complex Register(string kaptCode, Region region, ComplexProfile profile)
    {
        RequireKaptCode(kaptCode);
        profile = profile.Validated();
        RequireInRegion(profile, region);
        return new Complex(kaptCode, region.Id, profile);
    }

    /// <summary>Applies a new profile; returns false (and leaves the version alone) when nothing differs.</summary>
    public bool Update(ComplexProfile profile, Region region)
    {
        profile = profile.Validated();
        RequireInRegion(profile, region);
        if (profile == Profile && region.Id == RegionId) return false;
        Apply(profile);
        RegionId = region.Id;
        Touch();
        return true;
    }

    public ComplexManagerAssignment AssignManager(Guid userId, DateOnly from)
    {
        if (userId == Guid.Empty)
            throw new DomainException("INVALID_MANAGER", "A manager assignment needs the staff user's id.");
        if (_managers.Any(m => m.UserId == userId && m.IsActiveOn(from)))
            throw new DomainException("ALREADY_MANAGER", $"User {userId} already manages {Name} on {from:yyyy-MM-dd}.");
        var assignment = new ComplexManagerAssignment(userId, from);
        _managers.Add(assignment);
        Touch();
        return assignment;
    }

    public void EndManagerAssignment(Guid userId, DateOnly on)
    {
        var assignment = _managers.FirstOrDefault(m => m.UserId == userId && m.Until is null)
            ?? throw new DomainException("NOT_MANAGER", $"User {userId} has no open assignment to {Name}.");
        assignment.End(on);
        Touch();
    }

    public bool IsManagedBy(Guid userId, DateOnly on) => _managers.Any(m => m.UserId == userId && m.IsActiveOn(on));

    public static bool IsKaptCode(string? code) => code is not null && KaptCodePattern().IsMatch(code);

    private static void RequireKaptCode(string kaptCode)
    {
        if (!IsKaptCode(kaptCode))
            throw new DomainException("INVALID_KAPT_CODE", $"'{kaptCode}' is not a K-apt code; expected A and 8 digits, e.g. A10027875.");
    }

    private static void RequireInRegion(ComplexProfile profile, Region region)
    {
        if (profile.SigunguCode != region.SigunguCode)
            throw new DomainException("REGION_MISMATCH",
                $"Legal-dong code {profile.BjdCode} lies in 시군구 {profile.SigunguCode}, not in {region.FullName} ({region.SigunguCode}).");
    }

    private void Apply(ComplexProfile p)
    {
        Name = p.Name;
        BjdCode = p.BjdCode;
        LotAddress = p.LotAddress;
        RoadAddress = p.RoadAddress;
        HousingType = p.HousingType;
        SaleType = p.SaleType;
        HeatingType = p.HeatingType;
        ManagementType = p.ManagementType;
        HouseholdCount = p.HouseholdCount;
        BuildingCount = p.BuildingCount;
        ApprovedOn = p.ApprovedOn;
        TotalArea = p.TotalArea;
        ManagedArea = p.ManagedArea;
        ExclusiveArea = p.ExclusiveArea;
        OfficePhone = p.OfficePhone;
        Operator = p.Operator;
    }

    [GeneratedRegex("^A[0-9]{8}$")]
    private static partial Regex KaptCodePattern();
}

/// <summary>A staff account managing a complex (관리소장) from a date, until an optional end date.</summary>
public sealed class ComplexManagerAssignment : Entity
{
    private ComplexManagerAssignment() { }

    internal ComplexManagerAssignment(Guid userId, DateOnly from)
    {
        UserId = userId;
        From = from;
    }

    public Guid UserId { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly? Until { get; private set; }

    public bool IsActiveOn(DateOnly date) => From <= date && (Until is null || date <= Until);

    internal void End(DateOnly on)
    {
        if (on < From)
            throw new DomainException("INVALID_MANAGER", $"An assignment from {From:yyyy-MM-dd} cannot end before it, on {on:yyyy-MM-dd}.");
        Until = on;
    }
}
