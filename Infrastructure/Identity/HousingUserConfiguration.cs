using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Housing.Infrastructure.Identity;

internal sealed class HousingUserConfiguration : IEntityTypeConfiguration<HousingUser>
{
    public void Configure(EntityTypeBuilder<HousingUser> builder) => builder.Property(u => u.DistrictCode).HasMaxLength(5);
}
