using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Infrastructure.Tests.Support;

namespace Infrastructure.Tests.Complexes;

/// <summary>
/// A district on in-memory SQLite, built through the domain services; every call runs in its own unit of work
/// (a fresh context), as requests of the host do.
/// </summary>
public sealed class EfWorld : IDisposable
{
    public SqliteTestDatabase Database { get; } = new();
    public TimeProvider Clock { get; } = TimeProvider.System;
    public Guid RegionId { get; private set; }

    public static readonly Actor Admin = Actor.System;
    public static readonly Actor Officer = Staff(Roles.DistrictOfficer, "주택과");

    private int _next = 20_000_000;

    public static async Task<EfWorld> CreateAsync()
    {
        var world = new EfWorld();
        world.RegionId = (await world.Complexes().CreateRegionAsync(Admin, "서울특별시", "11560", "영등포구")).Id;
        return world;
    }

    public static Actor Staff(string role, string name) => new(Guid.CreateVersion7(), name, new HashSet<string> { role });

    public ComplexService Complexes() => new(Database.CreateStore(), Clock);

    public static ComplexProfile Profile(string name, int households = 900, SaleType sale = SaleType.Rental, HousingOperator op = HousingOperator.LH) =>
        new(name, "1156011000", "서울특별시 영등포구 여의도동 1", "서울특별시 영등포구 국제금융로 1", HousingType.Apartment, sale, HeatingType.District,
            ManagementType.Consigned, households, 10, new DateOnly(2012, 3, 1), 90_000, 80_000, 60_000, "02-000-0000", op);

    public async Task<Guid> AddComplexAsync(string name = "여의도 LH", int households = 900, SaleType sale = SaleType.Rental, HousingOperator op = HousingOperator.LH) =>
        (await Complexes().RegisterComplexAsync(Admin, $"A{_next++:D8}", RegionId, Profile(name, households, sale, op))).Id;

    public async Task<Actor> AddManagerAsync(Guid complexId, string name = "관리소장")
    {
        var manager = Staff(Roles.ComplexManager, name);
        await Complexes().AssignManagerAsync(Admin, complexId, manager.UserId, KoreanCalendar.Today(Clock).AddYears(-1));
        return manager with { ComplexId = complexId };
    }

    public async Task<(Actor Actor, Guid ResidentId)> AddResidentAsync(Guid complexId, string name = "홍길동")
    {
        var building = (await Complexes().AddBuildingAsync(Admin, complexId, $"{_next++}동")).Id;
        var unit = await Complexes().AddUnitAsync(Admin, building, "101", 1, 59.9);
        var userId = Guid.CreateVersion7();
        var (household, head) = await Complexes().MoveInAsync(Admin, new MoveInCommand(unit.Id, new DateOnly(2024, 1, 1), name, "010-0000-0000", userId));
        return (new Actor(userId, name, new HashSet<string> { Roles.Resident }, complexId, head.Id, household.Id), head.Id);
    }

    public void Dispose() => Database.Dispose();
}
