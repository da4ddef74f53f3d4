using Housing.Domain.Disclosures;

namespace Housing.Infrastructure.Kapt;

/// <summary>One K-apt operation that answers one fee item (or a pair) of a complex for a month.</summary>
public sealed record KaptFeeOperation(string Service, string Operation, IReadOnlyList<FeeItem> Items)
{
    public IEnumerable<string> Fields => Items.SelectMany(i => i.KaptFields).Distinct(StringComparer.OrdinalIgnoreCase);

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

    /// <summary>
    /// Every fee operation of one complex-month, in the domain catalog's order (the checkpoint counts in this order):
    /// 17 common, 5 individual, 4 repair-reserve operations. The V2 usage fees (정화조, 생활폐기물 …) belong to a
    /// retired service and are filed by managers instead.
    /// </summary>
    public static IReadOnlyList<KaptFeeOperation> FeeOperations { get; } =
    [
        .. FeeCatalog.Items
            .Where(i => i.KaptService is CommonFeeService or IndividualFeeService or RepairReserveService && i.KaptOperation is not null)
            .GroupBy(i => (i.KaptService!, i.KaptOperation!))
            .Select(g => new KaptFeeOperation(g.Key.Item1, g.Key.Item2, [.. g])),
    ];
}
