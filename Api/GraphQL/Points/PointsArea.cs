using System.Linq.Expressions;
using GraphQL.Authorization;
using GraphQL.Conventions;
using GraphQL.Data;
using GraphQL.Error;
using GraphQL.Execution;
using GraphQL.Relay;
using GraphQL.Types;
using Housing.Api.GraphQL.Listings;
using Housing.Api.GraphQL.Support;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Points;
using Microsoft.EntityFrameworkCore;

namespace Housing.Api.GraphQL.Points;

/// <summary>
/// The points area of DESIGN.md (포인트): the caller's accounts and their entries, spending and rent with idempotency keys,
/// common-point spending requested and approved by managers, expiry ahead, and the ledger's sums for admins.
/// </summary>
internal sealed class PointsArea : IHousingSchemaArea
{
    public void Configure(HousingSchemaBuilder schema)
    {
        AddTypes(schema.Types);
        schema.Query(AddQueries);
        schema.Mutation(AddMutations);
    }

    private static PointsService ReadPoints(IResolverContext context) =>
        new(context.ReadStore(), context.Use<TimeProvider>(), context.Use<PointsPolicy>());

    private static void AddTypes(SchemaBuilder types)
    {
        types.AddObjectType<PointAccount>(t =>
        {
            t.Description("A point account (포인트 계좌): a resident's personal points or a complex's common points. The balance never goes negative.")
                .BindFieldsExplicitly();
            t.ImplementsNode(a => a.Id, async (context, id) =>
                await HousingErrors.NodeAsync(() => ReadPoints(context).GetAccountAsync(context.Actor(), id, context.CancellationToken)));
            t.Field(a => a.Kind).Description("Personal (개인 포인트) or common (공용 포인트) of a complex.");
            t.Field(a => a.Balance).Description("Points in the account now; one point is worth 1 KRW.");
            t.Field("expiringPoints").Type("[PointExpiry!]!")
                .Description("Points that expire within the given number of days, by expiry instant (soonest first).")
                .Argument("withinDays", "Int!", a => a.DefaultValue(30).Description("How far ahead to look, in days (1 to 3650)."))
                .Resolve(context =>
                {
                    var days = context.ArgumentValue<int>("withinDays");
                    if (days is < 1 or > 3650)
                        throw HousingErrors.FieldError($"withinDays must be between 1 and 3650 days; {days} is not.", "INVALID_RANGE");
                    var until = context.Use<TimeProvider>().GetUtcNow().AddDays(days);
                    return context.Parent<PointAccount>().ExpiringBy(until)
                        .GroupBy(l => l.ExpiresAt)
                        .Select(g => new UpcomingExpiry(g.Key, g.Sum(l => l.Remaining)))
                        .ToList();
                });
            t.Field("entries")
                .Description("The account's movements (입출금 내역), each with the balance after it.")
                .UsePaging<PointAccount, PointEntryView, Guid>(a => a.Id, e => e.AccountId, e => e.Id)
                .UseFiltering<PointEntryView>()
                .UseSorting<PointEntryView>()
                .Resolve(context => PointEntryView.All(context.ReadDb()));
        });
        types.AddObjectType<UpcomingExpiry>(t =>
        {
            t.Name("PointExpiry").Description("Points of one account that expire at the same instant (소멸 예정 포인트).");
            t.Field(e => e.ExpiresAt).Description("When these points expire.");
            t.Field(e => e.Amount).Description("How many points expire then, unless spent before.");
        });
        types.AddObjectType<PointEntryView>(t =>
        {
            t.Description("One line of the double-entry ledger on an account: points in (+) or out (−).").BindFieldsExplicitly();
            t.ImplementsNode(e => e.Id, async (context, id) =>
            {
                var entry = await PointEntryView.All(context.ReadDb()).FirstOrDefaultAsync(e => e.Id == id, context.CancellationToken);
                if (entry is null) return null;
                await HousingErrors.AnsweringAsync(() => ReadPoints(context).GetAccountAsync(context.Actor(), entry.AccountId, context.CancellationToken));
                return entry;
            });
            t.Field(e => e.Kind).Description("What moved the points: a reward, a purchase, rent, common spending, expiry…");
            t.Field(e => e.Description).Description("The movement in words, e.g. 2026-06 임대료 (LH).");
            t.Field(e => e.Amount).Description("Points into (+) or out of (−) the account.");
            t.Field(e => e.BalanceAfter).Description("The account's balance right after this entry.");
            t.Field(e => e.OccurredAt).Description("When the movement was recorded.");
        });
        types.AddObjectType<PointsReceipt>(t =>
        {
            t.Description("What a spending did, or, when the idempotency key was used before, what the first request did.").BindFieldsExplicitly();
            t.Field(r => r.IdempotencyKey).Description("The idempotency key the request was sent with.");
            t.Field(r => r.Amount).Description("Points moved.");
            t.Field(r => r.BalanceAfter).Description("The account's balance right after the movement.");
            t.Field(r => r.Replayed).Description("True when this is a retry of an earlier request: nothing moved this time.");
        });
        types.AddObjectType<CommonSpendingView>(t =>
        {
            t.Description("A request to spend a complex's common points (공용 포인트 사용 요청) on its facilities or events; another manager approves or rejects it.")
                .BindFieldsExplicitly();
            t.ImplementsNode(r => r.Id, async (context, id) =>
            {
                var request = await CommonSpendingView.All(context.ReadDb()).FirstOrDefaultAsync(r => r.Id == id, context.CancellationToken);
                if (request is null) return null;
                await HousingErrors.AnsweringAsync(async () =>
                {
                    await ComplexAccess.RequireManagerOrAdminAsync(context.ReadStore(), context.Use<TimeProvider>(), context.Actor(), request.ComplexId, context.CancellationToken);
                    return true;
                });
                return request;
            });
            t.Field(r => r.Purpose).Description("What the points are for, e.g. 놀이터 보수.");
            t.Field(r => r.Amount).Description("Points asked for.");
            t.Field(r => r.Status).Description("Requested, approved (the points moved) or rejected.");
            t.Field(r => r.RequestedAt).Description("When it was asked for.");
            t.Field(r => r.DecidedAt).Description("When it was approved or rejected.");
            t.Field(r => r.RejectionReason).Description("Why it was rejected.");
        });
        types.AddObjectType<PointLedgerSummary>(t =>
        {
            t.Description("The ledger's sums: every movement balances, so the entries and the balances both sum to zero.");
            t.Field(s => s.Transactions).Description("Movements recorded.");
            t.Field(s => s.EntriesTotal).Description("The sum of every entry; zero in a sound ledger.");
            t.Field(s => s.BalancesTotal).Description("The sum of every account's balance (the rewards account runs negative); zero in a sound ledger.");
            t.Field(s => s.Accounts).Description("Balances summed per kind of account.");
        });
        types.AddObjectType<PointKindTotal>(t =>
        {
            t.Description("The accounts of one kind and their balances summed.");
            t.Field(k => k.Kind).Description("The kind of account.");
            t.Field(k => k.Accounts).Description("How many accounts of this kind exist.");
            t.Field(k => k.Balance).Description("Their balances summed.");
        });
    }

