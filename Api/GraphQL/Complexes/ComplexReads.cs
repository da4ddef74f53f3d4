using GraphQL.DataLoader;
using GraphQL.Execution;
using Housing.Api.GraphQL.Support;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Housing.Api.GraphQL.Complexes;

/// <summary>
/// Who sees which households and residents (DESIGN.md, "Roles"), as queries the database runs:
/// households to platform admins, district officers (of their district's complexes) and the managers of their complex, and to a resident their own;
/// residents to platform admins, the managers of their complex and the members of their own household. District officers
/// work with complexes and households, never with residents' names and phones.
/// </summary>
public static class ComplexVisibility
{
    public static readonly string[] HouseholdReaders = [Roles.PlatformAdmin, Roles.DistrictOfficer, Roles.ComplexManager];

    public static readonly string[] ResidentReaders = [Roles.PlatformAdmin, Roles.ComplexManager, Roles.Resident, Roles.ApiClient];

    /// <summary>The complexes the actor manages today (KST).</summary>
    public static IQueryable<Guid> ManagedComplexIds(DbContext db, Actor actor, TimeProvider clock) =>
        db.Set<Complex>().ManagedBy(actor.UserId, KoreanCalendar.Today(clock)).Select(c => c.Id);

    public static IQueryable<HouseholdNode> Households(DbContext db, Actor actor, TimeProvider clock)
    {
        var households = db.Set<Household>().AsNoTracking();
        if (actor.IsIn(Roles.DistrictOfficer) && !actor.IsIn(Roles.PlatformAdmin) && Analytics.DisclosureScopeInput.DistrictLimit(actor) is { } district)
        {
            // An officer reads the households of their own district's complexes (the oversight readers' district rule).
            var inDistrict = db.Set<Complex>().Where(district).Select(c => c.Id);
            households = households.Where(h => inDistrict.Contains(h.ComplexId));
        }
        else if (!actor.IsAnyOf(Roles.PlatformAdmin, Roles.DistrictOfficer))
        {
            var managed = ManagedComplexIds(db, actor, clock);
            var manager = actor.IsIn(Roles.ComplexManager);
            var own = OwnHousehold(actor);
            households = households.Where(h => (manager && managed.Contains(h.ComplexId)) || (own != null && h.Id == own));
        }
        return households.Select(HouseholdNode.Projection);
    }

    public static IQueryable<Resident> Residents(DbContext db, Actor actor, TimeProvider clock)
    {
        var residents = db.Set<Resident>().AsNoTracking();
        if (actor.IsIn(Roles.PlatformAdmin)) return residents;
        var managed = ManagedComplexIds(db, actor, clock);
        var manager = actor.IsIn(Roles.ComplexManager);
        var own = OwnHousehold(actor);
        return residents.Where(r => (manager && managed.Contains(r.ComplexId)) || (own != null && r.HouseholdId == own));
    }

    private static Guid? OwnHousehold(Actor actor) => actor.IsAnyOf(Roles.Resident, Roles.ApiClient) ? actor.HouseholdId : null;
}

/// <summary>The batch loaders of the complexes area: one statement per kind of row and round, whatever the number of parents.</summary>
public static class ComplexLoaders
{
    public static Task<ComplexNode?> ComplexAsync(this IResolverContext context, Guid id) =>
        context.BatchDataLoader<Guid, ComplexNode>("complexes.complexById", async (ids, ct) =>
                await ComplexNode.All(context.ReadDb()).Where(c => ids.Contains(c.Id)).ByKeyAsync(c => c.Id, ct))
            .LoadAsync(id);

    public static Task<Region?> RegionAsync(this IResolverContext context, Guid id) =>
        context.BatchDataLoader<Guid, Region>("complexes.regionById", async (ids, ct) =>
                await context.ReadDb().Set<Region>().Where(r => ids.Contains(r.Id)).ByKeyAsync(r => r.Id, ct))
            .LoadAsync(id);

    /// <summary>Buildings come with their units (the aggregate), so units need no statement of their own.</summary>
    public static Task<IReadOnlyList<Building>> BuildingsOfAsync(this IResolverContext context, Guid complexId) =>
        context.GroupedDataLoader<Guid, Building>("complexes.buildingsByComplex", async (ids, ct) =>
                (await context.ReadDb().Set<Building>().Where(b => ids.Contains(b.ComplexId)).OrderBy(b => b.Name).ToListAsync(ct))
                .ToLookup(b => b.ComplexId))
            .LoadAsync(complexId);

    public static Task<Building?> BuildingAsync(this IResolverContext context, Guid id) =>
        context.BatchDataLoader<Guid, Building>("complexes.buildingById", async (ids, ct) =>
                await context.ReadDb().Set<Building>().Where(b => ids.Contains(b.Id)).ByKeyAsync(b => b.Id, ct))
            .LoadAsync(id);

