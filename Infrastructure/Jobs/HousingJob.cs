using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Housing.Infrastructure.Jobs;

/// <summary>
/// A scheduled job of the platform: runs in a DI scope of its own (one unit of work) and reports a one-line summary
/// that the job history keeps. Each run must be idempotent: a firing repeated after a crash changes nothing twice.
/// </summary>
[DisallowConcurrentExecution]
public abstract class HousingJob(IServiceScopeFactory scopes) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        context.Result = await RunAsync(scope.ServiceProvider, context, cancellationToken);
    }

    /// <summary>Does the work and says what it did: a <see cref="JobSummary"/>'s stored form, which the admin shows in the reader's language.</summary>
    protected abstract Task<string> RunAsync(IServiceProvider services, IJobExecutionContext context, CancellationToken ct);
}
