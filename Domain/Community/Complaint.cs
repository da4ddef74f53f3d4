using Housing.Domain.Common;

namespace Housing.Domain.Community;

public enum ComplaintKind
{
    /// <summary>민원: a request or grievance.</summary>
    Complaint,

    /// <summary>하자접수: a construction defect report.</summary>
    Defect,
}

public enum ComplaintCategory
{
    Noise,
    Parking,
    Facility,
    Leak,
    Electrical,
    Elevator,
    Cleaning,
    Security,
    Management,
    Other,
}

/// <summary>Received → Assigned → InProgress → Resolved → Closed; a resolved complaint may be reopened (back to InProgress).</summary>
public enum ComplaintStatus
{
    Received,
    Assigned,
    InProgress,
    Resolved,
    Closed,
}

/// <summary>A complaint or defect report (민원/하자접수) filed by a resident and handled by the management office.</summary>
public sealed class Complaint : AggregateRoot
{
    public const int MaxPhotos = 10;

    private readonly List<ComplaintPhoto> _photos = [];
    private readonly List<ComplaintEvent> _history = [];

    private Complaint() { }

    private Complaint(Guid complexId, Guid residentId, Guid householdId, Guid? userId, FileComplaintCommand cmd, DateTimeOffset now)
    {
        ComplexId = complexId;
        FiledByResidentId = residentId;
        FiledByHouseholdId = householdId;
        FiledByUserId = userId;
        Kind = cmd.Kind;
        Category = cmd.Category;
        Title = cmd.Title.Trim();
        Description = cmd.Description.Trim();
        Location = string.IsNullOrWhiteSpace(cmd.Location) ? null : cmd.Location.Trim();
        FiledAt = now;
        Status = ComplaintStatus.Received;
    }

    public Guid ComplexId { get; private set; }

    public ComplaintKind Kind { get; private set; }

    public ComplaintCategory Category { get; private set; }

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    /// <summary>Where: 101동 1203호 욕실, 지하주차장 B2…</summary>
    public string? Location { get; private set; }

    public Guid FiledByResidentId { get; private set; }

    public Guid FiledByHouseholdId { get; private set; }

    public Guid? FiledByUserId { get; private set; }

    public DateTimeOffset FiledAt { get; private set; }

    public ComplaintStatus Status { get; private set; }

    /// <summary>The staff user handling it.</summary>
    public Guid? AssigneeUserId { get; private set; }

    public string? AssigneeName { get; private set; }

    public DateTimeOffset? AssignedAt { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? Resolution { get; private set; }

    /// <summary>The filer's satisfaction, 1 to 5, given after resolution.</summary>
    public int? Satisfaction { get; private set; }

    public string? SatisfactionComment { get; private set; }

    public int ReopenCount { get; private set; }

    public IReadOnlyList<ComplaintPhoto> Photos => _photos;

    public IReadOnlyList<ComplaintEvent> History => _history;

    /// <summary>From filing to the (latest) resolution; null while unresolved.</summary>
    public TimeSpan? TimeTaken => ResolvedAt - FiledAt;

    /// <summary>From filing to now for an open complaint, to the resolution otherwise.</summary>
    public TimeSpan Age(DateTimeOffset now) => (ResolvedAt ?? now) - FiledAt;

    internal static Complaint File(Guid complexId, Guid residentId, Guid householdId, Guid? userId, FileComplaintCommand cmd, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(cmd.Title))
            throw new DomainException("COMPLAINT_TITLE_REQUIRED", "A complaint needs a title.");
        if (string.IsNullOrWhiteSpace(cmd.Description))
            throw new DomainException("COMPLAINT_DESCRIPTION_REQUIRED", "Describe the problem.");
        var photos = cmd.PhotoFileIds ?? [];
        if (photos.Count > MaxPhotos || photos.Any(p => p == Guid.Empty))
            throw new DomainException("COMPLAINT_PHOTOS_INVALID", $"Attach up to {MaxPhotos} uploaded photos.");
        var c = new Complaint(complexId, residentId, householdId, userId, cmd, now);
        c._photos.AddRange(photos.Distinct().Select((p, i) => new ComplaintPhoto(p, i + 1)));
        c._history.Add(new ComplaintEvent(null, ComplaintStatus.Received, userId, null, now));
        return c;
    }

