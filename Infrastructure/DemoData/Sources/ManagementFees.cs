using Housing.Domain.Common;

namespace Housing.Infrastructure.DemoData.Sources;

/// <summary>The 17 common fee items of a month, in KRW, named as K-apt names them.</summary>
public sealed record CommonFeeAmounts(
    long Labor, long Office, long TaxesAndDues, long Clothing, long Training, long Vehicle, long OtherOverhead,
    long Cleaning, long Security, long Disinfection, long Elevator, long HomeNetwork, long Repairs,
    long FacilityMaintenance, long SafetyInspection, long DisasterPrevention, long ConsignmentFee)
{
    public long Total => Labor + Office + TaxesAndDues + Clothing + Training + Vehicle + OtherOverhead + Cleaning + Security
        + Disinfection + Elevator + HomeNetwork + Repairs + FacilityMaintenance + SafetyInspection + DisasterPrevention + ConsignmentFee;
}

/// <summary>An individual usage fee split into its common-area part and the households' part (K-apt C/P).</summary>
public sealed record UsageAmounts(long Common, long Private)
{
    public long Total => Common + Private;
}

/// <summary>The individual usage fees (사용료) of a month, in KRW.</summary>
public sealed record UsageFeeAmounts(
    UsageAmounts Heating, UsageAmounts HotWater, UsageAmounts Gas, UsageAmounts Electricity, UsageAmounts Water,
    long SepticTank, long Waste, long RepresentativeMeeting, long BuildingInsurance, long ElectionCommittee)
{
    /// <summary>The five metered pairs: heating, hot water, gas, electricity and water.</summary>
    public long Metered => Heating.Total + HotWater.Total + Gas.Total + Electricity.Total + Water.Total;

    public long Total => Metered + SepticTank + Waste + RepresentativeMeeting + BuildingInsurance + ElectionCommittee;
}

/// <summary>The long-term repair reserve of a month: charged, used, balance after the month, accumulation rate in %.</summary>
public sealed record RepairReserveAmounts(long Charged, long Used, long Balance, double RatePercent);

/// <summary>How a month's disclosure was filed, as of the demo's today.</summary>
public enum FilingKind { OnTime, Late, Missing }

/// <summary>One complex's fees for one month and when (or whether) the office disclosed them.</summary>
public sealed record FeeMonthSource(
    YearMonth Month,
    CommonFeeAmounts Common,
    UsageFeeAmounts Usage,
    RepairReserveAmounts RepairReserve,
    long MiscellaneousIncome,
    FilingKind Filing,
    DateTimeOffset? FiledAt)
{
    /// <summary>Common + individual + repair reserve charged, per ㎡ of exclusive area.</summary>
    public double PerSquareMetre(double exclusiveArea) => (Common.Total + Usage.Total + RepairReserve.Charged) / exclusiveArea;
}

/// <summary>
/// Realistic monthly management fees: per-㎡ rates around the national averages (830 common, 820
/// metered individual usage, 150 repair reserve KRW per ㎡ of exclusive area; the other 사용료 fill the
/// rest of the 2,200 total), shifted per complex by size, age, housing type and heating, with seasonal
/// heating and electricity, calibrated so that the area-weighted mean over Yeongdeungpo-gu lands on them.
/// </summary>
public static class ManagementFees
{
    public const double CommonPerSquareMetre = 830;
    public const double IndividualPerSquareMetre = 820;
    public const double ReservePerSquareMetre = 150;
    public const double OtherUsagePerSquareMetre = 400;

    /// <summary>The disclosed window: 14 months, so every complex has at least 12 even with two missing.</summary>
    public static readonly YearMonth FirstMonth = new(2025, 8);
    public static readonly YearMonth LastMonth = new(2026, 9);

    // Share of each common item in a typical complex (K-apt national statistics, rounded).
    private static readonly double[] CommonShares =
        [0.297, 0.02, 0.015, 0.003, 0.002, 0.003, 0.03, 0.13, 0.24, 0.01, 0.04, 0.015, 0.08, 0.08, 0.01, 0.005, 0.02];

    // Heating by month (Jan..Dec), electricity with its summer peak; each normalised to a mean of 1.
    private static readonly double[] HeatingSeason = Normalised([2.2, 2.0, 1.5, 0.9, 0.4, 0.2, 0.15, 0.15, 0.2, 0.5, 1.2, 1.9]);
    private static readonly double[] ElectricitySeason = Normalised([1.05, 1.0, 0.95, 0.9, 0.9, 0.95, 1.2, 1.25, 1.0, 0.9, 0.95, 1.0]);
    private static readonly double[] HotWaterSeason = Normalised([1.25, 1.2, 1.1, 1.0, 0.9, 0.8, 0.75, 0.75, 0.85, 0.95, 1.1, 1.2]);

    private static IReadOnlyDictionary<string, ComplexFeeProfile>? _profiles;
    private static readonly Lock ProfilesLock = new();

