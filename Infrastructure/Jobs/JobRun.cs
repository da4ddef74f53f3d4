using Housing.Domain.Common;

namespace Housing.Infrastructure.Jobs;

public enum JobRunOutcome
{
    Running,
    Succeeded,
    Failed,
}

/// <summary>One execution of a scheduled job, for the admin's "scheduled jobs" page: when, where, how it ended.</summary>
public sealed class JobRun : Entity
{
    private JobRun() { }

    public string JobGroup { get; private set; } = "";

    public string JobName { get; private set; } = "";

    public string TriggerName { get; private set; } = "";

    /// <summary>Quartz's id of this firing: one row per firing, whichever node ran it.</summary>
    public string FireInstanceId { get; private set; } = "";

    public string Node { get; private set; } = "";

    public bool Manual { get; private set; }

    public DateTimeOffset? ScheduledFor { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public JobRunOutcome Result { get; private set; }

    /// <summary>What the job reported it did: a <see cref="JobSummary"/> (codes and counts), or free text in runs recorded before it.</summary>
    public string? Summary { get; private set; }

    public string? Error { get; private set; }

    public static JobRun Start(string jobGroup, string jobName, string triggerName, string fireInstanceId, string node,
        bool manual, DateTimeOffset? scheduledFor, DateTimeOffset startedAt) => new()
        {
            JobGroup = jobGroup,
            JobName = jobName,
            TriggerName = triggerName,
            FireInstanceId = fireInstanceId,
            Node = node,
            Manual = manual,
            ScheduledFor = scheduledFor,
            StartedAt = startedAt,
            Result = JobRunOutcome.Running,
        };

    public void Finish(DateTimeOffset finishedAt, string? summary, string? error)
    {
        FinishedAt = finishedAt;
        Summary = Truncate(summary, 1000);
        Error = Truncate(error, 4000);
        Result = error is null ? JobRunOutcome.Succeeded : JobRunOutcome.Failed;
    }

    private static string? Truncate(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}
