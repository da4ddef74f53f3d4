using Housing.Infrastructure.Persistence;
using Housing.Infrastructure.Persistence.MigrationTooling;
using Infrastructure.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Infrastructure.Tests.Migrations;

/// <summary>
/// The migrations are the schema: a database migrated from nothing has exactly the tables, columns, keys and
/// indexes of the EF model, on both providers, and no model change is left without a migration.
/// </summary>
public sealed class MigrationSchemaTests
{
    [Fact]
    public async Task A_freshly_migrated_sqlite_database_has_exactly_the_schema_of_the_model()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:;Foreign Keys=True");
        await connection.OpenAsync();
        await using var context = new SqliteHousingDbContext(new DbContextOptionsBuilder<SqliteHousingDbContext>().UseSqlite(connection).Options);

        await context.Database.MigrateAsync();

        var expected = DatabaseSchema.Of(context.GetService<IDesignTimeModel>().Model.GetRelationalModel());
        var actual = await DatabaseSchema.ReadSqliteAsync(connection);
        AssertSame(expected, actual);
    }

    [PostgresFact]
    public async Task A_freshly_migrated_postgresql_database_has_exactly_the_schema_of_the_model()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var context = new PostgresHousingDbContext(new DbContextOptionsBuilder<PostgresHousingDbContext>().UseNpgsql(database.ConnectionString).Options);

        await context.Database.MigrateAsync();

        var expected = DatabaseSchema.Of(context.GetService<IDesignTimeModel>().Model.GetRelationalModel());
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        var actual = await DatabaseSchema.ReadPostgresAsync(connection);
        AssertSame(expected, actual);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public void Every_model_change_has_a_migration(DatabaseProvider provider)
    {
        using var context = HousingMigrations.CreateDesignTimeContext(provider);

        var pending = MigrationScaffolder.PendingOperations(context);

        Assert.True(pending.Count == 0,
            $"The {provider} migrations do not cover the model; run `dotnet run --project Api -- migrations add <Name>`. Missing steps:\n"
            + MigrationCodeWriter.Write(pending));
    }

    private static void AssertSame(DatabaseSchema expected, DatabaseSchema actual)
    {
        Assert.NotEmpty(expected.Tables);
        var differences = expected.DifferencesFrom(actual);
        Assert.True(differences.Count == 0, $"{differences.Count} difference(s) between model and migrated database:\n" + string.Join("\n", differences));
    }
}
