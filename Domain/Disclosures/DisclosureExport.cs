using Housing.Domain.Common;

namespace Housing.Domain.Disclosures;

/// <summary>The file formats of a disclosure export.</summary>
public enum ExportFormat
{
    /// <summary>UTF-8 with a byte-order mark (so Excel reads Korean text), RFC 4180 quoting.</summary>
    Csv,

    /// <summary>One JSON object per line.</summary>
    Jsonl,

    /// <summary>An Excel workbook; a sheet holds at most 1,048,575 rows below its header, more rows continue on the next sheet.</summary>
    Xlsx,
}

/// <summary>Where a bulk export stands: Queued → Running → Completed (→ Expired), or Failed, or Canceled.</summary>
public enum ExportStatus
{
    Queued,
    Running,
    Completed,
    Failed,
    Expired,
    Canceled,
}

/// <summary>
/// A bulk export of disclosure line items (one row per complex × month × fee item) an analyst asked for, in the manner of
/// Shopify's bulk operations: stored when requested, run by a job that reports progress, downloadable once completed
/// until <see cref="ExpiresAt"/>, then expired and its file deleted.
/// </summary>
public sealed class DisclosureExport : AggregateRoot
{
    /// <summary>How long a completed file stays downloadable.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private DisclosureExport()
    {
        RequestedByName = Scope = Items = "";
    }

    private DisclosureExport(Guid requestedBy, string requestedByName, string scope, IReadOnlyList<string> items, ExportFormat format, DateTimeOffset now)
    {
        RequestedBy = requestedBy;
        RequestedByName = requestedByName;
        Scope = scope;
        Items = string.Join(',', items);
        Format = format;
        Status = ExportStatus.Queued;
        CreatedAt = now;
    }

    public Guid RequestedBy { get; private set; }

    /// <summary>The requester's name when the export was asked for, for the platform admin's list.</summary>
    public string RequestedByName { get; private set; }

    /// <summary>Which complexes and months, as the JSON the export's scope was stored as.</summary>
    public string Scope { get; private set; }

    /// <summary>The fee item codes exported, comma-separated in the order asked; empty for every item.</summary>
    public string Items { get; private set; }

    public ExportFormat Format { get; private set; }

    public ExportStatus Status { get; private set; }

    /// <summary>Rows written so far (the job reports it as it goes).</summary>
    public long RowsWritten { get; private set; }

    /// <summary>The rows the scope held when the job started; the progress is measured against it.</summary>
    public long? RowsEstimated { get; private set; }

    /// <summary>The rows in the completed file.</summary>
    public long? RowCount { get; private set; }

    /// <summary>The completed file's size in bytes.</summary>
    public long? FileSize { get; private set; }

    /// <summary>Why the export failed.</summary>
    public string? ErrorMessage { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>When a completed file stops being downloadable: <see cref="Lifetime"/> after completion.</summary>
    public DateTimeOffset? ExpiresAt { get; private set; }

    public IReadOnlyList<string> ItemCodes => Items.Length == 0 ? [] : Items.Split(',');

    /// <summary>Whether the export still holds a place among the caller's running exports.</summary>
    public bool IsActive => Status is ExportStatus.Queued or ExportStatus.Running;

    /// <summary>Rows written over rows estimated, 0 to 1; null before the job has counted them.</summary>
    public double? Progress => Status == ExportStatus.Completed ? 1
        : RowsEstimated switch
        {
            null => null,
            0 => 0,
            var estimated => Math.Min(1, (double)RowsWritten / estimated.Value),
        };

    /// <summary>The file name a download is offered under: the request's date (KST) and the id's last digits, e.g. <c>관리비공개-20261122-5f0c1a2b.csv</c>.</summary>
    public string FileName => $"관리비공개-{KoreanCalendar.DateOf(CreatedAt):yyyyMMdd}-{Id.ToString("N")[^8..]}.{Extension(Format)}";

    public static string Extension(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "csv",
        ExportFormat.Jsonl => "jsonl",
        _ => "xlsx",
    };

    public static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "text/csv; charset=utf-8",
        ExportFormat.Jsonl => "application/jsonl; charset=utf-8",
        _ => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    internal static DisclosureExport Request(Actor actor, string scope, IReadOnlyList<string> items, ExportFormat format, DateTimeOffset now) =>
        new(actor.UserId, actor.Name, scope, items, format, now);

    /// <summary>
    /// The job took the export up; <paramref name="estimatedRows"/> is what its scope holds now. A running export starts
    /// again from its first row when its job is recovered after a crash.
    /// </summary>
    public void Start(long estimatedRows, DateTimeOffset now)
    {
        if (!IsActive)
            throw Conflict("start");
        Status = ExportStatus.Running;
        StartedAt = now;
        RowsEstimated = estimatedRows;
        RowsWritten = 0;
        Touch();
    }

    public void ReportProgress(long rowsWritten)
    {
        Require(ExportStatus.Running, "report progress on");
        RowsWritten = rowsWritten;
        Touch();
    }

    public void Complete(long rowCount, long fileSize, DateTimeOffset now)
    {
        Require(ExportStatus.Running, "complete");
        Status = ExportStatus.Completed;
        RowsWritten = rowCount;
        RowCount = rowCount;
        FileSize = fileSize;
        CompletedAt = now;
        ExpiresAt = now + Lifetime;
        Touch();
    }

    public void Fail(string message, DateTimeOffset now)
    {
        if (!IsActive)
            throw Conflict("fail");
        Status = ExportStatus.Failed;
        ErrorMessage = message.Length > 1000 ? message[..1000] : message;
        CompletedAt = now;
        Touch();
    }

    /// <summary>The requester (or an admin) stops a queued or running export; the job stops at its next progress report.</summary>
    public void Cancel(DateTimeOffset now)
    {
        if (!IsActive)
            throw new DomainException("EXPORT_NOT_ACTIVE",
                $"The export is {ApiNames.Of(Status)}; only a QUEUED or RUNNING export can be canceled.");
        Status = ExportStatus.Canceled;
        CompletedAt = now;
        Touch();
    }

    /// <summary>Whether the completed file is past its lifetime at <paramref name="now"/>.</summary>
    public bool IsPastExpiry(DateTimeOffset now) => Status == ExportStatus.Completed && ExpiresAt <= now;

    /// <summary>The cleanup job deleted the file.</summary>
    public void Expire()
    {
        Require(ExportStatus.Completed, "expire");
        Status = ExportStatus.Expired;
        Touch();
    }

    private void Require(ExportStatus status, string action)
    {
        if (Status != status)
            throw Conflict(action);
    }

    private DomainException Conflict(string action) =>
        new("EXPORT_STATE", $"Cannot {action} an export that is {ApiNames.Of(Status)}.");
}
