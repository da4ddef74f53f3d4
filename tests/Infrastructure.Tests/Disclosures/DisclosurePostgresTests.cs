using Housing.Domain.Common;
using Housing.Domain.Community;
using Housing.Domain.Complexes;
using Housing.Domain.Disclosures;
using Housing.Infrastructure.Persistence;
using Infrastructure.Tests.Jobs.Support;
using Infrastructure.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Infrastructure.Tests.Disclosures;

/// <summary>Disclosure and poll queries on PostgreSQL: months as yyyymm, peer subqueries, instants in UTC.</summary>
public sealed class DisclosurePostgresTests
{
    [PostgresFact]
    public async Task Filing_comparison_compliance_and_a_poll_work_on_postgresql()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        var options = new DbContextOptionsBuilder<PostgresHousingDbContext>().UseNpgsql(database.ConnectionString).Options;
        await using (var create = new PostgresHousingDbContext(options))
            await create.Database.EnsureCreatedAsync();
        IHousingStore Store() => new EfHousingStore(new PostgresHousingDbContext(options));
        var clock = new TestClock(new DateTimeOffset(2026, 6, 15, 1, 0, 0, TimeSpan.Zero));
        var admin = Actor.System;

        var region = await new ComplexService(Store(), clock).CreateRegionAsync(admin, "서울특별시", "11560", "영등포구");
        var complexes = new List<Complex>();
        for (var i = 0; i < 4; i++)
            complexes.Add(await new ComplexService(Store(), clock).RegisterComplexAsync(admin, $"A1156{i:D4}", region.Id,
                new ComplexProfile($"단지 {i}", "1156011000", "서울특별시 영등포구 여의도동 1", null, HousingType.Apartment, SaleType.Sale,
                    HeatingType.Individual, ManagementType.Consigned, 800, 8, new DateOnly(2005, 5, 1), 90_000, 80_000, 60_000, null)));
        var april = new YearMonth(2026, 4);
        for (var i = 0; i < complexes.Count; i++)
            await new DisclosureService(Store(), clock).FileDisclosureAsync(admin, new FileDisclosureCommand(complexes[i].Id, april,
                new Dictionary<string, long> { ["LABOR"] = (i + 1) * 10_000_000L, ["SECURITY"] = 20_000_000 }, 2.5));
        var import = await new DisclosureService(Store(), clock).ImportDisclosureFromKaptAsync(admin,
            new KaptDisclosureImport(complexes[0].KaptCode, april, new Dictionary<string, long?> { ["LABOR"] = 10_000_000, ["SECURITY"] = 20_000_000 }, 2.5));
        Assert.Equal(ImportOutcome.Unchanged, import.Outcome);

        var comparison = await new DisclosureService(Store(), clock).CompareWithPeersAsync(complexes[3].Id, april);
        Assert.Equal(3, comparison.PeersDisclosed);
        Assert.Null(comparison.Item("LABOR")!.Percentile);
        Assert.Null(comparison.Item("LABOR")!.Level);
        var missing = await new DisclosureService(Store(), clock).MissingMonthsAsync(new YearMonth(2026, 3), KoreanCalendar.Today(clock));
        Assert.Equal(4, missing.Count);
        Assert.All(missing, m => Assert.Equal(new YearMonth(2026, 3), m.Month));

        var kst = TimeSpan.FromHours(9);
        var opens = clock.GetUtcNow().ToOffset(kst);
        var poll = await new PollService(Store(), clock).CreatePollAsync(admin, new CreatePollCommand(complexes[0].Id, PollKind.Vote, "주차 규정",
            null, opens, opens.AddDays(1), [new QuestionInput("찬성하십니까?", QuestionKind.SingleChoice, ["찬성", "반대"])]));
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await new PollService(Store(), clock).ClosePollsDueAsync(clock.GetUtcNow()));
        var results = await new PollService(Store(), clock).GetResultsAsync(admin, poll.Id);
        Assert.Equal(0, results.Ballots);
    }
}
