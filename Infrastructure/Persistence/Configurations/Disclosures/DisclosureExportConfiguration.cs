using Housing.Domain.Disclosures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Housing.Infrastructure.Persistence.Configurations.Disclosures;

internal sealed class DisclosureExportConfiguration : IEntityTypeConfiguration<DisclosureExport>
{
    public void Configure(EntityTypeBuilder<DisclosureExport> b)
    {
        b.ToTable("DisclosureExports");
        b.HasKey(x => x.Id);
        b.Property(x => x.RequestedByName).HasMaxLength(200).IsRequired();
        b.Property(x => x.Scope).IsRequired();
        b.Property(x => x.Items).HasMaxLength(2000).IsRequired();
        b.Property(x => x.Format).HasMaxLength(10);
        b.Property(x => x.Status).HasMaxLength(10);
        b.Property(x => x.ErrorMessage).HasMaxLength(1000);
        b.Ignore(x => x.ItemCodes);
        b.Ignore(x => x.IsActive);
        b.Ignore(x => x.Progress);
        b.Ignore(x => x.FileName);
        b.HasIndex(x => new { x.RequestedBy, x.Status });
        b.HasIndex(x => new { x.Status, x.ExpiresAt });
    }
}