    private static void AddQueries(ObjectTypeDescriptor<object> query)
    {
        query.Field("myPointAccounts").Type("[PointAccount!]!")
            .Description("The caller's point accounts: a resident's personal account and their complex's common account, a manager's complex's common account.")
            .Authorize(Roles.Resident, Roles.ApiClient, Roles.ComplexManager)
            .ResolveAsync(context => ReadPoints(context).MyAccountsAsync(context.Actor(), context.CancellationToken));

        query.Field("commonPointSpendings")
            .Description("A complex's requests to spend common points, for its managers' approval queue.")
            .Authorize(Roles.ComplexManager, Roles.PlatformAdmin)
            .Argument("complexId", "ID!", a => a.Description("The complex."))
            .UsePaging<CommonSpendingView, Guid>(r => r.Id)
            .UseFiltering<CommonSpendingView>()
            .UseSorting<CommonSpendingView>()
            .ResolveAsync(async context =>
            {
                var complexId = DomainReads.Key(context.ArgumentValue<string>("complexId"), "Complex");
                await HousingErrors.AnsweringAsync(async () =>
                {
                    await ComplexAccess.RequireManagerOrAdminAsync(context.ReadStore(), context.Use<TimeProvider>(), context.Actor(), complexId, context.CancellationToken);
                    return true;
                });
                return CommonSpendingView.All(context.ReadDb()).Where(r => r.ComplexId == complexId);
            });

        query.Field("pointLedgerSummary").Type("PointLedgerSummary!")
            .Description("The ledger's sums, for platform admins: entries and balances each sum to zero.")
            .Authorize(Roles.PlatformAdmin)
            .ResolveAsync(async context =>
            {
                var db = context.ReadDb();
                var ct = context.CancellationToken;
                var kinds = await db.Set<PointAccount>().GroupBy(a => a.Kind)
                    .Select(g => new PointKindTotal(g.Key, g.Count(), g.Sum(a => a.Balance))).ToListAsync(ct);
                return new PointLedgerSummary(
                    await db.Set<LedgerTransaction>().CountAsync(ct),
                    await db.Set<LedgerEntry>().SumAsync(e => e.Amount, ct),
                    kinds.Sum(k => k.Balance),
                    [.. kinds.OrderBy(k => k.Kind)]);
            });
    }

