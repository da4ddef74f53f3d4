using System.Linq.Expressions;
using GraphQL.Types;
using Housing.Domain.Community;
using Microsoft.EntityFrameworkCore;

namespace Housing.Api.GraphQL.Community;

/// <summary>A notice as clients filter, sort and page it, projected from <see cref="Notice"/> in SQL.</summary>
[GraphQLName("Notice")]
public sealed class NoticeView
{
    private static readonly Expression<Func<Notice, NoticeView>> Projection = n => new NoticeView
    {
        Id = n.Id,
        ComplexId = n.ComplexId,
        Title = n.Title,
        Body = n.Body,
        Pinned = n.Pinned,
        Status = n.Status,
        CreatedAt = n.CreatedAt,
        UpdatedAt = n.UpdatedAt,
        PublishedAt = n.PublishedAt,
    };

    private static readonly Func<Notice, NoticeView> Map = Projection.Compile();

    public Guid Id { get; init; }

    [GraphQLIgnore] public Guid ComplexId { get; init; }

    public string Title { get; init; } = "";
    public string Body { get; init; } = "";
    public bool Pinned { get; init; }
    public NoticeStatus Status { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }

    public static IQueryable<NoticeView> Of(IQueryable<Notice> notices) => notices.Select(Projection);

    public static NoticeView Of(Notice notice) => Map(notice);
}

/// <summary>A survey or vote as clients filter, sort and page it; its ballots stay in the database.</summary>
[GraphQLName("Poll")]
public sealed class PollView
{
    private static readonly Expression<Func<Poll, PollView>> Projection = p => new PollView
    {
        Id = p.Id,
        ComplexId = p.ComplexId,
        Kind = p.Kind,
        Title = p.Title,
        Description = p.Description,
        OpensAt = p.OpensAt,
        ClosesAt = p.ClosesAt,
        ClosedAt = p.ClosedAt,
        CancelledAt = p.CancelledAt,
        CreatedAt = p.CreatedAt,
    };

    private static readonly Func<Poll, PollView> Map = Projection.Compile();

    public Guid Id { get; init; }

    [GraphQLIgnore] public Guid ComplexId { get; init; }

