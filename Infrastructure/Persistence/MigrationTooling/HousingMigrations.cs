using Microsoft.EntityFrameworkCore;

namespace Housing.Infrastructure.Persistence.MigrationTooling;

/// <summary>
/// The two migration sets of the platform (one per provider, as EF requires when column types differ) and
/// the <c>migrations add</c> command that extends both.
/// </summary>
public static class HousingMigrations
{
    public static IReadOnlyList<DatabaseProvider> Providers { get; } = [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql];

    /// <summary>A context for model work only: it never opens its connection.</summary>
    public static HousingDbContext CreateDesignTimeContext(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteHousingDbContext(
            new DbContextOptionsBuilder<SqliteHousingDbContext>().UseSqlite("Data Source=:memory:").Options),
        _ => new PostgresHousingDbContext(
            new DbContextOptionsBuilder<PostgresHousingDbContext>().UseNpgsql("Host=127.0.0.1;Database=housing_design").Options),
    };

    public static string FolderOf(DatabaseProvider provider) => provider == DatabaseProvider.Sqlite ? "Sqlite" : "PostgreSql";

    public static string NamespaceOf(DatabaseProvider provider) => $"Housing.Infrastructure.Persistence.Migrations.{FolderOf(provider)}";

    /// <summary>Writes a new migration for each provider whose migrations do not cover the model; returns the files written.</summary>
    public static IReadOnlyList<string> Add(string name, string infrastructureFolder, DateTimeOffset now)
    {
        var written = new List<string>();
        foreach (var provider in Providers)
        {
            using var context = CreateDesignTimeContext(provider);
            var migration = MigrationScaffolder.Scaffold(context, name, NamespaceOf(provider), now);
            if (migration is null)
                continue;
            var folder = Directory.CreateDirectory(Path.Combine(infrastructureFolder, "Persistence", "Migrations", FolderOf(provider))).FullName;
            var code = Path.Combine(folder, $"{migration.Id}.cs");
            var designer = Path.Combine(folder, $"{migration.Id}.Designer.cs");
            File.WriteAllText(code, migration.MigrationCode);
            File.WriteAllText(designer, migration.DesignerCode);
            written.Add(code);
            written.Add(designer);
        }
        return written;
    }

    /// <summary>The Infrastructure project folder of the source tree that contains <paramref name="start"/>.</summary>
    public static string FindInfrastructureFolder(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Housing.sln")))
                return Path.Combine(dir.FullName, "Infrastructure");
        throw new InvalidOperationException($"No Housing.sln above {start}; run the command inside the source tree.");
    }
}
