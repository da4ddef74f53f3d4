namespace Housing.Infrastructure.DemoData.Sources;

/// <summary>A legal dong (법정동) with its 10-digit code.</summary>
public sealed record LegalDong(string BjdCode, string Name, IReadOnlyList<string> Roads);

/// <summary>
/// One demo complex in the shape of K-apt's basic information (the field names follow it), so the
/// seeder maps it the way the K-apt import maps real data.
/// </summary>
public sealed record ComplexSource(
    string KaptCode,
    string Name,
    string SidoName,
    string SigunguCode,
    string SigunguName,
    LegalDong Dong,
    string LotAddress,
    string RoadAddress,
    string HousingType,
    string SaleType,
    string HeatingType,
    string ManagementType,
    int Households,
    int Buildings,
    int TopFloor,
    DateOnly ApprovalDate,
    double TotalArea,
    double ManagedArea,
    double ExclusiveArea,
    string OfficePhone,
    string? Operator)
{
    public int AgeInYears(DateOnly today) => today.Year - ApprovalDate.Year;
}

/// <summary>The K-apt names of the classifications, as <c>codeHeatNm</c>, <c>codeMgrNm</c> … spell them.</summary>
public static class KaptLabels
{
    public const string Apartment = "아파트";
    public const string MixedUse = "주상복합";
    public const string Rowhouse = "연립주택";

    public const string ForSale = "분양";
    public const string Rental = "임대";
    public const string Mixed = "혼합";

    public const string IndividualHeating = "개별난방";
    public const string DistrictHeating = "지역난방";
    public const string CentralHeating = "중앙난방";

    public const string SelfManaged = "자치관리";
    public const string Consigned = "위탁관리";
}
