using Housing.Domain.Common;
using Housing.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Housing.Infrastructure.Persistence.Seeding;

/// <summary>What a new database starts with: the roles always; the demo accounts, demo API client and demo data when enabled.</summary>
public sealed class HousingSeeder(
    HousingDbContext db,
    IPasswordHasher<HousingUser> passwordHasher,
    IEnumerable<IDemoDataSeeder> demoDataSeeders,
    IOptions<DemoDataOptions> options,
    TimeProvider clock,
    ILogger<HousingSeeder> logger)
{
    /// <summary>
    /// Seeds when the database has no roles yet (a new database); otherwise leaves it alone. All of it is one
    /// transaction, so a failed seed leaves an empty database that the next start seeds again.
    /// </summary>
    public async Task SeedIfEmptyAsync(CancellationToken ct)
    {
        if (await db.Roles.AnyAsync(ct))
            return;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await SeedRolesAsync(ct);
        if (options.Value.Enabled)
        {
            await SeedDemoAccountsAsync(ct);
            foreach (var seeder in demoDataSeeders.OrderBy(s => s.Order).ThenBy(s => s.GetType().FullName, StringComparer.Ordinal))
            {
                logger.LogInformation("Seeding demo data: {Seeder}", seeder.GetType().Name);
                await seeder.SeedAsync(db, ct);
            }
        }
        await transaction.CommitAsync(ct);
    }

    private async Task SeedRolesAsync(CancellationToken ct)
    {
        foreach (var role in Roles.All)
            db.Roles.Add(new HousingRole(role));
        await db.SaveChangesAsync(ct);
    }

    private async Task SeedDemoAccountsAsync(CancellationToken ct)
    {
        var roles = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
        foreach (var account in DemoAccounts.All)
        {
            var user = new HousingUser(account.UserName, account.DisplayName)
            {
                NormalizedUserName = account.UserName.ToUpperInvariant(),
                Email = $"{account.UserName}@demo.housing.local",
                NormalizedEmail = $"{account.UserName}@demo.housing.local".ToUpperInvariant(),
                EmailConfirmed = true,
                LockoutEnabled = true,
                DistrictCode = account.DistrictCode,
            };
            user.PasswordHash = passwordHasher.HashPassword(user, DemoAccounts.Password);
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = roles[account.Role] });
        }
        db.ApiClients.Add(ApiClient.Register(DemoAccounts.ApiClientId, "데모 입주민 앱", ["graphql"], DemoAccounts.ApiClientSecret, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Created {Count} demo accounts and the demo API client {ClientId}", DemoAccounts.All.Count, DemoAccounts.ApiClientId);
    }
}
