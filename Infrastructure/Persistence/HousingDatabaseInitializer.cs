using Housing.Infrastructure.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Housing.Infrastructure.Persistence;

/// <summary>Brings the database to the current schema and seeds a new one, before the host takes requests.</summary>
public sealed class HousingDatabaseInitializer(IServiceProvider services, HousingDatabase database, ILogger<HousingDatabaseInitializer> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HousingDbContext>();
        await MigrateAsync(db, cancellationToken);
        await scope.ServiceProvider.GetRequiredService<HousingSeeder>().SeedIfEmptyAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Drops the database and creates it again with demo data (the <c>reset-demo</c> command).</summary>
    public async Task ResetAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HousingDbContext>();
        logger.LogWarning("Dropping the {Provider} database", database.Provider);
        await db.Database.EnsureDeletedAsync(ct);
        await MigrateAsync(db, ct);
        await scope.ServiceProvider.GetRequiredService<HousingSeeder>().SeedIfEmptyAsync(ct);
    }

    private async Task MigrateAsync(HousingDbContext db, CancellationToken ct)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
            logger.LogInformation("Applying {Count} migration(s) to the {Provider} database: {Migrations}", pending.Count, database.Provider, string.Join(", ", pending));
        await database.MigrateAsync(db, ct);
    }
}
