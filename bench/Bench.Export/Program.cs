using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Bench.Export;
using Housing.Domain.Common;
using Housing.Domain.Disclosures;
using Housing.Infrastructure.Exports;
using Housing.Infrastructure.Hosting;
using Housing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

// Bench.Export: the bulk export of 5,000,000 generated disclosure line items against `sqlite3 -csv` dumping the same
// SELECT, side by side in one run; each side runs in a child process measured by GNU time (wall clock, peak resident set).
//   run    [--rows N] [--data DIR] [--rounds R] [--xlsx-rows N]   the comparison (generates the data first when needed)
//   export --data DIR --format csv|jsonl|xlsx [--writer [--limit N]] one export in this process (the child of `run`)

var options = Options.Parse(args);
return options.Command switch
{
    "run" => await ExportBench.RunAsync(options),
    "export" => await ExportBench.ExportAsync(options),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Bench.Export run [--rows N] [--data DIR] [--rounds R] [--xlsx-rows N] | export --data DIR --format csv|jsonl|xlsx [--writer [--limit N]]");
    return 2;
}

internal sealed record Options(string Command, long Rows, string DataFolder, int Rounds, long XlsxRows, string Format, bool Writer, long? Limit)
{
    public static Options Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
        }

        var limit = Value("--limit", "");
        return new Options(
            args.Length > 0 ? args[0] : "run",
            long.Parse(Value("--rows", "5000000"), CultureInfo.InvariantCulture),
            Path.GetFullPath(Value("--data", Path.Combine(AppContext.BaseDirectory, "data"))),
            int.Parse(Value("--rounds", "2"), CultureInfo.InvariantCulture),
            long.Parse(Value("--xlsx-rows", "100000"), CultureInfo.InvariantCulture),
            Value("--format", "csv"),
            args.Contains("--writer"),
            limit.Length == 0 ? null : long.Parse(limit, CultureInfo.InvariantCulture));
    }
}

/// <summary>What one measured child process did: its rows, wall clock and peak resident set (GNU time), and its own report.</summary>
internal sealed record Measurement(string Name, long Rows, double Seconds, double CpuSeconds, long PeakKb, long Bytes, string Detail)
{
    public double RowsPerSecond => Rows / Seconds;

    /// <summary>Rows per second of CPU (user + system): what the run costs, whatever else the machine was doing.</summary>
    public double RowsPerCpuSecond => Rows / CpuSeconds;
}

internal static class ExportBench
{
    private static readonly YearMonth From = YearMonth.From(BenchData.FirstMonth);
    private static readonly YearMonth To = From.AddMonths(BenchData.Months - 1);

    public static async Task<int> RunAsync(Options options)
    {
        if (BenchData.CountRows(options.DataFolder) is var stored && stored < options.Rows)
            BenchData.Generate(options.DataFolder, options.Rows);
        var database = BenchData.DatabasePath(options.DataFolder);
        var rows = BenchData.CountRows(options.DataFolder);
        var select = SelectStatement(options.DataFolder);
        var output = Directory.CreateDirectory(Path.Combine(options.DataFolder, "out")).FullName;
        Console.WriteLine($"{rows:N0} line items in {database}");
        Console.WriteLine($"sqlite3 dumps the same rows with this SELECT (EF Core's text of DisclosureExportRows.FlatSelect):\n{select}\n");

        // One untimed pass each way warms the page cache, so neither side pays for the first read from disk.
        await SqliteAsync(database, select, Path.Combine(output, "warm.csv"));
        var results = new List<Measurement>();
        for (var round = 1; round <= options.Rounds; round++)
        {
            results.Add(await SqliteAsync(database, select, Path.Combine(output, "sqlite3.csv")));
            results.Add(await ChildAsync($"export job csv (round {round})", options, ["--format", "csv"]));
        }
        results.Add(await ChildAsync("export job jsonl", options, ["--format", "jsonl"]));
        results.Add(await ChildAsync($"writer xlsx, first {options.XlsxRows:N0} rows", options,
            ["--format", "xlsx", "--writer", "--limit", options.XlsxRows.ToString(CultureInfo.InvariantCulture)]));

        Console.WriteLine($"{"run",-36} {"rows",12} {"wall s",8} {"rows/s",10} {"CPU s",8} {"rows/CPU s",11} {"peak RSS MB",12} {"file MB",9}  detail");
        foreach (var m in results)
            Console.WriteLine($"{m.Name,-36} {m.Rows,12:N0} {m.Seconds,8:F2} {m.RowsPerSecond,10:N0} {m.CpuSeconds,8:F2} {m.RowsPerCpuSecond,11:N0} {m.PeakKb / 1024.0,12:F1} {m.Bytes / 1048576.0,9:F1}  {m.Detail}");
        var sqlite = results.Where(r => r.Name.StartsWith("sqlite3", StringComparison.Ordinal)).MaxBy(r => r.RowsPerSecond)!;
        var ours = results.Where(r => r.Name.StartsWith("export job csv", StringComparison.Ordinal)).MaxBy(r => r.RowsPerSecond)!;
        var peak = results.Where(r => !r.Name.StartsWith("sqlite3", StringComparison.Ordinal)).Max(r => r.PeakKb) / 1024.0;
        Console.WriteLine();
        Console.WriteLine($"best CSV: export job {ours.RowsPerSecond:N0} rows/s vs sqlite3 -csv {sqlite.RowsPerSecond:N0} rows/s = {ours.RowsPerSecond / sqlite.RowsPerSecond:F2}x wall clock (target >= 0.5x)");
        var oursCpu = results.Where(r => r.Name.StartsWith("export job csv", StringComparison.Ordinal)).MaxBy(r => r.RowsPerCpuSecond)!;
        var sqliteCpu = results.Where(r => r.Name.StartsWith("sqlite3", StringComparison.Ordinal)).MaxBy(r => r.RowsPerCpuSecond)!;
        Console.WriteLine($"          per CPU second {oursCpu.RowsPerCpuSecond:N0} vs {sqliteCpu.RowsPerCpuSecond:N0} = {oursCpu.RowsPerCpuSecond / sqliteCpu.RowsPerCpuSecond:F2}x");
        Console.WriteLine($"peak resident set of the exports: {peak:F0} MB (target < 300 MB)");
        var ok = ours.Rows == sqlite.Rows && ours.RowsPerSecond >= 0.5 * sqlite.RowsPerSecond && peak < 300;
        Console.WriteLine(ours.Rows == sqlite.Rows ? "same row count on both sides" : $"ROW COUNTS DIFFER: {ours.Rows} vs {sqlite.Rows}");
        return ok ? 0 : 1;
    }

