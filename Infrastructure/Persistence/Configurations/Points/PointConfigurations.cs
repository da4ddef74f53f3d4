using Housing.Domain.Points;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Housing.Infrastructure.Persistence.Configurations.Points;

internal sealed class PointAccountConfiguration : IEntityTypeConfiguration<PointAccount>
{
    public void Configure(EntityTypeBuilder<PointAccount> b)
    {
        b.ToTable("PointAccounts");
        b.HasKey(x => x.Id);
        b.Property(x => x.Key).HasMaxLength(100).IsRequired();
        b.Property(x => x.Kind).HasMaxLength(30);
        b.Property(x => x.Operator).HasMaxLength(20);
        b.HasIndex(x => x.Key).IsUnique();
        b.HasIndex(x => new { x.Kind, x.OwnerId });
        b.HasMany(x => x.Lots).WithOne().HasForeignKey("AccountId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Lots).HasField("_lots").AutoInclude();
    }
}

internal sealed class PointLotConfiguration : IEntityTypeConfiguration<PointLot>
{
    public void Configure(EntityTypeBuilder<PointLot> b)
    {
        b.ToTable("PointLots");
        b.HasKey(x => x.Id);
        b.HasIndex(x => new { x.ExpiresAt, x.Remaining });
    }
}

internal sealed class LedgerTransactionConfiguration : IEntityTypeConfiguration<LedgerTransaction>
{
    public void Configure(EntityTypeBuilder<LedgerTransaction> b)
    {
        b.ToTable("LedgerTransactions");
        b.HasKey(x => x.Id);
        b.Property(x => x.IdempotencyKey).HasMaxLength(300).IsRequired();
        b.Property(x => x.Kind).HasMaxLength(30);
        b.Property(x => x.Description).HasMaxLength(300).IsRequired();
        b.Property(x => x.Fingerprint).HasMaxLength(600).IsRequired();
        b.HasIndex(x => x.IdempotencyKey).IsUnique();
        b.HasIndex(x => x.OccurredAt);
        b.HasIndex(x => x.ReferenceId);
        b.HasMany(x => x.Entries).WithOne().HasForeignKey("TransactionId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Entries).HasField("_entries").AutoInclude();
    }
}

internal sealed class LedgerEntryConfiguration : IEntityTypeConfiguration<LedgerEntry>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> b)
    {
        b.ToTable("LedgerEntries");
        b.HasKey(x => x.Id);
        b.HasIndex(x => x.AccountId);
        b.HasOne<PointAccount>().WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CommonSpendingRequestConfiguration : IEntityTypeConfiguration<CommonSpendingRequest>
{
    public void Configure(EntityTypeBuilder<CommonSpendingRequest> b)
    {
        b.ToTable("CommonSpendingRequests");
        b.HasKey(x => x.Id);
        b.Property(x => x.Purpose).HasMaxLength(500).IsRequired();
        b.Property(x => x.Status).HasMaxLength(20);
        b.Property(x => x.RejectionReason).HasMaxLength(1000);
        b.HasIndex(x => new { x.ComplexId, x.Status });
    }
}
