using Housing.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Housing.Infrastructure.Persistence.Configurations.Notifications;

internal sealed class OutboundMessageConfiguration : IEntityTypeConfiguration<OutboundMessage>
{
    public void Configure(EntityTypeBuilder<OutboundMessage> b)
    {
        b.ToTable("OutboundMessages");
        b.HasKey(x => x.Id);
        b.Property(x => x.Recipient).HasMaxLength(320).IsRequired();
        b.Property(x => x.Subject).HasMaxLength(200).IsRequired();
        b.Property(x => x.Body).HasMaxLength(4000).IsRequired();
        b.Property(x => x.DedupKey).HasMaxLength(200).IsRequired();
        b.Property(x => x.ProviderMessageId).HasMaxLength(200);
        b.Property(x => x.LastError).HasMaxLength(2000);
        b.HasIndex(x => x.DedupKey).IsUnique();
        b.HasIndex(x => new { x.Status, x.NotBefore });
        b.HasIndex(x => x.CreatedAt);
        b.HasMany(x => x.Attempts).WithOne().HasForeignKey(a => a.MessageId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Attempts).HasField("_attempts").AutoInclude();
    }
}

internal sealed class OutboundMessageAttemptConfiguration : IEntityTypeConfiguration<OutboundMessageAttempt>
{
    public void Configure(EntityTypeBuilder<OutboundMessageAttempt> b)
    {
        b.ToTable("OutboundMessageAttempts");
        b.HasKey(x => x.Id);
        b.Property(x => x.Transport).HasMaxLength(40).IsRequired();
        b.Property(x => x.Error).HasMaxLength(2000);
        b.HasIndex(x => new { x.MessageId, x.Number }).IsUnique();
    }
}
