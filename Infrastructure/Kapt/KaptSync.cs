using System.Text.Json;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Disclosures;
using Housing.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Housing.Infrastructure.Kapt;

/// <summary>How the run of one sigungu ended.</summary>
public sealed record KaptSigunguReport(string SigunguCode, SyncStatus Status, int ComplexesChanged, int MonthsChanged, int MonthsUnchanged, string? Message,
    IReadOnlyList<string>? Skipped = null);

/// <summary>What a sync run did; <see cref="ResumeAt"/> is set when the daily quota stopped it.</summary>
public sealed record KaptSyncReport(IReadOnlyList<KaptSigunguReport> Sigungus, int Requests, DateTimeOffset? ResumeAt)
{
    public bool Paused => ResumeAt is not null;

    public override string ToString() =>
        $"{Sigungus.Sum(s => s.ComplexesChanged)} complexes and {Sigungus.Sum(s => s.MonthsChanged)} months changed, "
        + $"{Sigungus.Sum(s => s.MonthsUnchanged)} months unchanged, {Requests} requests"
        + (Sigungus.SelectMany(s => s.Skipped ?? []).ToList() is { Count: > 0 } skipped ? $"; skipped {string.Join("; ", skipped)}" : "")
        + (ResumeAt is { } at ? $"; daily quota spent, resumes at {at:u}" : "");

    /// <summary>The run for the job history, shown in the reader's language.</summary>
    public Jobs.JobSummary Summary()
    {
        var summary = Jobs.JobSummary.Of("kapt-sync", Sigungus.Sum(s => s.ComplexesChanged), Sigungus.Sum(s => s.MonthsChanged),
            Sigungus.Sum(s => s.MonthsUnchanged), Requests);
        if (Sigungus.SelectMany(s => s.Skipped ?? []).ToList() is { Count: > 0 } skipped)
            summary = summary.And("skipped", string.Join("; ", skipped));
        return ResumeAt is { } at ? summary.And("kapt-quota-spent", at) : summary;
    }
}

