using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace GraphQL.Cost;

/// <summary>
/// Rate limiting by cost over time, a leaky bucket per client as Shopify's: each client holds up to
/// <see cref="Capacity"/> points, a request spends its field cost, and points come back at <see cref="RestoreRate"/> per second.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>The most points a client can hold (and the costliest request it can send). Default 1,000.</summary>
    public double Capacity { get; set; } = 1_000;

    /// <summary>The points restored per second. Default 50.</summary>
    public double RestoreRate { get; set; } = 50;

    /// <summary>
    /// Names the client a request spends for; by default the authenticated user (<c>user:</c> and its id), else an API client
    /// id claim (<c>client:</c>), else the remote IP address (<c>ip:</c>).
    /// </summary>
    public Func<HttpContext, string> ClientKey { get; set; } = DefaultClientKey;

    /// <summary>The clock; tests set their own.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The default <see cref="ClientKey"/>.</summary>
    public static string DefaultClientKey(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true
            && (user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.FindFirstValue("sub") ?? user.Identity.Name) is { } userId)
        {
            return "user:" + userId;
        }

        if ((user.FindFirstValue("client_id") ?? user.FindFirstValue("azp")) is { } clientId)
        {
            return "client:" + clientId;
        }

        return "ip:" + context.Connection.RemoteIpAddress;
    }
}

/// <summary>What a client's bucket holds after a request: Shopify's <c>throttleStatus</c>.</summary>
/// <param name="MaximumAvailable">The bucket's capacity.</param>
/// <param name="CurrentlyAvailable">The points left.</param>
/// <param name="RestoreRate">The points restored per second.</param>
public sealed record ThrottleStatus(double MaximumAvailable, double CurrentlyAvailable, double RestoreRate)
{
    /// <summary>The status as the response's <c>extensions.throttleStatus</c>.</summary>
    public IReadOnlyDictionary<string, object?> ToExtension() => new Dictionary<string, object?>
    {
        ["maximumAvailable"] = MaximumAvailable,
        ["currentlyAvailable"] = Math.Floor(CurrentlyAvailable),
        ["restoreRate"] = RestoreRate,
    };
}

/// <summary>The answer of <see cref="CostRateLimiter.TrySpend"/>.</summary>
/// <param name="Allowed">True when the points were spent.</param>
/// <param name="Status">The bucket afterwards.</param>
/// <param name="RetryAfter">When refused, how long until enough points are back.</param>
public sealed record RateLimitDecision(bool Allowed, ThrottleStatus Status, TimeSpan RetryAfter);

/// <summary>The leaky buckets of every client, in memory (one node); thread-safe.</summary>
public sealed class CostRateLimiter
{
    // Full buckets are forgotten once this many clients are tracked, so idle clients do not pile up.
    private const int SweepThreshold = 10_000;
    private readonly RateLimitOptions _options;
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);

    /// <summary>Creates the limiter.</summary>
    public CostRateLimiter(RateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Capacity, nameof(options.Capacity));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.RestoreRate, nameof(options.RestoreRate));
        _options = options;
    }

    /// <summary>The options in force.</summary>
    public RateLimitOptions Options => _options;

    internal int TrackedClients => _buckets.Count;

    /// <summary>Spends <paramref name="cost"/> points of the client's bucket, or refuses when it holds fewer.</summary>
    public RateLimitDecision TrySpend(string clientKey, double cost)
    {
        ArgumentNullException.ThrowIfNull(clientKey);
        var now = _options.TimeProvider.GetUtcNow();
        if (_buckets.Count > SweepThreshold)
        {
            Sweep(now);
        }

        var bucket = _buckets.GetOrAdd(clientKey, _ => new Bucket(_options.Capacity, now));
        lock (bucket)
        {
            bucket.Restore(now, _options);
            if (cost > bucket.Available)
            {
                var wait = (cost - bucket.Available) / _options.RestoreRate;
                return new RateLimitDecision(false, Status(bucket), TimeSpan.FromSeconds(Math.Ceiling(wait)));
            }

            bucket.Available -= cost;
            return new RateLimitDecision(true, Status(bucket), TimeSpan.Zero);
        }
    }

    private ThrottleStatus Status(Bucket bucket) => new(_options.Capacity, bucket.Available, _options.RestoreRate);

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, bucket) in _buckets)
        {
            lock (bucket)
            {
                bucket.Restore(now, _options);
                if (bucket.Available >= _options.Capacity)
                {
                    _buckets.TryRemove(key, out _);
                }
            }
        }
    }

    private sealed class Bucket(double available, DateTimeOffset updated)
    {
        public double Available { get; set; } = available;

        private DateTimeOffset Updated { get; set; } = updated;

        public void Restore(DateTimeOffset now, RateLimitOptions options)
        {
            var elapsed = (now - Updated).TotalSeconds;
            if (elapsed > 0)
            {
                Available = Math.Min(options.Capacity, Available + elapsed * options.RestoreRate);
                Updated = now;
            }
        }
    }
}
