using GraphQL.Authorization;
using GraphQL.DataLoader;
using GraphQL.Error;
using GraphQL.Execution;
using GraphQL.Relay;
using Housing.Api.GraphQL.Support;
using Housing.Domain.Common;
using Housing.Domain.Welfare;
using Housing.Infrastructure.Identity;
using Housing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Housing.Api.GraphQL.Welfare;

/// <summary>Who may read welfare data, and the batched reads every welfare field shares.</summary>
internal static class WelfareReads
{
    /// <summary>The welfare center roles; the Domain then scopes each to its center (CaseVisibility).</summary>
    public static readonly string[] StaffRoles = [Roles.WelfareCaseworker, Roles.WelfareCenterManager, Roles.CentralCenterStaff];

    /// <summary>Who reviews the access log: center managers for their center, central staff for all.</summary>
    public static readonly string[] ReviewerRoles = [Roles.WelfareCenterManager, Roles.CentralCenterStaff];

    /// <summary>The center directory: welfare staff and the platform admins who set centers up.</summary>
    public static readonly string[] DirectoryRoles = [.. StaffRoles, Roles.PlatformAdmin];

    /// <summary>
    /// The caller, who must not come through a partner app: a token issued to an API client (its <c>client_id</c> claim)
    /// never reads welfare data, even when the user behind it is welfare staff.
    /// </summary>
    public static Actor WelfareCaller(this IResolverContext context)
    {
        if (context.User?.HasClaim(c => c.Type == HousingClaimTypes.ClientId) == true)
            throw new GraphQLException(new GraphQLError(
                "Partner apps never see welfare data; sign in to the welfare tools directly.",
                extensions: new Dictionary<string, object?> { ["code"] = GraphQLAuthorization.NotAuthorizedCode }));
        return context.Actor();
    }

    /// <summary>Today in Korea, the date the time limits are judged on.</summary>
    public static DateOnly Today(this IResolverContext context) => KoreanCalendar.Today(context.Use<TimeProvider>());

    /// <summary>The cases the caller may see (the Domain's visibility), on a read context of their own.</summary>
    public static Task<IQueryable<WelfareCase>> VisibleCasesAsync(this IResolverContext context)
    {
        var actor = context.WelfareCaller();
        return HousingErrors.AnsweringAsync(() =>
            new WelfareCaseService(ReadStore(context), context.Use<TimeProvider>()).VisibleCasesAsync(actor, context.CancellationToken));
    }

    public static AccessLogService ReadAccessLog(this IResolverContext context) =>
        new(ReadStore(context), context.Use<TimeProvider>());

    /// <summary>One case the caller may see, read through the Domain so the read is written to the access log.</summary>
    public static async ValueTask<CaseRecord?> LoggedCaseAsync(this IResolverContext context, Guid caseId)
    {
        var actor = context.WelfareCaller();
        var aggregate = await HousingErrors.AnsweringAsync(() =>
            context.InScopeAsync<WelfareCaseService, WelfareCase>(cases => cases.GetCaseAsync(actor, caseId, context.CancellationToken)));
        Aggregates(context).Prime(caseId, aggregate);
        return await context.CaseRecordAsync(caseId);
    }

    /// <summary>The record of a case the caller has been allowed to see.</summary>
    public static Task<CaseRecord?> CaseRecordAsync(this IResolverContext context, Guid caseId) =>
        CaseRecord.Of(context.ReadDb().Set<WelfareCase>().Where(c => c.Id == caseId), context.Today())
            .FirstOrDefaultAsync(context.CancellationToken);

    /// <summary>A client's masked view, read through the Domain so the read is written to the access log.</summary>
    public static async ValueTask<ClientView?> LoggedClientAsync(this IResolverContext context, Guid clientId)
    {
        var actor = context.WelfareCaller();
        return await HousingErrors.AnsweringAsync(() =>
            context.InScopeAsync<WelfareClientService, ClientView>(clients => clients.GetClientAsync(actor, clientId, context.CancellationToken)));
    }

    /// <summary>Whole cases with every child, for all the cases of a request at once (split queries: one per child table).</summary>
    public static Task<WelfareCase?> AggregateAsync(this IResolverContext context, Guid caseId) => Aggregates(context).LoadAsync(caseId);

