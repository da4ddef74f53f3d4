using Domain.Tests.Complexes;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Disclosures;

namespace Domain.Tests.Disclosures;

/// <summary>영등포구 with complexes (via the complexes test world) and the disclosure service on the same store and clock.</summary>
public sealed class DisclosureWorld
{
    private DisclosureWorld(TestWorld world) => World = world;

    public TestWorld World { get; }

    public DisclosureService Disclosures => new(World.Store, World.Clock);

    public Actor Admin => TestWorld.Admin;

    public static async Task<DisclosureWorld> CreateAsync() => new(await TestWorld.CreateAsync());

    public Task<Complex> ComplexAsync(string name = "여의도 시범아파트", int households = 1584, DateOnly? approvedOn = null) =>
        World.AddComplexAsync(name, households, approvedOn);

    /// <summary>A typical month of about 2,200 KRW/㎡ over the test complexes' 120,000 ㎡, scaled by <paramref name="factor"/>.</summary>
    public static Dictionary<string, long> TypicalAmounts(double factor = 1.0) => new()
    {
        ["LABOR"] = (long)(40_000_000 * factor),
        ["OFFICE"] = (long)(2_000_000 * factor),
        ["CLEANING"] = (long)(15_000_000 * factor),
        ["SECURITY"] = (long)(30_000_000 * factor),
        ["ELEVATOR"] = (long)(5_000_000 * factor),
        ["HEATING_COMMON"] = (long)(3_000_000 * factor),
        ["HEATING_PRIVATE"] = (long)(60_000_000 * factor),
        ["ELECTRICITY_COMMON"] = (long)(8_000_000 * factor),
        ["ELECTRICITY_PRIVATE"] = (long)(30_000_000 * factor),
        ["HOUSEHOLD_WASTE"] = (long)(1_000_000 * factor),
        ["BUILDING_INSURANCE"] = (long)(2_000_000 * factor),
        [FeeCatalog.RepairReserveCharged] = (long)(18_000_000 * factor),
        [FeeCatalog.RepairReserveUsed] = (long)(18_000_000 * factor),
        [FeeCatalog.RepairReserveBalance] = 900_000_000,
        [FeeCatalog.MiscIncome] = 3_000_000,
    };

    public async Task<DisclosureFiling> FileAsync(Complex complex, YearMonth month, Dictionary<string, long>? amounts = null,
        Actor? by = null, string? reason = null) =>
        await Disclosures.FileDisclosureAsync(by ?? Admin, new FileDisclosureCommand(complex.Id, month, amounts ?? TypicalAmounts(), 1.5, reason));
}
