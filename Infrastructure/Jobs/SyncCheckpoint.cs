using Housing.Domain.Common;

namespace Housing.Infrastructure.Jobs;

public enum SyncStatus
{
    Running,
    /// <summary>Stopped on purpose (a spent daily quota) and due to resume at <see cref="SyncCheckpoint.ResumeAt"/>.</summary>
    Paused,
    Completed,
    Failed,
}

/// <summary>
/// Where an import from an outside source stands, saved in the same transaction as the data it imported, so an
/// interrupted run resumes at the first thing not yet saved. One row per source and scope (a sigungu, a feed).
/// </summary>
public sealed class SyncCheckpoint : AggregateRoot
{
    private SyncCheckpoint() { }

    public string Source { get; private set; } = "";

    public string Scope { get; private set; } = "";

    public SyncStatus Status { get; private set; }

    /// <summary>The run this position belongs to, e.g. the last month synced (202610); a new run starts from the top.</summary>
    public string RunKey { get; private set; } = "";

    /// <summary>Next page of the source's listing to read (1-based).</summary>
    public int Page { get; private set; } = 1;

    /// <summary>Items of <see cref="Page"/> already finished.</summary>
    public int ItemsDone { get; private set; }

    /// <summary>The item in progress (a K-apt code, a notice id), if any.</summary>
    public string? Item { get; private set; }

    /// <summary>The month in progress of <see cref="Item"/>.</summary>
    public YearMonth? Month { get; private set; }

    /// <summary>Operations of <see cref="Month"/> already fetched; their answers are kept in <see cref="PartialData"/>.</summary>
    public int OperationsDone { get; private set; }

    public string? PartialData { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public DateTimeOffset? ResumeAt { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>How many units (complex-months, notices) were written in this run.</summary>
    public int Imported { get; private set; }

    public static SyncCheckpoint Create(string source, string scope) => new() { Source = source, Scope = scope, Status = SyncStatus.Completed };

    /// <summary>
    /// Starts the run <paramref name="runKey"/> from the top, or resumes it where it stopped; a completed run is not
    /// started again unless <paramref name="fromTop"/> asks for it.
    /// </summary>
    public bool Begin(string runKey, DateTimeOffset now, bool fromTop = false)
    {
        if (RunKey == runKey && Status == SyncStatus.Completed && !fromTop)
            return false;
        if (RunKey != runKey || fromTop)
        {
            RunKey = runKey;
            Page = 1;
            ItemsDone = 0;
            Item = null;
            Month = null;
            OperationsDone = 0;
            PartialData = null;
            Imported = 0;
            StartedAt = now;
            CompletedAt = null;
        }
        Status = SyncStatus.Running;
        ResumeAt = null;
        LastError = null;
        UpdatedAt = now;
        Touch();
        return true;
    }

    public void AtItem(string item, DateTimeOffset now)
    {
        if (Item == item) return;
        Item = item;
        Month = null;
        OperationsDone = 0;
        PartialData = null;
        UpdatedAt = now;
        Touch();
    }

    public void FetchedOperation(YearMonth month, int operationsDone, string partialData, DateTimeOffset now)
    {
        Month = month;
        OperationsDone = operationsDone;
        PartialData = partialData;
        UpdatedAt = now;
        Touch();
    }

    /// <summary>A month of <see cref="Item"/> is saved (or found not disclosed): the next starts from its first operation.</summary>
    public void FinishedMonth(YearMonth month, bool imported, DateTimeOffset now)
    {
        Month = month;
        OperationsDone = 0;
        PartialData = null;
        if (imported) Imported++;
        UpdatedAt = now;
        Touch();
    }

    public void FinishedItem(DateTimeOffset now)
    {
        ItemsDone++;
        Item = null;
        Month = null;
        OperationsDone = 0;
        PartialData = null;
        UpdatedAt = now;
        Touch();
    }

    public void FinishedPage(DateTimeOffset now)
    {
        Page++;
        ItemsDone = 0;
        UpdatedAt = now;
        Touch();
    }

    public void Pause(DateTimeOffset resumeAt, string reason, DateTimeOffset now)
    {
        Status = SyncStatus.Paused;
        ResumeAt = resumeAt;
        LastError = reason;
        UpdatedAt = now;
        Touch();
    }

    public void Fail(string error, DateTimeOffset now)
    {
        Status = SyncStatus.Failed;
        LastError = error.Length <= 4000 ? error : error[..4000];
        UpdatedAt = now;
        Touch();
    }

    public void Complete(DateTimeOffset now)
    {
        Status = SyncStatus.Completed;
        CompletedAt = now;
        Item = null;
        Month = null;
        PartialData = null;
        UpdatedAt = now;
        Touch();
    }
}
