using Housing.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace Housing.Infrastructure.Notifications;

/// <summary>What one dispatch run did.</summary>
public sealed record DispatchSummary(int Sent, int Recorded, int Held, int RetryLater, int Failed, int Interrupted)
{
    public override string ToString() =>
        $"{Sent} sent, {Recorded} recorded, {Held} held for quiet hours, {RetryLater} to retry, {Failed} failed, {Interrupted} of unknown fate";

    /// <summary>The run for the job history, shown in the reader's language.</summary>
    public Jobs.JobSummary Summary() => Jobs.JobSummary.Of("dispatch", Sent, Recorded, Held, RetryLater, Failed, Interrupted);
}

/// <summary>
/// Sends the due messages of the outbox. Each attempt is saved as begun (status Sending) before the provider is
/// called and saved again with its result, so every attempt is on record. A crash between the two leaves the message
/// in Sending; after <see cref="NotificationOptions.SendingLease"/> it becomes Unknown and is never resent without a
/// person's decision: a message is delivered at most once. Transient failures retry with exponential backoff, first
/// inside the run (Polly), then in later runs via <see cref="OutboundMessage.NotBefore"/>.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IEnumerable<INotificationSender> senders,
    IOptions<NotificationOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> log)
{
    private readonly NotificationOptions _options = options.Value;
    private readonly Dictionary<NotificationChannel, INotificationSender> _senders =
        senders.GroupBy(s => s.Channel).ToDictionary(g => g.Key, g => g.Last());

    public async Task<DispatchSummary> DispatchDueAsync(CancellationToken ct)
    {
        var interrupted = await ExpireStaleSendsAsync(ct);
        var now = clock.GetUtcNow();
        List<Guid> due;
        using (var scope = scopes.CreateScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IHousingStore>();
            due = await store.ToListAsync(store.Query<OutboundMessage>()
                .Where(m => m.Status == OutboundMessageStatus.Pending && m.NotBefore <= now)
                .OrderBy(m => m.NotBefore).ThenBy(m => m.CreatedAt)
                .Select(m => m.Id)
                .Take(_options.BatchSize), ct);
        }
        var outcomes = new List<Outcome>();
        foreach (var id in due)
            outcomes.Add(await DispatchOneAsync(id, ct));
        return new DispatchSummary(
            outcomes.Count(o => o == Outcome.Sent), outcomes.Count(o => o == Outcome.Recorded), outcomes.Count(o => o == Outcome.Held),
            outcomes.Count(o => o == Outcome.RetryLater), outcomes.Count(o => o == Outcome.Failed), interrupted);
    }

    private enum Outcome { Skipped, Sent, Recorded, Held, RetryLater, Failed }

    private async Task<Outcome> DispatchOneAsync(Guid id, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<IHousingStore>();
        var message = await store.FirstOrDefaultAsync(store.Query<OutboundMessage>().Where(m => m.Id == id), ct);
        if (message is null || !message.IsDue(clock.GetUtcNow()))
            return Outcome.Skipped;
        var sender = _senders[message.Channel];
        if (message.Channel == NotificationChannel.Sms && sender is not OutboxOnlySender
            && new QuietHours(_options.QuietHoursStart, _options.QuietHoursEnd).HeldUntil(clock.GetUtcNow()) is { } until)
        {
            message.Hold(until);
            await store.SaveChangesAsync(ct);
            return Outcome.Held;
        }
        try
        {
            await Pipeline(message).ExecuteAsync(async token => await AttemptAsync(store, message, sender, token), ct);
        }
        catch (TransientSendException)
        {
            // Retried as often as this run allows; the message waits for a later run (NotBefore is set).
        }
        catch (Exception e) when (e is ConcurrencyConflictException or DbUpdateException)
        {
            // The other dispatcher's claim (its Sending row or its attempt number) was saved first.
            log.LogInformation("Message {MessageId} was taken by another dispatcher", id);
            return Outcome.Skipped;
        }
        return message.Status switch
        {
            OutboundMessageStatus.Sent => Outcome.Sent,
            OutboundMessageStatus.Recorded => Outcome.Recorded,
            OutboundMessageStatus.Failed => Outcome.Failed,
            _ => Outcome.RetryLater,
        };
    }

    private ResiliencePipeline Pipeline(OutboundMessage message) =>
        new ResiliencePipelineBuilder { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is TransientSendException && message.Status == OutboundMessageStatus.Pending),
                MaxRetryAttempts = Math.Max(1, _options.RetriesPerRun),
                BackoffType = DelayBackoffType.Exponential,
                Delay = _options.RetryBaseDelay,
                UseJitter = false,
            })
            .Build();

    private async Task AttemptAsync(IHousingStore store, OutboundMessage message, INotificationSender sender, CancellationToken ct)
    {
        var attempt = message.BeginAttempt(sender.Transport, clock.GetUtcNow());
        await store.SaveChangesAsync(ct);
        try
        {
            var receipt = await sender.SendAsync(message, ct);
            message.Delivered(attempt, receipt.ProviderMessageId, receipt.RecordedOnly, clock.GetUtcNow());
            await store.SaveChangesAsync(ct);
        }
        catch (TransientSendException e)
        {
            var now = clock.GetUtcNow();
            if (message.AttemptCount >= _options.MaxAttempts)
                message.FailedPermanently(attempt, $"Gave up after {message.AttemptCount} attempts: {e.Message}", now);
            else
                message.FailedTransiently(attempt, e.Message, now + Backoff(message.AttemptCount), now);
            await store.SaveChangesAsync(CancellationToken.None);
            log.LogWarning("Message {MessageId} attempt {Attempt} failed: {Error}", message.Id, message.AttemptCount, e.Message);
            throw;
        }
        catch (PermanentSendException e)
        {
            message.FailedPermanently(attempt, e.Message, clock.GetUtcNow());
            await store.SaveChangesAsync(CancellationToken.None);
            log.LogWarning("Message {MessageId} refused: {Error}", message.Id, e.Message);
        }
    }

    /// <summary>Delay before the next run may try again after <paramref name="attempts"/> failed attempts: base × 2^attempts.</summary>
    public TimeSpan Backoff(int attempts) => _options.RetryBaseDelay * Math.Pow(2, attempts);

    private async Task<int> ExpireStaleSendsAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<IHousingStore>();
        var sending = await store.ToListAsync(store.Query<OutboundMessage>().Where(m => m.Status == OutboundMessageStatus.Sending), ct);
        var cutoff = clock.GetUtcNow() - _options.SendingLease;
        var stale = sending.Where(m => m.Attempts.Where(a => a.Outcome == AttemptOutcome.InProgress).All(a => a.StartedAt < cutoff)).ToList();
        foreach (var message in stale)
        {
            message.Interrupted(clock.GetUtcNow());
            log.LogWarning("Message {MessageId} was interrupted while sending; marked Unknown, not resent", message.Id);
        }
        if (stale.Count > 0)
            await store.SaveChangesAsync(ct);
        return stale.Count;
    }
}
