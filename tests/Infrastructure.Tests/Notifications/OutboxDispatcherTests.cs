using Housing.Domain.Common;
using Housing.Infrastructure.Notifications;
using Infrastructure.Tests.Jobs.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Infrastructure.Tests.Notifications;

public sealed class OutboxDispatcherTests : IDisposable
{
    private readonly JobsTestDatabase _db = new();
    private readonly TestClock _clock = new(TestClock.Kst(2026, 11, 23, 10, 0));
    private readonly ScriptedSender _sms;

    public OutboxDispatcherTests() => _sms = new ScriptedSender(NotificationChannel.Sms, _clock);

    public void Dispose() => _db.Dispose();

    private ServiceProvider Provider(INotificationSender? email = null)
    {
        var services = _db.Services(_clock);
        services.AddHousingNotifications(new NotificationOptions());
        services.AddSingleton<INotificationSender>(_sms);
        if (email is not null) services.AddSingleton(email);
        return services.BuildServiceProvider();
    }

    private static Notification Sms(string key, string to = "010-1234-5678") =>
        new(NotificationChannel.Sms, to, "", "[영등포구] 주택과-1234 회신 기한이 3일 남았습니다.", key);

    private async Task QueueAsync(ServiceProvider sp, params Notification[] notifications)
    {
        using var scope = sp.CreateScope();
        var queue = scope.ServiceProvider.GetRequiredService<INotificationQueue>();
        foreach (var n in notifications) await queue.EnqueueAsync(n);
        await scope.ServiceProvider.GetRequiredService<IHousingStore>().SaveChangesAsync();
    }

    private List<OutboundMessage> Messages()
    {
        using var context = _db.CreateContext();
        return [.. context.Set<OutboundMessage>().OrderBy(m => m.CreatedAt)];
    }

    [Fact]
    public async Task Queueing_the_same_dedup_key_twice_stores_one_message()
    {
        await using var sp = Provider();
        await QueueAsync(sp, Sms("doc:1:d-3"), Sms("doc:1:d-3"));
        await QueueAsync(sp, Sms("doc:1:d-3"));
        Assert.Single(Messages());
    }

    [Fact]
    public async Task A_queued_message_is_sent_once_however_often_the_dispatcher_runs()
    {
        await using var sp = Provider();
        await QueueAsync(sp, Sms("doc:1:d-3"));
        var dispatcher = sp.GetRequiredService<OutboxDispatcher>();
        var first = await dispatcher.DispatchDueAsync(default);
        var second = await dispatcher.DispatchDueAsync(default);
        Assert.Equal(1, first.Sent);
        Assert.Equal(0, second.Sent);
        Assert.Single(_sms.Delivered);
        var message = Assert.Single(Messages());
        Assert.Equal(OutboundMessageStatus.Sent, message.Status);
        Assert.Equal("provider-1", message.ProviderMessageId);
        Assert.Equal(AttemptOutcome.Sent, Assert.Single(message.Attempts).Outcome);
    }

    [Fact]
    public async Task Without_a_provider_messages_are_recorded_in_the_outbox_only()
    {
        await using var sp = Provider();
        await QueueAsync(sp, new Notification(NotificationChannel.Email, "manager@example.kr", "회신 요청", "본문", "doc:1:mail"));
        var summary = await sp.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(default);
        Assert.Equal(1, summary.Recorded);
        var message = Assert.Single(Messages());
        Assert.Equal(OutboundMessageStatus.Recorded, message.Status);
        Assert.Equal("outbox", Assert.Single(message.Attempts).Transport);
    }

    [Fact]
    public async Task An_sms_due_in_quiet_hours_is_held_until_eight_in_the_morning_kst()
    {
        _clock.Set(TestClock.Kst(2026, 11, 23, 22, 30));
        await using var sp = Provider();
        await QueueAsync(sp, Sms("doc:1:overdue"));
        var dispatcher = sp.GetRequiredService<OutboxDispatcher>();

        Assert.Equal(1, (await dispatcher.DispatchDueAsync(default)).Held);
        Assert.Equal(TestClock.Kst(2026, 11, 24, 8, 0), Assert.Single(Messages()).NotBefore);

        _clock.Set(TestClock.Kst(2026, 11, 24, 7, 59));
        Assert.Equal(0, (await dispatcher.DispatchDueAsync(default)).Sent);
        Assert.Empty(_sms.Delivered);

        _clock.Set(TestClock.Kst(2026, 11, 24, 8, 0));
        Assert.Equal(1, (await dispatcher.DispatchDueAsync(default)).Sent);
        Assert.Equal(TestClock.Kst(2026, 11, 24, 8, 0), Assert.Single(_sms.Delivered).At);
    }

