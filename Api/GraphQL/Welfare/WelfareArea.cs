using GraphQL.Authorization;
using GraphQL.Data;
using GraphQL.Relay;
using GraphQL.Types;
using Housing.Api.GraphQL.Support;
using Housing.Domain.Welfare;

namespace Housing.Api.GraphQL.Welfare;

/// <summary>
/// The welfare area of DESIGN.md (주거복지 사례관리): centers, cases with every step, clients masked unless revealed with a
/// logged reason, and the hash-chained access log. Only welfare staff see any of it, each as the Domain's CaseVisibility allows.
/// </summary>
internal sealed class WelfareArea : IHousingSchemaArea
{
    public void Configure(HousingSchemaBuilder schema)
    {
        WelfareEnums.Add(schema.Types);
        WelfareInputs.Add(schema.Types);
        WelfareCaseTypes.Add(schema.Types);
        WelfareClientTypes.Add(schema.Types);
        schema.Query(AddQueries);
        schema.Mutation(WelfareMutations.Add);
    }

    private static void AddQueries(ObjectTypeDescriptor<object> query)
    {
        query.Field("welfareCenters")
            .Description("The housing welfare centers (주거복지센터): the central center and one per district.")
            .Authorize(WelfareReads.DirectoryRoles)
            .UsePaging<CenterRecord, Guid>(c => c.Id)
            .UseFiltering<CenterRecord>()
            .UseSorting<CenterRecord>()
            .Resolve(context =>
            {
                context.WelfareCaller();
                return CenterRecord.Of(context.ReadDb().Set<WelfareCenter>());
            });

        query.Field("welfareCases")
            .Description("The cases the caller may see: a district center its own and those referred to it, the central center all. "
                         + "Filter by status, crisis (`crises: { some: { type: { eq: EVICTION } } }`), worker (`assignedWorkerId`) or "
                         + "overdue time limits (`assessmentOverdue`, `planOverdue`).")
            .Authorize(WelfareReads.StaffRoles)
            .UsePaging<CaseRecord, Guid>(c => c.Id)
            .UseFiltering<CaseRecord>()
            .UseSorting<CaseRecord>()
            .ResolveAsync(async context => CaseRecord.Of(await context.VisibleCasesAsync(), context.Today()));

        query.Field("welfareCase").Type("WelfareCase")
            .Description("One case the caller may see; the read is written to the access log.")
            .Authorize(WelfareReads.StaffRoles)
            .Argument("id", "ID!", a => a.Description("The case's global id."))
            .ResolveAsync(async context =>
            {
                context.WelfareCaller();
                return await context.LoggedCaseAsync(context.IdArgument<Guid>("id", "WelfareCase"));
            });

        query.Field("welfareClient").Type("WelfareClient")
            .Description("One client, masked (홍*동, 711231-*******); the read is written to the access log. "
                         + "`revealClientPersonalData` shows the data in the clear, for a logged reason.")
            .Authorize(WelfareReads.StaffRoles)
            .Argument("id", "ID!", a => a.Description("The client's global id."))
            .ResolveAsync(async context =>
            {
                context.WelfareCaller();
                return await context.LoggedClientAsync(context.IdArgument<Guid>("id", "WelfareClient"));
            });

        query.Field("accessLog")
            .Description("Who read which client's personal data, when, from where and why (개인정보 접근기록), newest last by sequence: "
                         + "a center manager sees their center's entries, central staff all.")
            .Authorize(WelfareReads.ReviewerRoles)
            .UsePaging<AccessLogRecord, long>(e => e.Sequence)
            .UseFiltering<AccessLogRecord>()
            .UseSorting<AccessLogRecord>()
            .ResolveAsync(async context =>
            {
                var actor = context.WelfareCaller();
                var entries = await HousingErrors.AnsweringAsync(() => context.ReadAccessLog().AccessLogEntriesAsync(actor, context.CancellationToken));
                return AccessLogRecord.Of(entries);
            });

        query.Field("accessLogVerification").Type("AccessLogVerification!")
            .Description("Recomputes the access log's hash chain from the first entry and reports the first broken one: an edited, "
                         + "deleted or inserted entry cannot go unnoticed.")
            .Authorize(WelfareReads.ReviewerRoles)
            .ResolveAsync(context =>
            {
                var actor = context.WelfareCaller();
                return HousingErrors.AnsweringAsync(() => context.ReadAccessLog().VerifyAccessLogAsync(actor, context.CancellationToken));
            });
    }
}
