using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Disclosures;
using Housing.Infrastructure.DemoData.Sources;
using Housing.Infrastructure.Persistence;
using Housing.Infrastructure.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Housing.Infrastructure.DemoData;

/// <summary>
/// Fourteen months of management-fee disclosures per complex (<see cref="ManagementFees"/>), filed by each
/// complex's manager through <see cref="DisclosureService"/> on the day the office filed them: most on time,
/// some late, a few never; a few months corrected afterwards; the 2025 settlement and the 2026 budget of
/// the Yeongdeungpo complexes.
/// </summary>
public sealed class DisclosuresDemoSeeder : IDemoDataSeeder
{
    public const int SeedOrder = 300;
    private const int Seed = 3030;

    public int Order => SeedOrder;

    public async Task SeedAsync(HousingDbContext db, CancellationToken ct)
    {
        var clock = new DemoClock();
        var service = new DisclosureService(new EfHousingStore(db), clock);
        var random = new DemoRandom(Seed);
        var complexes = await db.Set<Complex>().AsNoTracking().ToDictionaryAsync(c => c.KaptCode, ct);
        var timeline = new DemoTimeline(clock);
        foreach (var source in DemoPlaces.AllComplexes)
        {
            var complex = complexes[source.KaptCode];
            var manager = DemoActors.ManagerOf(complex);
            var months = ManagementFees.MonthsOf(source);
            foreach (var month in months.Where(m => m.FiledAt is not null))
            {
                var command = new FileDisclosureCommand(complex.Id, month.Month, AmountsOf(month), month.RepairReserve.RatePercent);
                timeline.At(month.FiledAt!.Value, () => service.FileDisclosureAsync(manager, command, ct));
                if (random.Chance(0.03))
                {
                    var corrected = new Dictionary<string, long>(command.Amounts)
                    {
                        ["WATER_PRIVATE"] = (long)Math.Round(command.Amounts["WATER_PRIVATE"] * random.Between(0.9, 0.97)),
                    };
                    timeline.At(month.FiledAt.Value.AddDays(random.Between(3, 12)), () => service.FileDisclosureAsync(manager,
                        command with { Amounts = corrected, CorrectionReason = "수도 검침 오류 정정" }, ct));
                }
            }
            if (source.SigunguCode == YeongdeungpoComplexes.SigunguCode)
            {
                var yearly = Annualised(months);
                timeline.At(DemoCalendar.At(new DateOnly(2026, 2, 20), 14), () =>
                    service.RecordSettlementAsync(manager, complex.Id, 2025, yearly.ToDictionary(g => g.Key, g => (long)Math.Round(g.Value * random.Between(0.97, 1.02))), ct));
                timeline.At(DemoCalendar.At(new DateOnly(2025, 12, 15), 14), () =>
                    service.RecordBudgetAsync(manager, complex.Id, 2026, yearly.ToDictionary(g => g.Key, g => (long)Math.Round(g.Value * 1.03)), ct));
            }
        }
        await timeline.PlayAsync(db);
        db.ChangeTracker.Clear();
    }


    /// <summary>The month's amounts by K-apt item code, as the manager's filing form sends them.</summary>
    public static IReadOnlyDictionary<string, long> AmountsOf(FeeMonthSource m) => new Dictionary<string, long>
    {
        ["LABOR"] = m.Common.Labor,
        ["OFFICE"] = m.Common.Office,
        ["TAXES"] = m.Common.TaxesAndDues,
        ["CLOTHING"] = m.Common.Clothing,
        ["TRAINING"] = m.Common.Training,
        ["VEHICLE"] = m.Common.Vehicle,
        ["OTHER_OVERHEAD"] = m.Common.OtherOverhead,
        ["CLEANING"] = m.Common.Cleaning,
        ["SECURITY"] = m.Common.Security,
        ["DISINFECTION"] = m.Common.Disinfection,
        ["ELEVATOR"] = m.Common.Elevator,
        ["HOME_NETWORK"] = m.Common.HomeNetwork,
        ["REPAIRS"] = m.Common.Repairs,
        ["FACILITY"] = m.Common.FacilityMaintenance,
        ["SAFETY_CHECK"] = m.Common.SafetyInspection,
        ["DISASTER_PREVENTION"] = m.Common.DisasterPrevention,
        ["CONSIGNMENT_FEE"] = m.Common.ConsignmentFee,
        ["HEATING_COMMON"] = m.Usage.Heating.Common,
        ["HEATING_PRIVATE"] = m.Usage.Heating.Private,
        ["HOT_WATER_COMMON"] = m.Usage.HotWater.Common,
        ["HOT_WATER_PRIVATE"] = m.Usage.HotWater.Private,
        ["GAS_COMMON"] = m.Usage.Gas.Common,
        ["GAS_PRIVATE"] = m.Usage.Gas.Private,
        ["ELECTRICITY_COMMON"] = m.Usage.Electricity.Common,
        ["ELECTRICITY_PRIVATE"] = m.Usage.Electricity.Private,
        ["WATER_COMMON"] = m.Usage.Water.Common,
        ["WATER_PRIVATE"] = m.Usage.Water.Private,
        ["SEPTIC_TANK"] = m.Usage.SepticTank,
        ["HOUSEHOLD_WASTE"] = m.Usage.Waste,
        ["COUNCIL_OPERATION"] = m.Usage.RepresentativeMeeting,
        ["BUILDING_INSURANCE"] = m.Usage.BuildingInsurance,
        ["ELECTION_COMMITTEE"] = m.Usage.ElectionCommittee,
        [FeeCatalog.RepairReserveCharged] = m.RepairReserve.Charged,
        [FeeCatalog.RepairReserveUsed] = m.RepairReserve.Used,
        [FeeCatalog.RepairReserveBalance] = m.RepairReserve.Balance,
        [FeeCatalog.MiscIncome] = m.MiscellaneousIncome,
    };

    /// <summary>A year's amounts per fee group, extrapolated from the generated months.</summary>
    private static Dictionary<FeeGroup, double> Annualised(IReadOnlyList<FeeMonthSource> months) => new()
    {
        [FeeGroup.CommonFee] = months.Average(m => m.Common.Total) * 12,
        [FeeGroup.IndividualUsage] = months.Average(m => m.Usage.Metered) * 12,
        [FeeGroup.OtherUsage] = months.Average(m => m.Usage.Total - m.Usage.Metered) * 12,
        [FeeGroup.RepairReserve] = months.Average(m => m.RepairReserve.Charged) * 12,
        [FeeGroup.MiscIncome] = months.Average(m => m.MiscellaneousIncome) * 12,
    };
}