    /// <summary>The child: one export, either as the job runs it (count, stream, progress, rename) or the writer alone.</summary>
    public static async Task<int> ExportAsync(Options options)
    {
        var format = Enum.Parse<ExportFormat>(options.Format, ignoreCase: true);
        var clock = Stopwatch.StartNew();
        long rows;
        string file;
        await using var provider = Services(options.DataFolder);
        if (options.Writer)
        {
            var database = provider.GetRequiredService<HousingDatabase>();
            await using var db = database.CreateContext();
            var rowsRead = DisclosureExportRows.ReadAsync(db, DisclosureScope.Of(null, From, To), [], (int?)options.Limit);
            file = Path.Combine(options.DataFolder, "out", "writer." + DisclosureExport.Extension(format));
            await using var stream = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            rows = await DisclosureExportWriter.WriteAsync(rowsRead, format, stream);
        }
        else
        {
            // The use case stores the export; the job is then run exactly as the scheduler runs it.
            Guid id;
            await using (var scope = provider.CreateAsyncScope())
            {
                var service = new DisclosureExportService(new EfHousingStore(scope.ServiceProvider.GetRequiredService<HousingDatabase>().CreateContext()),
                    TimeProvider.System, new NoScheduler());
                var analyst = new Actor(Guid.CreateVersion7(), "bench", new HashSet<string> { Roles.Analyst });
                id = (await service.StartAsync(analyst, new StartExportCommand(BenchScopeReader.Json(From, To), [], format))).Id;
            }
            await using (var scope = provider.CreateAsyncScope())
                Console.Error.WriteLine(await DisclosureExportJob.RunExportAsync(scope.ServiceProvider, id, CancellationToken.None));
            await using var db = provider.GetRequiredService<HousingDatabase>().CreateContext();
            var export = await db.Set<DisclosureExport>().AsNoTracking().SingleAsync(e => e.Id == id);
            if (export.Status != ExportStatus.Completed)
                throw new InvalidOperationException($"The export ended {export.Status}: {export.ErrorMessage}");
            rows = export.RowCount!.Value;
            file = provider.GetRequiredService<ExportFiles>().PathOf(export);
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var peakKb = File.ReadLines("/proc/self/status").Where(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))
            .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture)).Single();
        var gc = GC.GetGCMemoryInfo();
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            rows,
            seconds,
            vmHwmKb = peakKb,
            bytes = new FileInfo(file).Length,
            gcHeapMb = gc.HeapSizeBytes / 1048576.0,
            allocatedMb = GC.GetTotalAllocatedBytes() / 1048576.0,
            gen0 = GC.CollectionCount(0),
            gen2 = GC.CollectionCount(2),
        }));
        File.Delete(file);
        return 0;
    }

    private static ServiceProvider Services(string dataFolder)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = dataFolder, EnvironmentName = "Production" });
        services.Configure<DataOptions>(o => o.Folder = dataFolder);
        services.Configure<DatabaseOptions>(o => o.Provider = "Sqlite");
        services.AddSingleton<HousingDatabase>();
        services.AddHousingExports();
        services.AddSingleton<IDisclosureScopeReader, BenchScopeReader>();
        return services.BuildServiceProvider();
    }

    private static string SelectStatement(string dataFolder)
    {
        using var db = new SqliteHousingDbContext(new DbContextOptionsBuilder<SqliteHousingDbContext>()
            .UseSqlite(HousingDatabase.SqliteConnectionStringFor(BenchData.DatabasePath(dataFolder))).Options);
        return DisclosureExportRows.FlatSelect(db, DisclosureScope.Of(null, From, To)).ToQueryString().Trim() + ";";
    }

    private static async Task<Measurement> SqliteAsync(string database, string select, string output)
    {
        var (seconds, cpu, peakKb) = await TimedAsync("sqlite3", ["-csv", database], select, output);
        var rows = 0L;
        foreach (var _ in File.ReadLines(output)) rows++;
        var bytes = new FileInfo(output).Length;
        File.Delete(output);
        return new Measurement("sqlite3 -csv", rows, seconds, cpu, peakKb, bytes, "sqlite3 " + SqliteVersion());
    }

    private static async Task<Measurement> ChildAsync(string name, Options options, string[] arguments)
    {
        var log = Path.Combine(options.DataFolder, "out", "child.json");
        // This program again: through the dotnet host when it was started as `dotnet Bench.Export.dll`.
        string[] self = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet"
            ? [Environment.ProcessPath!, typeof(ExportBench).Assembly.Location]
            : [Environment.ProcessPath!];
        var (seconds, cpu, peakKb) = await TimedAsync(self[0], [.. self[1..], "export", "--data", options.DataFolder, .. arguments], null, log);
        var report = JsonDocument.Parse(File.ReadAllText(log)).RootElement;
        return new Measurement(name, report.GetProperty("rows").GetInt64(), seconds, cpu, peakKb, report.GetProperty("bytes").GetInt64(),
            string.Create(CultureInfo.InvariantCulture,
                $"in-process {report.GetProperty("seconds").GetDouble():F2} s, VmHWM {report.GetProperty("vmHwmKb").GetInt64() / 1024} MB, GC heap {report.GetProperty("gcHeapMb").GetDouble():F0} MB, allocated {report.GetProperty("allocatedMb").GetDouble():F0} MB, gen0 {report.GetProperty("gen0").GetInt32()} gen2 {report.GetProperty("gen2").GetInt32()}"));
    }

    /// <summary>Runs a program under GNU time with stdout to a file: wall seconds, CPU seconds (user + system) and peak resident set in kB.</summary>
    private static async Task<(double Seconds, double CpuSeconds, long PeakKb)> TimedAsync(string program, string[] arguments, string? stdin, string stdout)
    {
        var timing = Path.GetTempFileName();
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardInput = true, RedirectStandardOutput = true };
        foreach (var argument in (string[])["-f", "%e %U %S %M", "-o", timing, program, .. arguments])
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        await using (var file = File.Create(stdout))
        {
            var copy = process.StandardOutput.BaseStream.CopyToAsync(file);
            if (stdin is not null)
                await process.StandardInput.WriteAsync(stdin);
            process.StandardInput.Close();
            await copy;
        }
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}.");
        var parts = File.ReadAllText(timing).Trim().Split('\n')[^1].Split(' ');
        File.Delete(timing);
        double Number(int i) => double.Parse(parts[i], CultureInfo.InvariantCulture);
        return (Number(0), Number(1) + Number(2), long.Parse(parts[3], CultureInfo.InvariantCulture));
    }

    private static string SqliteVersion()
    {
        using var process = Process.Start(new ProcessStartInfo("sqlite3", "--version") { RedirectStandardOutput = true })!;
        var version = process.StandardOutput.ReadToEnd().Split(' ')[0];
        process.WaitForExit();
        return version;
    }

    private sealed class NoScheduler : IDisclosureExportScheduler
    {
        public Task ScheduleAsync(Guid exportId, CancellationToken ct = default) => Task.CompletedTask;
    }
}

/// <summary>The bench's stored scope: a month range over every complex (the host reads its scope through the GraphQL schema).</summary>
internal sealed class BenchScopeReader : IDisclosureScopeReader
{
    public static string Json(YearMonth from, YearMonth to) => JsonSerializer.Serialize(new { from = from.ToString(), to = to.ToString() });

    public DisclosureScope Read(string scope, Actor requester)
    {
        using var json = JsonDocument.Parse(scope);
        return DisclosureScope.Of(null, YearMonth.Parse(json.RootElement.GetProperty("from").GetString()!), YearMonth.Parse(json.RootElement.GetProperty("to").GetString()!));
    }
}
