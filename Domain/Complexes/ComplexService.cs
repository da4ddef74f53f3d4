using System.Globalization;
using KoreanCalendar = Housing.Domain.Common.KoreanCalendar;
using Housing.Domain.Common;

namespace Housing.Domain.Complexes;

/// <summary>The basic information K-apt publishes for a complex (AptBasisInfoServiceV5), as its client read it.</summary>
public sealed record KaptComplexInfo(
    string KaptCode,
    string KaptName,
    string BjdCode,
    string KaptAddr,
    string? DoroJuso,
    string? CodeAptNm,
    string CodeSaleNm,
    string CodeHeatNm,
    string CodeMgrNm,
    int KaptdaCnt,
    int KaptDongCnt,
    string? KaptUsedate,
    double KaptTarea,
    double KaptMarea,
    double PrivArea,
    string? KaptTel,
    string? SidoName = null,
    string? SigunguName = null);

/// <summary>What an upsert from K-apt did: created the complex, changed it, or found it already up to date.</summary>
public sealed record KaptUpsertResult(Guid ComplexId, bool Created, bool Changed);

public sealed record MoveInCommand(Guid UnitId, DateOnly On, string HeadName, string HeadPhone, Guid? HeadUserId = null);

/// <summary>Use cases of regions, complexes, buildings, units, households, residents and manager assignments.</summary>
public sealed class ComplexService(IHousingStore store, TimeProvider clock)
{
    public async Task<Region> CreateRegionAsync(Actor actor, string sidoName, string sigunguCode, string sigunguName, CancellationToken ct = default)
    {
        actor.Require(Roles.PlatformAdmin);
        if (await store.AnyAsync(store.Query<Region>().Where(r => r.SigunguCode == sigunguCode), ct))
            throw new DomainException("DUPLICATE_REGION", $"Region {sigunguCode} already exists.");
        var region = Region.Create(sidoName, sigunguCode, sigunguName);
        store.Add(region);
        await store.SaveChangesAsync(ct);
        return region;
    }

    public async Task<Complex> RegisterComplexAsync(Actor actor, string kaptCode, Guid regionId, ComplexProfile profile, CancellationToken ct = default)
    {
        actor.Require(Roles.PlatformAdmin, Roles.DistrictOfficer);
        var region = await RegionAsync(regionId, ct);
        if (await store.AnyAsync(store.Query<Complex>().Where(c => c.KaptCode == kaptCode), ct))
            throw new DomainException("DUPLICATE_KAPT_CODE", $"A complex with K-apt code {kaptCode} is already registered.");
        var complex = Complex.Register(kaptCode, region, profile);
        store.Add(complex);
        await store.SaveChangesAsync(ct);
        return complex;
    }

    public async Task<Complex> UpdateComplexAsync(Actor actor, Guid complexId, ComplexProfile profile, CancellationToken ct = default)
    {
        actor.Require(Roles.PlatformAdmin, Roles.DistrictOfficer);
        var complex = await ComplexAsync(complexId, ct);
        if (complex.Update(profile, await RegionAsync(complex.RegionId, ct)))
            await store.SaveChangesAsync(ct);
        return complex;
    }

    /// <summary>
    /// Creates or updates a complex from K-apt basic information, and its region when the list call named it.
    /// Idempotent: a repeated call with the same information changes nothing and saves nothing.
    /// The operator is not a K-apt field, so an update keeps the one set here.
    /// </summary>
    public async Task<KaptUpsertResult> UpsertComplexFromKaptAsync(Actor actor, KaptComplexInfo info, CancellationToken ct = default)
    {
        actor.Require(Roles.PlatformAdmin);
        if (!Complex.IsKaptCode(info.KaptCode))
            throw new DomainException("INVALID_KAPT_CODE", $"'{info.KaptCode}' is not a K-apt code; expected A and 8 digits, e.g. A10027875.");
        var existing = await store.FirstOrDefaultAsync(store.Query<Complex>().Where(c => c.KaptCode == info.KaptCode), ct);
        var profile = ProfileOf(info, existing?.Operator ?? HousingOperator.None).Validated();
        var (region, regionChanged) = await RegionForKaptAsync(profile.SigunguCode, info, ct);

        if (existing is null)
        {
            var complex = Complex.Register(info.KaptCode, region, profile);
            store.Add(complex);
            await store.SaveChangesAsync(ct);
            return new KaptUpsertResult(complex.Id, Created: true, Changed: true);
        }
        var changed = existing.Update(profile, region) | regionChanged;
        if (changed)
            await store.SaveChangesAsync(ct);
        return new KaptUpsertResult(existing.Id, Created: false, Changed: changed);
    }

