using Housing.Domain.Common;

namespace Housing.Domain.Complexes;

/// <summary>Housing type as K-apt names it (codeAptNm).</summary>
public enum HousingType { Apartment, RowHouse, MixedUse }

/// <summary>Sale type (codeSaleNm): 분양, 임대 or 혼합.</summary>
public enum SaleType { Sale, Rental, Mixed }

/// <summary>Heating (codeHeatNm): 개별, 지역 or 중앙 난방.</summary>
public enum HeatingType { Individual, District, Central }

/// <summary>Management (codeMgrNm): 자치관리 or 위탁관리.</summary>
public enum ManagementType { SelfManaged, Consigned }

/// <summary>The public or private operator of a rental complex; None for complexes sold to owners.</summary>
public enum HousingOperator { None, LH, SH, GH, OtherPublic, Private }

/// <summary>Reads the Korean names the K-apt services send into the domain's enums.</summary>
public static class KaptNames
{
    public static HousingType ParseHousingType(string? text) => text switch
    {
        null or "" => throw Invalid("housing type", text, "아파트, 연립, 주상복합"),
        _ when text.Contains("주상복합", StringComparison.Ordinal) => HousingType.MixedUse,
        _ when text.Contains("연립", StringComparison.Ordinal) => HousingType.RowHouse,
        _ when text.Contains("아파트", StringComparison.Ordinal) => HousingType.Apartment,
        _ when Enum.TryParse<HousingType>(text, true, out var v) => v,
        _ => throw Invalid("housing type", text, "아파트, 연립, 주상복합"),
    };

    public static SaleType ParseSaleType(string? text) => text switch
    {
        null or "" => throw Invalid("sale type", text, "분양, 임대, 혼합"),
        _ when text.Contains("혼합", StringComparison.Ordinal)
            || (text.Contains("분양", StringComparison.Ordinal) && text.Contains("임대", StringComparison.Ordinal)) => SaleType.Mixed,
        _ when text.Contains("임대", StringComparison.Ordinal) => SaleType.Rental,
        _ when text.Contains("분양", StringComparison.Ordinal) => SaleType.Sale,
        _ when Enum.TryParse<SaleType>(text, true, out var v) => v,
        _ => throw Invalid("sale type", text, "분양, 임대, 혼합"),
    };

    public static HeatingType ParseHeatingType(string? text) => text switch
    {
        null or "" => throw Invalid("heating type", text, "개별난방, 지역난방, 중앙난방"),
        _ when text.StartsWith("개별", StringComparison.Ordinal) => HeatingType.Individual,
        _ when text.StartsWith("지역", StringComparison.Ordinal) => HeatingType.District,
        _ when text.StartsWith("중앙", StringComparison.Ordinal) => HeatingType.Central,
        _ when Enum.TryParse<HeatingType>(text, true, out var v) => v,
        _ => throw Invalid("heating type", text, "개별난방, 지역난방, 중앙난방"),
    };

    public static ManagementType ParseManagementType(string? text) => text switch
    {
        null or "" => throw Invalid("management type", text, "자치관리, 위탁관리"),
        _ when text.StartsWith("자치", StringComparison.Ordinal) || text.StartsWith("자체", StringComparison.Ordinal) => ManagementType.SelfManaged,
        _ when text.StartsWith("위탁", StringComparison.Ordinal) => ManagementType.Consigned,
        _ when Enum.TryParse<ManagementType>(text, true, out var v) => v,
        _ => throw Invalid("management type", text, "자치관리, 위탁관리"),
    };

    private static DomainException Invalid(string what, string? text, string allowed) =>
        new("INVALID_KAPT_VALUE", $"'{text}' is not a known {what}; allowed are {allowed}.");
}
