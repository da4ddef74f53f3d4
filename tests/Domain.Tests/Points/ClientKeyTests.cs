using Domain.Tests.Complexes;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Points;

namespace Domain.Tests.Points;

public class ClientKeyTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_blank_idempotency_key_is_refused_before_anything_moves(string key)
    {
        var world = await TestWorld.CreateAsync();
        var complex = await world.AddComplexAsync("봉담 LH 1단지", 800, sale: SaleType.Rental, op: HousingOperator.LH);
        var (actor, resident) = await world.AddResidentAsync(complex.Id);
        var points = new PointsService(world.Store, world.Clock, new PointsPolicy());
        await points.GrantPointsAsync(TestWorld.Admin, new GrantPointsCommand(PointAccountKind.Personal, resident.Id, 1_000, "환영", "welcome"));

        var spend = await Assert.ThrowsAsync<DomainException>(() => points.SpendPointsAsync(actor, new SpendPointsCommand(10, key, "구매")));
        var rent = await Assert.ThrowsAsync<DomainException>(() => points.PayRentWithPointsAsync(actor, new PayRentCommand(10, new YearMonth(2026, 6), key)));
        var grant = await Assert.ThrowsAsync<DomainException>(() => points.GrantPointsAsync(TestWorld.Admin,
            new GrantPointsCommand(PointAccountKind.Personal, resident.Id, 10, "환영", key)));

        Assert.All(new[] { spend, rent, grant }, e => Assert.Equal("INVALID_IDEMPOTENCY_KEY", e.Code));
        Assert.Equal(1_000, world.Store.Query<PointAccount>().Single(a => a.Key == PointAccount.PersonalKey(resident.Id)).Balance);
    }
}