    public PollKind Kind { get; init; }
    public string Title { get; init; } = "";
    public string? Description { get; init; }
    public DateTimeOffset OpensAt { get; init; }
    public DateTimeOffset ClosesAt { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
    public DateTimeOffset? CancelledAt { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    public static IQueryable<PollView> Of(IQueryable<Poll> polls) => polls.Select(Projection);

    public static PollView Of(Poll poll) => Map(poll);
}

/// <summary>A question of a poll, read without its poll's ballots.</summary>
[GraphQLName("PollQuestion")]
public sealed record PollQuestionView(Guid Id, [property: GraphQLIgnore] Guid PollId, int Order, string Text, QuestionKind Kind)
{
    public static IQueryable<PollQuestionView> OfPolls(DbContext db, IReadOnlyList<Guid> pollIds) =>
        Of(db.Set<PollQuestion>().Where(q => pollIds.Contains(EF.Property<Guid>(q, "PollId"))).OrderBy(q => q.Order));

    public static IQueryable<PollQuestionView> ById(DbContext db, Guid id) => Of(db.Set<PollQuestion>().Where(q => q.Id == id));

    private static IQueryable<PollQuestionView> Of(IQueryable<PollQuestion> questions) =>
        questions.Select(q => new PollQuestionView(q.Id, EF.Property<Guid>(q, "PollId"), q.Order, q.Text, q.Kind));
}

/// <summary>An option of a question; its votes are counted only when the poll is tallied at close.</summary>
[GraphQLName("PollOption")]
public sealed record PollOptionView(Guid Id, [property: GraphQLIgnore] Guid QuestionId, int Order, string Text, int? Votes)
{
    public static IQueryable<PollOptionView> OfQuestions(DbContext db, IReadOnlyList<Guid> questionIds) =>
        Of(db.Set<PollOption>().Where(o => questionIds.Contains(EF.Property<Guid>(o, "PollQuestionId"))).OrderBy(o => o.Order));

    public static IQueryable<PollOptionView> ById(DbContext db, Guid id) => Of(db.Set<PollOption>().Where(o => o.Id == id));

    private static IQueryable<PollOptionView> Of(IQueryable<PollOption> options) =>
        options.Select(o => new PollOptionView(o.Id, EF.Property<Guid>(o, "PollQuestionId"), o.Order, o.Text, o.Votes));
}

/// <summary>A complaint or defect report as clients filter, sort and page it.</summary>
[GraphQLName("Complaint")]
public sealed class ComplaintView
{
    private static readonly Expression<Func<Complaint, ComplaintView>> Projection = c => new ComplaintView
    {
        Id = c.Id,
        ComplexId = c.ComplexId,
        Kind = c.Kind,
        Category = c.Category,
        Title = c.Title,
        Description = c.Description,
        Location = c.Location,
        Status = c.Status,
        FiledAt = c.FiledAt,
        AssigneeName = c.AssigneeName,
        AssignedAt = c.AssignedAt,
        ResolvedAt = c.ResolvedAt,
        ClosedAt = c.ClosedAt,
        Resolution = c.Resolution,
        Satisfaction = c.Satisfaction,
        SatisfactionComment = c.SatisfactionComment,
        ReopenCount = c.ReopenCount,
    };

    private static readonly Func<Complaint, ComplaintView> Map = Projection.Compile();

    public Guid Id { get; init; }

    [GraphQLIgnore] public Guid ComplexId { get; init; }

    public ComplaintKind Kind { get; init; }
    public ComplaintCategory Category { get; init; }
    public string Title { get; init; } = "";
    public string Description { get; init; } = "";
    public string? Location { get; init; }
    public ComplaintStatus Status { get; init; }
    public DateTimeOffset FiledAt { get; init; }
    public string? AssigneeName { get; init; }
    public DateTimeOffset? AssignedAt { get; init; }
    public DateTimeOffset? ResolvedAt { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
    public string? Resolution { get; init; }
    public int? Satisfaction { get; init; }
    public string? SatisfactionComment { get; init; }
    public int ReopenCount { get; init; }

    public static IQueryable<ComplaintView> Of(IQueryable<Complaint> complaints) => complaints.Select(Projection);

    public static ComplaintView Of(Complaint complaint) => Map(complaint);
}

/// <summary>An item of the welfare newsroom as clients filter, sort and page it.</summary>
[GraphQLName("NewsItem")]
public sealed class NewsItemView
{
    private static readonly Expression<Func<NewsItem, NewsItemView>> Projection = n => new NewsItemView
    {
        Id = n.Id,
        Title = n.Title,
        Summary = n.Summary,
        Body = n.Body,
        Category = n.Category,
        Scope = n.Scope,
        SigunguCode = n.SigunguCode,
        Link = n.Link,
        ApplyFrom = n.ApplyFrom,
        ApplyUntil = n.ApplyUntil,
        Status = n.Status,
        PublishedAt = n.PublishedAt,
    };

    private static readonly Func<NewsItem, NewsItemView> Map = Projection.Compile();

    public Guid Id { get; init; }
    public string Title { get; init; } = "";
    public string Summary { get; init; } = "";
    public string Body { get; init; } = "";
    public NewsCategory Category { get; init; }
    public NewsScope Scope { get; init; }
    public string? SigunguCode { get; init; }
    public string? Link { get; init; }
    public DateOnly? ApplyFrom { get; init; }
    public DateOnly? ApplyUntil { get; init; }
    public NewsStatus Status { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }

    public static IQueryable<NewsItemView> Of(IQueryable<NewsItem> items) => items.Select(Projection);

    public static NewsItemView Of(NewsItem item) => Map(item);
}
