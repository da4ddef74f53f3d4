using GraphQL.Authorization;
using GraphQL.Conventions;
using GraphQL.Data;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Relay;
using GraphQL.Types;
using Housing.Api.GraphQL.Analytics;
using Housing.Api.GraphQL.Complexes;
using Housing.Api.GraphQL.Support;
using Housing.Api.GraphQL.Welfare;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Disclosures;
using Microsoft.EntityFrameworkCore;

namespace Housing.Api.GraphQL.Disclosures;

/// <summary>
/// 관리비 공개 in the schema: a complex's months with every K-apt fee item, totals and per-㎡ values; the manager's
/// monthly filing with outliers flagged against the complex's own history; the standing among similar complexes (rated
/// only with 20+ peers); and compliance (late and missing months). Disclosures are public information, so every
/// signed-in caller may read them; filing is for the complex's managers, through <see cref="DisclosureService"/>.
/// </summary>
internal sealed class DisclosuresArea : IHousingSchemaArea
{
    /// <summary>The longest range of months one field returns, so a list of months stays bounded.</summary>
    public const int MaxMonths = 36;

    /// <summary>The enum of the codes of the fee items with an amount in KRW.</summary>
    public const string FeeItemCode = "FeeItemCode";

    /// <summary>The enum of the totals a comparison rates (<see cref="FeeComparison.Totals"/>).</summary>
    public const string FeeTotal = "FeeTotal";

    private static readonly Dictionary<string, string> TotalDescriptions = new()
    {
        [FeeComparison.GrandTotal] = "Everything charged to households.",
        [FeeComparison.CommonTotal] = "공용관리비.",
        [FeeComparison.IndividualUsageTotal] = "개별사용료.",
        [FeeComparison.OtherUsageTotal] = "기타 사용료.",
        [FeeComparison.RepairReserveTotal] = "장기수선충당금 charged.",
    };

    private static readonly string[] ComplianceReaders =
        [Roles.DistrictOfficer, Roles.PlatformAdmin, Roles.Analyst, Roles.ComplexManager];

    public void Configure(HousingSchemaBuilder schema)
    {
        AddTypes(schema.Types);
        schema.Types.ExtendType("Complex", complex => complex.Field("disclosures")
            .Description("The complex's disclosed months, newest first unless ordered otherwise; a month never filed is absent. The months of every complex of a list are paged together, per complex.")
            .UsePaging<ComplexNode, DisclosureMonth, Guid>(c => c.Id, d => d.ComplexId, d => d.Id, MonthPaging)
            .UseFiltering<DisclosureMonth>(OfferedFields)
            .UseSorting<DisclosureMonth>(order => OfferedFields(order.DefaultOrder(d => d.Month, descending: true)))
            // Every complex's months: the paging narrows them to the complexes asked for, in one statement, and their items and
            // flags follow in one statement each (the revisions, never shown here, stay in the database).
            .Resolve(context => context.ReadDb().Set<DisclosureMonth>().IgnoreAutoIncludes().Include(d => d.Items).Include(d => d.Flags)));
        schema.Query(AddQueries);
        schema.Mutation(AddMutations);
    }

