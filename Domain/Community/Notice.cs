using Housing.Domain.Common;

namespace Housing.Domain.Community;

public enum NoticeStatus
{
    Draft,
    Published,
    Unpublished,
}

/// <summary>A notice of the management office on the complex's homepage (공지사항).</summary>
public sealed class Notice : AggregateRoot
{
    public const int MaxTitleLength = 200;

    private readonly List<NoticeAttachment> _attachments = [];

    private Notice() { }

    private Notice(Guid complexId, Guid authorUserId, DateTimeOffset now)
    {
        ComplexId = complexId;
        AuthorUserId = authorUserId;
        CreatedAt = UpdatedAt = now;
        Status = NoticeStatus.Draft;
    }

    public Guid ComplexId { get; private set; }

    public string Title { get; private set; } = "";

    public string Body { get; private set; } = "";

    public bool Pinned { get; private set; }

    public NoticeStatus Status { get; private set; }

    public Guid AuthorUserId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>When it was first published; kept when unpublished and published again.</summary>
    public DateTimeOffset? PublishedAt { get; private set; }

    public IReadOnlyList<NoticeAttachment> Attachments => _attachments;

    public bool IsPublished => Status == NoticeStatus.Published;

    internal static Notice Create(Guid complexId, Guid authorUserId, NoticeContent content, DateTimeOffset now)
    {
        var notice = new Notice(complexId, authorUserId, now);
        notice.Apply(content);
        return notice;
    }

    internal void Edit(NoticeContent content, DateTimeOffset now)
    {
        Apply(content);
        UpdatedAt = now;
        Touch();
    }

    internal void Publish(DateTimeOffset now)
    {
        if (Status == NoticeStatus.Published)
            throw new DomainException("NOTICE_ALREADY_PUBLISHED", "The notice is already published.");
        Status = NoticeStatus.Published;
        PublishedAt ??= now;
        UpdatedAt = now;
        Touch();
    }

    internal void Unpublish(DateTimeOffset now)
    {
        if (Status != NoticeStatus.Published)
            throw new DomainException("NOTICE_NOT_PUBLISHED", "Only a published notice can be taken down.");
        Status = NoticeStatus.Unpublished;
        Pinned = false;
        UpdatedAt = now;
        Touch();
    }

    internal void Pin(bool pinned)
    {
        if (pinned && Status != NoticeStatus.Published)
            throw new DomainException("NOTICE_NOT_PUBLISHED", "Only a published notice can be pinned.");
        Pinned = pinned;
        Touch();
    }

    private void Apply(NoticeContent content)
    {
        if (string.IsNullOrWhiteSpace(content.Title) || content.Title.Trim().Length > MaxTitleLength)
            throw new DomainException("NOTICE_TITLE_INVALID", $"A notice needs a title of 1 to {MaxTitleLength} characters.");
        if (string.IsNullOrWhiteSpace(content.Body))
            throw new DomainException("NOTICE_BODY_REQUIRED", "A notice needs a body.");
        Title = content.Title.Trim();
        Body = content.Body.Trim();
        _attachments.Clear();
        foreach (var a in content.Attachments ?? [])
            _attachments.Add(NoticeAttachment.Create(a));
    }
}

/// <summary>A file attached to a notice (stored by the file service, referenced by id).</summary>
public sealed class NoticeAttachment : Entity
{
    private NoticeAttachment() { }

    private NoticeAttachment(Guid fileId, string fileName)
    {
        FileId = fileId;
        FileName = fileName;
    }

    public Guid FileId { get; private set; }

    public string FileName { get; private set; } = "";

    internal static NoticeAttachment Create(AttachmentInput input)
    {
        if (input.FileId == Guid.Empty || string.IsNullOrWhiteSpace(input.FileName))
            throw new DomainException("ATTACHMENT_INVALID", "An attachment needs the uploaded file's id and its name.");
        return new NoticeAttachment(input.FileId, input.FileName.Trim());
    }
}

public sealed record AttachmentInput(Guid FileId, string FileName);

public sealed record NoticeContent(string Title, string Body, IReadOnlyList<AttachmentInput>? Attachments = null);
