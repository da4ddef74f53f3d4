using GraphQL.Authorization;
using GraphQL.Data;
using GraphQL.Execution;
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
                         + "Filter by status, crisis (`crises: { some: { type: { eq: EVICTION } } }`) or overdue time limits "
                         + "(`assessmentOverdue`, `planOverdue`), and by center, worker or client with their global ids.")
            .Authorize(WelfareReads.StaffRoles)
            .Argument("centerId", "ID", a => a.Description("Only the cases this WelfareCenter owns now."))
            .Argument("assignedWorkerId", "ID", a => a.Description("Only the cases of this WelfareStaff (담당 사례관리자)."))
            .Argument("clientId", "ID", a => a.Description("Only the cases of this WelfareClient."))
            .UsePaging<CaseRecord, Guid>(c => c.Id)
            .UseFiltering<CaseRecord>()
            .UseSorting<CaseRecord>()
            .ResolveAsync(async context =>
            {
                var cases = CaseRecord.Of(await context.VisibleCasesAsync(), context.Today());
                if (context.OptionalIdArgument<Guid>("centerId", "WelfareCenter") is { } centerId) cases = cases.Where(c => c.CenterId == centerId);
                if (context.OptionalIdArgument<Guid>("assignedWorkerId", "WelfareStaff") is { } workerId) cases = cases.Where(c => c.AssignedWorkerId == workerId);
                if (context.OptionalIdArgument<Guid>("clientId", "WelfareClient") is { } clientId) cases = cases.Where(c => c.ClientId == clientId);
                return cases;
            });

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
            .Argument("centerId", "ID", a => a.Description("Only reads by staff of this WelfareCenter (central staff may name any)."))
            .Argument("clientId", "ID", a => a.Description("Only reads of this WelfareClient's data."))
            .Argument("caseId", "ID", a => a.Description("Only reads of this WelfareCase."))
            .UsePaging<AccessLogRecord, long>(e => e.Sequence)
            .UseFiltering<AccessLogRecord>()
            .UseSorting<AccessLogRecord>()
            .ResolveAsync(async context =>
            {
                var actor = context.WelfareCaller();
                var entries = AccessLogRecord.Of(await HousingErrors.AnsweringAsync(() => context.ReadAccessLog().AccessLogEntriesAsync(actor, context.CancellationToken)));
                if (context.OptionalIdArgument<Guid>("centerId", "WelfareCenter") is { } centerId) entries = entries.Where(e => e.CenterId == centerId);
                if (context.OptionalIdArgument<Guid>("clientId", "WelfareClient") is { } clientId) entries = entries.Where(e => e.ClientId == clientId);
                if (context.OptionalIdArgument<Guid>("caseId", "WelfareCase") is { } caseId) entries = entries.Where(e => e.CaseId == caseId);
                return entries;
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