    public async Task<Complex> SetOperatorAsync(Actor actor, Guid complexId, HousingOperator housingOperator, CancellationToken ct = default)
    {
        actor.Require(Roles.PlatformAdmin, Roles.DistrictOfficer);
        var complex = await ComplexAsync(complexId, ct);
        if (complex.Update(complex.Profile with { Operator = housingOperator }, await RegionAsync(complex.RegionId, ct)))
            await store.SaveChangesAsync(ct);
        return complex;
    }

    public async Task<ComplexManagerAssignment> AssignManagerAsync(Actor actor, Guid complexId, Guid userId, DateOnly from, CancellationToken ct = default)
    {
        actor.Require(Roles.PlatformAdmin, Roles.DistrictOfficer);
        var complex = await ComplexAsync(complexId, ct);
        var assignment = complex.AssignManager(userId, from);
        await store.SaveChangesAsync(ct);
        return assignment;
    }

    public async Task EndManagerAssignmentAsync(Actor actor, Guid complexId, Guid userId, DateOnly on, CancellationToken ct = default)
    {
        actor.Require(Roles.PlatformAdmin, Roles.DistrictOfficer);
        var complex = await ComplexAsync(complexId, ct);
        complex.EndManagerAssignment(userId, on);
        await store.SaveChangesAsync(ct);
    }

    public async Task<Building> AddBuildingAsync(Actor actor, Guid complexId, string name, CancellationToken ct = default)
    {
        await ComplexAsync(complexId, ct);
        await RequireStaffOfAsync(actor, complexId, ct);
        var building = Building.Create(complexId, name);
        if (await store.AnyAsync(store.Query<Building>().Where(b => b.ComplexId == complexId && b.Name == building.Name), ct))
            throw new DomainException("DUPLICATE_BUILDING", $"The complex already has a building {building.Name}.");
        store.Add(building);
        await store.SaveChangesAsync(ct);
        return building;
    }

    public async Task<Unit> AddUnitAsync(Actor actor, Guid buildingId, string number, int floor, double exclusiveArea, CancellationToken ct = default)
    {
        var building = await store.FirstOrDefaultAsync(store.Query<Building>().Where(b => b.Id == buildingId), ct)
            ?? throw new NotFoundException(nameof(Building), buildingId);
        await RequireStaffOfAsync(actor, building.ComplexId, ct);
        var unit = building.AddUnit(number, floor, exclusiveArea);
        await store.SaveChangesAsync(ct);
        return unit;
    }

    /// <summary>A household moves into a vacant unit; its first resident is the head of household.</summary>
    public async Task<(Household Household, Resident Head)> MoveInAsync(Actor actor, MoveInCommand command, CancellationToken ct = default)
    {
        var building = await store.FirstOrDefaultAsync(store.Query<Building>().Where(b => b.Units.Any(u => u.Id == command.UnitId)), ct)
            ?? throw new NotFoundException(nameof(Unit), command.UnitId);
        await RequireStaffOfAsync(actor, building.ComplexId, ct);
        var occupant = await store.FirstOrDefaultAsync(
            store.Query<Household>().Where(h => h.UnitId == command.UnitId && h.MovedOutOn == null), ct);
        if (occupant is not null)
            throw new DomainException("UNIT_OCCUPIED", $"Unit {command.UnitId} is occupied by a household that moved in on {occupant.MovedInOn:yyyy-MM-dd}; it must move out first.");
        var household = Household.MoveIn(building.ComplexId, building.Id, command.UnitId, command.On);
        var head = Resident.Join(household, command.HeadName, command.HeadPhone, command.HeadUserId, command.On);
        household.SetHead(head);
        store.Add(household);
        store.Add(head);
        await store.SaveChangesAsync(ct);
        return (household, head);
    }

