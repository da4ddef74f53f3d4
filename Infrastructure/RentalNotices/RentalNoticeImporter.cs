using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Listings;
using Housing.Domain.Points;
using Housing.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace Housing.Infrastructure.RentalNotices;

/// <summary>What an import did.</summary>
public sealed record RentalNoticeImportReport(int Created, int Updated, int Unchanged, IReadOnlyList<string> Skipped)
{
    public override string ToString() =>
        $"{Created} notices created, {Updated} updated, {Unchanged} unchanged" + (Skipped.Count > 0 ? $"; skipped {string.Join("; ", Skipped)}" : "");

    /// <summary>The run for the job history, shown in the reader's language.</summary>
    public Jobs.JobSummary Summary()
    {
        var summary = Jobs.JobSummary.Of("rental-notices", Created, Updated, Unchanged);
        return Skipped.Count > 0 ? summary.And("skipped", string.Join("; ", Skipped)) : summary;
    }
}

/// <summary>
/// Imports the feed's notices into rental-housing listings by their source id, page by page, with a
/// <see cref="SyncCheckpoint"/> saved in the same transaction as each notice: an interrupted import resumes at the
/// first notice not saved, and a repeated one changes nothing. One run per KST day.
/// </summary>
public sealed class RentalNoticeImporter(
    IServiceScopeFactory scopes,
    RentalNoticeFeed feed,
    IOptions<RentalNoticeOptions> options,
    TimeProvider clock,
    ILogger<RentalNoticeImporter> log)
{
    public const string Source = "rental-notices";

    private readonly ResiliencePipeline _retry = new ResiliencePipelineBuilder { TimeProvider = clock }
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<RentalFeedTransientException>(),
            MaxRetryAttempts = 4,
            BackoffType = DelayBackoffType.Exponential,
            Delay = TimeSpan.FromSeconds(2),
            UseJitter = false,
        })
        .Build();

    public async Task<RentalNoticeImportReport> ImportAsync(bool restart = false, CancellationToken ct = default)
    {
        var url = options.Value.FeedUrl ?? throw new InvalidOperationException("RentalNotices:FeedUrl is not set; the import has nothing to read.");
        var scope = url.ToString();
        int created = 0, updated = 0, unchanged = 0;
        var skipped = new List<string>();
        var runKey = KoreanCalendar.Today(clock).ToString("yyyy-MM-dd");
        if (!await InScopeAsync(scope, (cp, _) => Task.FromResult(cp.Begin(runKey, clock.GetUtcNow(), restart)), ct))
            return new RentalNoticeImportReport(0, 0, 0, []);
        while (true)
        {
            var position = await InScopeAsync(scope, (cp, _) => Task.FromResult((cp.Page, cp.ItemsDone)), ct);
            var page = await _retry.ExecuteAsync(async token => await feed.PageAsync(url, position.Page, token), ct);
            for (var i = position.ItemsDone; i < page.Notices.Count; i++)
            {
                var notice = page.Notices[i];
                await InScopeAsync(scope, async (cp, store) =>
                {
                    cp.FinishedItem(clock.GetUtcNow());
                    try
                    {
                        var result = await UpsertAsync(store, notice, ct);
                        if (result.Created) created++;
                        else if (result.Changed) updated++;
                        else unchanged++;
                    }
                    catch (DomainException e)
                    {
                        log.LogWarning("Rental notice {Id} skipped: {Reason}", notice.Id, e.Message);
                        skipped.Add($"{notice.Id}: {e.Message}");
                    }
                    return true;
                }, ct);
            }
            var last = page.Notices.Count == 0 || page.Page >= page.TotalPages;
            await InScopeAsync(scope, (cp, _) =>
            {
                if (last) cp.Complete(clock.GetUtcNow());
                else cp.FinishedPage(clock.GetUtcNow());
                return Task.FromResult(true);
            }, ct);
            if (last) return new RentalNoticeImportReport(created, updated, unchanged, skipped);
        }
    }

    private async Task<RentalNoticeUpsert> UpsertAsync(IHousingStore store, RentalNoticeItem notice, CancellationToken ct)
    {
        var listings = new ListingService(store, clock, new PointsPolicy());
        var number = Vendor.NormalizeBusinessNumber(notice.Publisher.BusinessNumber);
        var vendor = await store.FirstOrDefaultAsync(store.Query<Vendor>().Where(v => v.BusinessNumber == number), ct)
            ?? await listings.RegisterVendorAsync(Actor.System, notice.Publisher.Name, number, VendorKind.HousingOperator, notice.Publisher.Phone, ct);
        var region = notice.SigunguCode is { } code
            ? await store.FirstOrDefaultAsync(store.Query<Region>().Where(r => r.SigunguCode == code), ct)
            : null;
        var description = string.IsNullOrWhiteSpace(notice.Url) ? notice.Title : $"{notice.Title}\n{notice.Url}";
        return await listings.UpsertRentalNoticeAsync(Actor.System, new RentalNoticeImport(
            notice.Id, vendor.Id, notice.Title, description,
            region is null ? ListingScope.Everywhere : ListingScope.Region, region?.Id,
            new RentalHousingTerms(notice.Deposit, notice.MonthlyRent, notice.ExclusiveArea, notice.Address, SupplyType(notice.SupplyType),
                notice.Eligibility ?? "", notice.ApplicationStart, notice.ApplicationEnd)), ct);
    }

    private static RentalSupplyType SupplyType(string text) => text.Trim() switch
    {
        "국민임대" => RentalSupplyType.NationalRental,
        "영구임대" => RentalSupplyType.PermanentRental,
        "행복주택" => RentalSupplyType.HappyHousing,
        "매입임대" => RentalSupplyType.PurchasedRental,
        "전세임대" => RentalSupplyType.JeonseRental,
        "장기전세" => RentalSupplyType.LongTermJeonse,
        "공공임대" => RentalSupplyType.PublicRental,
        "민간임대" => RentalSupplyType.PrivateRental,
        var other when Enum.TryParse<RentalSupplyType>(other, true, out var v) => v,
        var other => throw new DomainException("INVALID_LISTING",
            $"'{other}' is not a supply type; allowed are 국민임대, 영구임대, 행복주택, 매입임대, 전세임대, 장기전세, 공공임대, 민간임대."),
    };

    private async Task<T> InScopeAsync<T>(string scope, Func<SyncCheckpoint, IHousingStore, Task<T>> work, CancellationToken ct)
    {
        using var serviceScope = scopes.CreateScope();
        var store = serviceScope.ServiceProvider.GetRequiredService<IHousingStore>();
        var checkpoint = await store.FirstOrDefaultAsync(store.Query<SyncCheckpoint>().Where(c => c.Source == Source && c.Scope == scope), ct);
        if (checkpoint is null)
        {
            checkpoint = SyncCheckpoint.Create(Source, scope);
            store.Add(checkpoint);
        }
        var result = await work(checkpoint, store);
        await store.SaveChangesAsync(ct);
        return result;
    }
}