    [Fact]
    public async Task Transient_failures_are_retried_with_exponential_backoff_and_every_attempt_is_stored()
    {
        _sms.Script(Fail.Transient, Fail.Transient);
        await using var sp = Provider();
        await QueueAsync(sp, Sms("doc:2:d-1"));
        var summary = await sp.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(default);

        Assert.Equal(1, summary.Sent);
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)], _clock.Delays);
        var message = Assert.Single(Messages());
        Assert.Equal(OutboundMessageStatus.Sent, message.Status);
        Assert.Equal(
            [AttemptOutcome.TransientFailure, AttemptOutcome.TransientFailure, AttemptOutcome.Sent],
            message.Attempts.OrderBy(a => a.Number).Select(a => a.Outcome));
        Assert.Single(_sms.Delivered);
    }

    [Fact]
    public async Task A_message_that_keeps_failing_waits_for_later_runs_and_is_given_up_after_the_last_attempt()
    {
        _sms.Script(Enumerable.Repeat(Fail.Transient, 6).ToArray());
        await using var sp = Provider();
        await QueueAsync(sp, Sms("doc:3:d-1"));
        var dispatcher = sp.GetRequiredService<OutboxDispatcher>();

        Assert.Equal(1, (await dispatcher.DispatchDueAsync(default)).RetryLater);
        var waiting = Assert.Single(Messages());
        Assert.Equal(OutboundMessageStatus.Pending, waiting.Status);
        Assert.Equal(3, waiting.AttemptCount);
        Assert.Equal(waiting.Attempts.Max(a => a.FinishedAt!.Value) + TimeSpan.FromSeconds(16), waiting.NotBefore);

        Assert.Equal(0, (await dispatcher.DispatchDueAsync(default)).RetryLater + (await dispatcher.DispatchDueAsync(default)).Failed);

        _clock.Set(waiting.NotBefore);
        Assert.Equal(1, (await dispatcher.DispatchDueAsync(default)).Failed);
        var failed = Assert.Single(Messages());
        Assert.Equal(OutboundMessageStatus.Failed, failed.Status);
        Assert.Equal(6, failed.Attempts.Count);
        Assert.Empty(_sms.Delivered);
    }

    [Fact]
    public async Task A_permanent_refusal_fails_the_message_at_once()
    {
        _sms.Script(Fail.Permanent);
        await using var sp = Provider();
        await QueueAsync(sp, Sms("doc:4:d-3", to: "not-a-number"));
        Assert.Equal(1, (await sp.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(default)).Failed);
        var message = Assert.Single(Messages());
        Assert.Equal(OutboundMessageStatus.Failed, message.Status);
        Assert.Single(message.Attempts);
    }

    [Fact]
    public async Task A_send_interrupted_between_handing_over_and_recording_is_never_resent_blindly()
    {
        await using var sp = Provider();
        await QueueAsync(sp, Sms("doc:5:d-3"));
        // The process died after the attempt was saved as begun: the provider may or may not have the message.
        using (var context = _db.CreateContext())
        {
            var message = context.Set<OutboundMessage>().Single();
            message.BeginAttempt("sms-http", _clock.GetUtcNow());
            await context.SaveChangesAsync();
        }
        var dispatcher = sp.GetRequiredService<OutboxDispatcher>();

        _clock.Advance(TimeSpan.FromMinutes(1));
        var early = await dispatcher.DispatchDueAsync(default);
        Assert.Equal(0, early.Interrupted);
        Assert.Equal(OutboundMessageStatus.Sending, Assert.Single(Messages()).Status);

        _clock.Advance(TimeSpan.FromMinutes(5));
        var late = await dispatcher.DispatchDueAsync(default);
        Assert.Equal(1, late.Interrupted);
        var unknown = Assert.Single(Messages());
        Assert.Equal(OutboundMessageStatus.Unknown, unknown.Status);
        Assert.Equal(AttemptOutcome.Interrupted, Assert.Single(unknown.Attempts).Outcome);

        await dispatcher.DispatchDueAsync(default);
        Assert.Empty(_sms.Delivered);

        using (var context = _db.CreateContext())
        {
            context.Set<OutboundMessage>().Single().Resend(_clock.GetUtcNow());
            await context.SaveChangesAsync();
        }
        Assert.Equal(1, (await dispatcher.DispatchDueAsync(default)).Sent);
        Assert.Single(_sms.Delivered);
    }

    [Fact]
    public async Task Two_dispatchers_running_at_once_send_each_message_once()
    {
        await using var sp = Provider();
        await QueueAsync(sp, Enumerable.Range(1, 20).Select(i => Sms($"doc:{i}:d-3")).ToArray());
        var a = new OutboxDispatcher(sp.GetRequiredService<IServiceScopeFactory>(), [_sms],
            sp.GetRequiredService<IOptions<NotificationOptions>>(), _clock, sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<OutboxDispatcher>>());
        var b = sp.GetRequiredService<OutboxDispatcher>();
        await Task.WhenAll(Task.Run(() => a.DispatchDueAsync(default)), Task.Run(() => b.DispatchDueAsync(default)));
        Assert.Equal(20, _sms.Delivered.Count);
        Assert.Equal(20, _sms.Delivered.Select(d => d.DedupKey).Distinct().Count());
        Assert.All(Messages(), m => Assert.Equal(OutboundMessageStatus.Sent, m.Status));
    }
}