    /// <summary>The household moves out; every resident still in it leaves on the same day.</summary>
    public async Task MoveOutAsync(Actor actor, Guid householdId, DateOnly on, CancellationToken ct = default)
    {
        var household = await HouseholdAsync(householdId, ct);
        await RequireStaffOfAsync(actor, household.ComplexId, ct);
        household.MoveOut(on);
        foreach (var resident in await store.ToListAsync(store.Query<Resident>().Where(r => r.HouseholdId == householdId && r.LeftOn == null), ct))
            resident.Leave(household, on < resident.JoinedOn ? resident.JoinedOn : on);
        await store.SaveChangesAsync(ct);
    }

    public async Task<Resident> AddResidentAsync(Actor actor, Guid householdId, string name, string phone, Guid? userId, DateOnly on, CancellationToken ct = default)
    {
        var household = await HouseholdAsync(householdId, ct);
        await RequireStaffOfAsync(actor, household.ComplexId, ct);
        var resident = Resident.Join(household, name, phone, userId, on);
        store.Add(resident);
        await store.SaveChangesAsync(ct);
        return resident;
    }

    public async Task LeaveHouseholdAsync(Actor actor, Guid residentId, DateOnly on, CancellationToken ct = default)
    {
        var resident = await ResidentAsync(residentId, ct);
        await RequireStaffOfAsync(actor, resident.ComplexId, ct);
        var household = await HouseholdAsync(resident.HouseholdId, ct);
        resident.Leave(household, on);
        await store.SaveChangesAsync(ct);
    }

    public async Task SetHeadOfHouseholdAsync(Actor actor, Guid residentId, CancellationToken ct = default)
    {
        var resident = await ResidentAsync(residentId, ct);
        await RequireStaffOfAsync(actor, resident.ComplexId, ct);
        var household = await HouseholdAsync(resident.HouseholdId, ct);
        household.SetHead(resident);
        await store.SaveChangesAsync(ct);
    }

    public async Task SetRepresentativeAsync(Actor actor, Guid residentId, bool isRepresentative, CancellationToken ct = default)
    {
        var resident = await ResidentAsync(residentId, ct);
        await RequireStaffOfAsync(actor, resident.ComplexId, ct);
        resident.SetRepresentative(isRepresentative);
        await store.SaveChangesAsync(ct);
    }

    /// <summary>Links a resident to the user account they signed up with (so the apps act for them).</summary>
    public async Task LinkResidentAccountAsync(Actor actor, Guid residentId, Guid userId, CancellationToken ct = default)
    {
        var resident = await ResidentAsync(residentId, ct);
        await RequireStaffOfAsync(actor, resident.ComplexId, ct);
        resident.LinkAccount(userId);
        await store.SaveChangesAsync(ct);
    }

    public async Task<Complex?> FindByKaptCodeAsync(string kaptCode, CancellationToken ct = default) =>
        await store.FirstOrDefaultAsync(store.Query<Complex>().Where(c => c.KaptCode == kaptCode), ct);

    public async Task<List<Complex>> PeersOfAsync(Guid complexId, CancellationToken ct = default)
    {
        var complex = await ComplexAsync(complexId, ct);
        return await store.ToListAsync(store.Query<Complex>().PeersOf(complex, KoreanCalendar.Today(clock)), ct);
    }

