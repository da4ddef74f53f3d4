using System.Globalization;
using Housing.Domain.Common;

namespace Housing.Domain.Disclosures;

/// <summary>The groups of the K-apt disclosure (공동주택관리법 §23: 관리비, 사용료, 장기수선충당금, 잡수입).</summary>
public enum FeeGroup
{
    /// <summary>공용관리비: the 17 common items; the first seven are the 일반관리비.</summary>
    CommonFee,

    /// <summary>개별사용료: heating, hot water, gas, electricity, water, each as a common and a private part.</summary>
    IndividualUsage,

    /// <summary>The other 사용료: septic tank, household waste, council and election committee costs, building insurance.</summary>
    OtherUsage,

    /// <summary>장기수선충당금: charged, used, balance and rate.</summary>
    RepairReserve,

    /// <summary>잡수입: income of the complex (parking, recycling, advertising…).</summary>
    MiscIncome,
}

public enum FeeUnit
{
    Krw,

    /// <summary>The accumulation rate K-apt reports as <c>sPer</c>; held apart from the KRW amounts.</summary>
    Rate,
}

/// <summary>
/// One disclosed fee item: a stable code, its names, its group, and where K-apt publishes it
/// (service, operation and the amount fields that add up to it).
/// </summary>
public sealed record FeeItem(
    string Code,
    string KoreanName,
    string EnglishName,
    FeeGroup Group,
    string? KaptService,
    string? KaptOperation,
    IReadOnlyList<string> KaptFields,
    bool IsGeneralManagement = false,
    FeeUnit Unit = FeeUnit.Krw)
{
    /// <summary>Whether the amount counts in the monthly grand total charged to households.</summary>
    public bool CountsInTotal => Group is FeeGroup.CommonFee or FeeGroup.IndividualUsage or FeeGroup.OtherUsage
        || Code == FeeCatalog.RepairReserveCharged;

    /// <summary>
    /// The item's amount from the fields K-apt returned for its operation: the sum of its fields, matched without regard
    /// to case (K-apt sends both sLevy and SLevy); null when every field is null or absent (a month not disclosed). Refused
    /// (<see cref="FeeCatalog.AmountTooLargeCode"/>) when the sum lies beyond <see cref="FeeCatalog.MaxItemAmount"/> either way.
    /// </summary>
    public long? AmountFromKapt(IReadOnlyDictionary<string, long?> fields)
    {
        // Summed as decimal: fields near long's range must be refused for their size, not wrap around or overflow.
        decimal? sum = null;
        foreach (var (name, value) in fields)
            if (value is { } v && KaptFields.Contains(name, StringComparer.OrdinalIgnoreCase))
                sum = (sum ?? 0) + v;
        if (sum is { } s && Math.Abs(s) > FeeCatalog.MaxItemAmount)
            throw FeeCatalog.AmountTooLarge([(Code, s)]);
        return (long?)sum;
    }
}

/// <summary>The catalog of disclosed fee items, in K-apt's order.</summary>
public static class FeeCatalog
{
    private const string Common = "AptCmnuseManageCostServiceV3";
    private const string Individual = "AptIndvdlzManageCostServiceV3";
    private const string IndividualV2 = "AptIndvdlzManageCostServiceV2";
    private const string Repairs = "AptRepairsCostServiceV3";

    public const string RepairReserveCharged = "REPAIR_RESERVE_CHARGED";
    public const string RepairReserveUsed = "REPAIR_RESERVE_USED";
    public const string RepairReserveBalance = "REPAIR_RESERVE_BALANCE";
    public const string RepairReserveRate = "REPAIR_RESERVE_RATE";
    public const string MiscIncome = "MISC_INCOME";

    /// <summary>
    /// The largest amount one item may have in a month, in KRW (1,000억 원), either way for K-apt's negative adjustments:
    /// far above the largest complexes' real months (a single item is a few billion KRW at most), and low enough that
    /// every total of a month stays exact in <see cref="long"/> and in a <see cref="double"/>.
    /// </summary>
    public const long MaxItemAmount = 100_000_000_000;

    public const string AmountTooLargeCode = "AMOUNT_TOO_LARGE";

