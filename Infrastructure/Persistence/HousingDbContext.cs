using Housing.Domain.Common;
using Housing.Infrastructure.Identity;
using Housing.Infrastructure.Persistence.Conventions;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Housing.Infrastructure.Persistence;

/// <summary>
/// The one database of the platform: every area's aggregates (mapped by the <c>IEntityTypeConfiguration</c>
/// classes of this assembly), the Identity accounts and the registered API clients.
/// The running host uses the provider-specific subclasses, which own their migrations.
/// </summary>
public class HousingDbContext : IdentityDbContext<HousingUser, HousingRole, Guid>
{
    public HousingDbContext(DbContextOptions<HousingDbContext> options) : base(options) { }

    protected HousingDbContext(DbContextOptions options) : base(options) { }

    public DbSet<ApiClient> ApiClients => Set<ApiClient>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<YearMonth>().HaveConversion<YearMonthConverter>();
        if (Database.IsSqlite())
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HousingDbContext).Assembly);
        HousingModelConventions.Apply(modelBuilder);
    }
}

/// <summary>The context on SQLite (the embedded default); its migrations are in <c>Persistence/Migrations/Sqlite</c>.</summary>
public sealed class SqliteHousingDbContext(DbContextOptions<SqliteHousingDbContext> options) : HousingDbContext(options);

/// <summary>The context on PostgreSQL; its migrations are in <c>Persistence/Migrations/PostgreSql</c>.</summary>
public sealed class PostgresHousingDbContext(DbContextOptions<PostgresHousingDbContext> options) : HousingDbContext(options);
