using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Documents;
using Housing.Infrastructure.DemoData;
using Housing.Infrastructure.Notifications;
using Housing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Infrastructure.Tests.DemoData;

/// <summary>The demo's complexes only (accounts, regions, complexes), seeded once for the tests of their managers.</summary>
public sealed class SeededDemoComplexes : IAsyncLifetime
{
    public DemoDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync() => Database = await DemoDatabase.SeedAsync([new ComplexesDemoSeeder()]);

    public Task DisposeAsync()
    {
        Database.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>
/// Every demo complex's manager (manager1 and manager2 included) has a demo mobile number, so a document the officer sends
/// queues an SMS for every complex (shown in the outbox log) and none is left unreachable.
/// </summary>
public sealed class DemoManagerPhonesTests(SeededDemoComplexes seeded) : IClassFixture<SeededDemoComplexes>
{
    [Fact]
    public async Task Every_demo_complex_has_a_manager_with_a_distinct_demo_mobile_number()
    {
        await using var db = seeded.Database.CreateContext();
        var complexes = await db.Set<Complex>().AsNoTracking().ToListAsync();
        var managerIds = complexes.SelectMany(c => c.Managers.Select(m => m.UserId)).ToHashSet();
        var phones = await db.Users.AsNoTracking().Where(u => managerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.PhoneNumber);

        Assert.Equal(DemoPlaces.AllComplexes.Count(), complexes.Count);
        Assert.All(complexes, c => Assert.Contains(c.Managers, m => phones[m.UserId] is { } phone && MobilePhone.Normalized(phone) == phone
            && phone.StartsWith("010-0000-", StringComparison.Ordinal)));
        Assert.Equal(complexes.Count, complexes.Select(c => phones[c.Managers.First().UserId]).Distinct().Count());
        Assert.NotNull((await db.Users.SingleAsync(u => u.UserName == "manager1")).PhoneNumber);
        Assert.NotNull((await db.Users.SingleAsync(u => u.UserName == "manager2")).PhoneNumber);
    }

    [Fact]
    public async Task A_document_to_every_complex_of_the_district_queues_an_sms_for_each_and_leaves_none_unreachable()
    {
        await using var db = seeded.Database.CreateContext();
        var store = new EfHousingStore(db);
        var documents = new DocumentService(store, TimeProvider.System, new DocumentPostage(),
            new DocumentSms(store, new NotificationQueue(store, TimeProvider.System), TimeProvider.System));
        var region = await db.Set<Region>().SingleAsync(r => r.SigunguCode == "11560");
        var complexIds = await db.Set<Complex>().Where(c => c.RegionId == region.Id).Select(c => c.Id).ToListAsync();
        var officer = new Actor(Guid.NewGuid(), "officer", new HashSet<string> { Roles.DistrictOfficer }, DistrictCode: "11560");

        var document = await documents.SendDocumentAsync(officer, new SendDocumentCommand(region.Id, "주택과", "데모 문자 확인", "본문",
            DocumentCategory.Notice, complexIds));

        Assert.Equal(complexIds.Count, document.Progress(TimeProvider.System.GetUtcNow()).Notified);
        Assert.Equal(0, document.Progress(TimeProvider.System.GetUtcNow()).Unreachable);
        Assert.True(await db.Set<OutboundMessage>().CountAsync() >= complexIds.Count);
    }
}
