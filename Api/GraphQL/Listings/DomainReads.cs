using GraphQL.Execution;
using GraphQL.Relay;
using Housing.Api.GraphQL.Support;
using Housing.Domain.Common;
using Housing.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Housing.Api.GraphQL.Listings;

/// <summary>What the market, points, community and documents resolvers share: Domain reads on contexts of their own, ids, retried writes.</summary>
internal static class DomainReads
{
    /// <summary>
    /// A Domain store over a read context of its own, so a resolver can ask an application service's read-only questions
    /// (who may see what) while other resolvers of the request run.
    /// </summary>
    public static IHousingStore ReadStore(this IResolverContext context) => new EfHousingStore(context.ReadDb());

    /// <summary>The Guid key of a global id that must name <paramref name="typeName"/>.</summary>
    public static Guid Key(string id, string typeName) => GlobalId.ParseKey<Guid>(id, typeName);

    // Lock stripes: writers of the same account in this process queue instead of racing; across nodes the Version check decides.
    private static readonly SemaphoreSlim[] Stripes = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>
    /// Runs an idempotent use case in a DI scope of its own and, when another writer won the race
    /// (<see cref="ConcurrencyConflictException"/>), again on fresh state; the last conflict reaches the caller.
    /// </summary>
    public static Task<TResult> RetryingAsync<TService, TResult>(this IResolverContext context, Func<TService, Task<TResult>> useCase, int attempts = 8)
        where TService : notnull =>
        context.RequestServices.GetRequiredService<IServiceScopeFactory>().RetryingAsync(useCase, context.CancellationToken, attempts);

    /// <summary>
    /// As <see cref="RetryingAsync{TService, TResult}(IResolverContext, Func{TService, Task{TResult}}, int)"/>, with the use cases
    /// that move the same <paramref name="account"/> run one at a time in this process, so a burst of spends from one
    /// account waits its turn rather than failing on each other.
    /// </summary>
    public static async Task<TResult> RetryingAsync<TService, TResult>(this IResolverContext context, Guid account, Func<TService, Task<TResult>> useCase, int attempts = 8)
        where TService : notnull
    {
        var stripe = Stripes[(account.GetHashCode() & int.MaxValue) % Stripes.Length];
        await stripe.WaitAsync(context.CancellationToken);
        try
        {
            return await context.RetryingAsync(useCase, attempts);
        }
        finally
        {
            stripe.Release();
        }
    }
}