    /// <summary>The months <see cref="FirstMonth"/> to <see cref="LastMonth"/> of one complex; the same on every call.</summary>
    public static IReadOnlyList<FeeMonthSource> MonthsOf(ComplexSource complex)
    {
        var profile = Profiles()[complex.KaptCode];
        var random = new DemoRandom(StableSeed(complex.KaptCode));
        var months = new List<FeeMonthSource>();
        var balance = (long)Math.Round(profile.Reserve * complex.ExclusiveArea * 12 * random.Between(2.0, 9.0));
        var ratePercent = Math.Round(random.Between(25.0, 85.0), 1);
        var missing = MissingMonths(random, profile.Diligence);
        for (var month = FirstMonth; month <= LastMonth; month = month.AddMonths(1))
        {
            var common = CommonOf(random, complex, profile, month);
            var usage = UsageOf(random, complex, profile, month);
            var charged = (long)Math.Round(profile.Reserve * complex.ExclusiveArea * random.Between(0.98, 1.02));
            var used = random.Chance(0.15) ? Math.Min(balance + charged, (long)Math.Round(charged * random.Between(1.5, 8.0))) : 0;
            balance += charged - used;
            var misc = (long)Math.Round(25 * complex.ExclusiveArea * random.Between(0.6, 1.4));
            var (filing, filedAt) = Filing(random, profile.Diligence, month, missing.Contains(month));
            months.Add(new FeeMonthSource(month, common, usage, new RepairReserveAmounts(charged, used, balance, ratePercent), misc, filing, filedAt));
        }
        return months;
    }

    /// <summary>How reliably an office files: most always on time, some sometimes late, a few also skip months.</summary>
    public enum Diligence { Reliable, SometimesLate, Sloppy }

    private sealed record ComplexFeeProfile(double Common, double Individual, double OtherUsage, double Reserve, Diligence Diligence, double[] CommonWeights, bool HasDistrictOrCentralHeating);

    private static IReadOnlyDictionary<string, ComplexFeeProfile> Profiles()
    {
        lock (ProfilesLock)
            return _profiles ??= BuildProfiles();
    }

    private static Dictionary<string, ComplexFeeProfile> BuildProfiles()
    {
        var random = new DemoRandom(2203);
        var raw = new Dictionary<string, (double Common, double Individual, double Other, double Reserve, Diligence Diligence, double[] Weights, bool Heated)>();
        foreach (var c in YeongdeungpoComplexes.All.Concat(HwaseongRentalComplexes.All))
        {
            var age = c.AgeInYears(DemoCalendar.Today);
            var size = c.Households switch { < 300 => 1.2, < 500 => 1.08, < 1000 => 1.0, _ => 0.9 };
            var ageFactor = age > 35 ? 1.08 : age > 20 ? 1.03 : 1.0;
            var type = c.HousingType == KaptLabels.MixedUse ? 1.1 : 1.0;
            var rental = c.SaleType == KaptLabels.Rental ? 0.85 : 1.0;
            var common = size * ageFactor * type * rental * random.Normal(1, 0.08);
            // Individually heated homes pay heating gas to the gas company, not through the fee.
            var heating = c.HeatingType switch { KaptLabels.IndividualHeating => 0.6, KaptLabels.DistrictHeating => 1.0, _ => 1.12 };
            var individual = heating * random.Normal(1, 0.07);
            var reserve = (age < 5 ? 0.6 : age < 15 ? 0.9 : age < 30 ? 1.15 : 1.35) * random.Normal(1, 0.1);
            var diligence = random.Pick<Diligence>([(Diligence.Reliable, 0.8), (Diligence.SometimesLate, 0.14), (Diligence.Sloppy, 0.06)]);
            var other = random.Normal(1, 0.1);
            raw[c.KaptCode] = (common, individual, other, reserve, diligence, CommonWeightsOf(random, c), c.HeatingType != KaptLabels.IndividualHeating);
        }

        // Calibrate on Yeongdeungpo: its area-weighted mean rates are the national averages.
        var area = YeongdeungpoComplexes.All.Sum(c => c.ExclusiveArea);
        double Mean(Func<(double Common, double Individual, double Other, double Reserve, Diligence, double[], bool), double> pick) =>
            YeongdeungpoComplexes.All.Sum(c => pick(raw[c.KaptCode]) * c.ExclusiveArea) / area;
        var commonScale = CommonPerSquareMetre / Mean(r => r.Common);
        var individualScale = IndividualPerSquareMetre / Mean(r => r.Individual);
        var otherScale = OtherUsagePerSquareMetre / Mean(r => r.Other);
        var reserveScale = ReservePerSquareMetre / Mean(r => r.Reserve);
        return raw.ToDictionary(r => r.Key, r => new ComplexFeeProfile(
            r.Value.Common * commonScale, r.Value.Individual * individualScale, r.Value.Other * otherScale, r.Value.Reserve * reserveScale,
            r.Value.Diligence, r.Value.Weights, r.Value.Heated));
    }

