using Microsoft.Extensions.Options;

namespace Housing.Infrastructure.Persistence;

/// <summary>The database engines the platform runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>One file in the data folder: the embedded default, one process.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server: several nodes, clustered jobs.</summary>
    PostgreSql,
}

/// <summary>Settings of the <c>Database</c> section plus <c>ConnectionStrings:Housing</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (default) or <c>PostgreSQL</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>From <c>ConnectionStrings:Housing</c>; required for PostgreSQL, unused by SQLite (the file is in the data folder).</summary>
    public string? ConnectionString { get; set; }

    public DatabaseProvider ParsedProvider => Provider.ToUpperInvariant() switch
    {
        "SQLITE" => DatabaseProvider.Sqlite,
        "POSTGRESQL" or "POSTGRES" => DatabaseProvider.PostgreSql,
        _ => throw new InvalidOperationException(DatabaseOptionsValidator.UnknownProvider(Provider)),
    };
}

internal sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public static string UnknownProvider(string? provider) =>
        $"Database:Provider is '{provider}'; allowed values are Sqlite (the default: one file in the data folder) and PostgreSQL (needs ConnectionStrings:Housing).";

    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        var provider = options.Provider?.ToUpperInvariant();
        if (provider is not ("SQLITE" or "POSTGRESQL" or "POSTGRES"))
            return ValidateOptionsResult.Fail(UnknownProvider(options.Provider));
        if (provider is not "SQLITE" && string.IsNullOrWhiteSpace(options.ConnectionString))
            return ValidateOptionsResult.Fail(
                "ConnectionStrings:Housing is required when Database:Provider is PostgreSQL, e.g. Host=127.0.0.1;Port=5432;Database=housing;Username=housing;Password=...");
        return ValidateOptionsResult.Success;
    }
}
