using GraphQL.Authorization;
using GraphQL.Data;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Types;
using Housing.Api.GraphQL.Complexes;
using Housing.Api.GraphQL.Disclosures;
using Housing.Api.GraphQL.Support;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Disclosures;
using Housing.Infrastructure.Persistence.Queries;

namespace Housing.Api.GraphQL.Analytics;

/// <summary>
/// Disclosure data for analysts (researchers, district planners, journalists): statistics of any scope of complexes and
/// months, per fee item and in total, grouped by any attribute, and compliance with the disclosure duty (rates by district
/// and month, the complexes late or missing), computed in the database. Only disclosed fee data and
/// K-apt's public complex facts are reachable from here; nothing personal.
/// </summary>
internal sealed class AnalyticsArea : IHousingSchemaArea
{
    public void Configure(HousingSchemaBuilder schema)
    {
        AddTypes(schema.Types);
        schema.Query(AddQueries);
    }

    private static void AddQueries(ObjectTypeDescriptor<object> query)
    {
        query.Field("disclosureStatistics").Type("DisclosureStatistics!")
            .Description("Statistics of the disclosed months of a scope, per fee item and for the grand total: count of complex-months, mean, min, max, median and the 10th, 25th, 75th and 90th percentiles (interpolated as PostgreSQL's percentile_cont), per ㎡, per household or in total, grouped by any of month, region, heating, housing and sale type, household and age band, and operator. Computed in the database in one statement. For analysts, district officers and platform admins.")
            .Argument("scope", "DisclosureScopeInput!", a => a.Description("The complexes and months to summarise."))
            .Argument("items", $"[{DisclosuresArea.FeeItemCode}!]", a => a.Description("The fee items to summarise, in the order given; every item with an amount in KRW when absent."))
            .Argument("per", "FeeBasis!", a => a.DefaultValue(FeeBasis.PerSquareMeter).Description("What each amount is divided by."))
            .Argument("groupBy", "[StatisticsDimension!]", a => a.Description("The attributes to group by, each at most once; one group of the whole scope when absent."))
            .Authorize(DisclosureScopeInput.Readers)
            .ResolveAsync(context => StatisticsAsync(context));
        query.Field("disclosureComplianceRates").Type("[DisclosureComplianceRate!]!")
            .Description("How the complexes of a scope kept the disclosure duty (공동주택관리법 §23: each month by the end of the next), per district and month: complexes required to disclose, disclosed on time, late, at an unknown time (K-apt imports first seen after the due date), missing once overdue, and the rates. Counted in the database. For analysts, district officers (their district) and platform admins.")
            .Argument("scope", "DisclosureScopeInput!", a => a.Description("The complexes and months to report on."))
            .Authorize(DisclosureScopeInput.Readers)
            .ResolveAsync(async context => await DisclosureComplianceQuery.RatesAsync(context.ReadDb(), DisclosureScopeInput.FromArgument(context),
                KoreanCalendar.Today(context.Use<TimeProvider>()), context.CancellationToken));
        query.Field("disclosureDefaulters")
            .Description("The complexes of a scope with months disclosed late or due and not disclosed, paged (by complex), each with those months. For analysts, district officers (their district) and platform admins.")
            .Argument("scope", "DisclosureScopeInput!", a => a.Description("The complexes and months to report on."))
            .UsePaging<DisclosureDefaulter, Guid>(d => d.ComplexId)
            .Authorize(DisclosureScopeInput.Readers)
            .Resolve(context => DisclosureComplianceQuery.Defaulters(context.ReadDb(), DisclosureScopeInput.FromArgument(context),
                KoreanCalendar.Today(context.Use<TimeProvider>())));
    }