    private static void AddQueries(ObjectTypeDescriptor<object> query)
    {
        query.Field("feeItems").Type("[FeeItem!]!")
            .Description("The fee items of a disclosure as K-apt publishes them (공용관리비 17 items, 개별사용료, 기타 사용료, 장기수선충당금, 잡수입), in K-apt's order.")
            .Authorize()
            .Resolve(_ => FeeCatalog.Items);
        query.Field("disclosureMonth").Type("DisclosureMonth")
            .Description("One complex's disclosure of one month; null when it was never filed.")
            .Argument("complexId", "ID!")
            .Argument("month", "YearMonth!")
            .Authorize()
            .ResolveAsync(async context =>
            {
                var complexId = context.IdArgument<Guid>("complexId", "Complex");
                var month = context.ArgumentValue<YearMonth>("month");
                return await context.ReadDb().Set<DisclosureMonth>().FirstOrDefaultAsync(d => d.ComplexId == complexId && d.Month == month, context.CancellationToken);
            });
        query.Field("disclosureComparison").Type("ComplexComparison")
            .Description("A complex's month against the same month of similar complexes (same housing and heating type, household and age band): percentile and the five-level rating per item and total per ㎡, rated only with 20 or more peers.")
            .Argument("complexId", "ID!")
            .Argument("month", "YearMonth!")
            .Authorize()
            // Domain reads of a query run in a scope (and database context) of their own: root fields resolve side by side.
            .ResolveAsync(async context => await HousingErrors.AnsweringAsync(() => context.InScopeAsync<DisclosureService, ComplexComparison?>(service =>
                service.FindComparisonAsync(context.IdArgument<Guid>("complexId", "Complex"), context.ArgumentValue<YearMonth>("month"), context.CancellationToken))));
        query.Field("disclosureComparisonTrend").Type("[ComplexComparison!]!")
            .Description($"How a complex's standing changed month by month, for every filed month from `from` to `to` (at most {MaxMonths} months).")
            .Argument("complexId", "ID!")
            .Argument("from", "YearMonth!")
            .Argument("to", "YearMonth!")
            .Authorize()
            .ResolveAsync(async context =>
            {
                var (from, to) = Range(context);
                return await HousingErrors.AnsweringAsync(() => context.InScopeAsync<DisclosureService, List<ComplexComparison>>(service =>
                    service.ComparisonTrendAsync(context.IdArgument<Guid>("complexId", "Complex"), from, to, context.CancellationToken)));
            });
        query.Field("disclosureCompliance").Type("DisclosureCompliance!")
            .Description($"Compliance with the disclosure duty from `from` (at most {MaxMonths} months back from the last month due): months filed after their due date (the end of the following month) and months still missing. Admins, analysts and district staff see every complex, a district officer whose account names a district that district's only; a manager only the complexes they manage.")
            .Argument("from", "YearMonth!")
            .Argument("complexId", "ID")
            .Authorize(ComplianceReaders)
            .ResolveAsync(context => ComplianceAsync(context));
    }

    private static void AddMutations(ObjectTypeDescriptor<object> mutation) =>
        mutation.Field("fileDisclosure")
            .Description("A manager files (or corrects, with a reason) one month of the complex's fees. Every item is checked; amounts far from the complex's own history are flagged as outliers in the result, not refused.")
            .Authorize(Roles.ComplexManager, Roles.PlatformAdmin)
            .UseMutationConvention<FileDisclosureInput, DisclosureFilingResult>(HousingErrors.Registry, "filing", async (context, input) =>
            {
                var complexId = HousingIds.Parse(input.ComplexId, "Complex");
                var amounts = new Dictionary<string, long>();
                foreach (var line in input.Amounts)
                {
                    if (!amounts.TryAdd(line.ItemCode, line.Amount))
                        throw new DomainException("DUPLICATE_ITEM", $"The item '{line.ItemCode}' is given twice; give each fee item once.");
                }

                var filing = await context.Use<DisclosureService>().FileDisclosureAsync(context.Actor(),
                    new FileDisclosureCommand(complexId, input.Month, amounts, input.RepairReserveRate, input.CorrectionReason), context.CancellationToken);
                return new DisclosureFilingResult(filing.Month, filing.Flags, filing.IsCorrection);
            }, HousingErrors.Common);

    private static (YearMonth From, YearMonth To) Range(IResolverContext context)
    {
        var from = context.ArgumentValue<YearMonth>("from");
        var to = context.ArgumentValue<YearMonth>("to");
        if (to < from)
            throw RangeError($"`to` ({to}) is before `from` ({from}); give the earlier month as `from`.");
        if (from.MonthsUntil(to) >= MaxMonths)
            throw RangeError($"{from} to {to} spans {from.MonthsUntil(to) + 1} months; at most {MaxMonths} are allowed per request.");
        return (from, to);
    }

    private static global::GraphQL.Error.GraphQLException RangeError(string message) => HousingErrors.FieldError(message, "INVALID_RANGE");

    /// <summary>A year of months per page unless asked otherwise.</summary>
    private static readonly PagingOptions MonthPaging = new() { DefaultPageSize = 12, MaxPageSize = 100 };

    /// <summary>What a client filters and sorts months by: the month, how it was filed, totals and per-㎡ values; no ids, no item lists.</summary>
    private static void OfferedFields(DataInputDescriptor<DisclosureMonth> fields) => fields.BindFieldsExplicitly()
        .Field(d => d.Month).Field(d => d.IsDisclosed).Field(d => d.Source).Field(d => d.FiledAt).Field(d => d.FiledLate).Field(d => d.Revision)
        .Field(d => d.CommonTotal).Field(d => d.GeneralManagementTotal).Field(d => d.IndividualUsageTotal).Field(d => d.OtherUsageTotal)
        .Field(d => d.RepairReserveCharged).Field(d => d.MiscIncome).Field(d => d.GrandTotal)
        .Field(d => d.CommonPerSquareMeter).Field(d => d.IndividualUsagePerSquareMeter).Field(d => d.OtherUsagePerSquareMeter)
        .Field(d => d.RepairReservePerSquareMeter).Field(d => d.GrandTotalPerSquareMeter);