    private static void AddMutations(ObjectTypeDescriptor<object> mutation)
    {
        mutation.Field("grantPoints")
            .Description("Issues points to a resident's personal or a complex's common account (welcome points, campaigns): platform admins.")
            .Authorize(Roles.PlatformAdmin)
            .UseMutationConvention<GrantPointsInput, PointsReceipt>(HousingErrors.Registry, "receipt", async (context, input) =>
            {
                var (kind, owner) = (input.ResidentId, input.ComplexId) switch
                {
                    ({ } resident, null) => (PointAccountKind.Personal, DomainReads.Key(resident, "Resident")),
                    (null, { } complex) => (PointAccountKind.Common, DomainReads.Key(complex, "Complex")),
                    _ => throw new DomainException("INVALID_ACCOUNT", "Name either a resident or a complex to grant points to."),
                };
                return await context.RetryingAsync<PointsService, PointsReceipt>(owner, points => points.GrantPointsAsync(
                    context.Actor(), new GrantPointsCommand(kind, owner, input.Amount, input.Reason, input.IdempotencyKey), context.CancellationToken));
            }, HousingErrors.Common);

        mutation.Field("spendPoints")
            .Description("Spends personal points (e.g. on a listing). Retrying with the same idempotency key never spends twice; concurrent spends never overspend.")
            .Authorize(Roles.Resident, Roles.ApiClient)
            .UseMutationConvention<SpendPointsInput, PointsReceipt>(HousingErrors.Registry, "receipt", async (context, input) =>
            {
                var actor = context.Actor();
                var accountId = DomainReads.Key(input.AccountId, nameof(PointAccount));
                var account = await ReadPoints(context).GetAccountAsync(actor, accountId, context.CancellationToken);
                if (account.Kind != PointAccountKind.Personal || account.OwnerId != actor.ResidentId)
                    throw new ForbiddenException("Points are spent from your own personal account; common points need a spending request.");
                return await context.RetryingAsync<PointsService, PointsReceipt>(account.OwnerId!.Value, points => points.SpendPointsAsync(
                    actor, new SpendPointsCommand(input.Amount, input.IdempotencyKey, input.Purpose), context.CancellationToken));
            }, HousingErrors.Common);

        mutation.Field("payRentWithPoints")
            .Description("Pays (part of) a month's rent to the rental operator of the caller's complex with personal points; idempotent by key.")
            .Authorize(Roles.Resident, Roles.ApiClient)
            .UseMutationConvention<PayRentWithPointsInput, PointsReceipt>(HousingErrors.Registry, "receipt", (context, input) =>
            {
                var actor = context.Actor();
                return new ValueTask<PointsReceipt>(context.RetryingAsync<PointsService, PointsReceipt>(actor.ResidentId ?? actor.UserId, points => points.PayRentWithPointsAsync(
                    actor, new PayRentCommand(input.Amount, input.Month, input.IdempotencyKey), context.CancellationToken)));
            }, HousingErrors.Common);

        mutation.Field("requestCommonPointSpending")
            .Description("A manager of the complex asks to spend its common points on its facilities or events; another manager of it decides.")
            .Authorize(Roles.ComplexManager)
            .UseMutationConvention<RequestCommonPointSpendingInput, CommonSpendingView>(HousingErrors.Registry, "spending", async (context, input) =>
                CommonSpendingView.Of(await context.Use<PointsService>().RequestCommonSpendingAsync(
                    context.Actor(), DomainReads.Key(input.ComplexId, "Complex"), input.Purpose, input.Amount, context.CancellationToken)),
                HousingErrors.Common);

        mutation.Field("approveCommonPointSpending")
            .Description("Another manager of the complex approves: the common points move now. The requester cannot approve their own request.")
            .Authorize(Roles.ComplexManager)
            .UseMutationConvention<ApproveCommonPointSpendingInput, CommonSpendingView>(HousingErrors.Registry, "spending", async (context, input) =>
                CommonSpendingView.Of(await context.Use<PointsService>().ApproveCommonSpendingAsync(
                    context.Actor(), DomainReads.Key(input.SpendingId, "CommonPointSpending"), context.CancellationToken)),
                HousingErrors.Common);

        mutation.Field("rejectCommonPointSpending")
            .Description("Another manager of the complex rejects the request with a reason the requester reads.")
            .Authorize(Roles.ComplexManager)
            .UseMutationConvention<RejectCommonPointSpendingInput, CommonSpendingView>(HousingErrors.Registry, "spending", async (context, input) =>
                CommonSpendingView.Of(await context.Use<PointsService>().RejectCommonSpendingAsync(
                    context.Actor(), DomainReads.Key(input.SpendingId, "CommonPointSpending"), input.Reason, context.CancellationToken)),
                HousingErrors.Common);
    }
}

