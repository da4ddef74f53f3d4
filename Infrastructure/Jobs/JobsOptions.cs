namespace Housing.Infrastructure.Jobs;

/// <summary>Settings of the scheduler, bound from the <c>Jobs</c> section.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Whether this node runs scheduled jobs at all (a node can serve requests only).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Jobs one node runs at the same time.</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>Cron expressions (Quartz syntax, KST) replacing a job's default schedule, by job name.</summary>
    public Dictionary<string, string> Schedules { get; set; } = [];
}