    private static async Task<DisclosureComplianceView> ComplianceAsync(IResolverContext context)
    {
        var actor = context.Actor();
        var clock = context.Use<TimeProvider>();
        var today = KoreanCalendar.Today(clock);
        var from = context.ArgumentValue<YearMonth>("from");
        var last = DisclosureCompliance.LastDueMonth(today);
        if (last.MonthsUntil(from) > 0 || from.MonthsUntil(last) >= MaxMonths)
            throw RangeError($"`from` must be one of the {MaxMonths} months up to {last}, the last month due on {today:yyyy-MM-dd}; {from} is not.");
        var complexId = context.OptionalIdArgument<Guid>("complexId", "Complex");
        var allowed = await ComplexesVisibleForComplianceAsync(context, actor, clock);
        if (complexId is { } one && allowed is not null && !allowed.Contains(one))
            throw HousingErrors.FieldError("Managers see the compliance of the complexes they manage only, a district officer that of the district on their account.", GraphQLAuthorization.NotAuthorizedCode);
        var (missing, late) = await context.InScopeAsync<DisclosureService, (List<MissingDisclosure>, List<DisclosureMonth>)>(async service =>
            (await service.MissingMonthsAsync(from, today, complexId, context.CancellationToken),
             await service.LateMonthsAsync(from, last, complexId, context.CancellationToken)));
        if (allowed is not null)
        {
            missing = [.. missing.Where(m => allowed.Contains(m.ComplexId))];
            late = [.. late.Where(m => allowed.Contains(m.ComplexId))];
        }

        return new DisclosureComplianceView(from, last, missing, late);
    }

    /// <summary>
    /// Null for callers who see every complex; a district officer whose account names a district that district's complexes
    /// (the analysts' scope rule, <see cref="DisclosureScopeInput.DistrictLimit"/>); the managed complexes for a manager.
    /// </summary>
    private static async Task<HashSet<Guid>?> ComplexesVisibleForComplianceAsync(IResolverContext context, Actor actor, TimeProvider clock)
    {
        if (actor.IsAnyOf(Roles.DistrictOfficer, Roles.PlatformAdmin, Roles.Analyst))
            return DisclosureScopeInput.DistrictLimit(actor) is { } district
                ? [.. await context.ReadDb().Set<Complex>().Where(district).Select(c => c.Id).ToListAsync(context.CancellationToken)]
                : null;
        return [.. await ComplexVisibility.ManagedComplexIds(context.ReadDb(), actor, clock).ToListAsync(context.CancellationToken)];
    }

