using Housing.Domain.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Housing.Infrastructure.Persistence.Configurations.Documents;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> b)
    {
        b.ToTable("Documents");
        b.HasKey(x => x.Id);
        b.Property(x => x.SenderKind).HasMaxLength(20);
        b.Property(x => x.SenderName).HasMaxLength(200).IsRequired();
        b.Property(x => x.Prefix).HasMaxLength(200).IsRequired();
        b.Property(x => x.Number).HasMaxLength(220).IsRequired();
        b.Property(x => x.Title).HasMaxLength(200).IsRequired();
        b.Property(x => x.Body).IsRequired();
        b.Property(x => x.Category).HasMaxLength(20);
        b.Property(x => x.IdempotencyKey).HasMaxLength(Document.MaxIdempotencyKeyLength);
        b.Property(x => x.Fingerprint).HasMaxLength(64);
        b.HasIndex(x => new { x.SenderId, x.Year, x.Number }).IsUnique();
        // One document per sender and key, however many sends race with it (documents sent without a key have none).
        b.HasIndex(x => new { x.SentByUserId, x.IdempotencyKey }).IsUnique();
        b.HasIndex(x => new { x.SenderId, x.Year, x.Sequence });
        b.HasIndex(x => x.SentAt);
        b.HasIndex(x => x.ReplyDueAt);
        b.OwnsMany(x => x.Attachments, a =>
        {
            a.ToTable("DocumentAttachments");
            a.WithOwner().HasForeignKey("DocumentId");
            a.HasKey("DocumentId", nameof(Attachment.FileId));
            a.Property(p => p.FileName).HasMaxLength(260);
            a.Property(p => p.ContentType).HasMaxLength(100);
        });
        b.Navigation(x => x.Attachments).HasField("_attachments");
        b.HasMany(x => x.Deliveries).WithOne().HasForeignKey("DocumentId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Deliveries).HasField("_deliveries").AutoInclude();
    }
}

internal sealed class DocumentDeliveryConfiguration : IEntityTypeConfiguration<DocumentDelivery>
{
    public void Configure(EntityTypeBuilder<DocumentDelivery> b)
    {
        b.ToTable("DocumentDeliveries");
        b.HasKey(x => x.Id);
        b.Property(x => x.RecipientKind).HasMaxLength(20);
        b.Property(x => x.RecipientName).HasMaxLength(200).IsRequired();
        b.Property(x => x.Status).HasMaxLength(20);
        b.HasIndex(x => new { x.RecipientKind, x.RecipientId, x.Status });
        b.HasIndex("DocumentId", nameof(DocumentDelivery.RecipientKind), nameof(DocumentDelivery.RecipientId)).IsUnique();
        b.HasIndex(x => x.NotificationRequestedAt);
        b.HasOne(x => x.Reply).WithOne().HasForeignKey<DocumentReply>("DeliveryId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Reply).AutoInclude();
    }
}

internal sealed class DocumentReplyConfiguration : IEntityTypeConfiguration<DocumentReply>
{
    public void Configure(EntityTypeBuilder<DocumentReply> b)
    {
        b.ToTable("DocumentReplies");
        b.HasKey(x => x.Id);
        b.Property(x => x.Body).IsRequired();
        b.OwnsMany(x => x.Attachments, a =>
        {
            a.ToTable("DocumentReplyAttachments");
            a.WithOwner().HasForeignKey("ReplyId");
            a.HasKey("ReplyId", nameof(Attachment.FileId));
            a.Property(p => p.FileName).HasMaxLength(260);
            a.Property(p => p.ContentType).HasMaxLength(100);
        });
        b.Navigation(x => x.Attachments).HasField("_attachments");
    }
}
