using Npgsql;

namespace Api.Tests.Support;

/// <summary>
/// Throwaway databases on the PostgreSQL server named by <c>HOUSING_TEST_POSTGRES</c> (.ci/run starts one), for tests of the
/// whole host on PostgreSQL. The schema is created once per test run, in a template database the host migrated and
/// seeded; each test's database is a copy of it (<c>CREATE DATABASE … TEMPLATE</c>), so its host starts with nothing to
/// apply. Pooled, so a burst of requests waits for a connection instead of exhausting the server.
/// </summary>
public sealed class PostgresTestServer : IAsyncDisposable, IDisposable
{
    private const string Variable = "HOUSING_TEST_POSTGRES";

    private static readonly SemaphoreSlim Copying = new(1, 1);
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string _server;
    private readonly string _name;
    private int _dropped;

    private PostgresTestServer(string server, string name)
    {
        _server = server;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = true, MaxPoolSize = 40 }.ConnectionString;
    }

    public string ConnectionString { get; }

    /// <summary>Null when the tests can run; on CI they must, so they fail there instead of skipping.</summary>
    internal static string? SkipReason =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } || Environment.GetEnvironmentVariable("CI") == "true"
            ? null
            : $"PostgreSQL host tests skipped: set {Variable} to a connection string of a server on 127.0.0.1.";

    /// <summary>A database with the current schema and the seeded roles, copied from the run's template.</summary>
    public static async Task<PostgresTestServer> CreateDatabaseAsync()
    {
        var template = await Template.Value;
        var database = new PostgresTestServer(Server, $"housing_api_{Guid.NewGuid():N}");
        // Copies of one template are made one at a time: PostgreSQL refuses a copy while another session uses the template.
        await Copying.WaitAsync();
        try
        {
            await database.OnServerAsync($"CREATE DATABASE \"{database._name}\" TEMPLATE \"{template}\"");
        }
        finally
        {
            Copying.Release();
        }

        return database;
    }

    private static string Server => Environment.GetEnvironmentVariable(Variable)
        ?? throw new InvalidOperationException($"CI=true but {Variable} is not set.");

    // The host migrates and seeds an empty database once; the template is dropped when the test run ends.
    private static async Task<string> CreateTemplateAsync()
    {
        var template = new PostgresTestServer(Server, $"housing_api_template_{Guid.NewGuid():N}");
        await template.OnServerAsync($"CREATE DATABASE \"{template._name}\"");
        using (var host = new HousingApiFactory(("Database:Provider", "PostgreSql"), ("ConnectionStrings:Housing", template.ConnectionString)))
        {
            _ = host.Services;
        }

        // No session may stay on the template (a background service's pooled connection would block every copy).
        NpgsqlConnection.ClearAllPools();
        await template.OnServerAsync($"ALTER DATABASE \"{template._name}\" WITH ALLOW_CONNECTIONS false");
        await template.OnServerAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{template._name}'");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => template.Dispose();
        return template._name;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _dropped, 1) != 0)
        {
            return;
        }

        using (var pooled = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task OnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>A fact that needs PostgreSQL: skipped with the reason when no server is configured, never on CI.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute() => Skip = PostgresTestServer.SkipReason;
}

/// <summary>
/// The databases a test of the whole host runs on, as theory data: SQLite always, PostgreSQL when a server is
/// configured (always on CI, where a missing server fails the test instead).
/// </summary>
public static class DatabaseProviders
{
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSql";

    private static string[] Configured => PostgresTestServer.SkipReason is null ? [Sqlite, PostgreSql] : [Sqlite];

    public static TheoryData<string> Both => new(Configured);

    /// <summary>Every row of <paramref name="rows"/> once per provider, the provider first.</summary>
    public static TheoryData<string, T1, T2> Each<T1, T2>(params (T1, T2)[] rows)
    {
        var data = new TheoryData<string, T1, T2>();
        foreach (var provider in Configured)
            foreach (var (first, second) in rows)
                data.Add(provider, first, second);
        return data;
    }
}