/// <summary>
/// Imports K-apt's open data for the configured sigungus: the complex list page by page, each complex's basic
/// information (upserted by K-apt code) and its monthly fees (upserted by complex and month) through the domain
/// services. Progress is a <see cref="SyncCheckpoint"/> per sigungu, saved with the data it covers, so a run that is
/// killed resumes at the first complex-month not saved, and a run stopped by the daily quota resumes at the very
/// operation it stopped at. A run is one calendar month (KST): once complete, it is not repeated until the next month.
/// </summary>
public sealed class KaptSync(
    IServiceScopeFactory scopes,
    KaptClient client,
    IOptions<KaptOptions> options,
    TimeProvider clock,
    ILogger<KaptSync> log)
{
    public const string Source = "kapt";

    private readonly KaptOptions _options = options.Value;

    /// <summary>Runs (or resumes) this month's sync; <paramref name="restart"/> starts completed sigungus again from the top.</summary>
    public async Task<KaptSyncReport> RunAsync(bool restart = false, CancellationToken ct = default)
    {
        var today = KoreanCalendar.Today(clock);
        var runKey = YearMonth.From(today).ToString();
        var reports = new List<KaptSigunguReport>();
        var requestsBefore = client.RequestCount;
        foreach (var sigungu in _options.SigunguCodes)
        {
            var report = await SyncSigunguAsync(sigungu, runKey, restart, ct);
            reports.Add(report);
            if (report.Status == SyncStatus.Paused)
                return new KaptSyncReport(reports, client.RequestCount - requestsBefore, ResumeTime());
        }
        return new KaptSyncReport(reports, client.RequestCount - requestsBefore, null);
    }

    /// <summary>The portal's quotas reset at midnight KST; resume a few minutes after.</summary>
    private DateTimeOffset ResumeTime() => KoreanCalendar.StartOf(KoreanCalendar.Today(clock).AddDays(1)).AddMinutes(5);

    private IEnumerable<YearMonth> Months()
    {
        var current = YearMonth.From(KoreanCalendar.Today(clock));
        for (var m = current.AddMonths(-_options.MonthsBack); m < current; m = m.AddMonths(1))
            yield return m;
    }

    private async Task<KaptSigunguReport> SyncSigunguAsync(string sigungu, string runKey, bool restart, CancellationToken ct)
    {
        using (var scope = scopes.CreateScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IHousingStore>();
            var checkpoint = await CheckpointAsync(store, sigungu, ct);
            if (!checkpoint.Begin(runKey, clock.GetUtcNow(), fromTop: restart))
                return new KaptSigunguReport(sigungu, SyncStatus.Completed, 0, 0, 0, "already synced this month");
            await store.SaveChangesAsync(ct);
        }
        var progress = new Progress();
        try
        {
            while (true)
            {
                var page = await PositionAsync(sigungu, ct);
                var list = await client.GetSigunguComplexesAsync(sigungu, page.Page, ct);
                for (var i = page.ItemsDone; i < list.Complexes.Count; i++)
                {
                    try
                    {
                        await SyncComplexAsync(sigungu, list.Complexes[i], progress, ct);
                    }
                    catch (DomainException e)
                    {
                        // K-apt data the domain refuses (an unknown heating type, a bad code) skips that complex, not the run.
                        var code = list.Complexes[i].Text("kaptCode");
                        log.LogWarning("K-apt complex {KaptCode} skipped: {Reason}", code, e.Message);
                        progress.Skipped.Add($"{code}: {e.Message}");
                        progress.PartialMonth = null;
                        progress.Partial = [];
                        await WithCheckpointAsync(sigungu, (cp, _) => cp.FinishedItem(clock.GetUtcNow()), ct);
                    }
                }
                var last = list.Complexes.Count == 0 || page.Page * _options.PageSize >= list.TotalCount;
                await WithCheckpointAsync(sigungu, (cp, _) => { if (last) cp.Complete(clock.GetUtcNow()); else cp.FinishedPage(clock.GetUtcNow()); }, ct);
                if (last)
                    return new KaptSigunguReport(sigungu, SyncStatus.Completed, progress.ComplexesChanged, progress.MonthsChanged, progress.MonthsUnchanged, null, progress.Skipped);
            }
        }
        catch (KaptQuotaExceededException e)
        {
            var resumeAt = ResumeTime();
            await WithCheckpointAsync(sigungu, (cp, _) =>
            {
                if (progress.PartialMonth is { } month && progress.Partial.Count > 0)
                    cp.FetchedOperation(month, progress.Partial.Count, JsonSerializer.Serialize(progress.Partial), clock.GetUtcNow());
                cp.Pause(resumeAt, e.Message, clock.GetUtcNow());
            }, CancellationToken.None);
            log.LogWarning("K-apt sync of {Sigungu} paused until {ResumeAt}: {Reason}", sigungu, resumeAt, e.Message);
            return new KaptSigunguReport(sigungu, SyncStatus.Paused, progress.ComplexesChanged, progress.MonthsChanged, progress.MonthsUnchanged, e.Message);
        }
        catch (KaptException e)
        {
            await WithCheckpointAsync(sigungu, (cp, _) =>
            {
                if (progress.PartialMonth is { } month && progress.Partial.Count > 0)
                    cp.FetchedOperation(month, progress.Partial.Count, JsonSerializer.Serialize(progress.Partial), clock.GetUtcNow());
                cp.Fail(e.Message, clock.GetUtcNow());
            }, CancellationToken.None);
            throw;
        }
    }

    private async Task SyncComplexAsync(string sigungu, KaptRecord listed, Progress progress, CancellationToken ct)
    {
        var kaptCode = listed.Text("kaptCode")
            ?? throw new KaptTransientException(KaptCatalog.ListService, "MALFORMED", $"A complex of sigungu {sigungu} came without a kaptCode.");
        var position = await PositionAsync(sigungu, ct);
        var resuming = position.Item == kaptCode;
        if (!resuming)
        {
            var info = await client.GetBasicInfoAsync(kaptCode, ct);
            await InScopeAsync(sigungu, async (cp, store) =>
            {
                cp.AtItem(kaptCode, clock.GetUtcNow());
                if (info is not null)
                {
                    var result = await new ComplexService(store, clock).UpsertComplexFromKaptAsync(Actor.System, ComplexInfo(info, listed), ct);
                    if (result.Changed) progress.ComplexesChanged++;
                }
            }, ct);
            if (info is null)
            {
                log.LogWarning("K-apt has no basic information for {KaptCode}; its fees are skipped", kaptCode);
                await WithCheckpointAsync(sigungu, (cp, _) => cp.FinishedItem(clock.GetUtcNow()), ct);
                return;
            }
        }
        foreach (var month in Months())
        {
            if (resuming && position.Month is { } at && (month < at || (month == at && position.OperationsDone == 0)))
                continue;
            var restored = resuming && position.Month == month && position.OperationsDone > 0 && position.PartialData is { } data
                ? JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string?>>>(data)!
                : [];
            await SyncMonthAsync(sigungu, kaptCode, month, restored, progress, ct);
        }
        await WithCheckpointAsync(sigungu, (cp, _) => cp.FinishedItem(clock.GetUtcNow()), ct);
    }

    private async Task SyncMonthAsync(string sigungu, string kaptCode, YearMonth month,
        Dictionary<string, Dictionary<string, string?>> fetched, Progress progress, CancellationToken ct)
    {
        progress.PartialMonth = month;
        progress.Partial = fetched;
        foreach (var operation in KaptCatalog.FeeOperations.Skip(fetched.Count))
        {
            var record = await client.GetFeeAsync(operation, kaptCode, month, ct);
            fetched[operation.Operation] = record is null ? [] : new Dictionary<string, string?>(record.Fields);
        }
        var import = ImportOf(kaptCode, month, fetched);
        await InScopeAsync(sigungu, async (cp, store) =>
        {
            cp.FinishedMonth(month, import.Amounts.Values.Any(v => v is not null), clock.GetUtcNow());
            var result = await new DisclosureService(store, clock).ImportDisclosureFromKaptAsync(Actor.System, import, ct);
            if (result.Changed) progress.MonthsChanged++;
            else progress.MonthsUnchanged++;
        }, ct);
        progress.PartialMonth = null;
        progress.Partial = [];
    }

    /// <summary>The month as the domain imports it: each item's amount from its operation's fields; nothing disclosed reads as all null.</summary>
    public static KaptDisclosureImport ImportOf(string kaptCode, YearMonth month, IReadOnlyDictionary<string, Dictionary<string, string?>> fetched)
    {
        var amounts = new Dictionary<string, long?>();
        double? rate = null;
        foreach (var operation in KaptCatalog.FeeOperations)
        {
            var record = new KaptRecord(fetched.GetValueOrDefault(operation.Operation) ?? []);
            foreach (var item in operation.Items)
            {
                if (item.Unit == FeeUnit.Rate)
                {
                    rate = item.KaptFields.Select(record.Number).FirstOrDefault(v => v is not null);
                    continue;
                }
                amounts[item.Code] = item.AmountFromKapt(item.KaptFields.ToDictionary(f => f, record.Amount));
            }
        }
        return new KaptDisclosureImport(kaptCode, month, amounts, rate);
    }

    /// <summary>The basic information as the domain takes it; the list item fills what the basic information lacks.</summary>
    public static KaptComplexInfo ComplexInfo(KaptRecord info, KaptRecord listed) => new(
        KaptCode: info.Text("kaptCode") ?? listed.Text("kaptCode")!,
        KaptName: info.Text("kaptName") ?? listed.Text("kaptName") ?? "",
        BjdCode: info.Text("bjdCode") ?? listed.Text("bjdCode") ?? "",
        KaptAddr: info.Text("kaptAddr") ?? "",
        DoroJuso: info.Text("doroJuso"),
        CodeAptNm: info.Text("codeAptNm"),
        CodeSaleNm: info.Text("codeSaleNm") ?? "",
        CodeHeatNm: info.Text("codeHeatNm") ?? "",
        CodeMgrNm: info.Text("codeMgrNm") ?? "",
        KaptdaCnt: info.Count("kaptdaCnt") ?? 0,
        KaptDongCnt: info.Count("kaptDongCnt") ?? 0,
        KaptUsedate: info.Text("kaptUsedate"),
        KaptTarea: info.Number("kaptTarea") ?? 0,
        KaptMarea: info.Number("kaptMarea") ?? 0,
        PrivArea: info.Number("privArea") ?? 0,
        KaptTel: info.Text("kaptTel"),
        SidoName: listed.Text("as1"),
        SigunguName: listed.Text("as2"));

    private async Task<SyncCheckpoint> CheckpointAsync(IHousingStore store, string sigungu, CancellationToken ct)
    {
        var checkpoint = await store.FirstOrDefaultAsync(store.Query<SyncCheckpoint>().Where(c => c.Source == Source && c.Scope == sigungu), ct);
        if (checkpoint is null)
        {
            checkpoint = SyncCheckpoint.Create(Source, sigungu);
            store.Add(checkpoint);
        }
        return checkpoint;
    }

    private async Task<SyncCheckpoint> PositionAsync(string sigungu, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<IHousingStore>();
        return await CheckpointAsync(store, sigungu, ct);
    }

    /// <summary>Runs <paramref name="work"/> in a unit of work of its own and saves the checkpoint with whatever it changed.</summary>
    private async Task InScopeAsync(string sigungu, Func<SyncCheckpoint, IHousingStore, Task> work, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<IHousingStore>();
        var checkpoint = await CheckpointAsync(store, sigungu, ct);
        await work(checkpoint, store);
        await store.SaveChangesAsync(ct);
    }

    private Task WithCheckpointAsync(string sigungu, Action<SyncCheckpoint, IHousingStore> change, CancellationToken ct) =>
        InScopeAsync(sigungu, (cp, store) => { change(cp, store); return Task.CompletedTask; }, ct);

    private sealed class Progress
    {
        public int ComplexesChanged;
        public int MonthsChanged;
        public int MonthsUnchanged;
        public YearMonth? PartialMonth;
        public Dictionary<string, Dictionary<string, string?>> Partial = [];
        public List<string> Skipped = [];
    }
}
