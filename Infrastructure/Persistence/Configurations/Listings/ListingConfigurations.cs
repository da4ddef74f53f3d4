using Housing.Domain.Listings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Housing.Infrastructure.Persistence.Configurations.Listings;

internal sealed class VendorConfiguration : IEntityTypeConfiguration<Vendor>
{
    public void Configure(EntityTypeBuilder<Vendor> b)
    {
        b.ToTable("Vendors");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(200).IsRequired();
        b.Property(x => x.BusinessNumber).HasMaxLength(10).IsRequired();
        b.Property(x => x.Kind).HasMaxLength(30);
        b.Property(x => x.Phone).HasMaxLength(20).IsRequired();
        b.HasIndex(x => x.BusinessNumber).IsUnique();
    }
}

internal sealed class ListingConfiguration : IEntityTypeConfiguration<Listing>
{
    public void Configure(EntityTypeBuilder<Listing> b)
    {
        b.ToTable("Listings");
        b.HasKey(x => x.Id);
        b.Property(x => x.Kind).HasMaxLength(30);
        b.Property(x => x.Title).HasMaxLength(200).IsRequired();
        b.Property(x => x.Description).HasMaxLength(4000).IsRequired();
        b.Property(x => x.SellerKind).HasMaxLength(20);
        b.Property(x => x.Scope).HasMaxLength(20);
        b.Property(x => x.Status).HasMaxLength(20);
        b.Property(x => x.StatusBeforeHidden).HasMaxLength(20);
        b.Property(x => x.TalentCategory).HasMaxLength(20);
        b.Property(x => x.GroupBuyOutcome).HasMaxLength(20);
        b.Property(x => x.SourceNoticeId).HasMaxLength(100);
        b.Property(x => x.HiddenReason).HasMaxLength(1000);
        b.HasIndex(x => x.SourceNoticeId).IsUnique();
        b.HasIndex(x => new { x.Scope, x.ScopeComplexId, x.Status });
        b.HasIndex(x => new { x.Scope, x.ScopeRegionId, x.Status });
        b.HasIndex(x => new { x.Kind, x.Status });
        b.HasIndex(x => new { x.Kind, x.GroupBuyOutcome, x.Deadline });
        b.HasIndex(x => x.SellerResidentId);
        b.HasIndex(x => x.SellerVendorId);
        b.OwnsOne(x => x.Rental, r =>
        {
            r.Property(p => p.Address).HasColumnName("RentalAddress").HasMaxLength(300);
            r.Property(p => p.Eligibility).HasColumnName("RentalEligibility").HasMaxLength(2000);
            r.Property(p => p.Deposit).HasColumnName("RentalDeposit");
            r.Property(p => p.MonthlyRent).HasColumnName("RentalMonthlyRent");
            r.Property(p => p.ExclusiveArea).HasColumnName("RentalExclusiveArea");
            r.Property(p => p.SupplyType).HasColumnName("RentalSupplyType").HasMaxLength(30);
            r.Property(p => p.ApplicationStart).HasColumnName("RentalApplicationStart");
            r.Property(p => p.ApplicationEnd).HasColumnName("RentalApplicationEnd");
        });
        b.Navigation(x => x.Rental).AutoInclude();
        b.HasMany(x => x.Reports).WithOne().HasForeignKey("ListingId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Reports).HasField("_reports").AutoInclude();
    }
}

internal sealed class ListingReportConfiguration : IEntityTypeConfiguration<ListingReport>
{
    public void Configure(EntityTypeBuilder<ListingReport> b)
    {
        b.ToTable("ListingReports");
        b.HasKey(x => x.Id);
        b.Property(x => x.Reason).HasMaxLength(1000).IsRequired();
        b.HasIndex("ListingId", nameof(ListingReport.ResidentId)).IsUnique();
    }
}

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> b)
    {
        b.ToTable("Orders");
        b.HasKey(x => x.Id);
        b.Property(x => x.ListingKind).HasMaxLength(30);
        b.Property(x => x.SellerKind).HasMaxLength(20);
        b.Property(x => x.Status).HasMaxLength(20);
        b.Property(x => x.CancelledBy).HasMaxLength(20);
        b.Property(x => x.CancelReason).HasMaxLength(1000);
        b.HasIndex(x => new { x.ListingId, x.Status });
        b.HasIndex(x => x.BuyerResidentId);
        b.HasIndex(x => x.SellerResidentId);
        b.HasIndex(x => x.SellerVendorId);
        b.HasOne<Listing>().WithMany().HasForeignKey(x => x.ListingId).OnDelete(DeleteBehavior.Restrict);
    }
}
