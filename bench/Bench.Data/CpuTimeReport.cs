using System.Buffers;
using System.Diagnostics;

namespace Bench.Data;

/// <summary>
/// The benchmarks by CPU time: SQLite runs in the process, so the process's CPU time per operation is what each way of
/// querying costs, even while other work on a shared machine holds the cores (wall-clock time counts that work too).
/// </summary>
public static class CpuTimeReport
{
    public static async Task RunAsync(TextWriter output, int iterations = 200, int rounds = 3)
    {
        using var database = new BenchDatabase();
        var executor = PagedQueryBenchmarks.Executor(database);
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        var pairs = new (string Name, Func<Task<int>> Run)[]
        {
            ("page: EF Core by hand", () => PagedQueryBenchmarks.PageByHandAsync(database, buffer)),
            ("page: GraphQL", () => PagedQueryBenchmarks.GraphQLAsync(executor, database, PagedQueryBenchmarks.PageQuery, buffer)),
            ("page + nested pages: EF Core by hand, two queries", () => PagedQueryBenchmarks.NestedByHandAsync(database, buffer)),
            ("page + nested pages: GraphQL", () => PagedQueryBenchmarks.GraphQLAsync(executor, database, PagedQueryBenchmarks.NestedQuery, buffer)),
        };
        var best = pairs.Select(_ => double.MaxValue).ToArray();
        var bestWall = pairs.Select(_ => double.MaxValue).ToArray();
        for (var round = 0; round <= rounds; round++)
        {
            for (var i = 0; i < pairs.Length; i++)
            {
                var started = Process.GetCurrentProcess().TotalProcessorTime;
                var wall = Stopwatch.StartNew();
                for (var n = 0; n < iterations; n++)
                {
                    await pairs[i].Run();
                }

                // Round 0 warms up (JIT, EF Core's query cache, SQLite's page cache).
                if (round > 0)
                {
                    best[i] = Math.Min(best[i], (Process.GetCurrentProcess().TotalProcessorTime - started).TotalMilliseconds / iterations);
                    bestWall[i] = Math.Min(bestWall[i], wall.Elapsed.TotalMilliseconds / iterations);
                }
            }
        }

        output.WriteLine("| operation | CPU time per op (best of " + rounds + " rounds of " + iterations + ") | ratio | wall clock per op (best round) |");
        output.WriteLine("|---|---:|---:|---:|");
        for (var i = 0; i < pairs.Length; i++)
        {
            var ratio = i % 2 == 0 ? "1.00" : (best[i] / best[i - 1]).ToString("F2", System.Globalization.CultureInfo.InvariantCulture);
            output.WriteLine("| " + pairs[i].Name + " | " + best[i].ToString("F2", System.Globalization.CultureInfo.InvariantCulture) + " ms | " + ratio + " | "
                + bestWall[i].ToString("F2", System.Globalization.CultureInfo.InvariantCulture) + " ms |");
        }
    }
}
