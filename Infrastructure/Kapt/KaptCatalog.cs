namespace Housing.Infrastructure.Kapt;

/// <summary>Which part of the monthly disclosure a fee operation fills.</summary>
public enum KaptFeeGroup
{
    /// <summary>공용관리비: one of the 17 common fee items.</summary>
    Common,

    /// <summary>개별사용료: usage fees as common/private pairs.</summary>
    Individual,

    /// <summary>장기수선충당금: the long-term repair reserve.</summary>
    RepairReserve,
}

/// <summary>One K-apt operation that answers one fee item of a complex for a month.</summary>
public sealed record KaptFeeOperation(string Service, string Operation, string Item, KaptFeeGroup Group, IReadOnlyList<string> Fields)
{
    public override string ToString() => $"{Service}/{Operation}";
}

/// <summary>The K-apt services and operations the sync calls (../shared/KAPT.md lists the sources).</summary>
public static class KaptCatalog
{
    public const string ListService = "AptListService4";
    public const string ListOperation = "getSigunguAptList4";
    public const string BasicInfoService = "AptBasisInfoServiceV5";
    public const string BasicInfoOperation = "getAphusBassInfoV5";
    public const string CommonFeeService = "AptCmnuseManageCostServiceV3";
    public const string IndividualFeeService = "AptIndvdlzManageCostServiceV3";
    public const string RepairReserveService = "AptRepairsCostServiceV3";

    private static KaptFeeOperation Common(string op, string item, params string[] fields) =>
        new(CommonFeeService, op + "V3", item, KaptFeeGroup.Common, fields);

    private static KaptFeeOperation Individual(string op, string item, params string[] fields) =>
        new(IndividualFeeService, op, item, KaptFeeGroup.Individual, fields);

    private static KaptFeeOperation Repair(string op, string item, string field) =>
        new(RepairReserveService, op, item, KaptFeeGroup.RepairReserve, [field]);

    /// <summary>The 17 common fee items, in K-apt's order; the first seven make up 일반관리비.</summary>
    public static IReadOnlyList<KaptFeeOperation> CommonFees { get; } =
    [
        Common("getHsmpLaborCostInfo", "인건비", "pay", "sundryCost", "bonus", "pension", "accidentPremium", "employPremium", "nationalPension", "healthPremium", "welfareBenefit"),
        Common("getHsmpOfcrkCostInfo", "제사무비", "officeSupply", "bookSupply", "transportCost"),
        Common("getHsmpTaxdueInfo", "제세공과금", "electCost", "telCost", "postageCost", "taxrestCost"),
        Common("getHsmpClothingCostInfo", "피복비", "clothesCost"),
        Common("getHsmpEduTraingCostInfo", "교육훈련비", "eduCost"),
        Common("getHsmpVhcleMntncCostInfo", "차량유지비", "fuelCost", "refairCost", "carInsurance", "carEtc"),
        Common("getHsmpEtcCostInfo", "그밖의 부대비용", "careItemCost", "accountingCost", "hiddenCost"),
        Common("getHsmpCleaningCostInfo", "청소비", "cleanCost"),
        Common("getHsmpGuardCostInfo", "경비비", "guardCost"),
        Common("getHsmpDisinfectionCostInfo", "소독비", "disinfCost"),
        Common("getHsmpElevatorMntncCostInfo", "승강기유지비", "elevCost"),
        Common("getHsmpHomeNetworkMntncCostInfo", "지능형 홈네트워크", "hnetwCost"),
        Common("getHsmpRepairsCostInfo", "수선비", "lrefCost1"),
        Common("getHsmpFacilityMntncCostInfo", "시설유지비", "lrefCost2"),
        Common("getHsmpSafetyCheckUpCostInfo", "안전점검비", "lrefCost3"),
        Common("getHsmpDisasterPreventionCostInfo", "재해예방비", "lrefCost4"),
        Common("getHsmpConsignManageFeeInfo", "위탁관리수수료", "manageCost"),
    ];

    /// <summary>The five usage fees, each a common part (C) and a private part (P).</summary>
    public static IReadOnlyList<KaptFeeOperation> IndividualFees { get; } =
    [
        Individual("getHsmpHeatCostInfoV3", "난방", "heatC", "heatP"),
        Individual("getHsmpHotWaterCostInfoV3", "급탕", "waterHotC", "waterHotP"),
        Individual("getHsmpGasRentalFeeInfoV3", "가스", "gasC", "gasP"),
        Individual("getHsmpElectricityCostInfoV3", "전기", "electC", "electP"),
        Individual("getHsmpWaterCostInfoV3", "수도", "waterCoolC", "waterCoolP"),
    ];

    /// <summary>The long-term repair reserve: charged, used, balance and rate.</summary>
    public static IReadOnlyList<KaptFeeOperation> RepairReserve { get; } =
    [
        Repair("getHsmpMonthFeeInfoV3", "장기수선충당금 부과액", "sLevy"),
        Repair("getHsmpMonthRetalFeeInfoV3", "장기수선충당금 사용액", "sUse"),
        Repair("getHsmpReserveBalanceInfoV3", "장기수선충당금 적립금액", "sTot"),
        Repair("getHsmpAccumulationTariffInfoV3", "장기수선충당금 적립요율", "sPer"),
    ];

    /// <summary>Every fee operation of one complex-month, in the order the sync calls them (its checkpoint counts in this order).</summary>
    public static IReadOnlyList<KaptFeeOperation> FeeOperations { get; } = [.. CommonFees, .. IndividualFees, .. RepairReserve];
}
