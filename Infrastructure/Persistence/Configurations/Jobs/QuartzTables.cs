namespace Housing.Infrastructure.Persistence.Configurations.Jobs;

// The tables of Quartz's ADO job store (4.7.3), declared to EF Core only so that the platform's migrations create
// them: Quartz reads and writes them itself over ADO.NET, never through these classes.

public sealed class QuartzJobDetail
{
    public string SchedName { get; private set; } = "";
    public string JobName { get; private set; } = "";
    public string JobGroup { get; private set; } = "";
    public string? Description { get; private set; }
    public string JobClassName { get; private set; } = "";
    public bool IsDurable { get; private set; }
    public bool IsNonconcurrent { get; private set; }
    public bool IsUpdateData { get; private set; }
    public bool RequestsRecovery { get; private set; }
    public byte[]? JobData { get; private set; }
}

public sealed class QuartzTrigger
{
    public string SchedName { get; private set; } = "";
    public string TriggerName { get; private set; } = "";
    public string TriggerGroup { get; private set; } = "";
    public string JobName { get; private set; } = "";
    public string JobGroup { get; private set; } = "";
    public string? Description { get; private set; }
    public long? NextFireTime { get; private set; }
    public long? PrevFireTime { get; private set; }
    public int? Priority { get; private set; }
    public string TriggerState { get; private set; } = "";
    public string TriggerType { get; private set; } = "";
    public long StartTime { get; private set; }
    public long? EndTime { get; private set; }
    public string? CalendarName { get; private set; }
    public int? MisfireInstr { get; private set; }
    public long? MisfireOrigFireTime { get; private set; }
    public string? ExecutionGroup { get; private set; }
    public string? PreferredNode { get; private set; }
    public bool PreferredNodeAuto { get; private set; }
    public string? RetryPolicy { get; private set; }
    public int? RetryAttempt { get; private set; }
    public string? ContinuesTriggerName { get; private set; }
    public string? ContinuesTriggerGroup { get; private set; }
    public int? ContinuationCondition { get; private set; }
    public int? OverlapPolicy { get; private set; }
    public string? PauseReason { get; private set; }
    public string? PausedBy { get; private set; }
    public long? PausedAt { get; private set; }
    public long? MisfireThreshold { get; private set; }
    public bool? FixedDelay { get; private set; }
    public byte[]? JobData { get; private set; }
}

public sealed class QuartzSimpleTrigger
{
    public string SchedName { get; private set; } = "";
    public string TriggerName { get; private set; } = "";
    public string TriggerGroup { get; private set; } = "";
    public long RepeatCount { get; private set; }
    public long RepeatInterval { get; private set; }
    public long TimesTriggered { get; private set; }
}

public sealed class QuartzCronTrigger
{
    public string SchedName { get; private set; } = "";
    public string TriggerName { get; private set; } = "";
    public string TriggerGroup { get; private set; } = "";
    public string CronExpression { get; private set; } = "";
    public string? TimeZoneId { get; private set; }
}

public sealed class QuartzSimplePropertiesTrigger
{
    public string SchedName { get; private set; } = "";
    public string TriggerName { get; private set; } = "";
    public string TriggerGroup { get; private set; } = "";
    public string? StrProp1 { get; private set; }
    public string? StrProp2 { get; private set; }
    public string? StrProp3 { get; private set; }
    public int? IntProp1 { get; private set; }
    public int? IntProp2 { get; private set; }
    public long? LongProp1 { get; private set; }
    public long? LongProp2 { get; private set; }
    public decimal? DecProp1 { get; private set; }
    public decimal? DecProp2 { get; private set; }
    public bool? BoolProp1 { get; private set; }
    public bool? BoolProp2 { get; private set; }
    public string? TimeZoneId { get; private set; }
}

public sealed class QuartzBlobTrigger
{
    public string SchedName { get; private set; } = "";
    public string TriggerName { get; private set; } = "";
    public string TriggerGroup { get; private set; } = "";
    public byte[]? BlobData { get; private set; }
}

public sealed class QuartzCalendar
{
    public string SchedName { get; private set; } = "";
    public string CalendarName { get; private set; } = "";
    public byte[] Calendar { get; private set; } = [];
}

