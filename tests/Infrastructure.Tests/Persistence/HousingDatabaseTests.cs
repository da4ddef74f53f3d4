using Housing.Infrastructure.Hosting;
using Housing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Infrastructure.Tests.Persistence;

public sealed class HousingDatabaseTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "housing-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private HousingDatabase Database(string provider = "Sqlite", string? connectionString = null)
    {
        var environment = new HostEnvironmentStub(_folder);
        var folder = new HousingDataFolder(Options.Create(new DataOptions { Folder = "data" }), environment);
        return new HousingDatabase(Options.Create(new DatabaseOptions { Provider = provider, ConnectionString = connectionString }), folder, NullLoggerFactory.Instance);
    }

    [Fact]
    public async Task Sqlite_is_one_file_in_the_data_folder_with_foreign_keys_wal_and_a_busy_timeout()
    {
        var database = Database();
        await using var db = database.CreateContext();
        await database.MigrateAsync(db, CancellationToken.None);

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        Assert.Equal(Path.Combine(_folder, "data", HousingDatabase.SqliteFileName), connection.DataSource);
        Assert.Equal("1", await Pragma(connection, "foreign_keys"));
        Assert.Equal("wal", await Pragma(connection, "journal_mode"));
        Assert.Equal(30, new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DefaultTimeout);
    }

    [Fact]
    public void The_provider_setting_picks_the_context_with_its_migrations()
    {
        using var sqlite = Database().CreateContext();
        using var postgres = Database("PostgreSQL", "Host=127.0.0.1;Database=housing").CreateContext();

        Assert.IsType<SqliteHousingDbContext>(sqlite);
        Assert.IsType<PostgresHousingDbContext>(postgres);
        Assert.NotEmpty(sqlite.Database.GetMigrations());
        Assert.Equal(sqlite.Database.GetMigrations(), postgres.Database.GetMigrations());
    }

    [Theory]
    [InlineData("Oracle", null, "Database:Provider is 'Oracle'; allowed values are Sqlite")]
    [InlineData("PostgreSQL", null, "ConnectionStrings:Housing is required when Database:Provider is PostgreSQL")]
    public void Wrong_database_settings_are_refused_with_the_setting_named(string provider, string? connectionString, string message)
    {
        var services = new ServiceCollection();
        services.AddOptions<DatabaseOptions>().Configure(o => (o.Provider, o.ConnectionString) = (provider, connectionString));
        services.AddSingleton(typeof(IValidateOptions<DatabaseOptions>), typeof(DatabaseOptions).Assembly.GetType("Housing.Infrastructure.Persistence.DatabaseOptionsValidator")!);

        var failure = Assert.Throws<OptionsValidationException>(() => services.BuildServiceProvider().GetRequiredService<IOptions<DatabaseOptions>>().Value);

        Assert.Contains(message, failure.Message);
    }

    private static async Task<string?> Pragma(System.Data.Common.DbConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed class HostEnvironmentStub(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";
        public string ApplicationName { get; set; } = "Housing.Api";
        public string ContentRootPath { get; set; } = contentRoot;
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