    /// <summary>Refuses any amount beyond <see cref="MaxItemAmount"/> (in either direction), naming every such item.</summary>
    public static void RequireWithinLimit(IReadOnlyDictionary<string, long> amounts)
    {
        var tooLarge = amounts.Where(a => Math.Abs((decimal)a.Value) > MaxItemAmount)
            .OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => (a.Key, (decimal)a.Value)).ToList();
        if (tooLarge.Count > 0) throw AmountTooLarge(tooLarge);
    }

    internal static DomainException AmountTooLarge(IReadOnlyList<(string Code, decimal Amount)> items) =>
        new(AmountTooLargeCode,
            $"An item's monthly amount is at most {MaxItemAmount.ToString("#,0", CultureInfo.InvariantCulture)} KRW; "
            + $"{string.Join(", ", items.Select(i => $"{i.Code} ({i.Amount.ToString("#,0", CultureInfo.InvariantCulture)})"))} "
            + $"{(items.Count == 1 ? "is" : "are")} beyond it. Give each item's amount for the month in KRW.");

    public static IReadOnlyList<FeeItem> Items { get; } =
    [
        new("LABOR", "인건비", "Labor", FeeGroup.CommonFee, Common, "getHsmpLaborCostInfoV3",
            ["pay", "sundryCost", "bonus", "pension", "accidentPremium", "employPremium", "nationalPension", "healthPremium", "welfareBenefit"], true),
        new("OFFICE", "제사무비", "Office expenses", FeeGroup.CommonFee, Common, "getHsmpOfcrkCostInfoV3", ["officeSupply", "bookSupply", "transportCost"], true),
        new("TAXES", "제세공과금", "Taxes and dues", FeeGroup.CommonFee, Common, "getHsmpTaxdueInfoV3", ["electCost", "telCost", "postageCost", "taxrestCost"], true),
        new("CLOTHING", "피복비", "Clothing", FeeGroup.CommonFee, Common, "getHsmpClothingCostInfoV3", ["clothesCost"], true),
        new("TRAINING", "교육훈련비", "Education and training", FeeGroup.CommonFee, Common, "getHsmpEduTraingCostInfoV3", ["eduCost"], true),
        new("VEHICLE", "차량유지비", "Vehicle maintenance", FeeGroup.CommonFee, Common, "getHsmpVhcleMntncCostInfoV3", ["fuelCost", "refairCost", "carInsurance", "carEtc"], true),
        new("OTHER_OVERHEAD", "그밖의 부대비용", "Other overhead", FeeGroup.CommonFee, Common, "getHsmpEtcCostInfoV3", ["careItemCost", "accountingCost", "hiddenCost"], true),
        new("CLEANING", "청소비", "Cleaning", FeeGroup.CommonFee, Common, "getHsmpCleaningCostInfoV3", ["cleanCost"]),
        new("SECURITY", "경비비", "Security", FeeGroup.CommonFee, Common, "getHsmpGuardCostInfoV3", ["guardCost"]),
        new("DISINFECTION", "소독비", "Disinfection", FeeGroup.CommonFee, Common, "getHsmpDisinfectionCostInfoV3", ["disinfCost"]),
        new("ELEVATOR", "승강기유지비", "Elevator maintenance", FeeGroup.CommonFee, Common, "getHsmpElevatorMntncCostInfoV3", ["elevCost"]),
        new("HOME_NETWORK", "지능형 홈네트워크", "Home network maintenance", FeeGroup.CommonFee, Common, "getHsmpHomeNetworkMntncCostInfoV3", ["hnetwCost"]),
        new("REPAIRS", "수선비", "Repairs", FeeGroup.CommonFee, Common, "getHsmpRepairsCostInfoV3", ["lrefCost1"]),
        new("FACILITY", "시설유지비", "Facility maintenance", FeeGroup.CommonFee, Common, "getHsmpFacilityMntncCostInfoV3", ["lrefCost2"]),
        new("SAFETY_CHECK", "안전점검비", "Safety inspection", FeeGroup.CommonFee, Common, "getHsmpSafetyCheckUpCostInfoV3", ["lrefCost3"]),
        new("DISASTER_PREVENTION", "재해예방비", "Disaster prevention", FeeGroup.CommonFee, Common, "getHsmpDisasterPreventionCostInfoV3", ["lrefCost4"]),
        new("CONSIGNMENT_FEE", "위탁관리수수료", "Consignment fee", FeeGroup.CommonFee, Common, "getHsmpConsignManageFeeInfoV3", ["manageCost"]),

        new("HEATING_COMMON", "난방비(공용)", "Heating (common)", FeeGroup.IndividualUsage, Individual, "getHsmpHeatCostInfoV3", ["heatC"]),
        new("HEATING_PRIVATE", "난방비(전용)", "Heating (private)", FeeGroup.IndividualUsage, Individual, "getHsmpHeatCostInfoV3", ["heatP"]),
        new("HOT_WATER_COMMON", "급탕비(공용)", "Hot water (common)", FeeGroup.IndividualUsage, Individual, "getHsmpHotWaterCostInfoV3", ["waterHotC"]),
        new("HOT_WATER_PRIVATE", "급탕비(전용)", "Hot water (private)", FeeGroup.IndividualUsage, Individual, "getHsmpHotWaterCostInfoV3", ["waterHotP"]),
        new("GAS_COMMON", "가스사용료(공용)", "Gas (common)", FeeGroup.IndividualUsage, Individual, "getHsmpGasRentalFeeInfoV3", ["gasC"]),
        new("GAS_PRIVATE", "가스사용료(전용)", "Gas (private)", FeeGroup.IndividualUsage, Individual, "getHsmpGasRentalFeeInfoV3", ["gasP"]),
        new("ELECTRICITY_COMMON", "전기료(공용)", "Electricity (common)", FeeGroup.IndividualUsage, Individual, "getHsmpElectricityCostInfoV3", ["electC"]),
        new("ELECTRICITY_PRIVATE", "전기료(전용)", "Electricity (private)", FeeGroup.IndividualUsage, Individual, "getHsmpElectricityCostInfoV3", ["electP"]),
        new("WATER_COMMON", "수도료(공용)", "Water (common)", FeeGroup.IndividualUsage, Individual, "getHsmpWaterCostInfoV3", ["waterCoolC"]),
        new("WATER_PRIVATE", "수도료(전용)", "Water (private)", FeeGroup.IndividualUsage, Individual, "getHsmpWaterCostInfoV3", ["waterCoolP"]),

        new("SEPTIC_TANK", "정화조오물수수료", "Septic tank", FeeGroup.OtherUsage, IndividualV2, "getHsmpWaterPurifierTankFeeInfo", ["purifi"]),
        new("HOUSEHOLD_WASTE", "생활폐기물수수료", "Household waste", FeeGroup.OtherUsage, IndividualV2, "getHsmpDomesticWasteFeeInfo", ["scrap"]),
        new("COUNCIL_OPERATION", "입주자대표회의 운영비", "Residents' council operation", FeeGroup.OtherUsage, IndividualV2, "getHsmpMovingInRepresentationMtgInfo", ["preMeet"]),
        new("BUILDING_INSURANCE", "건물보험료", "Building insurance", FeeGroup.OtherUsage, IndividualV2, "getHsmpBuildingInsuranceFeeInfo", ["buildInsu"]),
        new("ELECTION_COMMITTEE", "선거관리위원회 운영비", "Election committee operation", FeeGroup.OtherUsage, IndividualV2, "getHsmpElectionOrpnsInfo", ["electionMng"]),

        new(RepairReserveCharged, "장기수선충당금 월부과액", "Repair reserve charged", FeeGroup.RepairReserve, Repairs, "getHsmpMonthFeeInfoV3", ["sLevy"]),
        new(RepairReserveUsed, "장기수선충당금 월사용액", "Repair reserve used", FeeGroup.RepairReserve, Repairs, "getHsmpMonthRetalFeeInfoV3", ["sUse"]),
        new(RepairReserveBalance, "장기수선충당금 충당금잔액", "Repair reserve balance", FeeGroup.RepairReserve, Repairs, "getHsmpReserveBalanceInfoV3", ["sTot"]),
        new(RepairReserveRate, "장기수선충당금 적립요율", "Repair reserve rate", FeeGroup.RepairReserve, Repairs, "getHsmpAccumulationTariffInfoV3", ["sPer"], Unit: FeeUnit.Rate),

        new(MiscIncome, "잡수입", "Miscellaneous income", FeeGroup.MiscIncome, null, null, []),
    ];

    private static readonly Dictionary<string, FeeItem> ByCode = Items.ToDictionary(i => i.Code, StringComparer.Ordinal);

    /// <summary>The items whose values are KRW amounts (every item but the repair-reserve rate).</summary>
    public static IEnumerable<FeeItem> AmountItems => Items.Where(i => i.Unit == FeeUnit.Krw);

    public static IEnumerable<FeeItem> InGroup(FeeGroup group) => Items.Where(i => i.Group == group);

    /// <summary>The seven items of 일반관리비.</summary>
    public static IEnumerable<FeeItem> GeneralManagement => Items.Where(i => i.IsGeneralManagement);

    public static bool TryGet(string code, out FeeItem item) => ByCode.TryGetValue(code, out item!);

    public static FeeItem Get(string code) => ByCode.TryGetValue(code, out var item)
        ? item
        : throw new DomainException("UNKNOWN_FEE_ITEM",
            $"'{code}' is not a fee item; known codes are {string.Join(", ", ByCode.Keys)}.");
}