    private static void AddTypes(SchemaBuilder types)
    {
        types.AddType(new EnumType<FeeGroup>()
            .Value(FeeGroup.CommonFee, v => v.Description = "공용관리비")
            .Value(FeeGroup.IndividualUsage, v => v.Description = "개별사용료")
            .Value(FeeGroup.OtherUsage, v => v.Description = "기타 사용료")
            .Value(FeeGroup.RepairReserve, v => v.Description = "장기수선충당금")
            .Value(FeeGroup.MiscIncome, v => v.Description = "잡수입"));
        types.AddType(new EnumType<FeeLevel>()
            .Value(FeeLevel.Low, v => v.Description = FeeLevel.Low.KoreanName())
            .Value(FeeLevel.SomewhatLow, v => v.Description = FeeLevel.SomewhatLow.KoreanName())
            .Value(FeeLevel.Average, v => v.Description = FeeLevel.Average.KoreanName())
            .Value(FeeLevel.SomewhatHigh, v => v.Description = FeeLevel.SomewhatHigh.KoreanName())
            .Value(FeeLevel.High, v => v.Description = FeeLevel.High.KoreanName()));
        types.AddType(new EnumType<DisclosureSource>());
        // Every field and argument carrying a fee item's code uses this one enum, so an unknown code is refused by input
        // coercion naming the allowed values. REPAIR_RESERVE_RATE is a rate (given as `repairReserveRate`), not one of them.
        var codes = new EnumType(FeeItemCode) { Description = "The code of a fee item with an amount in KRW, as `feeItems` lists them (every item but REPAIR_RESERVE_RATE, a rate)." };
        foreach (var item in FeeCatalog.AmountItems)
            codes.AddValue(item.Code, item.Code, item.KoreanName);
        types.AddType(codes);
        var totals = new EnumType(FeeTotal) { Description = "A total of a month compared per ㎡ of exclusive area, as `ComplexComparison.totals` lists them." };
        foreach (var total in FeeComparison.Totals)
            totals.AddValue(total, total, TotalDescriptions[total]);
        types.AddType(totals);
        types.AddObjectType<FeeItem>(type =>
        {
            type.Description("A disclosed fee item with its K-apt code and names.");
            type.BindFieldsExplicitly();
            type.Field(i => i.Code).Description("The stable code of the item, used in filings: a `FeeItemCode` value, except REPAIR_RESERVE_RATE (a rate, filed as `repairReserveRate`).");
            type.Field(i => i.KoreanName).Name("name").Description("The item's name as K-apt shows it, e.g. 경비비.");
            type.Field(i => i.EnglishName);
            type.Field(i => i.Group);
            type.Field(i => i.IsGeneralManagement).Description("One of the seven items of 일반관리비.");
            type.Field(i => i.CountsInTotal).Description("Whether the amount counts in the monthly total charged to households.");
        });
        types.AddObjectType<DisclosureMonth>(type =>
        {
            type.Description("One month of a complex's management fees as disclosed (관리비 공개): every item, the totals and their values per ㎡ of exclusive area.");
            type.BindFieldsExplicitly();
            type.ImplementsNode(d => d.Id, async (context, id) =>
                await context.BatchDataLoader<Guid, DisclosureMonth>("disclosures.monthById", async (ids, ct) =>
                        await context.ReadDb().Set<DisclosureMonth>().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct))
                    .LoadAsync(id));
            type.Field("complex").Type("Complex!").ResolveAsync(async context => await context.ComplexAsync(context.Parent<DisclosureMonth>().ComplexId));
            type.Field(d => d.Month);
            type.Field(d => d.IsDisclosed).Description("False for a month K-apt reports as not disclosed (every value empty).");
            type.Field(d => d.Source);
            type.Field(d => d.FiledAt);
            type.Field(d => d.FirstDisclosedAt);
            type.Field(d => d.DueDate).Description("The end of the following month: disclosing later is late.");
            type.Field(d => d.FiledLate);
            type.Field(d => d.ExclusiveArea).Description("The exclusive area (㎡) the per-㎡ values divide by.");
            type.Field(d => d.Revision).Description("1 for the first filing; each correction adds one.");
            type.Field(d => d.CorrectionReason);
            type.Field(d => d.CommonTotal).Description("공용관리비 total (KRW).");
            type.Field(d => d.GeneralManagementTotal).Description("일반관리비: the first seven common items (KRW).");
            type.Field(d => d.IndividualUsageTotal).Description("개별사용료 total (KRW).");
            type.Field(d => d.OtherUsageTotal).Description("기타 사용료 total (KRW).");
            type.Field(d => d.RepairReserveCharged).Description("장기수선충당금 charged this month (KRW).");
            type.Field(d => d.RepairReserveRate).Description("장기수선충당금 accumulation rate (%).");
            type.Field(d => d.MiscIncome).Description("잡수입 (KRW).");
            type.Field(d => d.GrandTotal).Description("Everything charged to households this month (KRW).");
            type.Field(d => d.CommonPerSquareMeter);
            type.Field(d => d.IndividualUsagePerSquareMeter);
            type.Field(d => d.OtherUsagePerSquareMeter);
            type.Field(d => d.RepairReservePerSquareMeter);
            type.Field(d => d.GrandTotalPerSquareMeter);
            type.Field("items").Type("[DisclosureItem!]!")
                .Description("Every item disclosed this month, in K-apt's order.")
                .Resolve(context => DisclosureItemView.Of(context.Parent<DisclosureMonth>()));
            type.Field("flags").Type("[DisclosureFlag!]!")
                .Description("The outlier warnings raised when the month was filed.")
                .Resolve(context => context.Parent<DisclosureMonth>().Flags.Select(f => new DisclosureFlagView(f.ItemCode, f.Message)).ToList());
        });
        types.AddObjectType<DisclosureItemView>(type => type.Name("DisclosureItem").Description("One fee item of a month: its amount and its value per ㎡."));
        types.AddObjectType<DisclosureFlagView>(type => type.Name("DisclosureFlag").Description("An outlier warning stored with a month."));
        types.AddObjectType<OutlierFlag>(type =>
        {
            type.Description("An amount far from the complex's own history: the median of its past months and the range considered normal.");
            type.Field(f => f.ItemCode).Type($"{FeeItemCode}!");
        });
        types.AddObjectType<DisclosureFilingResult>(type => type.Name("DisclosureFiling").Description("A filed month with the outliers found in it."));
        types.AddObjectType<FeeStanding>(type =>
        {
            type.Description("One measure (an item, or a total per ㎡) of a complex against its peers in one month.");
            type.Field(f => f.Measure).Description($"A `{FeeItemCode}` value for an item, a `{FeeTotal}` value for a total.");
            type.Field("levelName").Type("String").Description("The rating as K-apt words it (낮은 수준 … 높은 수준); null without 20 peers.")
                .Resolve(context => context.Parent<FeeStanding>().Level?.KoreanName());
        });
        types.AddObjectType<ComplexComparison>(type =>
        {
            type.Description("A complex's standing among similar complexes in one month.");
            type.Ignore(c => c.ComplexId);
            type.Field("total").Type("FeeStanding").Argument("measure", $"{FeeTotal}!")
                .Description("The standing of one total.")
                .Resolve(context => context.Parent<ComplexComparison>().Total(context.ArgumentValue<string>("measure")));
            type.Field("item").Type("FeeStanding").Argument("code", $"{FeeItemCode}!")
                .Description("The standing of one fee item, by its code.")
                .Resolve(context => context.Parent<ComplexComparison>().Item(context.ArgumentValue<string>("code")));
            type.Field("complex").Type("Complex!").ResolveAsync(async context => await context.ComplexAsync(context.Parent<ComplexComparison>().ComplexId));
            type.Field("minimumPeers").Type("Int!").Description("Ratings are shown only with at least this many peers that disclosed the measure.")
                .Resolve(_ => FeeComparison.MinimumPeers);
        });
        types.AddObjectType<MissingDisclosure>(type =>
        {
            type.Description("A month a complex subject to disclosure has not disclosed although it was due.");
            type.Ignore(m => m.ComplexId);
            type.Field("complex").Type("Complex!").ResolveAsync(async context => await context.ComplexAsync(context.Parent<MissingDisclosure>().ComplexId));
        });
        types.AddObjectType<DisclosureComplianceView>(type => type.Name("DisclosureCompliance").Description("Months disclosed late and months missing over a range."));
    }
}

