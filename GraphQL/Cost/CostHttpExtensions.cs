using GraphQL.Http;

namespace GraphQL.Cost;

/// <summary>Switches cost analysis and rate limiting on for a GraphQL endpoint, in <c>MapGraphQL</c>'s options.</summary>
public static class CostHttpExtensions
{
    /// <summary>
    /// Computes every request's cost before it runs and refuses requests over <see cref="CostOptions.MaxFieldCost"/> or
    /// <see cref="CostOptions.MaxTypeCost"/> with <c>COST_LIMIT_EXCEEDED</c>; answers the <c>GraphQL-Cost: report|validate</c>
    /// header. The defaults (HotChocolate's) are written into the schema as <c>@cost</c> and <c>@listSize</c>.
    /// </summary>
    /// <example><c>app.MapGraphQL("/graphql", o => o.UseCostAnalysis(cost => cost.MaxFieldCost = 5_000));</c></example>
    public static GraphQLHttpOptions UseCostAnalysis(this GraphQLHttpOptions options, Action<CostOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var interceptor = CostInterceptorOf(options);
        configure?.Invoke(interceptor.Options);
        return options;
    }

    /// <summary>
    /// Limits each client's cost over time with a leaky bucket (Shopify's throttling): a request spends its field cost, a
    /// client over budget gets 429 <c>RATE_LIMITED</c> with <c>Retry-After</c>, every response shows
    /// <c>extensions.throttleStatus</c>. Turns cost analysis on if it is not already.
    /// </summary>
    /// <example><c>o.UseRateLimiting(limit => { limit.Capacity = 1_000; limit.RestoreRate = 50; })</c></example>
    public static GraphQLHttpOptions UseRateLimiting(this GraphQLHttpOptions options, Action<RateLimitOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limits = new RateLimitOptions();
        configure?.Invoke(limits);
        CostInterceptorOf(options).RateLimiter = new CostRateLimiter(limits);
        return options;
    }

    private static CostInterceptor CostInterceptorOf(GraphQLHttpOptions options)
    {
        if (options.ExecutionInterceptors.OfType<CostInterceptor>().FirstOrDefault() is { } existing)
        {
            return existing;
        }

        var interceptor = new CostInterceptor(new CostOptions());
        options.ExecutionInterceptors.Add(interceptor);
        return interceptor;
    }
}
