using Api.Tests.Support;
using GraphQL.Relay;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Api.Tests.GraphQL.Complexes;

/// <summary>
/// A district with complexes of varied K-apt facts, their buildings, units and managers, one household with two residents,
/// and a user of every role the complexes and documents areas care about. Complex i (from 1) is named "단지 i" (odd ones
/// "Park 단지 i"), has 100·i households, district heating when i is even, and is a rental of LH when i is divisible by 3.
/// </summary>
public sealed class ComplexWorld
{
    public const string District = "11560";

    public required Region Region { get; init; }
    public required Region OtherRegion { get; init; }
    public required IReadOnlyList<Complex> Complexes { get; init; }
    public required Complex OtherDistrictComplex { get; init; }
    public required Household Household { get; init; }
    public required Resident Head { get; init; }
    public required Resident Child { get; init; }

    /// <summary>Tokens by user name: admin, officer, manager1 (of complex 1), manager2 (of every other complex), resident (the household's head), analyst.</summary>
    public required IReadOnlyDictionary<string, string> Tokens { get; init; }

    public Complex First => Complexes[0];
    public Complex Second => Complexes[1];

    public static string IdOf(string type, Guid key) => GlobalId.Format(type, key);

    public static async Task<ComplexWorld> CreateAsync(HousingApiFactory api, int complexes = 6, int buildingsPerComplex = 2, int unitsPerBuilding = 2)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HousingDbContext>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));
        var region = Region.Create("서울특별시", District, "영등포구");
        var other = Region.Create("서울특별시", "11650", "서초구");
        db.AddRange(region, other);

        var manager1 = await api.CreateUserAsync("manager1", Roles.ComplexManager);
        var manager2 = await api.CreateUserAsync("manager2", Roles.ComplexManager);
        var list = new List<Complex>();
        Building? firstBuilding = null;
        for (var i = 1; i <= complexes; i++)
        {
            var complex = Complex.Register($"A1156{i:D4}", region, Profile(i, "1156010100"));
            db.Add(complex);
            for (var b = 1; b <= buildingsPerComplex; b++)
            {
                var building = Building.Create(complex.Id, $"{100 + b}동");
                for (var u = 1; u <= unitsPerBuilding; u++)
                    building.AddUnit($"{u}01", u, 59.9 + u);
                db.Add(building);
                firstBuilding ??= building;
            }
            list.Add(complex);
        }
        list[0].AssignManager(manager1.Id, today.AddDays(-30));
        foreach (var complex in list.Skip(1))
            complex.AssignManager(manager2.Id, today.AddDays(-30));
        var outside = Complex.Register("A11650001", other, Profile(99, "1165010100") with { Name = "서초 단지" });
        db.Add(outside);

        var household = Household.MoveIn(list[0].Id, firstBuilding!.Id, firstBuilding.Units[0].Id, today.AddYears(-2));
        var head = Resident.Join(household, "김하늘", "010-1234-5678", null, today.AddYears(-2));
        var child = Resident.Join(household, "김바다", "010-2345-6789", null, today.AddYears(-1));
        household.SetHead(head);
        db.AddRange(household, head, child);
        await db.SaveChangesAsync();

        await api.CreateUserAsync("resident", Roles.Resident, link: u =>
        {
            u.ResidentId = head.Id;
            u.HouseholdId = household.Id;
            u.ComplexId = list[0].Id;
        });
        await api.CreateUserAsync("admin", Roles.PlatformAdmin);
        await api.CreateUserAsync("officer", Roles.DistrictOfficer, link: u => u.DistrictCode = District);
        await api.CreateUserAsync("analyst", Roles.Analyst);
        var tokens = new Dictionary<string, string>();
        foreach (var name in new[] { "admin", "officer", "manager1", "manager2", "resident", "analyst" })
            tokens[name] = await api.TokenForAsync(name);

        return new ComplexWorld
        {
            Region = region,
            OtherRegion = other,
            Complexes = list,
            OtherDistrictComplex = outside,
            Household = household,
            Head = head,
            Child = child,
            Tokens = tokens,
        };
    }

    /// <summary>Adds complexes of 10,000+ households (so they sort first), each with two buildings of three units and manager2.</summary>
    public static async Task AddComplexesAsync(HousingApiFactory api, Region region, int count)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HousingDbContext>();
        var manager = db.Users.Single(u => u.UserName == "manager2").Id;
        for (var i = 1; i <= count; i++)
        {
            var complex = Complex.Register($"A1157{i:D4}", region, Profile(i, "1156010100") with { Name = $"큰 단지 {i}", HouseholdCount = 10_000 + i });
            complex.AssignManager(manager, new DateOnly(2020, 1, 1));
            db.Add(complex);
            for (var b = 1; b <= 2; b++)
            {
                var building = Building.Create(complex.Id, $"{100 + b}동");
                for (var u = 1; u <= 3; u++)
                    building.AddUnit($"{u}01", u, 84.9);
                db.Add(building);
            }
        }
        await db.SaveChangesAsync();
    }

    public static ComplexProfile Profile(int i, string bjdCode) => new(
        Name: i % 2 == 1 ? $"Park 단지 {i}" : $"단지 {i}",
        BjdCode: bjdCode,
        LotAddress: $"서울특별시 영등포구 여의도동 {i}",
        RoadAddress: null,
        HousingType: i % 5 == 0 ? HousingType.MixedUse : HousingType.Apartment,
        SaleType: i % 3 == 0 ? SaleType.Rental : SaleType.Sale,
        HeatingType: i % 2 == 0 ? HeatingType.District : HeatingType.Individual,
        ManagementType: ManagementType.Consigned,
        HouseholdCount: 100 * i,
        BuildingCount: 2,
        ApprovedOn: new DateOnly(1990 + i % 30, 1 + i % 12, 1),
        TotalArea: 10_000 * i,
        ManagedArea: 8_000 * i,
        ExclusiveArea: 6_000 * i,
        OfficePhone: "02-123-4567",
        Operator: i % 3 == 0 ? HousingOperator.LH : HousingOperator.None);
}
