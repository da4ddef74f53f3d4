using System.Text.Json;
using Housing.Domain.Common;
using Housing.Domain.Listings;
using Housing.Infrastructure.Jobs;
using Housing.Infrastructure.RentalNotices;
using Infrastructure.Tests.Jobs.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Infrastructure.Tests.RentalNotices;

public sealed class RentalNoticeImporterTests : IAsyncLifetime
{
    private readonly JobsTestDatabase _db = new();
    private readonly TestClock _clock = new(TestClock.Kst(2026, 11, 23, 6, 0));
    private readonly List<List<object>> _pages = [];
    private readonly List<int> _requestedPages = [];
    private int _failPage;
    private LocalHttpServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await LocalHttpServer.StartAsync(async context =>
        {
            var page = int.Parse(context.Request.Query["page"]!);
            lock (_requestedPages) _requestedPages.Add(page);
            if (page == _failPage)
            {
                context.Response.StatusCode = 503;
                return;
            }
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(JsonSerializer.Serialize(new { page, totalPages = _pages.Count, notices = _pages[page - 1] }));
        });
        _pages.Add([Notice("LH-1", 12_000_000), Notice("LH-2", 15_000_000)]);
        _pages.Add([Notice("SH-3", 30_000_000, publisher: "SH"), Notice("SH-4", 1, end: "2026-11-01")]);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _db.Dispose();
    }

    private static object Notice(string id, long deposit, string publisher = "LH", string end = "2026-12-05") => new
    {
        id,
        publisher = publisher == "LH"
            ? new { name = "한국토지주택공사", businessNumber = "144-82-00267", phone = "1600-1004" }
            : new { name = "서울주택도시공사", businessNumber = "201-82-06474", phone = "1600-3456" },
        title = $"영등포구 매입임대주택 입주자 모집 {id}",
        supplyType = "매입임대",
        sigunguCode = "11560",
        address = "서울특별시 영등포구 대림동 1000-1",
        exclusiveArea = 36.9,
        deposit,
        monthlyRent = 180_000,
        eligibility = "무주택 세대구성원",
        applicationStart = "2026-11-25",
        applicationEnd = end,
        url = $"https://apply.example.kr/notices/{id}",
    };

    private RentalNoticeImporter Importer()
    {
        var services = _db.Services(_clock);
        services.AddOptions<RentalNoticeOptions>().Configure(o => o.FeedUrl = new Uri(_server.Address, "feed"));
        services.AddRentalNoticeImportServices();
        return services.BuildServiceProvider().GetRequiredService<RentalNoticeImporter>();
    }

    private List<Listing> Listings()
    {
        using var context = _db.CreateContext();
        return [.. context.Set<Listing>().AsNoTracking().OrderBy(l => l.SourceNoticeId)];
    }

    [Fact]
    public async Task Notices_are_imported_as_rental_listings_by_source_id_and_a_refused_one_is_skipped_and_named()
    {
        var report = await Importer().ImportAsync();

        Assert.Equal(3, report.Created);
        Assert.Contains("SH-4", Assert.Single(report.Skipped));
        var listings = Listings();
        Assert.Equal(["LH-1", "LH-2", "SH-3"], listings.Select(l => l.SourceNoticeId));
        Assert.All(listings, l => Assert.Equal(ListingKind.RentalHousing, l.Kind));
        Assert.Equal(12_000_000, listings[0].Rental!.Deposit);
        Assert.Equal(RentalSupplyType.PurchasedRental, listings[0].Rental!.SupplyType);
        Assert.Contains("https://apply.example.kr/notices/LH-1", listings[0].Description);
        using var context = _db.CreateContext();
        Assert.Equal(2, context.Set<Vendor>().Count(v => v.Kind == VendorKind.HousingOperator));
    }

    [Fact]
    public async Task A_repeated_import_changes_nothing_and_a_changed_notice_is_revised_in_place()
    {
        await Importer().ImportAsync();
        var before = Listings().Select(l => (l.Id, l.Version)).ToList();

        var again = await Importer().ImportAsync(restart: true);
        Assert.Equal((0, 0, 3), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal(before, Listings().Select(l => (l.Id, l.Version)).ToList());

        _pages[0][1] = Notice("LH-2", 16_000_000);
        var revised = await Importer().ImportAsync(restart: true);
        Assert.Equal((0, 1, 2), (revised.Created, revised.Updated, revised.Unchanged));
        Assert.Equal(16_000_000, Listings().Single(l => l.SourceNoticeId == "LH-2").Rental!.Deposit);
        Assert.Equal(3, Listings().Count);
    }

    [Fact]
    public async Task An_import_interrupted_by_a_failing_page_resumes_at_that_page()
    {
        _failPage = 2;
        await Assert.ThrowsAsync<RentalFeedTransientException>(() => Importer().ImportAsync());
        Assert.Equal(2, Listings().Count);
        Assert.Equal([1, 2, 2, 2, 2, 2], _requestedPages);
        using (var context = _db.CreateContext())
            Assert.Equal(2, context.Set<SyncCheckpoint>().Single().Page);

        _failPage = 0;
        _requestedPages.Clear();
        var report = await Importer().ImportAsync();
        Assert.Equal([2], _requestedPages);
        Assert.Equal(1, report.Created);
        Assert.Equal(3, Listings().Count);
    }
}
