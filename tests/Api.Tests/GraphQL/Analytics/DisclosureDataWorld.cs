using Api.Tests.Support;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Disclosures;
using Housing.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Api.Tests.GraphQL.Analytics;

/// <summary>
/// A few hundred complexes in two districts with random (seeded) K-apt facts and three months of random amounts imported
/// through <see cref="DisclosureService"/>: some complexes under 100 households (not subject to disclosure), some without an
/// approval date or an exclusive area, some months reported as not disclosed. The test keeps what it imported, so every
/// statistic can be computed again here, in C#, from the source data.
/// </summary>
public sealed class DisclosureDataWorld
{
    public static readonly YearMonth FirstMonth = new(2025, 4);
    public static readonly YearMonth LastMonth = new(2025, 6);

    public static readonly string[] Items =
        ["LABOR", "CLEANING", "SECURITY", "ELEVATOR", "HEATING_PRIVATE", "ELECTRICITY_COMMON", "WATER_PRIVATE", "REPAIR_RESERVE_CHARGED", "MISC_INCOME"];

    public required IReadOnlyList<Complex> Complexes { get; init; }

    /// <summary>Every month imported, disclosed or not.</summary>
    public required IReadOnlyList<SeededMonth> Months { get; init; }

    /// <summary>Tokens by user name: analyst, officer, admin, manager, resident.</summary>
    public required IReadOnlyDictionary<string, string> Tokens { get; init; }

    public sealed record SeededMonth(Complex Complex, YearMonth Month, bool Disclosed, IReadOnlyDictionary<string, long> Amounts)
    {
        public long GrandTotal => Amounts.Where(a => FeeCatalog.Get(a.Key).CountsInTotal).Sum(a => a.Value);
    }

    public static async Task<DisclosureDataWorld> CreateAsync(HousingApiFactory api, int complexCount = 240, int seed = 7)
    {
        var random = new Random(seed);
        var complexes = new List<Complex>();
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HousingDbContext>();
            var regions = new[] { Region.Create("서울특별시", "11560", "영등포구"), Region.Create("서울특별시", "11650", "서초구") };
            db.AddRange(regions);
            for (var i = 0; i < complexCount; i++)
            {
                var region = regions[i % 2];
                var sale = (SaleType)random.Next(3);
                var profile = new ComplexProfile(
                    Name: $"분석 단지 {i}",
                    BjdCode: region.SigunguCode + "10100",
                    LotAddress: $"{region.FullName} {i}",
                    RoadAddress: null,
                    HousingType: (HousingType)random.Next(3),
                    SaleType: sale,
                    HeatingType: (HeatingType)random.Next(3),
                    ManagementType: ManagementType.Consigned,
                    HouseholdCount: i % 11 == 0 ? random.Next(30, 100) : random.Next(100, 1800),
                    BuildingCount: 3,
                    ApprovedOn: i % 17 == 0 ? null : new DateOnly(random.Next(1985, 2025), random.Next(1, 13), random.Next(1, 29)),
                    TotalArea: 100_000,
                    ManagedArea: 80_000,
                    ExclusiveArea: i % 23 == 0 ? 0 : Math.Round(3_000 + random.NextDouble() * 90_000, 2),
                    OfficePhone: null,
                    Operator: sale == SaleType.Sale ? HousingOperator.None : (HousingOperator)random.Next(6));
                var complex = Complex.Register($"A{(i % 2 == 0 ? "1156" : "1165")}{i:D4}", region, profile);
                db.Add(complex);
                complexes.Add(complex);
            }
            await db.SaveChangesAsync();
        }

        var months = new List<SeededMonth>();
        foreach (var complex in complexes)
        {
            await using var scope = api.Services.CreateAsyncScope();
            var service = scope.ServiceProvider.GetRequiredService<DisclosureService>();
            for (var month = FirstMonth; month <= LastMonth; month = month.AddMonths(1))
            {
                if (complex.ApprovedOn is { } approved && YearMonth.From(approved) > month) continue;
                var disclosed = random.Next(10) != 0;
                var amounts = disclosed
                    ? Items.Where(_ => random.Next(6) != 0).ToDictionary(code => code, code => random.Next(8) == 0 ? 0L : random.NextInt64(50_000, 40_000_000))
                    : [];
                await service.ImportDisclosureFromKaptAsync(Actor.System, new KaptDisclosureImport(complex.KaptCode, month,
                    amounts.ToDictionary(a => a.Key, a => (long?)a.Value)));
                months.Add(new SeededMonth(complex, month, disclosed && amounts.Count > 0, amounts));
            }
        }

        var tokens = new Dictionary<string, string>();
        foreach (var (name, role) in new[] { ("analyst", Roles.Analyst), ("officer", Roles.DistrictOfficer), ("admin", Roles.PlatformAdmin), ("manager", Roles.ComplexManager), ("resident", Roles.Resident) })
        {
            await api.CreateUserAsync(name, role);
            tokens[name] = await api.TokenForAsync(name);
        }
        return new DisclosureDataWorld { Complexes = complexes, Months = months, Tokens = tokens };
    }
}
