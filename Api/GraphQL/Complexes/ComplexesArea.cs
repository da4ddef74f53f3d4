using GraphQL.Authorization;
using GraphQL.Data;
using GraphQL.Relay;
using GraphQL.Types;
using Housing.Api.GraphQL.Support;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Microsoft.EntityFrameworkCore;

namespace Housing.Api.GraphQL.Complexes;

/// <summary>
/// The complexes area of DESIGN.md in the schema: regions, complexes (K-apt facts, filtered, sorted and paged in SQL),
/// buildings and units, managers, households and residents. Complex facts are open to every signed-in caller (they are
/// K-apt's public data); households and residents follow <see cref="ComplexVisibility"/>.
/// </summary>
internal sealed class ComplexesArea : IHousingSchemaArea
{
    public void Configure(HousingSchemaBuilder schema)
    {
        AddEnums(schema.Types);
        AddRegion(schema.Types);
        AddComplex(schema.Types);
        AddBuildings(schema.Types);
        AddHouseholds(schema.Types);
        schema.Query(AddQueries);
    }

    private static void AddQueries(ObjectTypeDescriptor<object> query)
    {
        query.Field("regions").Type("[Region!]!")
            .Description("Every district (시군구) on the platform, by code: a fixed reference list, not paged.")
            .Authorize()
            .ResolveAsync(async context => await context.ReadDb().Set<Region>().OrderBy(r => r.SigunguCode).ToListAsync(context.CancellationToken));
        query.Field("region").Type("Region")
            .Description("A district by its 5-digit 시군구 code, e.g. `11560` (영등포구); null when none is registered.")
            .Argument("sigunguCode", "String!")
            .Authorize()
            .ResolveAsync(async context =>
            {
                var code = context.ArgumentValue<string>("sigunguCode");
                return await context.ReadDb().Set<Region>().FirstOrDefaultAsync(r => r.SigunguCode == code, context.CancellationToken);
            });
        query.Field("complexes")
            .Description("Apartment complexes (공동주택 단지) with their K-apt facts: filter by region (`sigunguCode`), housing, sale and heating type, management, households, operator or name (`contains` ignores case); sort by any fact.")
            .UsePaging<ComplexNode, Guid>(c => c.Id)
            .UseFiltering<ComplexNode>()
            .UseSorting<ComplexNode>()
            .Authorize()
            .Resolve(context => ComplexNode.All(context.ReadDb()));
        query.Field("complex").Type("Complex")
            .Description("A complex by its global id; the same as `node(id:)`.")
            .Argument("id", "ID!")
            .Authorize()
            .ResolveAsync(context => context.ComplexAsync(context.IdArgument<Guid>("id", "Complex")));
        query.Field("complexByKaptCode").Type("Complex")
            .Description("A complex by its K-apt code, e.g. `A10027875`; null when none is registered.")
            .Argument("kaptCode", "String!")
            .Authorize()
            .ResolveAsync(async context =>
            {
                var code = context.ArgumentValue<string>("kaptCode");
                return await ComplexNode.All(context.ReadDb()).FirstOrDefaultAsync(c => c.KaptCode == code, context.CancellationToken);
            });
        query.Field("myHousehold").Type("Household")
            .Description("The household of the resident the caller is (or acts for, as a partner app); null when the caller has none.")
            .Authorize(Roles.Resident, Roles.ApiClient)
            .ResolveAsync(async context => context.Actor().HouseholdId is { } id ? await context.HouseholdAsync(id) : null);
    }

