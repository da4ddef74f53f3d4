using Housing.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Housing.Infrastructure.Persistence.Configurations.Integrations;

internal sealed class SyncCheckpointConfiguration : IEntityTypeConfiguration<SyncCheckpoint>
{
    public void Configure(EntityTypeBuilder<SyncCheckpoint> b)
    {
        b.ToTable("SyncCheckpoints");
        b.HasKey(x => x.Id);
        b.Property(x => x.Source).HasMaxLength(40).IsRequired();
        b.Property(x => x.Scope).HasMaxLength(400).IsRequired();
        b.Property(x => x.RunKey).HasMaxLength(100).IsRequired();
        b.Property(x => x.Item).HasMaxLength(100);
        b.Property(x => x.LastError).HasMaxLength(4000);
        b.HasIndex(x => new { x.Source, x.Scope }).IsUnique();
    }
}
