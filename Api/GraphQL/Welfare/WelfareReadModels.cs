using System.Linq.Expressions;
using GraphQL.Types;
using Housing.Domain.Welfare;

namespace Housing.Api.GraphQL.Welfare;

/// <summary>
/// A case as lists and the case page read it, projected in SQL: its own columns, its crises and the time limits as of
/// today (the Domain's rules, inlined), so clients filter and sort by all of them in the database.
/// </summary>
[GraphQLName("WelfareCase")]
public sealed class CaseRecord
{
    public Guid Id { get; init; }

    // The keys of other entities are global ids in the schema: welfareCases(centerId:, assignedWorkerId:, clientId:), not filters of raw keys.

    /// <summary>The center that owns the case now.</summary>
    [GraphQLIgnore] public Guid CenterId { get; init; }

    [GraphQLIgnore] public Guid OpenedByCenterId { get; init; }

    [GraphQLIgnore] public Guid ClientId { get; init; }

    /// <summary>The staff member in charge.</summary>
    [GraphQLIgnore] public Guid AssignedWorkerId { get; init; }

    public CaseStatus Status { get; init; }

    public IntakeChannel IntakeChannel { get; init; }

    public string? ReferralSource { get; init; }

    public Urgency Urgency { get; init; }

    public string PresentingProblem { get; init; } = "";

    public DateOnly IntakeDate { get; init; }

    public DateTimeOffset OpenedAt { get; init; }

    /// <summary>No assessment 10 days after intake, as of today.</summary>
    public bool AssessmentOverdue { get; init; }

    /// <summary>No plan 30 days after intake, as of today.</summary>
    public bool PlanOverdue { get; init; }

    /// <summary>KRW of every service delivered.</summary>
    public long TotalServiceAmount { get; init; }

    public IEnumerable<CrisisRecord> Crises { get; init; } = [];

    /// <summary>The records of <paramref name="cases"/>, with the time limits judged as of <paramref name="today"/> (a Korean date).</summary>
    public static IQueryable<CaseRecord> Of(IQueryable<WelfareCase> cases, DateOnly today)
    {
        Expression<Func<WelfareCase, bool, bool, CaseRecord>> shape = (c, assessmentOverdue, planOverdue) => new CaseRecord
        {
            Id = c.Id,
            CenterId = c.CenterId,
            OpenedByCenterId = c.OpenedByCenterId,
            ClientId = c.ClientId,
            AssignedWorkerId = c.AssignedWorkerId,
            Status = c.Status,
            IntakeChannel = c.IntakeChannel,
            ReferralSource = c.ReferralSource,
            Urgency = c.Urgency,
            PresentingProblem = c.PresentingProblem,
            IntakeDate = c.IntakeDate,
            OpenedAt = c.OpenedAt,
            AssessmentOverdue = assessmentOverdue,
            PlanOverdue = planOverdue,
            TotalServiceAmount = c.Services.Sum(s => s.Amount),
            Crises = c.Crises.Select(x => new CrisisRecord { Type = x.Type }),
        };
        var welfareCase = shape.Parameters[0];
        var body = new Inliner(new Dictionary<ParameterExpression, Expression>
        {
            [shape.Parameters[1]] = Inline(WelfareCaseQueries.AssessmentOverdueAsOf(today), welfareCase),
            [shape.Parameters[2]] = Inline(WelfareCaseQueries.PlanOverdueAsOf(today), welfareCase),
        }).Visit(shape.Body);
        return cases.Select(Expression.Lambda<Func<WelfareCase, CaseRecord>>(body, welfareCase));
    }

    private static Expression Inline(Expression<Func<WelfareCase, bool>> rule, ParameterExpression welfareCase) =>
        new Inliner(new Dictionary<ParameterExpression, Expression> { [rule.Parameters[0]] = welfareCase }).Visit(rule.Body);

    /// <summary>Puts expressions in place of parameters, so the Domain's predicates become part of one SQL projection.</summary>
    private sealed class Inliner(Dictionary<ParameterExpression, Expression> replacements) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            replacements.TryGetValue(node, out var replacement) ? replacement : node;
    }
}

/// <summary>One crisis of a case, as filters see it: <c>crises: { some: { type: { eq: EVICTION } } }</c>.</summary>
[GraphQLName("CaseCrisis")]
public sealed class CrisisRecord
{
    public CrisisType Type { get; init; }
}

/// <summary>A welfare center as the directory shows it.</summary>
[GraphQLName("WelfareCenter")]
public sealed class CenterRecord
{
    public Guid Id { get; init; }

    public string Name { get; init; } = "";

    public CenterKind Kind { get; init; }

    public string? SigunguCode { get; init; }

    public string? Phone { get; init; }

    public string? Address { get; init; }

    public static IQueryable<CenterRecord> Of(IQueryable<WelfareCenter> centers) => centers.Select(c => new CenterRecord
    {
        Id = c.Id,
        Name = c.Name,
        Kind = c.Kind,
        SigunguCode = c.SigunguCode,
        Phone = c.Phone,
        Address = c.Address,
    });
}

/// <summary>One access-log entry as reviewers filter and read it.</summary>
[GraphQLName("AccessLogEntry")]
public sealed class AccessLogRecord
{
    public Guid Id { get; init; }

    public long Sequence { get; init; }

    public DateTimeOffset At { get; init; }

    public string ActorName { get; init; } = "";

    // Global ids in the schema: accessLog(centerId:, clientId:, caseId:).
    [GraphQLIgnore] public Guid? CenterId { get; init; }

    public string? IpAddress { get; init; }

    [GraphQLIgnore] public Guid ClientId { get; init; }

    [GraphQLIgnore] public Guid? CaseId { get; init; }

    public AccessAction Action { get; init; }

    public string? Purpose { get; init; }

    public string? Fields { get; init; }

    public string Hash { get; init; } = "";

    public static IQueryable<AccessLogRecord> Of(IQueryable<AccessLogEntry> entries) => entries.Select(e => new AccessLogRecord
    {
        Id = e.Id,
        Sequence = e.Sequence,
        At = e.At,
        ActorName = e.ActorName,
        CenterId = e.CenterId,
        IpAddress = e.IpAddress,
        ClientId = e.ClientId,
        CaseId = e.CaseId,
        Action = e.Action,
        Purpose = e.Purpose,
        Fields = e.Fields,
        Hash = e.Hash,
    });
}
