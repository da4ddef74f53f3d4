using GraphQL.Cost;

namespace GraphQL.Tests.Cost;

/// <summary>The leaky bucket itself, on a manual clock.</summary>
public sealed class CostRateLimiterTests
{
    private readonly ManualClock _clock = new();

    [Fact]
    public void Points_come_back_at_the_restore_rate_up_to_the_capacity()
    {
        var limiter = new CostRateLimiter(new RateLimitOptions { Capacity = 100, RestoreRate = 10, TimeProvider = _clock });

        var spent = limiter.TrySpend("a", 100);
        var refused = limiter.TrySpend("a", 35);
        _clock.Advance(TimeSpan.FromSeconds(3.5));
        var allowed = limiter.TrySpend("a", 35);
        _clock.Advance(TimeSpan.FromHours(1));
        var full = limiter.TrySpend("a", 0);

        Assert.True(spent.Allowed);
        Assert.False(refused.Allowed);
        Assert.Equal(TimeSpan.FromSeconds(4), refused.RetryAfter);
        Assert.True(allowed.Allowed);
        Assert.Equal(0, allowed.Status.CurrentlyAvailable);
        Assert.Equal(100, full.Status.CurrentlyAvailable);
    }

    [Fact]
    public void Full_buckets_of_idle_clients_are_forgotten_once_many_are_tracked()
    {
        var limiter = new CostRateLimiter(new RateLimitOptions { Capacity = 10, RestoreRate = 10, TimeProvider = _clock });
        for (var i = 0; i <= 10_000; i++)
        {
            limiter.TrySpend("client-" + i, 5);
        }

        limiter.TrySpend("client-0", 5);
        var beforeRestore = limiter.TrackedClients;
        _clock.Advance(TimeSpan.FromSeconds(1));
        limiter.TrySpend("newcomer", 5);

        Assert.Equal(10_001, beforeRestore);
        Assert.Equal(1, limiter.TrackedClients);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(10, 0)]
    public void A_bucket_needs_a_capacity_and_a_restore_rate(double capacity, double restoreRate)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CostRateLimiter(new RateLimitOptions { Capacity = capacity, RestoreRate = restoreRate }));
    }
}
