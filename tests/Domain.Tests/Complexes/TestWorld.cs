using Domain.Tests.Support;
using Housing.Domain.Common;
using Housing.Domain.Complexes;

namespace Domain.Tests.Complexes;

/// <summary>A small district for tests: 영등포구 with complexes, managers and residents, built through the services.</summary>
public sealed class TestWorld
{
    public InMemoryHousingStore Store { get; } = new();
    public ManualClock Clock { get; } = new();
    public ComplexService Complexes { get; }
    public Region Region { get; private set; } = null!;

    public static readonly Actor Admin = Actor.System;
    public static readonly Actor Officer = Staff(Roles.DistrictOfficer, "주택과 김주무관");

    private int _next = 10_000_000;

    public TestWorld() => Complexes = new ComplexService(Store, Clock);

    public static async Task<TestWorld> CreateAsync()
    {
        var world = new TestWorld();
        world.Region = await world.Complexes.CreateRegionAsync(Admin, "서울특별시", "11560", "영등포구");
        return world;
    }

    public static Actor Staff(string role, string name) => new(Guid.CreateVersion7(), name, new HashSet<string> { role });

    public static ComplexProfile Profile(string name = "여의도 시범아파트", int households = 1584, DateOnly? approvedOn = null,
        SaleType sale = SaleType.Sale, HousingOperator op = HousingOperator.None, HeatingType heating = HeatingType.Individual) =>
        new(name, "1156011000", "서울특별시 영등포구 여의도동 50", "서울특별시 영등포구 여의대방로 511", HousingType.Apartment, sale, heating,
            ManagementType.Consigned, households, 24, approvedOn ?? new DateOnly(1971, 12, 1), 180_000, 150_000, 120_000, "02-780-0000", op);

    public async Task<Complex> AddComplexAsync(string name = "여의도 시범아파트", int households = 1584, DateOnly? approvedOn = null,
        SaleType sale = SaleType.Sale, HousingOperator op = HousingOperator.None, HeatingType heating = HeatingType.Individual) =>
        await Complexes.RegisterComplexAsync(Admin, $"A{_next++:D8}", Region.Id, Profile(name, households, approvedOn, sale, op, heating));

    /// <summary>A manager actor with an assignment to the complex from a year ago.</summary>
    public async Task<Actor> AddManagerAsync(Guid complexId, string name = "관리소장")
    {
        var manager = Staff(Roles.ComplexManager, name);
        await Complexes.AssignManagerAsync(Admin, complexId, manager.UserId, KoreanCalendar.Today(Clock).AddYears(-1));
        return manager with { ComplexId = complexId };
    }

    /// <summary>A household moved into a new unit of the complex, its head a resident with an app account; returns the head's actor.</summary>
    public async Task<(Actor Actor, Resident Resident)> AddResidentAsync(Guid complexId, string name = "홍길동")
    {
        var building = Store.Query<Building>().FirstOrDefault(b => b.ComplexId == complexId)
            ?? await Complexes.AddBuildingAsync(Admin, complexId, "101동");
        var unit = await Complexes.AddUnitAsync(Admin, building.Id, $"{building.Units.Count + 101}", 1, 84.9);
        var userId = Guid.CreateVersion7();
        var (household, head) = await Complexes.MoveInAsync(Admin, new MoveInCommand(unit.Id, new DateOnly(2024, 3, 1), name, "010-1234-5678", userId));
        var actor = new Actor(userId, name, new HashSet<string> { Roles.Resident }, complexId, head.Id, household.Id);
        return (actor, head);
    }
}
