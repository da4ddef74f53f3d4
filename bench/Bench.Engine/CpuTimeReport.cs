using System.Diagnostics;

namespace Bench.Engine;

/// <summary>
/// The same operations as the BenchmarkDotNet classes, timed by the process's CPU time instead of the wall clock:
/// on a machine shared with other work, CPU time is what the engine itself spent.
/// </summary>
public static class CpuTimeReport
{
    public static async Task RunAsync()
    {
        var engine = new EngineBenchmarks();
        engine.Setup();
        Report("parse kitchen sink", 20_000, () => engine.ParseKitchenSink());
        Report("validate kitchen sink", 5_000, () => engine.ValidateKitchenSink());
        await ReportAsync("execute { a b c } + JSON", 200_000, engine.ExecuteThreeFields);
        await ReportAsync("execute small query with fragments + JSON", 100_000, engine.ExecuteSmallQueryWithFragments);
        await ReportAsync("execute introspection query + JSON", 2_000, engine.ExecuteIntrospection);
        foreach (var copies in new[] { 1, 10, 100 })
        {
            var scaling = new ScalingBenchmarks { Copies = copies };
            scaling.Setup();
            Report($"parse + validate, {copies} kitchen sink(s)", Math.Max(20, 5_000 / copies), () => scaling.ParseAndValidate());
        }
    }

    private static void Report(string name, int iterations, Action run)
    {
        // As many warm-up runs as measured ones, so tiered compilation has finished before the clock starts.
        for (var i = 0; i < iterations; i++)
        {
            run();
        }

        var (cpu, allocated) = (CpuTime(), GC.GetAllocatedBytesForCurrentThread());
        for (var i = 0; i < iterations; i++)
        {
            run();
        }

        Print(name, iterations, cpu, allocated);
    }

    private static async Task ReportAsync(string name, int iterations, Func<ValueTask<int>> run)
    {
        for (var i = 0; i < iterations; i++)
        {
            await run();
        }

        var (cpu, allocated) = (CpuTime(), GC.GetAllocatedBytesForCurrentThread());
        for (var i = 0; i < iterations; i++)
        {
            await run();
        }

        Print(name, iterations, cpu, allocated);
    }

    private static void Print(string name, int iterations, TimeSpan cpuBefore, long allocatedBefore)
    {
        var micros = (CpuTime() - cpuBefore).TotalMicroseconds / iterations;
        var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / iterations;
        Console.WriteLine($"{name,-46} {micros,12:F2} µs CPU/op {bytes,12:N0} B/op");
    }

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
