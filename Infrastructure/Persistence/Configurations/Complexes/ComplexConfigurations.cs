using Housing.Domain.Complexes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Housing.Infrastructure.Persistence.Configurations.Complexes;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> b)
    {
        b.ToTable("Regions");
        b.HasKey(x => x.Id);
        b.Property(x => x.SidoName).HasMaxLength(40).IsRequired();
        b.Property(x => x.SigunguCode).HasMaxLength(5).IsRequired();
        b.Property(x => x.SigunguName).HasMaxLength(40).IsRequired();
        b.HasIndex(x => x.SigunguCode).IsUnique();
    }
}

internal sealed class ComplexConfiguration : IEntityTypeConfiguration<Complex>
{
    public void Configure(EntityTypeBuilder<Complex> b)
    {
        b.ToTable("Complexes");
        b.HasKey(x => x.Id);
        b.Property(x => x.KaptCode).HasMaxLength(9).IsRequired();
        b.Property(x => x.Name).HasMaxLength(200).IsRequired();
        b.Property(x => x.BjdCode).HasMaxLength(10).IsRequired();
        b.Property(x => x.LotAddress).HasMaxLength(300).IsRequired();
        b.Property(x => x.RoadAddress).HasMaxLength(300);
        b.Property(x => x.OfficePhone).HasMaxLength(20);
        b.Property(x => x.HousingType).HasMaxLength(20);
        b.Property(x => x.SaleType).HasMaxLength(20);
        b.Property(x => x.HeatingType).HasMaxLength(20);
        b.Property(x => x.ManagementType).HasMaxLength(20);
        b.Property(x => x.Operator).HasMaxLength(20);
        b.HasIndex(x => x.KaptCode).IsUnique();
        b.HasIndex(x => x.RegionId);
        b.HasIndex(x => new { x.HousingType, x.HeatingType, x.HouseholdCount });
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Managers).WithOne().HasForeignKey("ComplexId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Managers).HasField("_managers").AutoInclude();
    }
}

internal sealed class ComplexManagerAssignmentConfiguration : IEntityTypeConfiguration<ComplexManagerAssignment>
{
    public void Configure(EntityTypeBuilder<ComplexManagerAssignment> b)
    {
        b.ToTable("ComplexManagerAssignments");
        b.HasKey(x => x.Id);
        b.HasIndex(x => x.UserId);
    }
}

internal sealed class BuildingConfiguration : IEntityTypeConfiguration<Building>
{
    public void Configure(EntityTypeBuilder<Building> b)
    {
        b.ToTable("Buildings");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(40).IsRequired();
        b.HasIndex(x => new { x.ComplexId, x.Name }).IsUnique();
        b.HasOne<Complex>().WithMany().HasForeignKey(x => x.ComplexId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Units).WithOne().HasForeignKey("BuildingId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Units).HasField("_units").AutoInclude();
    }
}

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> b)
    {
        b.ToTable("Units");
        b.HasKey(x => x.Id);
        b.Property(x => x.Number).HasMaxLength(20).IsRequired();
        b.HasIndex("BuildingId", nameof(Unit.Number)).IsUnique();
    }
}

internal sealed class HouseholdConfiguration : IEntityTypeConfiguration<Household>
{
    public void Configure(EntityTypeBuilder<Household> b)
    {
        b.ToTable("Households");
        b.HasKey(x => x.Id);
        b.HasIndex(x => new { x.UnitId, x.MovedOutOn });
        b.HasIndex(x => x.ComplexId);
        b.HasOne<Complex>().WithMany().HasForeignKey(x => x.ComplexId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Building>().WithMany().HasForeignKey(x => x.BuildingId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ResidentConfiguration : IEntityTypeConfiguration<Resident>
{
    public void Configure(EntityTypeBuilder<Resident> b)
    {
        b.ToTable("Residents");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(100).IsRequired();
        b.Property(x => x.Phone).HasMaxLength(20).IsRequired();
        b.HasIndex(x => x.HouseholdId);
        b.HasIndex(x => x.ComplexId);
        b.HasIndex(x => x.UserId);
        b.HasOne<Household>().WithMany().HasForeignKey(x => x.HouseholdId).OnDelete(DeleteBehavior.Restrict);
    }
}
