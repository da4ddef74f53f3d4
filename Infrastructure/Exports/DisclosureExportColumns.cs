using System.Collections.Frozen;
using GraphQL.Types;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Disclosures;

namespace Housing.Infrastructure.Exports;

/// <summary>
/// A complex as its exported rows show it: K-apt's public facts and its region. Nothing here is personal: no resident,
/// household, manager, phone or welfare record reaches an export. One instance is shared by all the complex's rows.
/// </summary>
public sealed record ExportComplex(
    string KaptCode,
    string Name,
    string SidoName,
    string SigunguCode,
    string SigunguName,
    string BjdCode,
    HousingType HousingType,
    SaleType SaleType,
    HeatingType HeatingType,
    int Households);

/// <summary>One exported line item: a complex's disclosed amount of one fee item in one month.</summary>
public sealed class DisclosureExportRow(string kaptCode, YearMonth month, double exclusiveArea, string itemCode, FeeGroup group, long amount)
{
    public string KaptCode { get; } = kaptCode;

    /// <summary>The complex's facts, attached after the row is read (see <see cref="DisclosureExportRows"/>).</summary>
    public ExportComplex Complex { get; internal set; } = null!;

    public YearMonth Month { get; } = month;

    /// <summary>The complex's exclusive area (㎡) the month was filed with.</summary>
    public double ExclusiveArea { get; } = exclusiveArea;

    public string ItemCode { get; } = itemCode;

    public FeeGroup Group { get; } = group;

    /// <summary>KRW.</summary>
    public long Amount { get; } = amount;

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

    /// <summary>The value is a fact of the complex, the same on all its rows, so a writer may encode it once per complex.</summary>
    public bool OfComplex { get; private init; }

    /// <summary>A text value from a small set (months, item codes and names), so a writer may keep each one encoded.</summary>
    public bool FewValues { get; private init; }

    public Func<DisclosureExportRow, string?> Text { get; private init; } = _ => null;

    public Func<DisclosureExportRow, long?> Integer { get; private init; } = _ => null;

    public Func<DisclosureExportRow, double?> Decimal { get; private init; } = _ => null;

    internal static ExportColumn OfText(string name, string description, Func<DisclosureExportRow, string?> value, bool ofComplex = false, bool fewValues = false) =>
        new(name, ExportValueKind.Text, description) { Text = value, OfComplex = ofComplex, FewValues = fewValues };

    internal static ExportColumn OfInteger(string name, string description, Func<DisclosureExportRow, long?> value, bool ofComplex = false) =>
        new(name, ExportValueKind.Integer, description) { Integer = value, OfComplex = ofComplex };

    internal static ExportColumn OfDecimal(string name, string description, Func<DisclosureExportRow, double?> value) =>
        new(name, ExportValueKind.Decimal, description) { Decimal = value };
}

/// <summary>The columns of a disclosure export, defined once for CSV, JSON Lines, XLSX and the streaming endpoint.</summary>
public static class DisclosureExportColumns
{
    private static readonly FrozenDictionary<string, string> ItemNames =
        FeeCatalog.Items.ToFrozenDictionary(i => i.Code, i => i.KoreanName, StringComparer.Ordinal);

    /// <summary>The columns in order; those of the complex come first, so a writer can keep them encoded as one block.</summary>
    public static IReadOnlyList<ExportColumn> All { get; } =
    [
        ExportColumn.OfText("kapt_code", "K-apt 단지코드, e.g. A10027875", r => r.Complex.KaptCode, ofComplex: true),
        ExportColumn.OfText("complex_name", "단지명", r => r.Complex.Name, ofComplex: true),
        ExportColumn.OfText("sido", "시도, e.g. 서울특별시", r => r.Complex.SidoName, ofComplex: true),
        ExportColumn.OfText("sigungu_code", "시군구 code (5 digits), e.g. 11560", r => r.Complex.SigunguCode, ofComplex: true),
        ExportColumn.OfText("sigungu", "시군구, e.g. 영등포구", r => r.Complex.SigunguName, ofComplex: true),
        ExportColumn.OfText("bjd_code", "법정동코드 (10 digits)", r => r.Complex.BjdCode, ofComplex: true),
        ExportColumn.OfText("housing_type", "APARTMENT, ROW_HOUSE or MIXED_USE (아파트, 연립, 주상복합)", r => EnumNames<HousingType>.Of(r.Complex.HousingType), ofComplex: true),
        ExportColumn.OfText("sale_type", "SALE, RENTAL or MIXED (분양, 임대, 혼합)", r => EnumNames<SaleType>.Of(r.Complex.SaleType), ofComplex: true),
        ExportColumn.OfText("heating_type", "INDIVIDUAL, DISTRICT or CENTRAL (개별, 지역, 중앙난방)", r => EnumNames<HeatingType>.Of(r.Complex.HeatingType), ofComplex: true),
        ExportColumn.OfInteger("households", "세대수 (K-apt kaptdaCnt)", r => r.Complex.Households, ofComplex: true),
        ExportColumn.OfDecimal("exclusive_area", "전용면적 (㎡) the month was filed with", r => r.ExclusiveArea),
        ExportColumn.OfText("month", "The month, yyyy-MM", r => MonthText(r.Month), fewValues: true),
        ExportColumn.OfText("item_code", "The fee item's code, see feeItems in the GraphQL API", r => r.ItemCode, fewValues: true),
        ExportColumn.OfText("item_name", "The fee item's Korean name, e.g. 경비비", r => ItemNames.GetValueOrDefault(r.ItemCode), fewValues: true),
        ExportColumn.OfText("item_group", "COMMON_FEE, INDIVIDUAL_USAGE, OTHER_USAGE, REPAIR_RESERVE or MISC_INCOME", r => EnumNames<FeeGroup>.Of(r.Group), fewValues: true),
        ExportColumn.OfInteger("amount", "The month's amount in KRW", r => r.Amount),
        ExportColumn.OfDecimal("amount_per_m2", "The amount per ㎡ of exclusive area (KRW/㎡)", r => r.AmountPerSquareMeter),
    ];

    /// <summary>How many leading columns are facts of the complex.</summary>
    public static int ComplexColumns { get; } = All.TakeWhile(c => c.OfComplex).Count();

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<YearMonth, string> Months = new();

    private static string MonthText(YearMonth month) => Months.GetOrAdd(month, m => m.ToString());

    /// <summary>The enum values as the GraphQL schema names them (<c>ROW_HOUSE</c>), computed once per value.</summary>
    private static class EnumNames<T> where T : struct, Enum
    {
        private static readonly FrozenDictionary<T, string> Names =
            Enum.GetValues<T>().ToFrozenDictionary(v => v, v => GraphQLNaming.UpperSnakeCase(v.ToString()));

        public static string Of(T value) => Names[value];
    }
}