    private static void AddEnums(SchemaBuilder types)
    {
        types.AddType(new EnumType<HousingType>()
            .Value(HousingType.Apartment, v => v.Description = "아파트")
            .Value(HousingType.RowHouse, v => v.Description = "연립주택")
            .Value(HousingType.MixedUse, v => v.Description = "주상복합"));
        types.AddType(new EnumType<SaleType>()
            .Value(SaleType.Sale, v => v.Description = "분양")
            .Value(SaleType.Rental, v => v.Description = "임대")
            .Value(SaleType.Mixed, v => v.Description = "혼합 (분양과 임대)"));
        types.AddType(new EnumType<HeatingType>()
            .Value(HeatingType.Individual, v => v.Description = "개별난방")
            .Value(HeatingType.District, v => v.Description = "지역난방")
            .Value(HeatingType.Central, v => v.Description = "중앙난방"));
        types.AddType(new EnumType<ManagementType>()
            .Value(ManagementType.SelfManaged, v => v.Description = "자치관리")
            .Value(ManagementType.Consigned, v => v.Description = "위탁관리"));
        types.AddType(new EnumType<HousingOperator>()
            .Value(HousingOperator.None, v => v.Description = "No rental operator: a complex sold to owners.")
            .Value(HousingOperator.LH, v => v.Description = "한국토지주택공사 (LH)")
            .Value(HousingOperator.SH, v => v.Description = "서울주택도시공사 (SH)")
            .Value(HousingOperator.GH, v => v.Description = "경기주택도시공사 (GH)")
            .Value(HousingOperator.OtherPublic, v => v.Description = "Another public operator.")
            .Value(HousingOperator.Private, v => v.Description = "A private rental operator."));
    }

    private static void AddRegion(SchemaBuilder types) => types.AddObjectType<Region>(type =>
    {
        type.Description("A district (시군구) within a province or city (시도), e.g. 서울특별시 영등포구 = 11560.").BindFieldsExplicitly();
        type.ImplementsNode(r => r.Id, async (context, id) => await context.RegionAsync(id));
        type.Field(r => r.SidoName).Description("시도, e.g. 서울특별시.");
        type.Field(r => r.SigunguCode).Description("The 5-digit 시군구 code, the first five digits of every 법정동코드 in it.");
        type.Field(r => r.SigunguName).Description("시군구, e.g. 영등포구.");
        type.Field(r => r.FullName).Description("시도 and 시군구, e.g. 서울특별시 영등포구.");
        type.Field("complexes")
            .Description("The complexes of the district, filtered, sorted and paged like the root `complexes`.")
            .UsePaging<Region, ComplexNode, Guid>(r => r.Id, c => c.RegionId, c => c.Id)
            .UseFiltering<ComplexNode>()
            .UseSorting<ComplexNode>()
            .Authorize()
            .Resolve(context => ComplexNode.All(context.ReadDb()));
    });

    private static void AddComplex(SchemaBuilder types) => types.AddObjectType<ComplexNode>(type =>
    {
        type.Description("An apartment complex (공동주택 단지), keyed by its K-apt code, with the facts K-apt publishes.");
        type.ImplementsNode(c => c.Id, async (context, id) => await context.ComplexAsync(id));
        type.Field("region").Type("Region!")
            .Description("The district the complex lies in.")
            .ResolveAsync(async context => await context.RegionAsync(context.Parent<ComplexNode>().RegionId));
        type.Field("subjectToDisclosure").Type("Boolean!")
            .Description("Whether the complex must disclose its management fees monthly (공동주택관리법 §23: 100 households or more).")
            .Resolve(context => context.Parent<ComplexNode>().HouseholdCount >= Complex.DisclosureThreshold);
        type.Field("buildings").Type("[Building!]!")
            .Description("The buildings (동) of the complex by name, each with its units (호).")
            .Authorize()
            .ResolveAsync(context => context.BuildingsOfAsync(context.Parent<ComplexNode>().Id).ListAsync());
        type.Field("managers").Type("[ComplexManager!]!")
            .Description("The managers (관리소장) assigned to the complex today.")
            .Authorize()
            .ResolveAsync(context => context.ManagersOfAsync(context.Parent<ComplexNode>().Id).ListAsync());
        type.Field("households")
            .Description("The households of the complex, for platform admins, district officers of the complex's district and the complex's own managers (others see none).")
            .UsePaging<ComplexNode, HouseholdNode, Guid>(c => c.Id, h => h.ComplexId, h => h.Id)
            .UseFiltering<HouseholdNode>()
            .UseSorting<HouseholdNode>()
            .Authorize(ComplexVisibility.HouseholdReaders)
            .Resolve(context => ComplexVisibility.Households(context.ReadDb(), context.Actor(), context.Use<TimeProvider>()));
    });

