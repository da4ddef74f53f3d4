using Npgsql;

namespace Api.Tests.GraphQL.Points;

/// <summary>
/// Throwaway databases on the PostgreSQL server named by <c>HOUSING_TEST_POSTGRES</c> (.ci/run starts one), for tests of the
/// whole host on PostgreSQL. Pooled, so a burst of requests waits for a connection instead of exhausting the server.
/// </summary>
public sealed class PostgresTestServer : IAsyncDisposable
{
    private const string Variable = "HOUSING_TEST_POSTGRES";

    private readonly string _server;
    private readonly string _name;

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

    public static async Task<PostgresTestServer> CreateDatabaseAsync()
    {
        var server = Environment.GetEnvironmentVariable(Variable)
            ?? throw new InvalidOperationException($"CI=true but {Variable} is not set.");
        var database = new PostgresTestServer(server, $"housing_api_{Guid.NewGuid():N}");
        await database.OnServerAsync($"CREATE DATABASE \"{database._name}\"");
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await OnServerAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
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