    public static Task<Building?> BuildingOfUnitAsync(this IResolverContext context, Guid unitId) =>
        context.BatchDataLoader<Guid, Building>("complexes.buildingByUnit", async (ids, ct) =>
            {
                var buildings = await context.ReadDb().Set<Building>().Where(b => b.Units.Any(u => ids.Contains(u.Id))).ToListAsync(ct);
                return buildings.SelectMany(b => b.Units.Where(u => ids.Contains(u.Id)).Select(u => (u.Id, Building: b)))
                    .ToDictionary(p => p.Id, p => p.Building);
            })
            .LoadAsync(unitId);

    /// <summary>The managers assigned today (KST), with their account names.</summary>
    public static Task<IReadOnlyList<ManagerNode>> ManagersOfAsync(this IResolverContext context, Guid complexId) =>
        context.GroupedDataLoader<Guid, ManagerNode>("complexes.managersByComplex", async (ids, ct) =>
            {
                var today = KoreanCalendar.Today(context.Use<TimeProvider>());
                var managers = await Managers(context.ReadDb())
                    .Where(m => ids.Contains(m.ComplexId) && m.From <= today && (m.Until == null || m.Until >= today))
                    .OrderBy(m => m.From)
                    .ToListAsync(ct);
                return managers.ToLookup(m => m.ComplexId);
            })
            .LoadAsync(complexId);

    public static Task<ManagerNode?> ManagerAsync(this IResolverContext context, Guid assignmentId) =>
        context.BatchDataLoader<Guid, ManagerNode>("complexes.managerById", async (ids, ct) =>
                await Managers(context.ReadDb()).Where(m => ids.Contains(m.Id)).ByKeyAsync(m => m.Id, ct))
            .LoadAsync(assignmentId);

    /// <summary>A household the caller may see, or null.</summary>
    public static Task<HouseholdNode?> HouseholdAsync(this IResolverContext context, Guid id) =>
        context.BatchDataLoader<Guid, HouseholdNode>("complexes.householdById", async (ids, ct) =>
                await ComplexVisibility.Households(context.ReadDb(), context.Actor(), context.Use<TimeProvider>())
                    .Where(h => ids.Contains(h.Id)).ByKeyAsync(h => h.Id, ct))
            .LoadAsync(id);

    /// <summary>The active residents of a household the caller may see; empty for a household the caller may not.</summary>
    public static Task<IReadOnlyList<Resident>> ResidentsOfAsync(this IResolverContext context, Guid householdId) =>
        context.GroupedDataLoader<Guid, Resident>("complexes.residentsByHousehold", async (ids, ct) =>
                (await ComplexVisibility.Residents(context.ReadDb(), context.Actor(), context.Use<TimeProvider>())
                    .Where(r => ids.Contains(r.HouseholdId) && r.LeftOn == null).OrderBy(r => r.JoinedOn).ThenBy(r => r.Name).ToListAsync(ct))
                .ToLookup(r => r.HouseholdId))
            .LoadAsync(householdId);

    public static Task<Resident?> ResidentAsync(this IResolverContext context, Guid id) =>
        context.BatchDataLoader<Guid, Resident>("complexes.residentById", async (ids, ct) =>
                await ComplexVisibility.Residents(context.ReadDb(), context.Actor(), context.Use<TimeProvider>())
                    .Where(r => ids.Contains(r.Id)).ByKeyAsync(r => r.Id, ct))
            .LoadAsync(id);

    /// <summary>Manager assignments with the complex (a shadow key) and the account's display name.</summary>
    private static IQueryable<ManagerNode> Managers(HousingDbContext db) =>
        db.Set<ComplexManagerAssignment>().Select(m => new ManagerNode
        {
            Id = m.Id,
            ComplexId = EF.Property<Guid>(m, "ComplexId"),
            UserId = m.UserId,
            Name = db.Users.Where(u => u.Id == m.UserId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
            From = m.From,
            Until = m.Until,
        });

    /// <summary>A grouped loader's answer as the list a field returns.</summary>
    public static async Task<List<T>> ListAsync<T>(this Task<IReadOnlyList<T>> load) => [.. await load];

    /// <summary>The rows of a batch by their key, as a batch loader answers.</summary>
    public static async Task<IReadOnlyDictionary<TKey, TValue>> ByKeyAsync<TKey, TValue>(this IQueryable<TValue> query, Func<TValue, TKey> key, CancellationToken ct)
        where TKey : notnull =>
        (await query.ToListAsync(ct)).ToDictionary(key);
}
