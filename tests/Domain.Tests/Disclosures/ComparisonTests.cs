using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Disclosures;

namespace Domain.Tests.Disclosures;

public sealed class ComparisonTests
{
    private static readonly YearMonth May = new(2026, 5);

    [Theory]
    [InlineData(0, FeeLevel.Low)]
    [InlineData(19.99, FeeLevel.Low)]
    [InlineData(20, FeeLevel.SomewhatLow)]
    [InlineData(39.99, FeeLevel.SomewhatLow)]
    [InlineData(40, FeeLevel.Average)]
    [InlineData(59.99, FeeLevel.Average)]
    [InlineData(60, FeeLevel.SomewhatHigh)]
    [InlineData(79.99, FeeLevel.SomewhatHigh)]
    [InlineData(80, FeeLevel.High)]
    [InlineData(100, FeeLevel.High)]
    public void The_five_levels_are_percentile_quintiles(double percentile, FeeLevel level) =>
        Assert.Equal(level, FeeComparison.LevelOf(percentile));

    [Fact]
    public void The_levels_carry_k_apts_korean_names()
    {
        Assert.Equal(["낮은 수준", "다소 낮음", "보통 수준", "다소 높음", "높은 수준"], Enum.GetValues<FeeLevel>().Select(l => l.KoreanName()));
    }

    [Fact]
    public void The_percentile_counts_peers_below_and_half_of_the_ties()
    {
        double[] peers = [1, 2, 3, 4];
        Assert.Equal(0, FeeComparison.PercentileRank(0.5, peers));
        Assert.Equal(50, FeeComparison.PercentileRank(2.5, peers));
        Assert.Equal(62.5, FeeComparison.PercentileRank(3, peers));
        Assert.Equal(100, FeeComparison.PercentileRank(9, peers));
    }

    [Fact]
    public void Twenty_peers_are_rated_and_nineteen_are_not()
    {
        var twenty = Enumerable.Range(1, 20).Select(i => (double)i).ToList();
        var rated = FeeComparison.Standing("LABOR", 20.5, twenty);
        Assert.Equal(FeeLevel.High, rated.Level);
        Assert.Equal(20, rated.PeerCount);

        var nineteen = twenty.Take(19).ToList();
        var unrated = FeeComparison.Standing("LABOR", 20.5, nineteen);
        Assert.Equal(100, rated.Percentile);
        Assert.False(unrated.IsRated);
        Assert.Null(unrated.Level);
        Assert.Equal(19, unrated.PeerCount);
        Assert.Null(unrated.Percentile);
        Assert.Equal(10, unrated.PeerMedian);
    }

    [Fact]
    public async Task A_complex_is_ranked_per_item_among_similar_complexes_that_disclosed_the_month()
    {
        var w = await DisclosureWorld.CreateAsync();
        var own = await w.ComplexAsync("우리 아파트");
        for (var i = 1; i <= 25; i++)
        {
            var peer = await w.ComplexAsync($"비슷한 아파트 {i}");
            await w.FileAsync(peer, May, PeerAmounts(i * 1_000_000L));
        }
        var unlike = await w.World.AddComplexAsync("지역난방 아파트", heating: HeatingType.District);
        await w.FileAsync(unlike, May, PeerAmounts(1));
        var small = await w.ComplexAsync("작은 단지", households: 120);
        await w.FileAsync(small, May, PeerAmounts(1));
        await w.ComplexAsync("미공개 단지");
        await w.FileAsync(own, May, PeerAmounts(20_500_000));

        var comparison = await w.Disclosures.CompareWithPeersAsync(own.Id, May);

        Assert.Equal(26, comparison.PeerComplexes);
        Assert.Equal(25, comparison.PeersDisclosed);
        var labor = comparison.Item("LABOR")!;
        Assert.Equal(25, labor.PeerCount);
        Assert.Equal(80, labor.Percentile);
        Assert.Equal(FeeLevel.High, labor.Level);
        Assert.Equal(13_000_000 / 120_000.0, labor.PeerMedian!.Value, 6);
        var security = comparison.Item("SECURITY")!;
        Assert.Equal(50, security.Percentile);
        Assert.Equal(FeeLevel.Average, security.Level);
        var elevator = comparison.Item("ELEVATOR")!;
        Assert.Equal(0, elevator.PeerCount);
        Assert.False(elevator.IsRated);
        Assert.Equal(25, comparison.Total(FeeComparison.GrandTotal)!.PeerCount);
    }

