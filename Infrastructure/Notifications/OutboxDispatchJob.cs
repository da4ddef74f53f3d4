using Housing.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Housing.Infrastructure.Notifications;

/// <summary>Sends what is due in the outbox.</summary>
public sealed class OutboxDispatchJob(IServiceScopeFactory scopes) : HousingJob(scopes)
{
    protected override async Task<string> RunAsync(IServiceProvider services, IJobExecutionContext context, CancellationToken ct) =>
        (await services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(ct)).Summary().Stored;
}
