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
