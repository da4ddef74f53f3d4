namespace Housing.Infrastructure.Persistence.Seeding;

/// <summary>
/// Fills a new, empty database with demo data. Every implementation in this assembly is found and run on
/// first start when <c>DemoData:Enabled</c> is true, and by the <c>reset-demo</c> command, in <see cref="Order"/>.
/// When it runs, the roles and the accounts of <see cref="Identity.DemoAccounts"/> exist already: a seeder links
/// them to the organisations it creates (for example <c>manager1</c>'s <c>ComplexId</c>) and saves.
/// </summary>
public interface IDemoDataSeeder
{
    /// <summary>Seeders run in ascending order; ties run by type name.</summary>
    int Order { get; }

    Task SeedAsync(HousingDbContext db, CancellationToken ct);
}

/// <summary>Settings of the <c>DemoData</c> section.</summary>
public sealed class DemoDataOptions
{
    public const string Section = "DemoData";

    /// <summary>Create demo accounts and demo data when the database is new (default true: the embedded default shows a working platform).</summary>
    public bool Enabled { get; set; } = true;
}
