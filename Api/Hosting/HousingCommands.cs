using Housing.Infrastructure.Persistence;
using Housing.Infrastructure.Persistence.MigrationTooling;

namespace Housing.Api.Hosting;

/// <summary>
/// One-off commands of the host instead of serving: <c>migrations add &lt;Name&gt;</c> (scaffold a migration for
/// both providers from the model) and <c>reset-demo</c> (drop the database and create it again with demo data).
/// </summary>
public static class HousingCommands
{
    /// <summary>Runs a <c>migrations</c> command, which needs the model only (no host, no database); null when none is named.</summary>
    public static int? TryRunMigrationsCommand(string[] args)
    {
        switch (args)
        {
            case ["migrations", "add", var name]:
                var infrastructure = HousingMigrations.FindInfrastructureFolder(Directory.GetCurrentDirectory());
                var written = HousingMigrations.Add(name, infrastructure, TimeProvider.System.GetUtcNow());
                Console.WriteLine(written.Count == 0
                    ? "The migrations already cover the model; nothing written."
                    : "Written:\n  " + string.Join("\n  ", written) + "\nBuild, then start the host (or run the tests) to apply them.");
                return 0;
            case ["migrations", ..]:
                Console.Error.WriteLine("Usage: dotnet run --project Api -- migrations add <Name>   (Name is a C# identifier, e.g. AddComplexPhone)");
                return 2;
            default:
                return null;
        }
    }

    /// <summary>Runs a command that needs the built host and returns its exit code, or null when none is named.</summary>
    public static async Task<int?> TryRunAsync(WebApplication app, string[] args)
    {
        switch (args)
        {
            case ["reset-demo"]:
                await app.Services.GetRequiredService<HousingDatabaseInitializer>().ResetAsync(CancellationToken.None);
                Console.WriteLine("The database was dropped and created again with demo data.");
                return 0;
            default:
                return null;
        }
    }
}