    [Fact]
    public async Task With_fewer_than_twenty_peers_nothing_is_ranked_or_rated_but_the_peer_count_and_median_are_given()
    {
        var w = await DisclosureWorld.CreateAsync();
        var own = await w.ComplexAsync("우리 아파트");
        for (var i = 1; i <= 19; i++)
            await w.FileAsync(await w.ComplexAsync($"비슷한 아파트 {i}"), May, PeerAmounts(i * 1_000_000L));
        await w.FileAsync(own, May, PeerAmounts(5_000_000));

        var comparison = await w.Disclosures.CompareWithPeersAsync(own.Id, May);
        Assert.All(comparison.Items.Concat(comparison.Totals), s => Assert.Null(s.Level));
        Assert.All(comparison.Items.Concat(comparison.Totals), s => Assert.Null(s.Percentile));
        Assert.Equal(19, comparison.Item("LABOR")!.PeerCount);
        Assert.Equal(10_000_000 / 120_000.0, comparison.Item("LABOR")!.PeerMedian!.Value, 6);
    }

    [Fact]
    public async Task The_trend_shows_the_standing_of_every_filed_month()
    {
        var w = await DisclosureWorld.CreateAsync();
        var own = await w.ComplexAsync("우리 아파트");
        var april = new YearMonth(2026, 4);
        for (var i = 1; i <= 20; i++)
        {
            var peer = await w.ComplexAsync($"비슷한 아파트 {i}");
            await w.FileAsync(peer, april, PeerAmounts(i * 1_000_000L));
            await w.FileAsync(peer, May, PeerAmounts(i * 1_000_000L));
        }
        await w.FileAsync(own, april, PeerAmounts(500_000));
        await w.FileAsync(own, May, PeerAmounts(30_000_000));

        var trend = await w.Disclosures.ComparisonTrendAsync(own.Id, new YearMonth(2026, 1), May);
        Assert.Equal([april, May], trend.Select(t => t.Month));
        Assert.Equal([FeeLevel.Low, FeeLevel.High], trend.Select(t => t.Item("LABOR")!.Level!.Value));
    }

    [Fact]
    public async Task The_trend_compares_each_month_with_the_peers_of_that_month_when_the_complex_changes_age_band()
    {
        var w = await DisclosureWorld.CreateAsync();
        // 10 years old at the end of March 2026 (band 6-10), 11 at the end of April (band 11-15).
        var own = await w.ComplexAsync("우리 아파트", approvedOn: new DateOnly(2015, 4, 10));
        YearMonth[] months = [new(2026, 3), new(2026, 4), May];
        foreach (var month in months)
            await w.FileAsync(own, month, PeerAmounts(10_000_000));
        // 7 years old all along: peers in March only, and cheaper than the complex.
        for (var i = 1; i <= 21; i++)
        {
            var younger = await w.ComplexAsync($"젊은 단지 {i}", approvedOn: new DateOnly(2019, 1, 1));
            foreach (var month in months)
                await w.FileAsync(younger, month, PeerAmounts(1_000_000));
        }
        // 13 years old all along: peers from April, and dearer.
        for (var i = 1; i <= 22; i++)
        {
            var older = await w.ComplexAsync($"오래된 단지 {i}", approvedOn: new DateOnly(2013, 1, 1));
            foreach (var month in months)
                await w.FileAsync(older, month, PeerAmounts(50_000_000));
        }

        var trend = await w.Disclosures.ComparisonTrendAsync(own.Id, months[0], months[^1]);

        Assert.Equal(months, trend.Select(t => t.Month));
        Assert.Equal([21, 22, 22], trend.Select(t => t.PeerComplexes));
        Assert.Equal([21, 22, 22], trend.Select(t => t.PeersDisclosed));
        Assert.Equal([FeeLevel.High, FeeLevel.Low, FeeLevel.Low], trend.Select(t => t.Item("LABOR")!.Level!.Value));
        foreach (var month in months)
            Assert.Equal(trend.Single(t => t.Month == month).PeerComplexes, (await w.Disclosures.CompareWithPeersAsync(own.Id, month)).PeerComplexes);
    }

    [Fact]
    public async Task Comparing_a_month_not_filed_is_not_found()
    {
        var w = await DisclosureWorld.CreateAsync();
        var own = await w.ComplexAsync();
        await Assert.ThrowsAsync<NotFoundException>(() => w.Disclosures.CompareWithPeersAsync(own.Id, May));
    }

    [Fact]
    public async Task Finding_the_comparison_of_a_month_not_filed_gives_null_and_of_an_unknown_complex_not_found()
    {
        var w = await DisclosureWorld.CreateAsync();
        var own = await w.ComplexAsync();
        await w.FileAsync(own, May.AddMonths(-1));

        Assert.Null(await w.Disclosures.FindComparisonAsync(own.Id, May));
        Assert.Equal(May.AddMonths(-1), (await w.Disclosures.FindComparisonAsync(own.Id, May.AddMonths(-1)))!.Month);
        var unknown = await Assert.ThrowsAsync<NotFoundException>(() => w.Disclosures.FindComparisonAsync(Guid.NewGuid(), May));
        Assert.Equal("Complex", unknown.Entity);
    }

    private static Dictionary<string, long> PeerAmounts(long labor) => new()
    {
        ["LABOR"] = labor,
        ["SECURITY"] = 30_000_000,
    };
}
