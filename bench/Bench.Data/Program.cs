using Bench.Data;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// dotnet run -c Release --project bench/Bench.Data -- --filter '*'
// dotnet run -c Release --project bench/Bench.Data -- cpu        the same operations by CPU time
// dotnet run -c Release --project bench/Bench.Data -- check      one run of each query, answers compared, statements counted
if (args is ["check"])
{
    await PagedQueryBenchmarks.CheckAsync(Console.Out);
    return;
}

if (args is ["cpu"])
{
    await CpuTimeReport.RunAsync(Console.Out);
    return;
}

// In-process and short (3 warm-up, 10 measured iterations): the machine is shared, and the ratio is what matters.
var config = DefaultConfig.Instance.AddJob(Job.Default
    .WithToolchain(InProcessEmitToolchain.Instance)
    .WithWarmupCount(3)
    .WithIterationCount(10));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