/// <summary>One fee item of a month as the schema shows it.</summary>
public sealed record DisclosureItemView([property: GraphQLType(DisclosuresArea.FeeItemCode + "!")] string Code, string Name, FeeGroup Group, long Amount, double? PerSquareMeter)
{
    public static IReadOnlyList<DisclosureItemView> Of(DisclosureMonth month)
    {
        var order = FeeCatalog.Items.Select((item, index) => (item.Code, index)).ToDictionary(x => x.Code, x => x.index);
        return [.. month.Items
            .OrderBy(i => order.GetValueOrDefault(i.ItemCode, int.MaxValue))
            .Select(i => new DisclosureItemView(i.ItemCode, i.Item.KoreanName, i.Group, i.Amount, month.PerSquareMeter(i.ItemCode)))];
    }
}

public sealed record DisclosureFlagView([property: GraphQLType(DisclosuresArea.FeeItemCode + "!")] string ItemCode, string Message);

public sealed record DisclosureFilingResult(
    [property: GraphQLDescription("The month as stored.")] DisclosureMonth Disclosure,
    [property: GraphQLDescription("Amounts far from the complex's own history; the month is filed all the same.")] IReadOnlyList<OutlierFlag> Outliers,
    [property: GraphQLDescription("Whether this filing corrected a month already filed.")] bool IsCorrection);

public sealed record DisclosureComplianceView(
    YearMonth From,
    [property: GraphQLDescription("The last month due as of today (KST).")] YearMonth To,
    [property: GraphQLDescription("Months not disclosed although due.")] IReadOnlyList<MissingDisclosure> Missing,
    [property: GraphQLDescription("Months disclosed after their due date.")] IReadOnlyList<DisclosureMonth> Late);

public sealed record FeeAmountInput(
    [property: GraphQLType(DisclosuresArea.FeeItemCode + "!")]
    [property: GraphQLDescription("The fee item's code, see `feeItems`.")] string ItemCode,
    [property: GraphQLDescription("The month's amount in KRW.")] long Amount);

public sealed record FileDisclosureInput(
    [property: GraphQLType("ID!")] string ComplexId,
    YearMonth Month,
    [property: GraphQLDescription("Every fee item of the month with its amount.")] IReadOnlyList<FeeAmountInput> Amounts,
    [property: GraphQLDescription("장기수선충당금 accumulation rate (%), when known.")] double? RepairReserveRate,
    [property: GraphQLDescription("Required when correcting a month already filed.")] string? CorrectionReason);