    private static async Task<DisclosureStatisticsView> StatisticsAsync(IResolverContext context)
    {
        var scope = DisclosureScopeInput.FromArgument(context);
        var request = await HousingErrors.AnsweringAsync(() => Task.FromResult(DisclosureStatisticsRequest.Of(scope,
            context.ArgumentValue<List<string>?>("items"), context.ArgumentValue<FeeBasis>("per"),
            context.ArgumentValue<List<StatisticsDimension>?>("groupBy"))));
        var groups = await DisclosureStatisticsQuery.RunAsync(context.ReadDb(), request, context.CancellationToken);
        return new DisclosureStatisticsView(scope.From, scope.To, request.Basis, request.GroupBy, groups);
    }

    /// <summary>The late and missing months of the defaulters of a page, loaded in one statement for the page.</summary>
    private static async Task<(IReadOnlyList<YearMonth> Late, IReadOnlyList<YearMonth> Missing)> DefaulterMonthsAsync(IResolverContext context)
    {
        var defaulter = context.Parent<DisclosureDefaulter>();
        var scope = DisclosureScope.Of(null, YearMonth.FromNumber(defaulter.FromMonth), YearMonth.FromNumber(defaulter.ToMonth));
        var today = KoreanCalendar.Today(context.Use<TimeProvider>());
        return await context.BatchDataLoader<Guid, (IReadOnlyList<YearMonth>, IReadOnlyList<YearMonth>)>(
                $"analytics.defaulterMonths:{defaulter.FromMonth}:{defaulter.ToMonth}",
                async (ids, ct) => await DisclosureComplianceQuery.MonthsOfAsync(context.ReadDb(), scope, today, ids, ct))
            .LoadAsync(defaulter.ComplexId);
    }

