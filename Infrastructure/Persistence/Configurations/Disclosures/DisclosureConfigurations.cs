using Housing.Domain.Complexes;
using Housing.Domain.Disclosures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Housing.Infrastructure.Persistence.Configurations.Disclosures;

internal sealed class DisclosureMonthConfiguration : IEntityTypeConfiguration<DisclosureMonth>
{
    public void Configure(EntityTypeBuilder<DisclosureMonth> b)
    {
        b.ToTable("DisclosureMonths");
        b.HasKey(x => x.Id);
        b.Property(x => x.Source).HasMaxLength(10);
        b.Property(x => x.CorrectionReason).HasMaxLength(500);
        b.HasIndex(x => new { x.ComplexId, x.Month }).IsUnique();
        b.HasIndex(x => new { x.Month, x.IsDisclosed });
        b.HasIndex(x => x.FiledLate);
        b.HasOne<Complex>().WithMany().HasForeignKey(x => x.ComplexId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Items).WithOne().HasForeignKey("DisclosureMonthId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Items).HasField("_items").AutoInclude();
        b.HasMany(x => x.Revisions).WithOne().HasForeignKey("DisclosureMonthId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Revisions).HasField("_revisions").AutoInclude();
        b.HasMany(x => x.Flags).WithOne().HasForeignKey("DisclosureMonthId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Flags).HasField("_flags").AutoInclude();
    }
}

internal sealed class DisclosureLineItemConfiguration : IEntityTypeConfiguration<DisclosureLineItem>
{
    public void Configure(EntityTypeBuilder<DisclosureLineItem> b)
    {
        b.ToTable("DisclosureLineItems");
        b.HasKey(x => x.Id);
        b.Property(x => x.ItemCode).HasMaxLength(40).IsRequired();
        b.Property(x => x.Group).HasMaxLength(20);
        b.Ignore(x => x.Item);
        b.Property<Guid>("DisclosureMonthId");
        b.HasIndex("DisclosureMonthId", nameof(DisclosureLineItem.ItemCode)).IsUnique();
        b.HasIndex(x => x.ItemCode);
    }
}

internal sealed class DisclosureRevisionConfiguration : IEntityTypeConfiguration<DisclosureRevision>
{
    public void Configure(EntityTypeBuilder<DisclosureRevision> b)
    {
        b.ToTable("DisclosureRevisions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Source).HasMaxLength(10);
        b.Property(x => x.Items).IsRequired();
        b.Property(x => x.CorrectionReason).HasMaxLength(500);
        b.Ignore(x => x.Amounts);
        b.Property<Guid>("DisclosureMonthId");
        b.HasIndex("DisclosureMonthId", nameof(DisclosureRevision.Number)).IsUnique();
    }
}

internal sealed class DisclosureFlagConfiguration : IEntityTypeConfiguration<DisclosureFlag>
{
    public void Configure(EntityTypeBuilder<DisclosureFlag> b)
    {
        b.ToTable("DisclosureFlags");
        b.HasKey(x => x.Id);
        b.Property(x => x.ItemCode).HasMaxLength(40).IsRequired();
        b.Property(x => x.Message).HasMaxLength(500).IsRequired();
    }
}

internal sealed class AnnualFeeStatementConfiguration : IEntityTypeConfiguration<AnnualFeeStatement>
{
    public void Configure(EntityTypeBuilder<AnnualFeeStatement> b)
    {
        b.ToTable("AnnualFeeStatements");
        b.HasKey(x => x.Id);
        b.Property(x => x.Kind).HasMaxLength(20);
        b.HasIndex(x => new { x.ComplexId, x.Year, x.Kind }).IsUnique();
        b.HasOne<Complex>().WithMany().HasForeignKey(x => x.ComplexId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Amounts).WithOne().HasForeignKey("AnnualFeeStatementId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Amounts).HasField("_amounts").AutoInclude();
    }
}

internal sealed class AnnualFeeAmountConfiguration : IEntityTypeConfiguration<AnnualFeeAmount>
{
    public void Configure(EntityTypeBuilder<AnnualFeeAmount> b)
    {
        b.ToTable("AnnualFeeAmounts");
        b.HasKey(x => x.Id);
        b.Property(x => x.Group).HasMaxLength(20);
        b.Property<Guid>("AnnualFeeStatementId");
        b.HasIndex("AnnualFeeStatementId", nameof(AnnualFeeAmount.Group)).IsUnique();
    }
}
