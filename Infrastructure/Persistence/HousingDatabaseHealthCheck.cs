using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Housing.Infrastructure.Persistence;

/// <summary>Healthy when the database answers a query against the migrated schema.</summary>
public sealed class HousingDatabaseHealthCheck(HousingDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var roles = await db.Roles.CountAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{db.Database.ProviderName} answers; {roles} roles.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"The database does not answer: {ex.Message}");
        }
    }
}
