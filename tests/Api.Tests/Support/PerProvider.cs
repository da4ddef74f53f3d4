namespace Api.Tests.Support;

/// <summary>
/// A class fixture holding one <typeparamref name="T"/> (a host and what a test class reads on it) per database provider,
/// made when a test of the class first asks for that provider, shared by the class's tests, disposed with the fixture.
/// </summary>
public abstract class PerProvider<T> : IAsyncLifetime where T : notnull
{
    private readonly Dictionary<string, Task<T>> _made = [];

    public Task<T> On(string provider)
    {
        lock (_made)
        {
            if (!_made.TryGetValue(provider, out var made))
                _made[provider] = made = StartAsync(provider);
            return made;
        }
    }

    protected abstract Task<T> StartAsync(string provider);

    protected abstract void Stop(T made);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var made in _made.Values)
            Stop(await made);
    }
}

/// <summary>A test class's host on one provider with what the class's tests share there, added once the host runs.</summary>
public abstract class ClassHost
{
    public HousingApiFactory Api { get; private set; } = null!;

    protected abstract Task PopulateAsync();

    internal async Task StartAsync(string provider)
    {
        Api = await HousingApiFactory.OnAsync(provider);
        await PopulateAsync();
    }
}

/// <summary>The class fixture of a <see cref="ClassHost"/>: one per provider.</summary>
public sealed class ClassHosts<T> : PerProvider<T> where T : ClassHost, new()
{
    protected override async Task<T> StartAsync(string provider)
    {
        var host = new T();
        await host.StartAsync(provider);
        return host;
    }

    protected override void Stop(T made) => made.Api.Dispose();
}

/// <summary>Tests on a class's hosts: each test first picks the host of its provider with <see cref="UseAsync"/>.</summary>
public abstract class ClassHostTests<T>(ClassHosts<T> hosts) : IClassFixture<ClassHosts<T>> where T : ClassHost, new()
{
    protected T Host { get; private set; } = null!;

    protected HousingApiFactory Api => Host.Api;

    /// <summary>The class's host on <paramref name="provider"/>; tests add what they need with names of their own.</summary>
    protected async Task UseAsync(string provider = DatabaseProviders.Sqlite) => Host = await hosts.On(provider);
}