public sealed class QuartzPausedTriggerGroup
{
    public string SchedName { get; private set; } = "";
    public string TriggerGroup { get; private set; } = "";
    public string? PauseReason { get; private set; }
    public string? PausedBy { get; private set; }
    public long? PausedAt { get; private set; }
}

public sealed class QuartzPausedJobGroup
{
    public string SchedName { get; private set; } = "";
    public string JobGroup { get; private set; } = "";
    public string? PauseReason { get; private set; }
    public string? PausedBy { get; private set; }
    public long? PausedAt { get; private set; }
}

public sealed class QuartzFiredTrigger
{
    public string SchedName { get; private set; } = "";
    public string EntryId { get; private set; } = "";
    public string TriggerName { get; private set; } = "";
    public string TriggerGroup { get; private set; } = "";
    public string InstanceName { get; private set; } = "";
    public long FiredTime { get; private set; }
    public long SchedTime { get; private set; }
    public int Priority { get; private set; }
    public string State { get; private set; } = "";
    public string? JobName { get; private set; }
    public string? JobGroup { get; private set; }
    public bool? IsNonconcurrent { get; private set; }
    public bool? RequestsRecovery { get; private set; }
    public string? ExecutionGroup { get; private set; }
    public int? Progress { get; private set; }
    public string? ProgressMessage { get; private set; }
    public long? InterruptRequestedTime { get; private set; }
}

public sealed class QuartzSchedulerState
{
    public string SchedName { get; private set; } = "";
    public string InstanceName { get; private set; } = "";
    public long LastCheckinTime { get; private set; }
    public long CheckinInterval { get; private set; }
    public string? QuartzVersion { get; private set; }
}

public sealed class QuartzLock
{
    public string SchedName { get; private set; } = "";
    public string LockName { get; private set; } = "";
}

public sealed class QuartzExecutionHistory
{
    public string SchedName { get; private set; } = "";
    public string EntryId { get; private set; } = "";
    public string InstanceName { get; private set; } = "";
    public string JobName { get; private set; } = "";
    public string JobGroup { get; private set; } = "";
    public string TriggerName { get; private set; } = "";
    public string TriggerGroup { get; private set; } = "";
    public long FiredTime { get; private set; }
    public long RunTime { get; private set; }
    public bool Succeeded { get; private set; }
    public string? ErrorMessage { get; private set; }
    public int RetryAttempt { get; private set; }
    public bool RetryScheduled { get; private set; }
    public string? ExecutionLog { get; private set; }
    public int? Result { get; private set; }
    public string? Summary { get; private set; }
    public string? Metrics { get; private set; }
    public bool? Manual { get; private set; }
    public string? FireInstanceId { get; private set; }
    public string? JobInput { get; private set; }
    public bool? JobInputTooLarge { get; private set; }
}

public sealed class QuartzMisfireHistory
{
    public string SchedName { get; private set; } = "";
    public string EntryId { get; private set; } = "";
    public string InstanceName { get; private set; } = "";
    public string TriggerName { get; private set; } = "";
    public string TriggerGroup { get; private set; } = "";
    public string? JobName { get; private set; }
    public string? JobGroup { get; private set; }
    public long MisfireTime { get; private set; }
    public long? SchedTime { get; private set; }
    public int? Reason { get; private set; }
}

public sealed class QuartzJobStatus
{
    public string SchedName { get; private set; } = "";
    public string JobGroup { get; private set; } = "";
    public string JobName { get; private set; } = "";
    public long FirstFiredTime { get; private set; }
    public long LastFiredTime { get; private set; }
    public int LastResult { get; private set; }
    public long LastRunTime { get; private set; }
    public string LastInstanceName { get; private set; } = "";
    public string? LastEntryId { get; private set; }
    public string? LastSummary { get; private set; }
    public long? LastSuccessTime { get; private set; }
    public long? LastFailureTime { get; private set; }
    public string? LastFailureMessage { get; private set; }
    public int ConsecutiveFailures { get; private set; }
    public long RunCount { get; private set; }
    public long FailureCount { get; private set; }
}
