using Housing.Domain.Common;
using Housing.Infrastructure.Identity;
using Housing.Infrastructure.Persistence;
using Housing.Infrastructure.Persistence.Seeding;
using Infrastructure.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Infrastructure.Tests.Persistence;

public sealed class SeedingAndHealthTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private HousingSeeder Seeder(HousingDbContext db, bool demoData, params IDemoDataSeeder[] seeders) => new(
        db, new PasswordHasher<HousingUser>(), seeders, Options.Create(new DemoDataOptions { Enabled = demoData }),
        TimeProvider.System, NullLogger<HousingSeeder>.Instance);

    [Fact]
    public async Task A_new_database_gets_every_role_and_a_demo_account_for_each()
    {
        await using var db = _database.CreateContext();

        await Seeder(db, demoData: true).SeedIfEmptyAsync(CancellationToken.None);

        Assert.Equal(Roles.All.Order(), (await db.Roles.Select(r => r.Name!).ToListAsync()).Order());
        var roleOfUser = await (from user in db.Users
                                join link in db.UserRoles on user.Id equals link.UserId
                                join role in db.Roles on link.RoleId equals role.Id
                                select new { user.UserName, role.Name }).ToListAsync();
        Assert.Equal(Roles.All.Where(r => r != Roles.ApiClient).Order(), roleOfUser.Select(r => r.Name!).Distinct().Order());
        var officer = await db.Users.SingleAsync(u => u.UserName == "officer");
        Assert.NotEqual(PasswordVerificationResult.Failed, new PasswordHasher<HousingUser>().VerifyHashedPassword(officer, officer.PasswordHash!, DemoAccounts.Password));
        var client = await db.ApiClients.SingleAsync();
        Assert.True(client.VerifySecret(DemoAccounts.ApiClientSecret));
        Assert.False(client.VerifySecret("another-secret-0123456789"));
    }

    [Fact]
    public async Task Demo_data_seeders_run_in_order_after_the_accounts_exist()
    {
        var order = new List<string>();
        await using var db = _database.CreateContext();

        await Seeder(db, true, new RecordingSeeder(2, "second", order), new RecordingSeeder(1, "first", order)).SeedIfEmptyAsync(CancellationToken.None);

        Assert.Equal(["first:11 users", "second:11 users"], order);
    }

    [Fact]
    public async Task Without_demo_data_only_the_roles_are_created()
    {
        await using var db = _database.CreateContext();

        await Seeder(db, demoData: false).SeedIfEmptyAsync(CancellationToken.None);

        Assert.Equal(Roles.All.Count, await db.Roles.CountAsync());
        Assert.Empty(await db.Users.ToListAsync());
    }

    [Fact]
    public async Task A_failed_demo_seed_leaves_an_empty_database_to_seed_again()
    {
        await using (var db = _database.CreateContext())
            await Assert.ThrowsAsync<InvalidOperationException>(() => Seeder(db, true, new FailingSeeder()).SeedIfEmptyAsync(CancellationToken.None));

        await using var fresh = _database.CreateContext();
        Assert.Empty(await fresh.Roles.ToListAsync());
        await Seeder(fresh, demoData: true).SeedIfEmptyAsync(CancellationToken.None);
        Assert.Equal(DemoAccounts.All.Count, await fresh.Users.CountAsync());
    }

    [Fact]
    public async Task A_seeded_database_is_left_alone()
    {
        await using (var db = _database.CreateContext())
            await Seeder(db, demoData: true).SeedIfEmptyAsync(CancellationToken.None);

        await using var again = _database.CreateContext();
        await Seeder(again, true, new FailingSeeder()).SeedIfEmptyAsync(CancellationToken.None);

        Assert.Equal(DemoAccounts.All.Count, await again.Users.CountAsync());
    }

    [Fact]
    public async Task The_health_check_is_healthy_on_the_schema_and_unhealthy_without_it()
    {
        await using var db = _database.CreateContext();
        await using var empty = new SqliteConnection("Data Source=:memory:");
        await empty.OpenAsync();
        await using var unmigrated = new SqliteHousingDbContext(new DbContextOptionsBuilder<SqliteHousingDbContext>().UseSqlite(empty).Options);

        var healthy = await new HousingDatabaseHealthCheck(db).CheckHealthAsync(new HealthCheckContext());
        var unhealthy = await new HousingDatabaseHealthCheck(unmigrated).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, healthy.Status);
        Assert.Equal(HealthStatus.Unhealthy, unhealthy.Status);
        Assert.Contains("does not answer", unhealthy.Description);
    }

    private sealed class RecordingSeeder(int order, string name, List<string> log) : IDemoDataSeeder
    {
        public int Order => order;

        public async Task SeedAsync(HousingDbContext db, CancellationToken ct) => log.Add($"{name}:{await db.Users.CountAsync(ct)} users");
    }

    private sealed class FailingSeeder : IDemoDataSeeder
    {
        public int Order => 0;

        public Task SeedAsync(HousingDbContext db, CancellationToken ct) => throw new InvalidOperationException("demo data broke");
    }
}
