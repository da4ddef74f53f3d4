using Housing.Domain.Common;

namespace Housing.Domain.Complexes;

/// <summary>
/// What K-apt's basic information says about a complex: everything but its key and region.
/// A record, so an update can tell whether anything changed.
/// </summary>
public sealed record ComplexProfile(
    string Name,
    string BjdCode,
    string LotAddress,
    string? RoadAddress,
    HousingType HousingType,
    SaleType SaleType,
    HeatingType HeatingType,
    ManagementType ManagementType,
    int HouseholdCount,
    int BuildingCount,
    DateOnly? ApprovedOn,
    double TotalArea,
    double ManagedArea,
    double ExclusiveArea,
    string? OfficePhone,
    HousingOperator Operator = HousingOperator.None)
{
    /// <summary>Throws a <see cref="DomainException"/> naming the first field that is not acceptable.</summary>
    public ComplexProfile Validated()
    {
        if (string.IsNullOrWhiteSpace(Name))
            throw Invalid("The complex name is required.");
        if (BjdCode is not { Length: 10 } || !BjdCode.All(char.IsAsciiDigit))
            throw Invalid($"'{BjdCode}' is not a legal-dong code; expected 10 digits, e.g. 1156010100.");
        if (string.IsNullOrWhiteSpace(LotAddress))
            throw Invalid("The lot address is required.");
        if (HouseholdCount < 0 || BuildingCount < 0)
            throw Invalid("Households and buildings cannot be negative.");
        if (TotalArea < 0 || ManagedArea < 0 || ExclusiveArea < 0 || double.IsNaN(TotalArea + ManagedArea + ExclusiveArea))
            throw Invalid("Areas (㎡) cannot be negative.");
        if (Operator != HousingOperator.None && SaleType == SaleType.Sale)
            throw Invalid($"A complex sold to owners (분양) has no rental operator; {ApiNames.Of(Operator)} needs sale type 임대 or 혼합.");
        return this with
        {
            Name = Name.Trim(),
            LotAddress = LotAddress.Trim(),
            RoadAddress = string.IsNullOrWhiteSpace(RoadAddress) ? null : RoadAddress.Trim(),
            OfficePhone = string.IsNullOrWhiteSpace(OfficePhone) ? null : OfficePhone.Trim(),
        };
    }

    /// <summary>The 시군구 code the legal-dong code lies in.</summary>
    public string SigunguCode => BjdCode[..5];

    private static DomainException Invalid(string message) => new("INVALID_COMPLEX", message);
}