    // Items a complex doesn't have (no home network before 2005, no vehicle, no consignment fee when self-managed) weigh nothing.
    private static double[] CommonWeightsOf(DemoRandom random, ComplexSource c)
    {
        var weights = CommonShares.Select(s => s * random.Between(0.8, 1.2)).ToArray();
        if (c.ApprovalDate.Year < 2005) weights[11] = 0;
        if (random.Chance(0.6)) weights[5] = 0;
        if (c.ManagementType == KaptLabels.SelfManaged) weights[16] = 0;
        var sum = weights.Sum();
        return weights.Select(w => w / sum).ToArray();
    }

    private static CommonFeeAmounts CommonOf(DemoRandom random, ComplexSource c, ComplexFeeProfile p, YearMonth month)
    {
        var total = p.Common * c.ExclusiveArea * random.Normal(1, 0.025);
        // Holiday bonuses (설, 추석) raise labour in February and September.
        var bonus = month.Month is 2 or 9 ? 1.15 : 1.0;
        long Item(int i) => (long)Math.Round(total * p.CommonWeights[i] * (i == 0 ? bonus : 1.0));
        return new CommonFeeAmounts(Item(0), Item(1), Item(2), Item(3), Item(4), Item(5), Item(6), Item(7), Item(8),
            Item(9), Item(10), Item(11), Item(12), Item(13), Item(14), Item(15), Item(16));
    }

    private static UsageFeeAmounts UsageOf(DemoRandom random, ComplexSource c, ComplexFeeProfile p, YearMonth month)
    {
        var m = month.Month - 1;
        // Relative weight of each usage item over a year; the complex's rate fixes their sum.
        var heated = p.HasDistrictOrCentralHeating;
        var heat = heated ? 260 * HeatingSeason[m] : 0;
        var hotWater = heated ? 120 * HotWaterSeason[m] : 0;
        var yearlyWeight = (heated ? 260 + 120 + 15 : 8) + 300 + 140;
        var scale = p.Individual * c.ExclusiveArea / yearlyWeight * random.Normal(1, 0.02);
        var otherScale = p.OtherUsage * c.ExclusiveArea / 400;
        long Of(double rate) => (long)Math.Round(rate * scale);
        long Other(double rate) => (long)Math.Round(rate * otherScale * random.Between(0.97, 1.03));
        UsageAmounts Split(double rate, double commonShare) => new(Of(rate * commonShare), Of(rate * (1 - commonShare)));
        return new UsageFeeAmounts(
            Heating: Split(heat, 0.12),
            HotWater: Split(hotWater, 0.05),
            Gas: Split(heated ? 15 : 8, 0.1),
            Electricity: Split(300 * ElectricitySeason[m], 0.18),
            Water: Split(140, 0.06),
            SepticTank: Other(40),
            Waste: Other(110),
            RepresentativeMeeting: Other(60),
            BuildingInsurance: Other(160),
            ElectionCommittee: Other(30));
    }

    private static HashSet<YearMonth> MissingMonths(DemoRandom random, Diligence diligence)
    {
        var missing = new HashSet<YearMonth>();
        if (diligence != Diligence.Sloppy) return missing;
        var span = FirstMonth.MonthsUntil(LastMonth);
        var count = random.Between(1, 2);
        while (missing.Count < count) missing.Add(FirstMonth.AddMonths(random.Between(0, span)));
        return missing;
    }

    // Due by the end of the following month (공동주택관리법 §23); a filing after that is late.
    private static (FilingKind, DateTimeOffset?) Filing(DemoRandom random, Diligence diligence, YearMonth month, bool missing)
    {
        if (missing) return (FilingKind.Missing, null);
        var lateChance = diligence switch { Diligence.Reliable => 0.0, Diligence.SometimesLate => 0.2, _ => 0.35 };
        var due = month.AddMonths(1).LastDay;
        var day = random.Chance(lateChance)
            ? due.AddDays(random.Between(1, 45))
            : month.AddMonths(1).FirstDay.AddDays(random.Between(4, 24));
        // Offices that slipped past the demo's today filed yesterday, so only the chosen months are missing.
        if (day >= DemoCalendar.Today) day = DemoCalendar.Today.AddDays(-1);
        var kind = day > due ? FilingKind.Late : FilingKind.OnTime;
        return (kind, DemoCalendar.At(day, random.Between(9, 17), random.Between(0, 59)));
    }

    private static double[] Normalised(double[] values)
    {
        var mean = values.Average();
        return values.Select(v => v / mean).ToArray();
    }

    // string.GetHashCode is randomised per process; this one is stable across runs.
    internal static int StableSeed(string text)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var ch in text) hash = (hash ^ ch) * 16777619;
            return hash;
        }
    }
}
