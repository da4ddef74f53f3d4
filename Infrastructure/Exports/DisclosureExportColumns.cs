using System.Collections.Frozen;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Disclosures;

namespace Housing.Infrastructure.Exports;

/// <summary>
/// One exported line item: a complex's disclosed amount of one fee item in one month, with the complex's public K-apt
/// facts. Nothing here is personal: no resident, household, manager, phone or welfare record reaches an export.
/// </summary>
public sealed record DisclosureExportRow(
    string KaptCode,
    string ComplexName,
    string SidoName,
    string SigunguCode,
    string SigunguName,
    string BjdCode,
    HousingType HousingType,
    SaleType SaleType,
    HeatingType HeatingType,
    int Households,
    double ExclusiveArea,
    YearMonth Month,
    string ItemCode,
    FeeGroup Group,
    long Amount)
{
    /// <summary>The amount per ㎡ of the exclusive area the month was filed with; null without an area.</summary>
    public double? AmountPerSquareMeter => ExclusiveArea > 0 ? Amount / ExclusiveArea : null;
}

/// <summary>How a column's values are written: text (quoted where needed), whole numbers, or decimals.</summary>
public enum ExportValueKind
{
    Text,
    Integer,
    Decimal,
}

/// <summary>A column of every export format: its header, kind and how a row gives its value.</summary>
public sealed class ExportColumn
{
    private ExportColumn(string name, ExportValueKind kind, string description)
    {
        Name = name;
        Kind = kind;
        Description = description;
    }

    public string Name { get; }

    public ExportValueKind Kind { get; }

    public string Description { get; }

    public Func<DisclosureExportRow, string?> Text { get; private init; } = _ => null;

    public Func<DisclosureExportRow, long?> Integer { get; private init; } = _ => null;

    public Func<DisclosureExportRow, double?> Decimal { get; private init; } = _ => null;

    internal static ExportColumn OfText(string name, string description, Func<DisclosureExportRow, string?> value) =>
        new(name, ExportValueKind.Text, description) { Text = value };

    internal static ExportColumn OfInteger(string name, string description, Func<DisclosureExportRow, long?> value) =>
        new(name, ExportValueKind.Integer, description) { Integer = value };

    internal static ExportColumn OfDecimal(string name, string description, Func<DisclosureExportRow, double?> value) =>
        new(name, ExportValueKind.Decimal, description) { Decimal = value };
}

/// <summary>The columns of a disclosure export, defined once for CSV, JSON Lines, XLSX and the streaming endpoint.</summary>
public static class DisclosureExportColumns
{
    private static readonly FrozenDictionary<string, string> ItemNames =
        FeeCatalog.Items.ToFrozenDictionary(i => i.Code, i => i.KoreanName, StringComparer.Ordinal);

    public static IReadOnlyList<ExportColumn> All { get; } =
    [
        ExportColumn.OfText("kapt_code", "K-apt 단지코드, e.g. A10027875", r => r.KaptCode),
        ExportColumn.OfText("complex_name", "단지명", r => r.ComplexName),
        ExportColumn.OfText("sido", "시도, e.g. 서울특별시", r => r.SidoName),
        ExportColumn.OfText("sigungu_code", "시군구 code (5 digits), e.g. 11560", r => r.SigunguCode),
        ExportColumn.OfText("sigungu", "시군구, e.g. 영등포구", r => r.SigunguName),
        ExportColumn.OfText("bjd_code", "법정동코드 (10 digits)", r => r.BjdCode),
        ExportColumn.OfText("housing_type", "APARTMENT, ROW_HOUSE or MIXED_USE (아파트, 연립, 주상복합)", r => EnumNames<HousingType>.Of(r.HousingType)),
        ExportColumn.OfText("sale_type", "SALE, RENTAL or MIXED (분양, 임대, 혼합)", r => EnumNames<SaleType>.Of(r.SaleType)),
        ExportColumn.OfText("heating_type", "INDIVIDUAL, DISTRICT or CENTRAL (개별, 지역, 중앙난방)", r => EnumNames<HeatingType>.Of(r.HeatingType)),
        ExportColumn.OfInteger("households", "세대수 (K-apt kaptdaCnt)", r => r.Households),
        ExportColumn.OfDecimal("exclusive_area", "전용면적 (㎡) the month was filed with", r => r.ExclusiveArea),
        ExportColumn.OfText("month", "The month, yyyy-MM", r => r.Month.ToString()),
        ExportColumn.OfText("item_code", "The fee item's code, see feeItems in the GraphQL API", r => r.ItemCode),
        ExportColumn.OfText("item_name", "The fee item's Korean name, e.g. 경비비", r => ItemNames.GetValueOrDefault(r.ItemCode)),
        ExportColumn.OfText("item_group", "COMMON_FEE, INDIVIDUAL_USAGE, OTHER_USAGE, REPAIR_RESERVE or MISC_INCOME", r => EnumNames<FeeGroup>.Of(r.Group)),
        ExportColumn.OfInteger("amount", "The month's amount in KRW", r => r.Amount),
        ExportColumn.OfDecimal("amount_per_m2", "The amount per ㎡ of exclusive area (KRW/㎡)", r => r.AmountPerSquareMeter),
    ];

    /// <summary>The enum values as the GraphQL schema names them (<c>ROW_HOUSE</c>), computed once per value.</summary>
    private static class EnumNames<T> where T : struct, Enum
    {
        private static readonly FrozenDictionary<T, string> Names =
            Enum.GetValues<T>().ToFrozenDictionary(v => v, v => UpperSnake(v.ToString()));

        public static string Of(T value) => Names[value];

        private static string UpperSnake(string name) =>
            string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));
    }
}