    private static void AddBuildings(SchemaBuilder types)
    {
        types.AddObjectType<Building>(type =>
        {
            type.Description("A building (동) of a complex.").BindFieldsExplicitly();
            type.ImplementsNode(b => b.Id, async (context, id) => await context.BuildingAsync(id));
            type.Field(b => b.Name).Description("The building's name as residents say it, e.g. 101동.");
            type.Field("units").Type("[Unit!]!")
                .Description("The units (호) of the building, by number.")
                .Resolve(context => context.Parent<Building>().Units.OrderBy(u => u.Number, StringComparer.Ordinal).ToList());
            type.Field("complex").Type("Complex!")
                .Description("The complex the building belongs to.")
                .ResolveAsync(async context => await context.ComplexAsync(context.Parent<Building>().ComplexId));
        });
        types.AddObjectType<Unit>(type =>
        {
            type.Description("A unit (호) of a building.").BindFieldsExplicitly();
            type.ImplementsNode(u => u.Id, async (context, id) =>
                await context.BuildingOfUnitAsync(id) is { } building ? building.Units.First(u => u.Id == id) : null);
            type.Field(u => u.Number).Description("The unit number, e.g. 1203.");
            type.Field(u => u.Floor).Description("The floor, from 1 (basements from -1).");
            type.Field(u => u.ExclusiveArea).Description("전용면적, ㎡.");
            type.Field("building").Type("Building!")
                .Description("The building of the unit.")
                .ResolveAsync(async context => await context.BuildingOfUnitAsync(context.Parent<Unit>().Id));
        });
        types.AddObjectType<ManagerNode>(type =>
        {
            type.Description("A staff account's assignment as manager (관리소장) of a complex.");
            type.ImplementsNode(m => m.Id, async (context, id) => await context.ManagerAsync(id));
            type.Field("complex").Type("Complex!")
                .Description("The complex managed.")
                .ResolveAsync(async context => await context.ComplexAsync(context.Parent<ManagerNode>().ComplexId));
        });
    }

    private static void AddHouseholds(SchemaBuilder types)
    {
        types.AddObjectType<HouseholdNode>(type =>
        {
            type.Description("A household (세대) living in a unit of a complex from its move-in until its move-out.");
            type.ImplementsNode(h => h.Id, async (context, id) => await context.HouseholdAsync(id));
            type.Field("complex").Type("Complex!")
                .Description("The complex the household lives in.")
                .ResolveAsync(async context => await context.ComplexAsync(context.Parent<HouseholdNode>().ComplexId));
            type.Field("unit").Type("Unit!")
                .Description("The unit (동/호) the household lives in.")
                .ResolveAsync(async context =>
                {
                    var household = context.Parent<HouseholdNode>();
                    return (await context.BuildingAsync(household.BuildingId))?.Units.First(u => u.Id == household.UnitId);
                });
            type.Field("head").Type("Resident")
                .Description("The head of household (세대주); residents' data is for admins, the complex's managers and the household itself.")
                .Authorize(ComplexVisibility.ResidentReaders)
                .ResolveAsync(async context => context.Parent<HouseholdNode>().HeadResidentId is { } head ? await context.ResidentAsync(head) : null);
            type.Field("residents").Type("[Resident!]")
                .Description("The residents living in the household now; for admins, the complex's managers and the household itself.")
                .Authorize(ComplexVisibility.ResidentReaders)
                .ResolveAsync(context => context.ResidentsOfAsync(context.Parent<HouseholdNode>().Id).ListAsync());
        });
        types.AddObjectType<Resident>(type =>
        {
            type.Description("A person living in a household (입주민). Seen only by platform admins, the complex's managers and the members of the household.")
                .BindFieldsExplicitly();
            type.ImplementsNode(r => r.Id, async (context, id) => await context.ResidentAsync(id));
            type.Field(r => r.Name).Description("The resident's name.");
            type.Field(r => r.Phone).Description("Mobile phone, digits only, e.g. 01012345678.");
            type.Field(r => r.IsRepresentative).Description("A member of the residents' representative council (입주자대표회의).");
            type.Field(r => r.JoinedOn).Description("The day the resident joined the household.");
            type.Field("household").Type("Household")
                .Description("The resident's household.")
                .ResolveAsync(async context => await context.HouseholdAsync(context.Parent<Resident>().HouseholdId));
        });
    }
}
