using System.Runtime.CompilerServices;

namespace GraphQL.Tests.Types;

/// <summary>
/// Compares text with a committed file next to the calling test; with UPDATE_SNAPSHOTS=1 the file is written instead.
/// </summary>
internal static class Snapshot
{
    public static void Match(string actual, string relativePath, [CallerFilePath] string callerFile = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(callerFile)!, relativePath);
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), "Snapshot " + path + " is missing; run with UPDATE_SNAPSHOTS=1 to create it.");
        Assert.Equal(File.ReadAllText(path), actual);
    }

    /// <summary>Reads a file next to the calling test.</summary>
    public static string Read(string relativePath, [CallerFilePath] string callerFile = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(callerFile)!, relativePath));
}
