using Housing.Domain.Common;
using Housing.Domain.Complexes;

namespace Domain.Tests.Complexes;

public class HouseholdTests
{
    [Fact]
    public async Task Moving_in_makes_the_first_resident_head_of_household()
    {
        var world = await TestWorld.CreateAsync();
        var complex = await world.AddComplexAsync();
        var (_, head) = await world.AddResidentAsync(complex.Id);

        var household = world.Store.Query<Household>().Single();
        Assert.Equal(head.Id, household.HeadResidentId);
        Assert.Equal(complex.Id, head.ComplexId);
        Assert.Equal("01012345678", head.Phone);
    }

    [Fact]
    public async Task An_occupied_unit_refuses_a_second_household_until_the_first_moves_out()
    {
        var world = await TestWorld.CreateAsync();
        var complex = await world.AddComplexAsync();
        await world.AddResidentAsync(complex.Id);
        var household = world.Store.Query<Household>().Single();

        var ex = await Assert.ThrowsAsync<DomainException>(() => world.Complexes.MoveInAsync(TestWorld.Admin,
            new MoveInCommand(household.UnitId, new DateOnly(2025, 1, 1), "이몽룡", "010-2222-3333")));
        Assert.Equal("UNIT_OCCUPIED", ex.Code);

        await world.Complexes.MoveOutAsync(TestWorld.Admin, household.Id, new DateOnly(2025, 1, 31));
        await world.Complexes.MoveInAsync(TestWorld.Admin, new MoveInCommand(household.UnitId, new DateOnly(2025, 2, 1), "이몽룡", "010-2222-3333"));
        Assert.Equal(2, world.Store.Query<Household>().Count());
    }

    [Fact]
    public async Task Moving_out_makes_every_resident_leave_and_clears_the_head()
    {
        var world = await TestWorld.CreateAsync();
        var complex = await world.AddComplexAsync();
        var (_, head) = await world.AddResidentAsync(complex.Id);
        var other = await world.Complexes.AddResidentAsync(TestWorld.Admin, head.HouseholdId, "성춘향", "01099998888", null, new DateOnly(2024, 5, 1));

        await world.Complexes.MoveOutAsync(TestWorld.Admin, head.HouseholdId, new DateOnly(2025, 1, 31));

        Assert.False(head.IsActive);
        Assert.False(other.IsActive);
        Assert.Null(world.Store.Query<Household>().Single().HeadResidentId);
        var ex = await Assert.ThrowsAsync<DomainException>(() =>
            world.Complexes.AddResidentAsync(TestWorld.Admin, head.HouseholdId, "변학도", "01011112222", null, new DateOnly(2025, 2, 1)));
        Assert.Equal("HOUSEHOLD_MOVED_OUT", ex.Code);
    }

    [Fact]
    public async Task Moving_out_before_moving_in_is_refused()
    {
        var world = await TestWorld.CreateAsync();
        var complex = await world.AddComplexAsync();
        var (_, head) = await world.AddResidentAsync(complex.Id);
        var ex = await Assert.ThrowsAsync<DomainException>(() =>
            world.Complexes.MoveOutAsync(TestWorld.Admin, head.HouseholdId, new DateOnly(2020, 1, 1)));
        Assert.Equal("INVALID_MOVE_OUT", ex.Code);
    }

    [Fact]
    public async Task The_head_must_be_an_active_resident_of_the_household()
    {
        var world = await TestWorld.CreateAsync();
        var complex = await world.AddComplexAsync();
        var (_, head) = await world.AddResidentAsync(complex.Id, "가");
        var (_, stranger) = await world.AddResidentAsync(complex.Id, "나");
        var household = world.Store.Query<Household>().Single(h => h.Id == head.HouseholdId);

        var ex = Assert.Throws<DomainException>(() => household.SetHead(stranger));
        Assert.Equal("NOT_IN_HOUSEHOLD", ex.Code);

        var spouse = await world.Complexes.AddResidentAsync(TestWorld.Admin, head.HouseholdId, "다", "01055556666", null, new DateOnly(2024, 5, 1));
        await world.Complexes.SetHeadOfHouseholdAsync(TestWorld.Admin, spouse.Id);
        Assert.Equal(spouse.Id, household.HeadResidentId);
    }