    /// <summary>Active residents of a household: visible to its own residents, the complex's managers and admins.</summary>
    public async Task<List<Resident>> ResidentsOfHouseholdAsync(Actor actor, Guid householdId, CancellationToken ct = default)
    {
        var household = await HouseholdAsync(householdId, ct);
        if (actor.HouseholdId != householdId)
            await ComplexAccess.RequireManagerOrAdminAsync(store, clock, actor, household.ComplexId, ct);
        return await store.ToListAsync(store.Query<Resident>().Where(r => r.HouseholdId == householdId && r.LeftOn == null), ct);
    }

    private async Task RequireStaffOfAsync(Actor actor, Guid complexId, CancellationToken ct)
    {
        if (actor.IsIn(Roles.DistrictOfficer)) return;
        await ComplexAccess.RequireManagerOrAdminAsync(store, clock, actor, complexId, ct);
    }

    private async Task<(Region Region, bool Changed)> RegionForKaptAsync(string sigunguCode, KaptComplexInfo info, CancellationToken ct)
    {
        var region = await store.FirstOrDefaultAsync(store.Query<Region>().Where(r => r.SigunguCode == sigunguCode), ct);
        var named = !string.IsNullOrWhiteSpace(info.SidoName) && !string.IsNullOrWhiteSpace(info.SigunguName);
        if (region is not null)
            return (region, named && region.Rename(info.SidoName!, info.SigunguName!));
        if (!named)
            throw new DomainException("UNKNOWN_REGION",
                $"Region {sigunguCode} of complex {info.KaptCode} is not registered, and the K-apt data did not name it (as1/as2).");
        region = Region.Create(info.SidoName!, sigunguCode, info.SigunguName!);
        store.Add(region);
        return (region, true);
    }

    private static ComplexProfile ProfileOf(KaptComplexInfo info, HousingOperator housingOperator) => new(
        Name: info.KaptName,
        BjdCode: info.BjdCode,
        LotAddress: info.KaptAddr,
        RoadAddress: info.DoroJuso,
        HousingType: string.IsNullOrWhiteSpace(info.CodeAptNm) ? HousingType.Apartment : KaptNames.ParseHousingType(info.CodeAptNm),
        SaleType: KaptNames.ParseSaleType(info.CodeSaleNm),
        HeatingType: KaptNames.ParseHeatingType(info.CodeHeatNm),
        ManagementType: KaptNames.ParseManagementType(info.CodeMgrNm),
        HouseholdCount: info.KaptdaCnt,
        BuildingCount: info.KaptDongCnt,
        ApprovedOn: ParseKaptDate(info.KaptUsedate),
        TotalArea: info.KaptTarea,
        ManagedArea: info.KaptMarea,
        ExclusiveArea: info.PrivArea,
        OfficePhone: info.KaptTel,
        Operator: housingOperator);

    /// <summary>K-apt dates are yyyyMMdd; an empty value means unknown.</summary>
    public static DateOnly? ParseKaptDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return DateOnly.TryParseExact(text.Trim(), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new DomainException("INVALID_KAPT_VALUE", $"'{text}' is not a K-apt date; expected yyyyMMdd, e.g. 20150806.");
    }

    private async Task<Region> RegionAsync(Guid id, CancellationToken ct) =>
        await store.FirstOrDefaultAsync(store.Query<Region>().Where(r => r.Id == id), ct) ?? throw new NotFoundException(nameof(Region), id);

    private async Task<Complex> ComplexAsync(Guid id, CancellationToken ct) =>
        await store.FirstOrDefaultAsync(store.Query<Complex>().Where(c => c.Id == id), ct) ?? throw new NotFoundException(nameof(Complex), id);

    private async Task<Household> HouseholdAsync(Guid id, CancellationToken ct) =>
        await store.FirstOrDefaultAsync(store.Query<Household>().Where(h => h.Id == id), ct) ?? throw new NotFoundException(nameof(Household), id);

    private async Task<Resident> ResidentAsync(Guid id, CancellationToken ct) =>
        await store.FirstOrDefaultAsync(store.Query<Resident>().Where(r => r.Id == id), ct) ?? throw new NotFoundException(nameof(Resident), id);
}