    internal void Assign(Guid assigneeUserId, string assigneeName, Guid byUserId, DateTimeOffset now)
    {
        if (Status is ComplaintStatus.Resolved or ComplaintStatus.Closed)
            throw new DomainException("INVALID_COMPLAINT_TRANSITION", $"A {Status.ToString().ToLowerInvariant()} complaint is not reassigned; reopen it first.");
        if (assigneeUserId == Guid.Empty || string.IsNullOrWhiteSpace(assigneeName))
            throw new DomainException("ASSIGNEE_REQUIRED", "Name the staff member who handles the complaint.");
        AssigneeUserId = assigneeUserId;
        AssigneeName = assigneeName.Trim();
        AssignedAt = now;
        if (Status == ComplaintStatus.Received)
            MoveTo(ComplaintStatus.Assigned, byUserId, $"Assigned to {AssigneeName}", now);
        else
            _history.Add(new ComplaintEvent(Status, Status, byUserId, $"Reassigned to {AssigneeName}", now));
        Touch();
    }

    internal void Start(Guid byUserId, DateTimeOffset now)
    {
        Require(ComplaintStatus.Assigned, "work starts on an assigned complaint");
        MoveTo(ComplaintStatus.InProgress, byUserId, null, now);
        Touch();
    }

    internal void Resolve(Guid byUserId, string resolution, DateTimeOffset now)
    {
        Require(ComplaintStatus.InProgress, "only a complaint in progress is resolved");
        if (string.IsNullOrWhiteSpace(resolution))
            throw new DomainException("RESOLUTION_REQUIRED", "Say what was done to resolve it.");
        Resolution = resolution.Trim();
        ResolvedAt = now;
        MoveTo(ComplaintStatus.Resolved, byUserId, Resolution, now);
        Touch();
    }

    /// <summary>The filer is not satisfied: back to InProgress with the same assignee; a rating given is withdrawn.</summary>
    internal void Reopen(Guid? byUserId, string reason, DateTimeOffset now)
    {
        Require(ComplaintStatus.Resolved, "only a resolved complaint is reopened");
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainException("REOPEN_REASON_REQUIRED", "Say why the problem is not solved.");
        ReopenCount++;
        ResolvedAt = null;
        Satisfaction = null;
        SatisfactionComment = null;
        MoveTo(ComplaintStatus.InProgress, byUserId, reason.Trim(), now);
        Touch();
    }

    internal void Close(Guid? byUserId, DateTimeOffset now)
    {
        Require(ComplaintStatus.Resolved, "a complaint is closed after it is resolved");
        ClosedAt = now;
        MoveTo(ComplaintStatus.Closed, byUserId, null, now);
        Touch();
    }

    internal void Rate(int satisfaction, string? comment)
    {
        if (Status is not (ComplaintStatus.Resolved or ComplaintStatus.Closed))
            throw new DomainException("NOT_RESOLVED", "Satisfaction is given after the complaint is resolved.");
        if (Satisfaction is not null)
            throw new DomainException("ALREADY_RATED", "Satisfaction was already given.");
        if (satisfaction is < 1 or > 5)
            throw new DomainException("SATISFACTION_OUT_OF_RANGE", $"Satisfaction {satisfaction} is out of range; give 1 to 5.");
        Satisfaction = satisfaction;
        SatisfactionComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        Touch();
    }

    private void Require(ComplaintStatus status, string rule)
    {
        if (Status != status)
            throw new DomainException("INVALID_COMPLAINT_TRANSITION", $"The complaint is {ApiNames.Of(Status)}; {rule}.");
    }

    private void MoveTo(ComplaintStatus to, Guid? byUserId, string? note, DateTimeOffset now)
    {
        _history.Add(new ComplaintEvent(Status, to, byUserId, note, now));
        Status = to;
    }
}

public sealed class ComplaintPhoto : Entity
{
    private ComplaintPhoto() { }

    internal ComplaintPhoto(Guid fileId, int order)
    {
        FileId = fileId;
        Order = order;
    }

    public Guid FileId { get; private set; }

    public int Order { get; private set; }
}

/// <summary>A step of a complaint's handling, for its timeline.</summary>
public sealed class ComplaintEvent : Entity
{
    private ComplaintEvent() { }

    internal ComplaintEvent(ComplaintStatus? from, ComplaintStatus to, Guid? byUserId, string? note, DateTimeOffset at)
    {
        From = from;
        To = to;
        ByUserId = byUserId;
        Note = note;
        At = at;
    }

    public ComplaintStatus? From { get; private set; }

    public ComplaintStatus To { get; private set; }

    public Guid? ByUserId { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset At { get; private set; }
}

public sealed record FileComplaintCommand(
    ComplaintKind Kind,
    ComplaintCategory Category,
    string Title,
    string Description,
    string? Location = null,
    IReadOnlyList<Guid>? PhotoFileIds = null);
