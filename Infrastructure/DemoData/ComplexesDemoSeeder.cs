using System.Globalization;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Infrastructure.DemoData.Sources;
using Housing.Infrastructure.Persistence;
using Housing.Infrastructure.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Housing.Infrastructure.DemoData;

/// <summary>
/// Regions, the 188 complexes with a manager each (reachable by SMS at a demo number, <see cref="DemoPlaces.ManagerPhone"/>),
/// buildings, units, households and residents. Every complex
/// gets its buildings and, as a sample, the units of the lowest floors of its first building with households
/// living in most of them; the complexes of <c>manager1</c> and <c>manager2</c> get every unit. The demo
/// accounts are linked here.
/// </summary>
public sealed class ComplexesDemoSeeder : IDemoDataSeeder
{
    public const int SeedOrder = 100;

    /// <summary>Share of sampled units with a household living in them.</summary>
    private const double Occupancy = 0.7;

    /// <summary>Floors of the first building sampled in complexes other than the two demo complexes.</summary>
    private const int SampledFloors = 4;

    public int Order => SeedOrder;

    public async Task SeedAsync(HousingDbContext db, CancellationToken ct)
    {
        var accounts = new DemoStaffAccounts(db);
        var batch = new DemoBatch(db);
        var links = new Dictionary<string, (Guid ComplexId, Guid? HouseholdId, Guid? ResidentId)>();
        var yeongdeungpo = Region.Create(YeongdeungpoComplexes.SidoName, YeongdeungpoComplexes.SigunguCode, YeongdeungpoComplexes.SigunguName);
        var hwaseong = Region.Create(HwaseongRentalComplexes.SidoName, HwaseongRentalComplexes.SigunguCode, HwaseongRentalComplexes.SigunguName);
        batch.Add(yeongdeungpo);
        batch.Add(hwaseong);
        var manager1 = (await accounts.FindAsync("manager1", ct)).Id;
        var manager2 = (await accounts.FindAsync("manager2", ct)).Id;
        var resident1 = (await accounts.FindAsync("resident1", ct)).Id;
        var resident2 = (await accounts.FindAsync("resident2", ct)).Id;

        var managerPhones = new Dictionary<string, string>();
        foreach (var (source, index) in DemoPlaces.AllComplexes.Select((s, i) => (s, i)))
        {
            var phone = DemoPlaces.ManagerPhone(index);
            var region = source.SigunguCode == yeongdeungpo.SigunguCode ? yeongdeungpo : hwaseong;
            var complex = Complex.Register(source.KaptCode, region, ProfileOf(source));
            (string UserName, Guid Id)? residentUser = source.Name switch
            {
                DemoPlaces.ManagerOneComplexName => ("resident1", resident1),
                DemoPlaces.ManagerTwoComplexName => ("resident2", resident2),
                _ => null,
            };
            Guid managerId;
            if (source.Name == DemoPlaces.ManagerOneComplexName) (managerId, links["manager1"], managerPhones["manager1"]) = (manager1, (complex.Id, null, null), phone);
            else if (source.Name == DemoPlaces.ManagerTwoComplexName) (managerId, links["manager2"], managerPhones["manager2"]) = (manager2, (complex.Id, null, null), phone);
            else
                managerId = (await accounts.AddAsync(DemoPlaces.ManagerUserName(source.KaptCode), $"{source.Name} 관리소장", Roles.ComplexManager,
                    u => (u.ComplexId, u.PhoneNumber) = (complex.Id, phone), ct)).Id;
            var since = source.ApprovalDate > DemoCalendar.Today.AddYears(-3) ? source.ApprovalDate : DemoCalendar.Today.AddYears(-3);
            complex.AssignManager(managerId, since);
            batch.Add(complex, 2);

            var random = new DemoRandom(ManagementFees.StableSeed(source.KaptCode) ^ 0x5EED);
            var unitsPerBuilding = (int)Math.Ceiling(source.Households / (double)source.Buildings);
            for (var b = 1; b <= source.Buildings; b++)
            {
                var building = Building.Create(complex.Id, $"{100 + b}동");
                if (residentUser is not null)
                    AddUnits(building, random, source, unitsPerBuilding, source.TopFloor);
                else if (b == 1)
                    AddUnits(building, random, source, unitsPerBuilding, SampledFloors);
                batch.Add(building, 1 + building.Units.Count);
                var home = b == 1 && residentUser is not null ? HomeOf(building) : null;
                foreach (var unit in building.Units)
                {
                    if (unit == home)
                    {
                        var (household, head) = AddHousehold(batch, random, source, complex, building, unit, residentUser!.Value.Id);
                        links[residentUser.Value.UserName] = (complex.Id, household.Id, head.Id);
                    }
                    else if (random.Chance(Occupancy))
                    {
                        AddHousehold(batch, random, source, complex, building, unit, null);
                    }
                }
                await batch.FlushIfFullAsync(ct);
            }
        }
        await batch.FlushAsync(ct);

        foreach (var (userName, (complexId, householdId, residentId)) in links)
        {
            var user = await accounts.FindAsync(userName, ct);
            user.ComplexId = complexId;
            user.HouseholdId = householdId;
            user.ResidentId = residentId;
            user.PhoneNumber = managerPhones.GetValueOrDefault(userName) ?? user.PhoneNumber;
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>The home of <c>resident1</c> and <c>resident2</c>: 101동, the first unit of the 12th floor (or the highest below it).</summary>
    private static Unit HomeOf(Building building) =>
        building.Units.Where(u => u.Floor <= 12).OrderByDescending(u => u.Floor).ThenBy(u => u.Number, StringComparer.Ordinal).First();

    private static (Household, Resident) AddHousehold(DemoBatch batch, DemoRandom random, ComplexSource source, Complex complex,
        Building building, Unit unit, Guid? userId)
    {
        var earliest = source.ApprovalDate > DemoCalendar.Today.AddYears(-20) ? source.ApprovalDate : DemoCalendar.Today.AddYears(-20);
        var latest = DemoCalendar.Today.AddDays(-60);
        var movedIn = DateOnly.FromDayNumber(earliest.DayNumber + random.Between(0, Math.Max(0, latest.DayNumber - earliest.DayNumber)));
        var household = Household.MoveIn(complex.Id, building.Id, unit.Id, movedIn);
        var headName = KoreanNames.Person(random);
        var head = Resident.Join(household, headName, KoreanNames.MobilePhone(random), userId, movedIn);
        household.SetHead(head);
        // The demo residents sit on the residents' council, so they may ask to spend common points.
        if (userId is not null) head.SetRepresentative(true);
        batch.Add(household);
        batch.Add(head);
        var members = random.Pick<int>([(0, 0.3), (1, 0.35), (2, 0.25), (3, 0.1)]);
        for (var m = 0; m < members; m++)
        {
            // Children take the head's surname, the first syllable of a Korean name.
            var name = headName[..1] + KoreanNames.Person(random)[1..];
            var joined = random.Chance(0.8) ? movedIn : movedIn.AddDays(random.Between(30, 900));
            batch.Add(Resident.Join(household, name, KoreanNames.MobilePhone(random), null, joined > latest ? movedIn : joined));
        }
        return (household, head);
    }

    private static void AddUnits(Building building, DemoRandom random, ComplexSource source, int count, int maxFloors)
    {
        var lines = Math.Clamp((int)Math.Ceiling(count / (double)source.TopFloor), 2, 6);
        var floors = Math.Min(maxFloors, Math.Min(source.TopFloor, (int)Math.Ceiling(count / (double)lines)));
        double[] sizes = (source.ExclusiveArea / source.Households) switch
        {
            < 55 => [39.96, 46.8, 51.9, 59.94],
            < 70 => [49.92, 59.97, 59.97, 84.93],
            < 90 => [59.97, 84.98, 84.98, 114.82],
            _ => [84.98, 114.82, 134.86],
        };
        var lineAreas = Enumerable.Range(0, lines).Select(_ => random.Pick(sizes)).ToArray();
        for (var floor = 1; floor <= floors; floor++)
            for (var line = 1; line <= lines; line++)
                building.AddUnit((floor * 100 + line).ToString(CultureInfo.InvariantCulture), floor, lineAreas[line - 1]);
    }

    private static ComplexProfile ProfileOf(ComplexSource s) => new(
        Name: s.Name,
        BjdCode: s.Dong.BjdCode,
        LotAddress: s.LotAddress,
        RoadAddress: s.RoadAddress,
        HousingType: KaptNames.ParseHousingType(s.HousingType),
        SaleType: KaptNames.ParseSaleType(s.SaleType),
        HeatingType: KaptNames.ParseHeatingType(s.HeatingType),
        ManagementType: KaptNames.ParseManagementType(s.ManagementType),
        HouseholdCount: s.Households,
        BuildingCount: s.Buildings,
        ApprovedOn: s.ApprovalDate,
        TotalArea: s.TotalArea,
        ManagedArea: s.ManagedArea,
        ExclusiveArea: s.ExclusiveArea,
        OfficePhone: s.OfficePhone,
        Operator: s.Operator == "LH" ? HousingOperator.LH : HousingOperator.None);
}
