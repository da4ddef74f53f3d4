using Bench.Engine;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// dotnet run -c Release --project bench/Bench.Engine -- --filter '*'     BenchmarkDotNet, wall-clock time
// dotnet run -c Release --project bench/Bench.Engine -- cpu              the same operations by CPU time
if (args is ["cpu"])
{
    await CpuTimeReport.RunAsync();
    return;
}

// In-process: no generated project to build, which a busy shared machine cannot always do within BenchmarkDotNet's timeout.
var config = DefaultConfig.Instance.AddJob(Job.Default
    .WithToolchain(InProcessEmitToolchain.Instance)
    .WithWarmupCount(3)
    .WithIterationCount(10));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
