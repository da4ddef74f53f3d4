using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Housing.Infrastructure.Persistence.Configurations.Jobs;

/// <summary>
/// Maps the Quartz tables with the names and widths of Quartz's own schema scripts. Names are lower case on every
/// provider: PostgreSQL folds Quartz's unquoted upper-case SQL to lower case, and SQLite ignores case.
/// </summary>
internal static class QuartzTable
{
    public const string Prefix = "qrtz_";

    private static readonly Dictionary<string, int> Widths = new()
    {
        ["sched_name"] = 120, ["job_name"] = 150, ["job_group"] = 150, ["description"] = 250, ["job_class_name"] = 250,
        ["trigger_name"] = 150, ["trigger_group"] = 150, ["trigger_state"] = 16, ["trigger_type"] = 8, ["calendar_name"] = 200,
        ["execution_group"] = 200, ["preferred_node"] = 200, ["retry_policy"] = 250, ["continues_trigger_name"] = 150,
        ["continues_trigger_group"] = 150, ["pause_reason"] = 250, ["paused_by"] = 200, ["cron_expression"] = 250,
        ["time_zone_id"] = 80, ["str_prop_1"] = 512, ["str_prop_2"] = 512, ["str_prop_3"] = 512, ["entry_id"] = 140,
        ["instance_name"] = 200, ["state"] = 16, ["progress_message"] = 250, ["quartz_version"] = 20, ["lock_name"] = 40,
        ["error_message"] = 1000, ["summary"] = 1000, ["fire_instance_id"] = 140, ["last_instance_name"] = 200,
        ["last_entry_id"] = 140, ["last_summary"] = 1000, ["last_failure_message"] = 1000,
    };

    public static void Map<T>(EntityTypeBuilder<T> builder, string table) where T : class
    {
        builder.ToTable(Prefix + table);
        foreach (var property in builder.Metadata.GetDeclaredProperties())
        {
            var column = ColumnName(property.Name);
            property.SetColumnName(column);
            if (property.ClrType == typeof(string) && Widths.TryGetValue(column, out var width))
                property.SetMaxLength(width);
        }
    }

    /// <summary>SchedName → sched_name, StrProp1 → str_prop_1.</summary>
    public static string ColumnName(string property)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < property.Length; i++)
        {
            var c = property[i];
            if (i > 0 && (char.IsUpper(c) || (char.IsDigit(c) && !char.IsDigit(property[i - 1]))))
                sb.Append('_');
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    public static string Index(string name) => "idx_" + Prefix + name;
}

internal sealed class QuartzJobDetailConfiguration : IEntityTypeConfiguration<QuartzJobDetail>
{
    public void Configure(EntityTypeBuilder<QuartzJobDetail> b)
    {
        QuartzTable.Map(b, "job_details");
        b.HasKey(x => new { x.SchedName, x.JobName, x.JobGroup });
        b.HasIndex(x => new { x.SchedName, x.JobGroup, x.JobName }).HasDatabaseName(QuartzTable.Index("j_g_n"));
    }
}

internal sealed class QuartzTriggerConfiguration : IEntityTypeConfiguration<QuartzTrigger>
{
    public void Configure(EntityTypeBuilder<QuartzTrigger> b)
    {
        QuartzTable.Map(b, "triggers");
        b.HasKey(x => new { x.SchedName, x.TriggerName, x.TriggerGroup });
        // Quartz inserts triggers without these columns and relies on the defaults of its schema.
        b.Property(x => x.PreferredNodeAuto).HasDefaultValue(false).ValueGeneratedNever();
        b.HasOne<QuartzJobDetail>().WithMany().HasForeignKey(x => new { x.SchedName, x.JobName, x.JobGroup }).OnDelete(DeleteBehavior.NoAction);
        b.HasIndex(x => new { x.SchedName, x.JobName, x.JobGroup }).HasDatabaseName(QuartzTable.Index("t_j"));
        b.HasIndex(x => new { x.SchedName, x.TriggerGroup, x.TriggerName }).HasDatabaseName(QuartzTable.Index("t_g_n"));
        b.HasIndex(x => new { x.SchedName, x.CalendarName }).HasDatabaseName(QuartzTable.Index("t_c"));
        b.HasIndex(x => new { x.SchedName, x.TriggerState, x.NextFireTime, x.Priority, x.MisfireInstr })
            .IsDescending(false, false, false, true, false)
            .HasDatabaseName(QuartzTable.Index("t_nft_st"));
    }
}