public enum Fail
{
    Transient,
    Permanent,
}

/// <summary>A provider that fails as scripted, then accepts; it remembers what it delivered and when.</summary>
public sealed class ScriptedSender(NotificationChannel channel, TimeProvider clock) : INotificationSender
{
    private readonly Queue<Fail> _script = new();
    private readonly List<(string DedupKey, DateTimeOffset At)> _delivered = [];

    public NotificationChannel Channel => channel;

    public string Transport => "scripted";

    public IReadOnlyList<(string DedupKey, DateTimeOffset At)> Delivered
    {
        get { lock (_delivered) return [.. _delivered]; }
    }

    public void Script(params Fail[] failures)
    {
        foreach (var f in failures) _script.Enqueue(f);
    }

    public Task<SendReceipt> SendAsync(OutboundMessage message, CancellationToken ct)
    {
        lock (_delivered)
        {
            if (_script.TryDequeue(out var failure))
                throw failure == Fail.Transient ? new TransientSendException("provider busy") : new PermanentSendException("invalid recipient");
            _delivered.Add((message.DedupKey, clock.GetUtcNow()));
            return Task.FromResult(new SendReceipt($"provider-{_delivered.Count}"));
        }
    }
}

public sealed class OutboxLogTests : IDisposable
{
    private readonly JobsTestDatabase _db = new();
    private readonly TestClock _clock = new(TestClock.Kst(2026, 11, 23, 10, 0));
    private static readonly Actor Admin = new(Guid.NewGuid(), "admin", new HashSet<string> { Roles.PlatformAdmin });

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task The_log_pages_newest_first_filters_by_status_and_resends_only_on_request()
    {
        var store = _db.CreateStore();
        var queue = new NotificationQueue(store, _clock);
        for (var i = 1; i <= 3; i++)
        {
            await queue.EnqueueAsync(new Notification(NotificationChannel.Sms, "010-1234-5678", "", $"message {i}", $"fact:{i}"));
            _clock.Advance(TimeSpan.FromMinutes(1));
        }
        await store.SaveChangesAsync();
        using (var context = _db.CreateContext())
        {
            var first = context.Set<OutboundMessage>().Single(m => m.DedupKey == "fact:1");
            first.FailedPermanently(first.BeginAttempt("sms-http", _clock.GetUtcNow()), "invalid number", _clock.GetUtcNow());
            await context.SaveChangesAsync();
        }
        var log = new OutboxLog(_db.CreateStore(), _clock);

        var page = await log.ListAsync(Admin, pageSize: 2);
        Assert.Equal(3, page.TotalCount);
        Assert.Equal(["fact:3", "fact:2"], page.Messages.Select(m => m.DedupKey));
        var failed = Assert.Single((await log.ListAsync(Admin, OutboundMessageStatus.Failed)).Messages);
        Assert.Equal("invalid number", Assert.Single(failed.Attempts).Error);

        await Assert.ThrowsAsync<DomainException>(() => log.ResendAsync(Admin, page.Messages[0].Id));
        Assert.Equal(OutboundMessageStatus.Pending, (await new OutboxLog(_db.CreateStore(), _clock).ResendAsync(Admin, failed.Id)).Status);
        await Assert.ThrowsAsync<ForbiddenException>(() => log.ListAsync(new Actor(Guid.NewGuid(), "r", new HashSet<string> { Roles.Resident })));
    }
}