/// <summary>A ledger entry with its movement, as clients filter and page it.</summary>
[GraphQLName("PointEntry")]
public sealed class PointEntryView
{
    public Guid Id { get; init; }

    [GraphQLIgnore]
    public Guid AccountId { get; init; }

    public LedgerTransactionKind Kind { get; init; }
    public string Description { get; init; } = "";
    public long Amount { get; init; }
    public long BalanceAfter { get; init; }
    public DateTimeOffset OccurredAt { get; init; }

    public static IQueryable<PointEntryView> All(DbContext db) =>
        db.Set<LedgerEntry>().Join(db.Set<LedgerTransaction>().IgnoreAutoIncludes(), e => EF.Property<Guid>(e, "TransactionId"), t => t.Id, (e, t) => new PointEntryView
        {
            Id = e.Id,
            AccountId = e.AccountId,
            Kind = t.Kind,
            Description = t.Description,
            Amount = e.Amount,
            BalanceAfter = e.BalanceAfter,
            OccurredAt = t.OccurredAt,
        });
}

/// <summary>A common-point spending request as clients filter and page it.</summary>
[GraphQLName("CommonPointSpending")]
public sealed class CommonSpendingView
{
    private static readonly Expression<Func<CommonSpendingRequest, CommonSpendingView>> Projection = r => new CommonSpendingView
    {
        Id = r.Id,
        ComplexId = r.ComplexId,
        Purpose = r.Purpose,
        Amount = r.Amount,
        Status = r.Status,
        RequestedAt = r.RequestedAt,
        DecidedAt = r.DecidedAt,
        RejectionReason = r.RejectionReason,
    };

    private static readonly Func<CommonSpendingRequest, CommonSpendingView> Map = Projection.Compile();

    public Guid Id { get; init; }

    [GraphQLIgnore]
    public Guid ComplexId { get; init; }

    public string Purpose { get; init; } = "";
    public long Amount { get; init; }
    public CommonSpendingStatus Status { get; init; }
    public DateTimeOffset RequestedAt { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
    public string? RejectionReason { get; init; }

    public static IQueryable<CommonSpendingView> All(DbContext db) => db.Set<CommonSpendingRequest>().Select(Projection);

    public static CommonSpendingView Of(CommonSpendingRequest request) => Map(request);
}

public sealed record PointLedgerSummary(int Transactions, long EntriesTotal, long BalancesTotal, IReadOnlyList<PointKindTotal> Accounts);

public sealed record PointKindTotal(PointAccountKind Kind, int Accounts, long Balance);

public sealed record GrantPointsInput(
    [property: GraphQLType("ID"), GraphQLDescription("The resident whose personal account receives the points.")] string? ResidentId,
    [property: GraphQLType("ID"), GraphQLDescription("The complex whose common account receives the points.")] string? ComplexId,
    long Amount,
    string Reason,
    [property: GraphQLDescription("A key of the caller's choosing: a retry with the same key grants nothing twice.")] string IdempotencyKey);

public sealed record SpendPointsInput(
    [property: GraphQLType("ID!"), GraphQLDescription("The caller's personal point account.")] string AccountId,
    [property: GraphQLDescription("Points to spend, above 0.")] long Amount,
    [property: GraphQLDescription("What the points pay for.")] string Purpose,
    [property: GraphQLDescription("A key of the caller's choosing: a retry with the same key spends nothing twice.")] string IdempotencyKey);

public sealed record PayRentWithPointsInput(
    [property: GraphQLDescription("Points to pay, above 0.")] long Amount,
    [property: GraphQLDescription("The month of rent paid.")] YearMonth Month,
    [property: GraphQLDescription("A key of the caller's choosing: a retry with the same key pays nothing twice.")] string IdempotencyKey);

public sealed record RequestCommonPointSpendingInput(
    [property: GraphQLType("ID!")] string ComplexId,
    string Purpose,
    long Amount);

public sealed record ApproveCommonPointSpendingInput([property: GraphQLType("ID!")] string SpendingId);

public sealed record RejectCommonPointSpendingInput([property: GraphQLType("ID!")] string SpendingId, string Reason);
