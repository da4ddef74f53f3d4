using Housing.Domain.Common;

namespace Housing.Domain.Community;

public enum NewsCategory
{
    /// <summary>Housing support programmes: rent, deposit, repair subsidies.</summary>
    HousingSupport,
    RentalHousing,
    WelfareService,
    Employment,
    Event,
    Other,
}

public enum NewsScope
{
    Everywhere,

    /// <summary>One district (sigungu).</summary>
    Region,

    /// <summary>One complex.</summary>
    Complex,
}

public enum NewsStatus
{
    Draft,
    Published,
    Withdrawn,
}

/// <summary>An item of the welfare newsroom (복지 뉴스룸): a support programme or notice for residents of a scope.</summary>
public sealed class NewsItem : AggregateRoot
{
    private NewsItem() { }

    private NewsItem(Guid authorUserId, DateTimeOffset now)
    {
        AuthorUserId = authorUserId;
        CreatedAt = now;
        Status = NewsStatus.Draft;
    }

    public string Title { get; private set; } = "";

    public string Summary { get; private set; } = "";

    public string Body { get; private set; } = "";

    public NewsCategory Category { get; private set; }

    public NewsScope Scope { get; private set; }

    /// <summary>The district, for <see cref="NewsScope.Region"/>.</summary>
    public string? SigunguCode { get; private set; }

    /// <summary>The complex, for <see cref="NewsScope.Complex"/>.</summary>
    public Guid? ComplexId { get; private set; }

    /// <summary>Where to apply or read more.</summary>
    public string? Link { get; private set; }

    public DateOnly? ApplyFrom { get; private set; }

    public DateOnly? ApplyUntil { get; private set; }

    public NewsStatus Status { get; private set; }

    public Guid AuthorUserId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    internal static NewsItem Create(NewsContent content, Guid authorUserId, DateTimeOffset now)
    {
        var item = new NewsItem(authorUserId, now);
        item.Apply(content);
        return item;
    }

    internal void Edit(NewsContent content)
    {
        Apply(content);
        Touch();
    }

    internal void Publish(DateTimeOffset now)
    {
        if (Status == NewsStatus.Published)
            throw new DomainException("NEWS_ALREADY_PUBLISHED", "The item is already published.");
        Status = NewsStatus.Published;
        PublishedAt = now;
        Touch();
    }

    internal void Withdraw()
    {
        if (Status != NewsStatus.Published)
            throw new DomainException("NEWS_NOT_PUBLISHED", "Only a published item can be withdrawn.");
        Status = NewsStatus.Withdrawn;
        Touch();
    }

    private void Apply(NewsContent c)
    {
        if (string.IsNullOrWhiteSpace(c.Title) || string.IsNullOrWhiteSpace(c.Summary) || string.IsNullOrWhiteSpace(c.Body))
            throw new DomainException("NEWS_CONTENT_REQUIRED", "A news item needs a title, a summary and a body.");
        if (c.Scope == NewsScope.Region && (c.SigunguCode is not { Length: 5 } || !c.SigunguCode.All(char.IsAsciiDigit)))
            throw new DomainException("NEWS_SCOPE_INVALID", "A regional item needs the district's 5-digit sigungu code.");
        if (c.Scope == NewsScope.Complex && c.ComplexId is null)
            throw new DomainException("NEWS_SCOPE_INVALID", "A complex item needs the complex.");
        if (c.ApplyFrom is { } from && c.ApplyUntil is { } until && until < from)
            throw new DomainException("NEWS_PERIOD_INVALID", "The application period ends before it starts.");
        if (c.Link is { } link && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            throw new DomainException("NEWS_LINK_INVALID", "The link must be an http(s) address.");
        Title = c.Title.Trim();
        Summary = c.Summary.Trim();
        Body = c.Body.Trim();
        Category = c.Category;
        Scope = c.Scope;
        SigunguCode = c.Scope == NewsScope.Region ? c.SigunguCode : null;
        ComplexId = c.Scope == NewsScope.Complex ? c.ComplexId : null;
        Link = c.Link;
        ApplyFrom = c.ApplyFrom;
        ApplyUntil = c.ApplyUntil;
    }
}

public sealed record NewsContent(
    string Title,
    string Summary,
    string Body,
    NewsCategory Category,
    NewsScope Scope,
    string? SigunguCode = null,
    Guid? ComplexId = null,
    string? Link = null,
    DateOnly? ApplyFrom = null,
    DateOnly? ApplyUntil = null);
