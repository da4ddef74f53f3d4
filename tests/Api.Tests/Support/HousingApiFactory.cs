using System.Net.Http.Json;
using Housing.Infrastructure.Identity;
using Housing.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Api.Tests.Support;

/// <summary>
/// The real host on a private SQLite file in its own data folder, without demo data (tests create the accounts
/// and clients they need). Settings may be overridden per test; the folder is deleted on dispose.
/// </summary>
public class HousingApiFactory : WebApplicationFactory<Program>
{
    public const string Password = "Test-password-1";

    private readonly Dictionary<string, string?> _settings;

    public HousingApiFactory(params (string Key, string? Value)[] settings)
    {
        DataFolder = Path.Combine(Path.GetTempPath(), "housing-tests", Guid.NewGuid().ToString("N"));
        _settings = new Dictionary<string, string?>
        {
            ["Data:Folder"] = DataFolder,
            ["Database:Provider"] = "Sqlite",
            ["DemoData:Enabled"] = "false",
            // Tests run many costly queries back to back (statement counts run each query several times), which a
            // real client's budget would throttle. The budget is tested where it is set on purpose (GraphQLLimitsTests).
            ["GraphQL:RateLimitCapacity"] = "100000000",
            ["GraphQL:RateLimitRestorePerSecond"] = "100000000",
        };
        foreach (var (key, value) in settings)
            _settings[key] = value;
    }

    public string DataFolder { get; }

    /// <summary>The database provider the host runs on: <see cref="DatabaseProviders.Sqlite"/> or <see cref="DatabaseProviders.PostgreSql"/>.</summary>
    public string Provider => _settings["Database:Provider"]!;

    private PostgresTestServer? _postgres;

    /// <summary>
    /// The host on <paramref name="provider"/>: SQLite in its data folder, or PostgreSQL in a database of its own, copied
    /// from the run's migrated template and dropped on dispose.
    /// </summary>
    public static async Task<HousingApiFactory> OnAsync(string provider, Action<IServiceCollection>? configureTestServices = null)
    {
        if (provider == DatabaseProviders.Sqlite)
            return new HousingApiFactory { ConfigureTestServices = configureTestServices };
        if (provider != DatabaseProviders.PostgreSql)
            throw new ArgumentException($"Unknown provider '{provider}': use {DatabaseProviders.Sqlite} or {DatabaseProviders.PostgreSql}.", nameof(provider));

        var database = await PostgresTestServer.CreateDatabaseAsync();
        return new HousingApiFactory(("Database:Provider", DatabaseProviders.PostgreSql), ("ConnectionStrings:Housing", database.ConnectionString))
        {
            ConfigureTestServices = configureTestServices,
            _postgres = database,
        };
    }

    /// <summary>Extra service registrations of a test, applied after the host's own.</summary>
    public Action<IServiceCollection>? ConfigureTestServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
        if (ConfigureTestServices is { } configure)
            builder.ConfigureServices(configure);
    }

    public HttpClient CreateNonRedirectingClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Creates a user with one role and organisation links, the way an admin would.</summary>
    public async Task<HousingUser> CreateUserAsync(string userName, string role, string password = Password, Action<HousingUser>? link = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HousingUser>>();
        var user = new HousingUser(userName, userName);
        link?.Invoke(user);
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, role));
        return user;
    }

    /// <summary>Locks the account as an administrator does (UserAccounts.LockAsync): until unlocked, the security stamp renewed.</summary>
    public async Task LockAsAdministratorAsync(string userName)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HousingUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"No user {userName}.");
        user.LockoutEnabled = true;
        user.LockoutEnd = IdentityExtensions.LockedByAdministratorUntil;
        Check(await users.UpdateSecurityStampAsync(user));
    }

    /// <summary>Registers an API client with a known secret; optionally revoked.</summary>
    public async Task<ApiClient> CreateApiClientAsync(string clientId, string secret, bool revoked = false, params string[] scopes)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HousingDbContext>();
        var client = ApiClient.Register(clientId, $"{clientId} app", scopes.Length == 0 ? ["graphql"] : scopes, secret, DateTimeOffset.UtcNow);
        if (revoked)
            client.Revoke(DateTimeOffset.UtcNow);
        db.ApiClients.Add(client);
        await db.SaveChangesAsync();
        return client;
    }

    public async Task<string> TokenForAsync(string userName, string password = Password)
    {
        using var client = CreateClient();
        var response = await client.PostAsync("/auth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["username"] = userName, ["password"] = password,
        }));
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<Dictionary<string, object>>();
        return body!["access_token"].ToString()!;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        _postgres?.Dispose();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataFolder))
            Directory.Delete(DataFolder, recursive: true);
    }
}
