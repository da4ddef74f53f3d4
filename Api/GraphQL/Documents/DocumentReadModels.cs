using System.Linq.Expressions;
using GraphQL.Types;
using Housing.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace Housing.Api.GraphQL.Documents;

/// <summary>An official document (전자문서) as the schema shows, filters and sorts it, projected from <see cref="Document"/> in SQL.</summary>
[GraphQLName("Document")]
public sealed class DocumentNode
{
    [GraphQLIgnore] public Guid Id { get; init; }

    [GraphQLIgnore] public Guid SenderId { get; init; }

    [GraphQLDescription("Who sent it: the district office (구청) or a complex's management office (관리사무소).")]
    public DocumentParty SenderKind { get; init; }

    [GraphQLDescription("The sender as recipients see it, e.g. 영등포구 주택과.")]
    public string SenderName { get; init; } = "";

    [GraphQLDescription("문서번호, unique per sender and year, e.g. 주택과-1234.")]
    public string Number { get; init; } = "";

    [GraphQLDescription("제목.")]
    public string Title { get; init; } = "";

    [GraphQLDescription("본문.")]
    public string Body { get; init; } = "";

    public DocumentCategory Category { get; init; }

    [GraphQLDescription("Whether recipients must reply (회신 요청); documents for information only take no reply.")]
    public bool RequiresReply { get; init; }

    [GraphQLDescription("회신 기한; null without a deadline.")]
    public DateTimeOffset? ReplyDueAt { get; init; }

    [GraphQLDescription("발송 일시.")]
    public DateTimeOffset SentAt { get; init; }

    [GraphQLDescription("How far the document has got with its recipients: counts that `where` and `order` can use, e.g. `{ progress: { overdue: { gt: 0 } } }`.")]
    public DocumentProgressNode Progress { get; init; } = new();

    /// <summary>Documents as nodes; <paramref name="now"/> counts unreplied deliveries past the deadline as overdue even before the reminder job marks them.</summary>
    public static IQueryable<DocumentNode> All(DbContext db, DateTimeOffset now) => db.Set<Document>().AsNoTracking().Select(Projection(now));

    /// <summary>
    /// The projection, with <see cref="DocumentDelivery.OverdueRule"/> put in place of <c>overdue</c>: the admin pages count
    /// overdue deliveries by the same rule in memory.
    /// </summary>
    private static Expression<Func<Document, DocumentNode>> Projection(DateTimeOffset now)
    {
        Expression<Func<Document, Func<DeliveryStatus, DateTimeOffset?, DateTimeOffset, bool>, DocumentNode>> shape = (d, overdue) => new DocumentNode
        {
            Id = d.Id,
            SenderId = d.SenderId,
            SenderKind = d.SenderKind,
            SenderName = d.SenderName,
            Number = d.Number,
            Title = d.Title,
            Body = d.Body,
            Category = d.Category,
            RequiresReply = d.RequiresReply,
            ReplyDueAt = d.ReplyDueAt,
            SentAt = d.SentAt,
            Progress = new DocumentProgressNode
            {
                Recipients = d.Deliveries.Count(),
                Notified = d.Deliveries.Count(x => x.NotifiedAt != null),
                Read = d.Deliveries.Count(x => x.ReadAt != null),
                Replied = d.Deliveries.Count(x => x.Status == DeliveryStatus.Replied),
                Overdue = d.Deliveries.Count(x => overdue(x.Status, d.ReplyDueAt, now)),
                RepliedLate = d.Deliveries.Count(x => x.Status == DeliveryStatus.Replied && x.WasOverdue),
            },
        };
        return OverdueRuleInliner.Inline(shape);
    }
}

/// <summary>
/// Puts <see cref="DocumentDelivery.OverdueRule"/>'s body, its parameters bound to the arguments, in place of each call of
/// a projection's placeholder delegate, so the projection counts overdue in SQL by the rule the admin pages use in memory.
/// </summary>
internal sealed class OverdueRuleInliner(ParameterExpression placeholder) : ExpressionVisitor
{
    /// <summary><paramref name="shape"/> without its placeholder parameter (the second), the rule inlined where it was called.</summary>
    public static Expression<Func<TSource, TResult>> Inline<TSource, TResult>(
        Expression<Func<TSource, Func<DeliveryStatus, DateTimeOffset?, DateTimeOffset, bool>, TResult>> shape) =>
        Expression.Lambda<Func<TSource, TResult>>(new OverdueRuleInliner(shape.Parameters[1]).Visit(shape.Body), shape.Parameters[0]);

    protected override Expression VisitInvocation(InvocationExpression node)
    {
        if (node.Expression != placeholder) return base.VisitInvocation(node);
        var rule = DocumentDelivery.OverdueRule;
        var arguments = node.Arguments.Select(Visit).ToList();
        return new Binder(rule.Parameters.Zip(arguments).ToDictionary(p => p.First, p => p.Second!)).Visit(rule.Body);
    }

    private sealed class Binder(Dictionary<ParameterExpression, Expression> arguments) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => arguments.GetValueOrDefault(node) ?? node;
    }
}

/// <summary>Where a document stands with its recipients (the district's tracking view).</summary>
[GraphQLName("DocumentProgress")]
public sealed class DocumentProgressNode
{
    [GraphQLDescription("수신처: complexes (or offices) the document was delivered to.")]
    public int Recipients { get; init; }

    [GraphQLDescription("Recipients whose manager got the SMS (문자 알림).")]
    public int Notified { get; init; }

