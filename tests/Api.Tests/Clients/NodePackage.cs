using System.ComponentModel;
using System.Diagnostics;

namespace Api.Tests.Clients;

/// <summary>tests/clients, the node package of real GraphQL clients: installed with <c>npm ci</c> when missing, scripts run with node.</summary>
internal static class NodePackage
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "tests", "clients");

    /// <summary>Runs <c>node script args</c> and returns its standard output; throws with its standard error on failure.</summary>
    public static async Task<string> RunAsync(string script, IEnumerable<string> arguments, TimeSpan timeout)
    {
        await EnsureInstalledAsync();
        var (exitCode, output, error) = await RunProcessAsync("node", [script, .. arguments], timeout);
        return exitCode == 0 ? output : throw new InvalidOperationException($"node {script} exited with {exitCode}: {error}");
    }

    private static async Task EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (Directory.Exists(Path.Combine(Folder, "node_modules", "@urql", "core")))
                return;
            var (exitCode, _, error) = await RunProcessAsync("npm", ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(5));
            if (exitCode != 0)
                throw new InvalidOperationException($"npm ci in {Folder} failed with {exitCode}: {error}");
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunProcessAsync(string fileName, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName) { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        Process? started;
        try
        {
            started = Process.Start(start);
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"The client tests need node 20+ and npm on the PATH; starting {fileName} failed: {e.Message}", e);
        }

        using var process = started ?? throw new InvalidOperationException($"{fileName} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {timeout}.");
        }

        return (process.ExitCode, await output, await error);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Housing.sln")))
                return folder.FullName;
        throw new InvalidOperationException("Housing.sln not found above " + AppContext.BaseDirectory);
    }
}
