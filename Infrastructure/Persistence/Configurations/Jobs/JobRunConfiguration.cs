using Housing.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Housing.Infrastructure.Persistence.Configurations.Jobs;

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> b)
    {
        b.ToTable("JobRuns");
        b.HasKey(x => x.Id);
        b.Property(x => x.JobGroup).HasMaxLength(150).IsRequired();
        b.Property(x => x.JobName).HasMaxLength(150).IsRequired();
        b.Property(x => x.TriggerName).HasMaxLength(150).IsRequired();
        b.Property(x => x.FireInstanceId).HasMaxLength(140).IsRequired();
        b.Property(x => x.Node).HasMaxLength(200).IsRequired();
        b.Property(x => x.Summary).HasMaxLength(1000);
        b.Property(x => x.Error).HasMaxLength(4000);
        b.HasIndex(x => x.FireInstanceId).IsUnique();
        b.HasIndex(x => new { x.JobGroup, x.JobName, x.StartedAt });
    }
}