    [GraphQLDescription("Recipients that opened it (열람).")]
    public int Read { get; init; }

    [GraphQLDescription("Recipients that replied (회신).")]
    public int Replied { get; init; }

    [GraphQLDescription("Recipients past the reply deadline without a reply (기한 경과).")]
    public int Overdue { get; init; }

    [GraphQLDescription("Recipients that replied after the deadline.")]
    public int RepliedLate { get; init; }
}

/// <summary>One recipient's copy of a document (수신) and how far it has got, projected from <see cref="DocumentDelivery"/>.</summary>
[GraphQLName("DocumentDelivery")]
public sealed class DeliveryNode
{
    [GraphQLIgnore] public Guid Id { get; init; }

    [GraphQLIgnore] public Guid DocumentId { get; init; }

    [GraphQLIgnore] public Guid RecipientId { get; init; }

    [GraphQLDescription("Whether the recipient is a complex's management office or the district office.")]
    public DocumentParty RecipientKind { get; init; }

    [GraphQLDescription("The recipient's name, e.g. the complex's name.")]
    public string RecipientName { get; init; } = "";

    [GraphQLDescription("SENT → NOTIFIED (SMS to the manager) → READ → REPLIED, or OVERDUE when the deadline passed without a reply.")]
    public DeliveryStatus Status { get; init; }

    [GraphQLDescription("발송 일시.")]
    public DateTimeOffset SentAt { get; init; }

    [GraphQLDescription("When the first SMS to the manager went out.")]
    public DateTimeOffset? NotifiedAt { get; init; }

    [GraphQLDescription("When the last SMS (a reminder) went out.")]
    public DateTimeOffset? LastNotifiedAt { get; init; }

    [GraphQLDescription("SMS sent for this delivery so far.")]
    public int NotificationCount { get; init; }

    [GraphQLDescription("When the SMS awaiting its sending was last tried and none of the complex's managers had a mobile number to text (연락처 없음); null once an SMS is sent. A resend tries again.")]
    public DateTimeOffset? UnreachableAt { get; init; }

    [GraphQLDescription("열람 일시: when a manager first opened it.")]
    public DateTimeOffset? ReadAt { get; init; }

    [GraphQLDescription("When the delivery was marked overdue.")]
    public DateTimeOffset? OverdueAt { get; init; }

    [GraphQLDescription("Whether it was ever overdue (a late reply keeps this).")]
    public bool WasOverdue { get; init; }

    /// <summary>
    /// Deliveries as nodes, each with its document's deadline joined in (one statement, so a page per document is still one
    /// windowed statement): <paramref name="now"/> makes an unreplied delivery past the deadline OVERDUE by
    /// <see cref="DocumentDelivery.OverdueRule"/> even before the reminder job marks it, as the document's progress counts it.
    /// </summary>
    public static IQueryable<DeliveryNode> All(DbContext db, DateTimeOffset now) =>
        db.Set<DocumentDelivery>().AsNoTracking()
            .Join(db.Set<Document>(), x => EF.Property<Guid>(x, "DocumentId"), d => d.Id, (x, d) => new DeliveryOfDocument { Delivery = x, DocumentId = d.Id, ReplyDueAt = d.ReplyDueAt })
            .Select(Projection(now));

    /// <summary>A delivery with its document's deadline, the join <see cref="All"/> projects from.</summary>
    private sealed class DeliveryOfDocument
    {
        public required DocumentDelivery Delivery { get; init; }

        public Guid DocumentId { get; init; }

        public DateTimeOffset? ReplyDueAt { get; init; }
    }

    private static Expression<Func<DeliveryOfDocument, DeliveryNode>> Projection(DateTimeOffset now)
    {
        Expression<Func<DeliveryOfDocument, Func<DeliveryStatus, DateTimeOffset?, DateTimeOffset, bool>, DeliveryNode>> shape = (j, overdue) => new DeliveryNode
        {
            Id = j.Delivery.Id,
            DocumentId = j.DocumentId,
            RecipientId = j.Delivery.RecipientId,
            RecipientKind = j.Delivery.RecipientKind,
            RecipientName = j.Delivery.RecipientName,
            Status = overdue(j.Delivery.Status, j.ReplyDueAt, now) ? DeliveryStatus.Overdue : j.Delivery.Status,
            SentAt = j.Delivery.SentAt,
            NotifiedAt = j.Delivery.NotifiedAt,
            LastNotifiedAt = j.Delivery.LastNotifiedAt,
            NotificationCount = j.Delivery.NotificationCount,
            UnreachableAt = j.Delivery.UnreachableAt,
            ReadAt = j.Delivery.ReadAt,
            OverdueAt = j.Delivery.OverdueAt,
            WasOverdue = j.Delivery.WasOverdue,
        };
        return OverdueRuleInliner.Inline(shape);
    }
}

/// <summary>What <c>postageSaved</c> answers: the deliveries of a year and what they would have cost by registered mail.</summary>
[GraphQLName("PostageSaved")]
public sealed record PostageSavedNode(
    [property: GraphQLDescription("The year (KST).")] int Year,
    [property: GraphQLDescription("Deliveries sent on the platform that year.")] int Deliveries,
    [property: GraphQLDescription("What they would have cost as registered letters (등기우편), KRW.")] long Amount,
    [property: GraphQLDescription("The rate counted per delivery, KRW.")] long RatePerDelivery);