internal sealed class QuartzSimpleTriggerConfiguration : IEntityTypeConfiguration<QuartzSimpleTrigger>
{
    public void Configure(EntityTypeBuilder<QuartzSimpleTrigger> b)
    {
        QuartzTable.Map(b, "simple_triggers");
        b.HasKey(x => new { x.SchedName, x.TriggerName, x.TriggerGroup });
        b.HasOne<QuartzTrigger>().WithOne().HasForeignKey<QuartzSimpleTrigger>(x => new { x.SchedName, x.TriggerName, x.TriggerGroup }).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class QuartzCronTriggerConfiguration : IEntityTypeConfiguration<QuartzCronTrigger>
{
    public void Configure(EntityTypeBuilder<QuartzCronTrigger> b)
    {
        QuartzTable.Map(b, "cron_triggers");
        b.HasKey(x => new { x.SchedName, x.TriggerName, x.TriggerGroup });
        b.HasOne<QuartzTrigger>().WithOne().HasForeignKey<QuartzCronTrigger>(x => new { x.SchedName, x.TriggerName, x.TriggerGroup }).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class QuartzSimplePropertiesTriggerConfiguration : IEntityTypeConfiguration<QuartzSimplePropertiesTrigger>
{
    public void Configure(EntityTypeBuilder<QuartzSimplePropertiesTrigger> b)
    {
        QuartzTable.Map(b, "simprop_triggers");
        b.HasKey(x => new { x.SchedName, x.TriggerName, x.TriggerGroup });
        b.Property(x => x.DecProp1).HasPrecision(13, 4);
        b.Property(x => x.DecProp2).HasPrecision(13, 4);
        b.HasOne<QuartzTrigger>().WithOne().HasForeignKey<QuartzSimplePropertiesTrigger>(x => new { x.SchedName, x.TriggerName, x.TriggerGroup }).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class QuartzBlobTriggerConfiguration : IEntityTypeConfiguration<QuartzBlobTrigger>
{
    public void Configure(EntityTypeBuilder<QuartzBlobTrigger> b)
    {
        QuartzTable.Map(b, "blob_triggers");
        b.HasKey(x => new { x.SchedName, x.TriggerName, x.TriggerGroup });
        b.HasOne<QuartzTrigger>().WithOne().HasForeignKey<QuartzBlobTrigger>(x => new { x.SchedName, x.TriggerName, x.TriggerGroup }).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class QuartzCalendarConfiguration : IEntityTypeConfiguration<QuartzCalendar>
{
    public void Configure(EntityTypeBuilder<QuartzCalendar> b)
    {
        QuartzTable.Map(b, "calendars");
        b.HasKey(x => new { x.SchedName, x.CalendarName });
    }
}

internal sealed class QuartzPausedTriggerGroupConfiguration : IEntityTypeConfiguration<QuartzPausedTriggerGroup>
{
    public void Configure(EntityTypeBuilder<QuartzPausedTriggerGroup> b)
    {
        QuartzTable.Map(b, "paused_trigger_grps");
        b.HasKey(x => new { x.SchedName, x.TriggerGroup });
    }
}

internal sealed class QuartzPausedJobGroupConfiguration : IEntityTypeConfiguration<QuartzPausedJobGroup>
{
    public void Configure(EntityTypeBuilder<QuartzPausedJobGroup> b)
    {
        QuartzTable.Map(b, "paused_job_grps");
        b.HasKey(x => new { x.SchedName, x.JobGroup });
    }
}

internal sealed class QuartzFiredTriggerConfiguration : IEntityTypeConfiguration<QuartzFiredTrigger>
{
    public void Configure(EntityTypeBuilder<QuartzFiredTrigger> b)
    {
        QuartzTable.Map(b, "fired_triggers");
        b.HasKey(x => new { x.SchedName, x.EntryId });
        b.HasIndex(x => new { x.SchedName, x.InstanceName, x.RequestsRecovery }).HasDatabaseName(QuartzTable.Index("ft_inst_job_req_rcvry"));
        b.HasIndex(x => new { x.SchedName, x.JobName, x.JobGroup }).HasDatabaseName(QuartzTable.Index("ft_j_g"));
        b.HasIndex(x => new { x.SchedName, x.TriggerName, x.TriggerGroup }).HasDatabaseName(QuartzTable.Index("ft_t_g"));
    }
}

internal sealed class QuartzSchedulerStateConfiguration : IEntityTypeConfiguration<QuartzSchedulerState>
{
    public void Configure(EntityTypeBuilder<QuartzSchedulerState> b)
    {
        QuartzTable.Map(b, "scheduler_state");
        b.HasKey(x => new { x.SchedName, x.InstanceName });
    }
}

internal sealed class QuartzLockConfiguration : IEntityTypeConfiguration<QuartzLock>
{
    public void Configure(EntityTypeBuilder<QuartzLock> b)
    {
        QuartzTable.Map(b, "locks");
        b.HasKey(x => new { x.SchedName, x.LockName });
    }
}

internal sealed class QuartzExecutionHistoryConfiguration : IEntityTypeConfiguration<QuartzExecutionHistory>
{
    public void Configure(EntityTypeBuilder<QuartzExecutionHistory> b)
    {
        QuartzTable.Map(b, "execution_history");
        b.HasKey(x => new { x.SchedName, x.EntryId });
        b.Property(x => x.RetryAttempt).HasDefaultValue(0).ValueGeneratedNever();
        b.Property(x => x.RetryScheduled).HasDefaultValue(false).ValueGeneratedNever();
        b.HasIndex(x => new { x.SchedName, x.FiredTime }).HasDatabaseName(QuartzTable.Index("eh_fired_time"));
        b.HasIndex(x => new { x.SchedName, x.InstanceName }).HasDatabaseName(QuartzTable.Index("eh_inst"));
        b.HasIndex(x => new { x.SchedName, x.JobGroup, x.JobName, x.FiredTime }).HasDatabaseName(QuartzTable.Index("eh_job_time"));
        b.HasIndex(x => new { x.SchedName, x.FireInstanceId }).HasDatabaseName(QuartzTable.Index("eh_fire_inst"));
        b.HasIndex(x => new { x.SchedName, x.TriggerGroup, x.TriggerName, x.FiredTime }).HasDatabaseName(QuartzTable.Index("eh_trig_time"));
    }
}

internal sealed class QuartzMisfireHistoryConfiguration : IEntityTypeConfiguration<QuartzMisfireHistory>
{
    public void Configure(EntityTypeBuilder<QuartzMisfireHistory> b)
    {
        QuartzTable.Map(b, "misfire_history");
        b.HasKey(x => new { x.SchedName, x.EntryId });
        b.HasIndex(x => new { x.SchedName, x.MisfireTime }).HasDatabaseName(QuartzTable.Index("mh_misfire_time"));
        b.HasIndex(x => new { x.SchedName, x.InstanceName }).HasDatabaseName(QuartzTable.Index("mh_inst"));
    }
}

internal sealed class QuartzJobStatusConfiguration : IEntityTypeConfiguration<QuartzJobStatus>
{
    public void Configure(EntityTypeBuilder<QuartzJobStatus> b)
    {
        QuartzTable.Map(b, "job_status");
        b.HasKey(x => new { x.SchedName, x.JobGroup, x.JobName });
        b.Property(x => x.ConsecutiveFailures).HasDefaultValue(0).ValueGeneratedNever();
        b.Property(x => x.RunCount).HasDefaultValue(0L).ValueGeneratedNever();
        b.Property(x => x.FailureCount).HasDefaultValue(0L).ValueGeneratedNever();
    }
}
