using System.Linq.Expressions;
using GraphQL.Types;
using Housing.Domain.Complexes;
using Microsoft.EntityFrameworkCore;

namespace Housing.Api.GraphQL.Complexes;

/// <summary>
/// A complex as the schema shows, filters and sorts it: the K-apt facts, projected from <see cref="Complex"/> in SQL so
/// <c>where</c> and <c>order</c> run in the database. Keys that are not facts are hidden from clients.
/// </summary>
[GraphQLName("Complex")]
public sealed class ComplexNode
{
    [GraphQLIgnore] public Guid Id { get; init; }

    [GraphQLIgnore] public Guid RegionId { get; init; }

    [GraphQLDescription("K-apt 단지코드, e.g. `A10027875`.")]
    public string KaptCode { get; init; } = "";

    [GraphQLDescription("단지명, e.g. 영등포푸르지오.")]
    public string Name { get; init; } = "";

    [GraphQLDescription("The 시군구 code of the complex's region, e.g. `11560` for 서울특별시 영등포구.")]
    public string SigunguCode { get; init; } = "";

    [GraphQLDescription("법정동코드 (10 digits).")]
    public string BjdCode { get; init; } = "";

    [GraphQLDescription("지번 주소.")]
    public string LotAddress { get; init; } = "";

    [GraphQLDescription("도로명 주소.")]
    public string? RoadAddress { get; init; }

    [GraphQLDescription("Housing type (K-apt codeAptNm): 아파트, 연립, 주상복합.")]
    public HousingType HousingType { get; init; }

    [GraphQLDescription("Sale type (codeSaleNm): 분양, 임대, 혼합.")]
    public SaleType SaleType { get; init; }

    [GraphQLDescription("Heating (codeHeatNm): 개별, 지역, 중앙난방.")]
    public HeatingType HeatingType { get; init; }

    [GraphQLDescription("Management (codeMgrNm): 자치관리, 위탁관리.")]
    public ManagementType ManagementType { get; init; }

    [GraphQLDescription("세대수 (K-apt kaptdaCnt).")]
    public int HouseholdCount { get; init; }

    [GraphQLDescription("동수 (K-apt kaptDongCnt).")]
    public int BuildingCount { get; init; }

    [GraphQLDescription("사용승인일 (K-apt kaptUsedate); null when unknown.")]
    public DateOnly? ApprovedOn { get; init; }

    [GraphQLDescription("연면적, ㎡.")]
    public double TotalArea { get; init; }

    [GraphQLDescription("관리비부과면적, ㎡.")]
    public double ManagedArea { get; init; }

    [GraphQLDescription("전용면적 합계, ㎡.")]
    public double ExclusiveArea { get; init; }

    [GraphQLDescription("관리사무소 전화번호.")]
    public string? OfficePhone { get; init; }

    [GraphQLDescription("The public or private operator of a rental complex; NONE for complexes sold to owners.")]
    public HousingOperator Operator { get; init; }

    public static readonly Expression<Func<Complex, ComplexNode>> Projection = c => new ComplexNode
    {
        Id = c.Id,
        RegionId = c.RegionId,
        KaptCode = c.KaptCode,
        Name = c.Name,
        SigunguCode = c.BjdCode.Substring(0, 5),
        BjdCode = c.BjdCode,
        LotAddress = c.LotAddress,
        RoadAddress = c.RoadAddress,
        HousingType = c.HousingType,
        SaleType = c.SaleType,
        HeatingType = c.HeatingType,
        ManagementType = c.ManagementType,
        HouseholdCount = c.HouseholdCount,
        BuildingCount = c.BuildingCount,
        ApprovedOn = c.ApprovedOn,
        TotalArea = c.TotalArea,
        ManagedArea = c.ManagedArea,
        ExclusiveArea = c.ExclusiveArea,
        OfficePhone = c.OfficePhone,
        Operator = c.Operator,
    };

    /// <summary>Every complex, as nodes (a query: filters, sorting and paging compose onto it in SQL).</summary>
    public static IQueryable<ComplexNode> All(DbContext db) => db.Set<Complex>().AsNoTracking().Select(Projection);
}

/// <summary>A household as the schema shows, filters and sorts it.</summary>
[GraphQLName("Household")]
public sealed class HouseholdNode
{
    [GraphQLIgnore] public Guid Id { get; init; }

    [GraphQLIgnore] public Guid ComplexId { get; init; }

    [GraphQLIgnore] public Guid BuildingId { get; init; }

    [GraphQLIgnore] public Guid UnitId { get; init; }

    [GraphQLIgnore] public Guid? HeadResidentId { get; init; }

    [GraphQLDescription("전입일: the day the household moved in.")]
    public DateOnly MovedInOn { get; init; }

    [GraphQLDescription("전출일: the day it moved out; null while it lives there.")]
    public DateOnly? MovedOutOn { get; init; }

    [GraphQLDescription("Whether the household still lives in the unit.")]
    public bool IsActive { get; init; }

    public static readonly Expression<Func<Household, HouseholdNode>> Projection = h => new HouseholdNode
    {
        Id = h.Id,
        ComplexId = h.ComplexId,
        BuildingId = h.BuildingId,
        UnitId = h.UnitId,
        HeadResidentId = h.HeadResidentId,
        MovedInOn = h.MovedInOn,
        MovedOutOn = h.MovedOutOn,
        IsActive = h.MovedOutOn == null,
    };
}

/// <summary>A staff account's assignment as manager (관리소장) of a complex, with the manager's display name.</summary>
[GraphQLName("ComplexManager")]
public sealed class ManagerNode
{
    [GraphQLIgnore] public Guid Id { get; init; }

    [GraphQLIgnore] public Guid ComplexId { get; init; }

    [GraphQLIgnore] public Guid UserId { get; init; }

    [GraphQLDescription("The manager's name as their account shows it.")]
    public string Name { get; init; } = "";

    [GraphQLDescription("First day of the assignment.")]
    public DateOnly From { get; init; }

    [GraphQLDescription("Last day of the assignment; null while it is open.")]
    public DateOnly? Until { get; init; }
}
