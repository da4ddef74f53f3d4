using Housing.Domain.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Housing.Infrastructure.Persistence;

/// <summary>Use cases that a writer racing them may beat to the save, run so that they end on the state the winner left.</summary>
public static class RetriedUseCases
{
    /// <summary>
    /// Runs an idempotent use case (one whose failed save stored nothing, or keyed by the caller) in a DI scope, and so a unit
    /// of work, of its own and, when another writer won the race (<see cref="ConcurrencyConflictException"/>), again in a
    /// fresh one; the last conflict reaches the caller.
    /// </summary>
    public static async Task<TResult> RetryingAsync<TService, TResult>(this IServiceScopeFactory scopes, Func<TService, Task<TResult>> useCase,
        CancellationToken ct, int attempts = 8)
        where TService : notnull
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                return await useCase(scope.ServiceProvider.GetRequiredService<TService>());
            }
            catch (ConcurrencyConflictException) when (attempt < attempts)
            {
                // Spread the retries so the losers of one race do not meet again at once.
                await Task.Delay(Random.Shared.Next(1, 10 * attempt), ct);
            }
        }
    }
}