    private static void AddTypes(SchemaBuilder types)
    {
        types.AddInputObjectType<DisclosureScopeInput>();
        types.AddType(new EnumType<FeeBasis>()
            .Value(FeeBasis.PerSquareMeter, v => v.Description = "㎡당: divided by the month's exclusive area (전용면적), as K-apt compares complexes.")
            .Value(FeeBasis.PerHousehold, v => v.Description = "세대당: divided by the complex's households.")
            .Value(FeeBasis.Total, v => v.Description = "단지 전체: the complex's whole monthly amount."));
        types.AddType(new EnumType<StatisticsDimension>()
            .Value(StatisticsDimension.Month, v => v.Description = "월별")
            .Value(StatisticsDimension.Region, v => v.Description = "시군구별")
            .Value(StatisticsDimension.HeatingType, v => v.Description = "난방방식별")
            .Value(StatisticsDimension.HousingType, v => v.Description = "주택유형별")
            .Value(StatisticsDimension.SaleType, v => v.Description = "분양형태별")
            .Value(StatisticsDimension.HouseholdBand, v => v.Description = "세대수 구간별 (K-apt의 유사단지 구간)")
            .Value(StatisticsDimension.AgeBand, v => v.Description = "경과연수 구간별: 사용승인일부터 그 달 말일까지")
            .Value(StatisticsDimension.Operator, v => v.Description = "임대사업자별"));
        types.AddType(new EnumType<HouseholdBand>()
            .Value(HouseholdBand.Under150, v => v.Description = "150세대 미만")
            .Value(HouseholdBand.From150To299, v => v.Description = "150~299세대")
            .Value(HouseholdBand.From300To499, v => v.Description = "300~499세대")
            .Value(HouseholdBand.From500To999, v => v.Description = "500~999세대")
            .Value(HouseholdBand.From1000, v => v.Description = "1,000세대 이상"));
        types.AddType(new EnumType<AgeBand>()
            .Value(AgeBand.UpTo5Years, v => v.Description = "5년 이하")
            .Value(AgeBand.From6To10Years, v => v.Description = "6~10년")
            .Value(AgeBand.From11To15Years, v => v.Description = "11~15년")
            .Value(AgeBand.From16To20Years, v => v.Description = "16~20년")
            .Value(AgeBand.From21To25Years, v => v.Description = "21~25년")
            .Value(AgeBand.From26To30Years, v => v.Description = "26~30년")
            .Value(AgeBand.Over30Years, v => v.Description = "30년 초과"));
        types.AddObjectType<FeeStatistics>(type =>
        {
            type.Description("The summary of one measure (a fee item or the grand total) over the complex-months of a group.");
            type.Field(s => s.Measure).Description($"The fee item's code, or `{DisclosureStatisticsRequest.Total}` for the month's grand total.");
            type.Field("name").Type("String!").Description("The measure's name as K-apt shows it, e.g. 경비비.")
                .Resolve(context => context.Parent<FeeStatistics>().Measure is var code && FeeCatalog.TryGet(code, out var item) ? item.KoreanName : "관리비 총액");
            type.Field(s => s.Count).Description("How many complex-months had the measure (per ㎡: with a known exclusive area).");
            type.Field(s => s.Median).Description("The 50th percentile.");
        });
        types.AddObjectType<DisclosureStatisticsGroup>(type =>
        {
            type.Description("One group of complex-months: its key (null for attributes not grouped by) and the statistics of each measure.");
            type.Field(g => g.SigunguCode).Description("The 시군구 code when grouped by REGION, e.g. 11560.");
            type.Field(g => g.AgeBand).Description("The building-age band at the end of the month when grouped by AGE_BAND; null for a complex without an approval date.");
            type.Field(g => g.Items).Description("The requested fee items, in the order asked.");
            type.Field(g => g.Total).Description("The month's grand total (everything charged to households).");
        });
        types.AddObjectType<DisclosureComplianceRate>(type =>
        {
            type.Description("How the complexes of one district kept the disclosure duty for one month.");
            type.Field(r => r.IsOverdue).Description("Whether the month's due date (the end of the next month, KST) has passed; missing months count only then.");
            type.Field(r => r.Required).Description("Complexes subject to disclosure in the scope, approved by the month's end (or of unknown approval).");
            type.Field(r => r.TimingUnknown).Description("Disclosed, but first seen in a K-apt import after the due date: K-apt does not say when.");
            type.Field(r => r.Rate).Description("Disclosed over required, 0 to 1; null when no complex had to disclose.");
            type.Field(r => r.OnTimeRate).Description("Disclosed on time over required, 0 to 1; null when no complex had to disclose.");
        });
        types.AddObjectType<DisclosureDefaulter>(type =>
        {
            type.Description("A complex with months disclosed late or missing in the scope's range.");
            type.Ignore(d => d.ComplexId);
            type.Ignore(d => d.FromMonth);
            type.Ignore(d => d.ToMonth);
            type.Field("complex").Type("Complex!").ResolveAsync(async context => await context.ComplexAsync(context.Parent<DisclosureDefaulter>().ComplexId));
            type.Field("lateMonths").Type("[YearMonth!]!").Description("The months first disclosed after their due date, oldest first.")
                .ResolveAsync(async context => (await DefaulterMonthsAsync(context)).Late);
            type.Field("missingMonths").Type("[YearMonth!]!").Description("The months due and not disclosed, oldest first.")
                .ResolveAsync(async context => (await DefaulterMonthsAsync(context)).Missing);
        });
        types.AddObjectType<DisclosureStatisticsView>(type => type.Name("DisclosureStatistics")
            .Description("Statistics of a scope's disclosed months, one entry per group."));
    }
}

/// <summary>The answer of <c>disclosureStatistics</c>: what was asked and the groups found (a group without months is absent).</summary>
public sealed record DisclosureStatisticsView(
    YearMonth From,
    YearMonth To,
    [property: GraphQLDescription("What each amount was divided by.")] FeeBasis Per,
    [property: GraphQLDescription("The attributes grouped by, as asked.")] IReadOnlyList<StatisticsDimension> GroupBy,
    IReadOnlyList<DisclosureStatisticsGroup> Groups);