    [Fact]
    public async Task A_malformed_phone_number_is_refused()
    {
        var world = await TestWorld.CreateAsync();
        var complex = await world.AddComplexAsync();
        var (_, head) = await world.AddResidentAsync(complex.Id);
        var ex = await Assert.ThrowsAsync<DomainException>(() =>
            world.Complexes.AddResidentAsync(TestWorld.Admin, head.HouseholdId, "다", "12345", null, new DateOnly(2024, 5, 1)));
        Assert.Equal("INVALID_PHONE", ex.Code);
    }

    [Fact]
    public async Task Units_are_unique_per_building_and_need_an_area()
    {
        var world = await TestWorld.CreateAsync();
        var complex = await world.AddComplexAsync();
        var building = await world.Complexes.AddBuildingAsync(TestWorld.Admin, complex.Id, "101동");
        await world.Complexes.AddUnitAsync(TestWorld.Admin, building.Id, "1203", 12, 84.97);

        Assert.Equal("DUPLICATE_UNIT", (await Assert.ThrowsAsync<DomainException>(() =>
            world.Complexes.AddUnitAsync(TestWorld.Admin, building.Id, "1203", 12, 84.97))).Code);
        Assert.Equal("INVALID_UNIT", (await Assert.ThrowsAsync<DomainException>(() =>
            world.Complexes.AddUnitAsync(TestWorld.Admin, building.Id, "1204", 12, 0))).Code);
        Assert.Equal("DUPLICATE_BUILDING", (await Assert.ThrowsAsync<DomainException>(() =>
            world.Complexes.AddBuildingAsync(TestWorld.Admin, complex.Id, "101동"))).Code);
    }

    [Fact]
    public async Task Only_managers_of_the_complex_manage_its_households()
    {
        var world = await TestWorld.CreateAsync();
        var mine = await world.AddComplexAsync("내 단지");
        var other = await world.AddComplexAsync("남의 단지");
        var manager = await world.AddManagerAsync(mine.Id);

        await world.Complexes.AddBuildingAsync(manager, mine.Id, "101동");
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Complexes.AddBuildingAsync(manager, other.Id, "101동"));
        var resident = TestWorld.Staff(Roles.Resident, "주민");
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Complexes.AddBuildingAsync(resident, mine.Id, "102동"));
    }

    [Fact]
    public async Task A_manager_assignment_ends_and_then_grants_nothing()
    {
        var world = await TestWorld.CreateAsync();
        var complex = await world.AddComplexAsync();
        var manager = await world.AddManagerAsync(complex.Id);
        Assert.True(await ComplexAccess.IsManagerOfAsync(world.Store, world.Clock, manager, complex.Id));

        await world.Complexes.EndManagerAssignmentAsync(TestWorld.Admin, complex.Id, manager.UserId, KoreanCalendar.Today(world.Clock).AddDays(-1));

        Assert.False(await ComplexAccess.IsManagerOfAsync(world.Store, world.Clock, manager, complex.Id));
        Assert.Equal("NOT_MANAGER", (await Assert.ThrowsAsync<DomainException>(() =>
            world.Complexes.EndManagerAssignmentAsync(TestWorld.Admin, complex.Id, manager.UserId, KoreanCalendar.Today(world.Clock)))).Code);
    }

    [Fact]
    public async Task A_manager_cannot_be_assigned_twice_at_once()
    {
        var world = await TestWorld.CreateAsync();
        var complex = await world.AddComplexAsync();
        var manager = await world.AddManagerAsync(complex.Id);
        var ex = await Assert.ThrowsAsync<DomainException>(() =>
            world.Complexes.AssignManagerAsync(TestWorld.Admin, complex.Id, manager.UserId, KoreanCalendar.Today(world.Clock)));
        Assert.Equal("ALREADY_MANAGER", ex.Code);
    }

    [Fact]
    public async Task Residents_of_a_household_are_hidden_from_other_residents()
    {
        var world = await TestWorld.CreateAsync();
        var complex = await world.AddComplexAsync();
        var (me, mine) = await world.AddResidentAsync(complex.Id, "가");
        var (neighbour, _) = await world.AddResidentAsync(complex.Id, "나");

        Assert.Single(await world.Complexes.ResidentsOfHouseholdAsync(me, mine.HouseholdId));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Complexes.ResidentsOfHouseholdAsync(neighbour, mine.HouseholdId));
    }
}