    /// <summary>
    /// The client a list row names (a case's client, an access-log entry's). When the selection reads personal fields, the
    /// clients of all the rows are read at once through the Domain, which logs one view per client naming those fields;
    /// a selection of only the id or the registering center reads no personal data and logs nothing.
    /// </summary>
    public static Task<ClientView?> ListedClientAsync(this IResolverContext context, Guid clientId)
    {
        // Worked out once per planned selection, not once per row of the list.
        var listing = ListingsOfSelection.GetValue(context.GetSelections(), selections =>
        {
            var fields = selections.Select(f => f.Field.Name).Where(name => !NotPersonalClientFields.Contains(name))
                .Distinct().Order(StringComparer.Ordinal).ToList();
            var purpose = $"{context.ObjectType.Name}.{context.Field.Name}";
            return new ClientListing(fields, purpose, $"welfareListedClients|{purpose}|{string.Join(',', fields)}");
        });
        if (listing.Fields.Count == 0) return UnloggedClientAsync(context, clientId);
        var actor = context.WelfareCaller();
        return context.BatchDataLoader<Guid, ClientView>(listing.LoaderKey, async (ids, ct) =>
                (await HousingErrors.AnsweringAsync(() => context.InScopeAsync<WelfareClientService, List<ClientView>>(clients =>
                    clients.ViewClientsAsync(actor, ids, listing.Purpose, listing.Fields, ct)))).ToDictionary(c => c.Id))
            .LoadAsync(clientId);
    }

    /// <summary>The personal fields a list's client selection reads, the purpose logged and the loader serving them.</summary>
    private sealed record ClientListing(IReadOnlyList<string> Fields, string Purpose, string LoaderKey);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<SelectedField>, ClientListing> ListingsOfSelection = new();

    /// <summary>The WelfareClient fields that are no one's personal data.</summary>
    private static readonly HashSet<string> NotPersonalClientFields = ["id", "registeredBy", "__typename"];

    private static Task<ClientView?> UnloggedClientAsync(IResolverContext context, Guid clientId) =>
        context.BatchDataLoader<Guid, ClientView>("welfareClientViews", async (ids, ct) =>
            (await context.ReadDb().Set<Client>().Where(c => ids.Contains(c.Id)).ToListAsync(ct)).ToDictionary(c => c.Id, c => c.MaskedView()))
            .LoadAsync(clientId);

    public static Task<WelfareStaff?> StaffAsync(this IResolverContext context, Guid staffId) =>
        context.BatchDataLoader<Guid, WelfareStaff>("welfareStaff", async (ids, ct) =>
            await context.ReadDb().Set<WelfareStaff>().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct))
            .LoadAsync(staffId);

    public static Task<CenterRecord?> CenterAsync(this IResolverContext context, Guid centerId) =>
        context.BatchDataLoader<Guid, CenterRecord>("welfareCenterRecords", async (ids, ct) =>
            await CenterRecord.Of(context.ReadDb().Set<WelfareCenter>().Where(c => ids.Contains(c.Id))).ToDictionaryAsync(c => c.Id, ct))
            .LoadAsync(centerId);

    /// <summary>A child of a case (a service, a note…) by its id, when the caller may see its case.</summary>
    public static async ValueTask<T?> CaseChildAsync<T>(this IResolverContext context, Guid childId,
        System.Linq.Expressions.Expression<Func<WelfareCase, bool>> holds, Func<WelfareCase, T?> pick)
        where T : class
    {
        var visible = await context.VisibleCasesAsync();
        var caseId = await visible.Where(holds).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(context.CancellationToken);
        return caseId is { } id && await context.AggregateAsync(id) is { } aggregate ? pick(aggregate) : null;
    }

    /// <summary>The Guid key of a global id that must name <paramref name="typeName"/>.</summary>
    public static Guid Key(string id, string typeName) => GlobalId.ParseKey<Guid>(id, typeName);

    /// <summary>
    /// Runs a use case in a DI scope (and unit of work) of its own, so resolvers running side by side never share one, and
    /// again on fresh state when another writer won the race; the access-log head makes concurrent reads of one request race.
    /// </summary>
    public static Task<T> InScopeAsync<TService, T>(this IResolverContext context, Func<TService, Task<T>> useCase)
        where TService : notnull =>
        context.RequestServices.GetRequiredService<IServiceScopeFactory>().RetryingAsync(useCase, context.CancellationToken, attempts: 10);

    /// <summary>A Domain store over a read context of its own, for the services' read-only questions (who may see what).</summary>
    private static EfHousingStore ReadStore(IResolverContext context) => new(context.ReadDb());

    private static BatchDataLoader<Guid, WelfareCase> Aggregates(IResolverContext context) =>
        context.BatchDataLoader<Guid, WelfareCase>("welfareCaseAggregates", async (ids, ct) =>
            await context.ReadDb().Set<WelfareCase>().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct));
}
