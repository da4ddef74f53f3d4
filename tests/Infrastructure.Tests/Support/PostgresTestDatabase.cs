using System.Runtime.CompilerServices;
using Npgsql;

namespace Infrastructure.Tests.Support;

/// <summary>
/// A fresh, uniquely named PostgreSQL database on the server named by <c>HOUSING_TEST_POSTGRES</c>, dropped on
/// dispose. Tests that need it are marked <see cref="PostgresFactAttribute"/> or <see cref="PostgresTheoryAttribute"/>.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    public const string ServerVariable = "HOUSING_TEST_POSTGRES";

    private readonly string _serverConnectionString;

    private PostgresTestDatabase(string serverConnectionString, string name)
    {
        _serverConnectionString = serverConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name, Pooling = false }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>Why PostgreSQL tests cannot run here, or null when they can (or must: on CI they fail instead of skipping).</summary>
    public static string? SkipReason =>
        !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(ServerVariable)) || IsCi
            ? null
            : $"PostgreSQL tests skipped: set {ServerVariable} to a connection string of a server on 127.0.0.1 (.ci/run does).";

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static async Task<PostgresTestDatabase> CreateAsync([CallerMemberName] string purpose = "")
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(server))
            throw new InvalidOperationException($"CI=true but {ServerVariable} is not set: the PostgreSQL tests must run on CI. .ci/run starts a server and sets it.");
        // PostgreSQL names are at most 63 bytes: 13 + 16 + 1 + 32.
        var prefix = new string(purpose.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(16).ToArray());
        var database = new PostgresTestDatabase(server, $"housing_test_{prefix}_{Guid.NewGuid():N}");
        await database.ExecuteOnServerAsync($"CREATE DATABASE \"{database.Name}\"");
        return database;
    }

    public async ValueTask DisposeAsync() => await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_serverConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>A fact that needs PostgreSQL: skipped with the reason when no server is configured, never on CI.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute() => Skip = PostgresTestDatabase.SkipReason;
}

/// <summary>A theory that needs PostgreSQL: skipped with the reason when no server is configured, never on CI.</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute() => Skip = PostgresTestDatabase.SkipReason;
}
