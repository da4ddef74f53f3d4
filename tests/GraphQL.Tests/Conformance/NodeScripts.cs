using System.Diagnostics;

namespace GraphQL.Tests.Conformance;

/// <summary>Runs the node scripts of tests/conformance, installing their pinned packages with <c>npm ci</c> first if needed.</summary>
internal static class NodeScripts
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    /// <summary>The repository root (the folder holding Housing.sln).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>tests/conformance, the node package.</summary>
    public static string PackageFolder => Path.Combine(RepositoryRoot, "tests", "conformance");

    /// <summary>tests/GraphQL.Tests/Conformance, where the schema, data and corpus live.</summary>
    public static string ConformanceFolder => Path.Combine(RepositoryRoot, "tests", "GraphQL.Tests", "Conformance");

    /// <summary>Runs <c>node script args</c> in the package folder and returns its standard output; throws on failure.</summary>
    public static async Task<string> RunAsync(string script, IEnumerable<string> arguments, TimeSpan timeout)
    {
        await EnsureInstalledAsync();
        var (exitCode, output, error) = await RunProcessAsync("node", [script, .. arguments], timeout);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"node {script} exited with {exitCode}: {error}");
        }

        return output;
    }

    private static async Task EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (DependenciesInstalled())
            {
                return;
            }

            var (exitCode, _, error) = await RunProcessAsync("npm", ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(5));
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"npm ci in {PackageFolder} failed with {exitCode}: {error}");
            }
        }
        finally
        {
            InstallLock.Release();
        }
    }

    // Every dependency of package.json has its folder in node_modules (a package added later needs npm ci again).
    private static bool DependenciesInstalled()
    {
        using var package = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(PackageFolder, "package.json")));
        return package.RootElement.GetProperty("dependencies").EnumerateObject()
            .All(dependency => Directory.Exists(Path.Combine(PackageFolder, "node_modules", dependency.Name)));
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunProcessAsync(
        string fileName, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = PackageFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process? started;
        try
        {
            started = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException($"The conformance tests need node 20+ and npm on the PATH; starting {fileName} failed: {exception.Message}", exception);
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

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Housing.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Housing.sln not found above " + AppContext.BaseDirectory);
    }
}
