using Api.Tests.Support;
using GraphQL.Relay;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Points;
using Microsoft.Extensions.DependencyInjection;

namespace Api.Tests.GraphQL.Listings;

/// <summary>Someone with an account on the test host: their token and the organisation they belong to.</summary>
public sealed record Person(string UserName, string Role, string Token, Guid UserId, Guid? ComplexId = null, Guid? ResidentId = null, Guid? HouseholdId = null)
{
    public string ResidentGlobalId => GlobalId.Format("Resident", ResidentId!.Value);
}

/// <summary>
/// A district on the test host, built through the Domain's services as an admin would: 영등포구, complexes with managers
/// and residents who sign in with tokens, and points granted to them.
/// </summary>
public sealed class HousingWorld(HousingApiFactory api, Region region)
{
    private int _next;

    public Region Region { get; } = region;

    public static async Task<HousingWorld> CreateAsync(HousingApiFactory api)
    {
        var region = await UseAsync<ComplexService, Region>(api, s => s.CreateRegionAsync(Actor.System, "서울특별시", "11560", "영등포구"));
        return new HousingWorld(api, region);
    }

    public static string IdOf(string typeName, Guid key) => GlobalId.Format(typeName, key);

    public async Task<Complex> AddComplexAsync(string name = "신길 행복주택", HousingOperator op = HousingOperator.LH)
    {
        var n = Interlocked.Increment(ref _next);
        var profile = new ComplexProfile(name, "1156011000", "서울특별시 영등포구 신길동 " + n, "서울특별시 영등포구 신길로 " + n, HousingType.Apartment,
            op == HousingOperator.None ? SaleType.Sale : SaleType.Rental, HeatingType.Individual, ManagementType.Consigned, 500, 8,
            new DateOnly(2018, 5, 1), 60_000, 50_000, 40_000, "02-840-0000", op);
        return await UseAsync<ComplexService, Complex>(api, s => s.RegisterComplexAsync(Actor.System, $"A{90_000_000 + n:D8}", Region.Id, profile));
    }

    /// <summary>A resident heading a new household in the complex, signed in through the token endpoint.</summary>
    public async Task<Person> AddResidentAsync(Guid complexId, string userName, string role = Roles.Resident)
    {
        var userId = Guid.CreateVersion7();
        var (household, head) = await UseAsync<ComplexService, (Household, Resident)>(api, async s =>
        {
            var building = await s.AddBuildingAsync(Actor.System, complexId, $"{Interlocked.Increment(ref _next)}동");
            var unit = await s.AddUnitAsync(Actor.System, building.Id, "101", 1, 59.9);
            return await s.MoveInAsync(Actor.System, new MoveInCommand(unit.Id, new DateOnly(2024, 3, 1), userName, "010-1234-5678", userId));
        });
        await api.CreateUserAsync(userName, role, link: u =>
        {
            u.Id = userId;
            u.ComplexId = complexId;
            u.ResidentId = head.Id;
            u.HouseholdId = household.Id;
        });
        return new Person(userName, role, await api.TokenForAsync(userName), userId, complexId, head.Id, household.Id);
    }

    /// <summary>A manager (관리소장) assigned to the complex since last year.</summary>
    public async Task<Person> AddManagerAsync(Guid complexId, string userName)
    {
        var user = await api.CreateUserAsync(userName, Roles.ComplexManager, link: u => u.ComplexId = complexId);
        await UseAsync<ComplexService, ComplexManagerAssignment>(api, s =>
            s.AssignManagerAsync(Actor.System, complexId, user.Id, DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-1)));
        return new Person(userName, Roles.ComplexManager, await api.TokenForAsync(userName), user.Id, complexId);
    }

    /// <summary>Someone holding <paramref name="role"/> with no organisation links.</summary>
    public async Task<Person> AddStaffAsync(string role, string userName, Action<Housing.Infrastructure.Identity.HousingUser>? link = null)
    {
        var user = await api.CreateUserAsync(userName, role, link: link);
        return new Person(userName, role, await api.TokenForAsync(userName), user.Id, user.ComplexId);
    }

    public Task<PointsReceipt> GrantPointsAsync(Guid residentId, long amount) =>
        UseAsync<PointsService, PointsReceipt>(api, s => s.GrantPointsAsync(Actor.System,
            new GrantPointsCommand(PointAccountKind.Personal, residentId, amount, "환영 포인트", Guid.NewGuid().ToString())));

    public Task<PointsReceipt> GrantCommonPointsAsync(Guid complexId, long amount) =>
        UseAsync<PointsService, PointsReceipt>(api, s => s.GrantPointsAsync(Actor.System,
            new GrantPointsCommand(PointAccountKind.Common, complexId, amount, "공용 포인트 적립", Guid.NewGuid().ToString())));

    /// <summary>Runs a use case of the host's Domain services in a scope of its own.</summary>
    public static async Task<T> UseAsync<TService, T>(HousingApiFactory api, Func<TService, Task<T>> useCase) where TService : notnull
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await useCase(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task<T> UseAsync<TService, T>(Func<TService, Task<T>> useCase) where TService : notnull => UseAsync(api, useCase);
}
