using System.Diagnostics;
using System.Globalization;
using Housing.Infrastructure.Jobs;
using Infrastructure.Tests.Jobs.Support;

namespace Infrastructure.Tests.Kapt;

public sealed class KaptSyncKillTests
{
    private static readonly DateTimeOffset Start = TestClock.Kst(2026, 11, 23, 10, 0);

    private static string ProcessDll()
    {
        var testDir = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var framework = Path.GetFileName(testDir);
        var configuration = Path.GetFileName(Path.GetDirectoryName(testDir)!);
        var root = Path.GetFullPath(Path.Combine(testDir, "..", "..", "..", ".."));
        return Path.Combine(root, "KaptSyncProcess", "bin", configuration, framework, "KaptSyncProcess.dll");
    }

    private static Process StartSync(JobsTestDatabase db, FakeKaptServer server) =>
        Process.Start(new ProcessStartInfo("dotnet")
        {
            ArgumentList = { ProcessDll(), db.Path, server.BaseUrl.ToString(), FakeKaptServer.Key, "11560", "3", "2", Start.ToString("O", CultureInfo.InvariantCulture) },
            RedirectStandardOutput = false,
            RedirectStandardError = false,
        })!;

    [Fact]
    public async Task A_sync_killed_in_the_middle_of_an_import_and_restarted_ends_with_the_data_of_an_uninterrupted_run()
    {
        await using var uninterrupted = await KaptSyncHarness.StartAsync(complexes: 4);
        uninterrupted.Configure = o => o.MonthsBack = 3;
        await uninterrupted.Sync().RunAsync();
        var expected = KaptSyncHarness.Snapshot(uninterrupted.Db);

        await using var h = await KaptSyncHarness.StartAsync(complexes: 4);
        h.Server.Latency = TimeSpan.FromMilliseconds(25);
        var first = StartSync(h.Db, h.Server);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (h.Server.Requests < 100 && !first.HasExited && DateTime.UtcNow < deadline) await Task.Delay(10);
        Assert.False(first.HasExited, "the sync finished before it could be killed");
        first.Kill(entireProcessTree: true); // SIGKILL: no finally block, no flush, no goodbye
        await first.WaitForExitAsync();
        var killedAt = h.Server.Requests;

        var partial = KaptSyncHarness.Snapshot(h.Db);
        Assert.True(!expected.SequenceEqual(partial), $"killed after {killedAt} requests, yet every month was saved");
        Assert.NotEqual(SyncStatus.Completed, h.Checkpoint().Status);

        h.Server.Latency = TimeSpan.Zero;
        var second = StartSync(h.Db, h.Server);
        Assert.True(second.WaitForExit(TimeSpan.FromSeconds(120)), "the restarted sync did not finish");
        Assert.Equal(0, second.ExitCode);

        Assert.Equal(expected, KaptSyncHarness.Snapshot(h.Db));
        Assert.Equal(SyncStatus.Completed, h.Checkpoint().Status);
        // It resumed rather than started over: together the two processes asked little more than one full run.
        Assert.True(h.Server.Requests < uninterrupted.Server.Requests + killedAt / 2, $"{h.Server.Requests} requests for a {uninterrupted.Server.Requests}-request run");
    }
}
