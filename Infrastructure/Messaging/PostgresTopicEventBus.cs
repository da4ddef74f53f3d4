using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using GraphQL.Subscriptions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Housing.Infrastructure.Messaging;

/// <summary>
/// The topic event bus of several nodes sharing one PostgreSQL database: a message is sent with <c>pg_notify</c> as
/// JSON on one channel; every node LISTENs on it and hands what arrives to the subscribers of its own in-process bus
/// (the sender's node included, so all nodes see messages in the same order). NOTIFY carries at most 8000 bytes, so a
/// larger message is written to <see cref="StoredMessagesTable"/> in the same transaction and the notification names
/// its row. When the listening connection is lost the bus listens again with a growing delay; messages sent while
/// no connection listened are not delivered to this node.
/// </summary>
public sealed class PostgresTopicEventBus : ITopicEventSender, ITopicEventReceiver, IHostedService, IAsyncDisposable
{
    /// <summary>The table of messages too large for a notification.</summary>
    public const string StoredMessagesTable = "topic_event_messages";

    // PostgreSQL refuses a NOTIFY payload of 8000 bytes or more.
    internal const int MaxNotificationBytes = 7999;

    private static readonly JsonSerializerOptions EnvelopeOptions = JsonSerializerOptions.Web;

    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresTopicEventBusOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _clock;
    private readonly InProcessTopicEventBus _local;
    private readonly Channel<string> _notifications = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _tableLock = new(1, 1);
    private readonly Lock _startLock = new();
    private TaskCompletionSource _listening = NewSignal();
    private Task? _running;
    private bool _tableExists;
    private int _disposed;

    /// <summary>Creates the bus over a connection string (the database every node shares).</summary>
    public PostgresTopicEventBus(string connectionString, PostgresTopicEventBusOptions options, ILoggerFactory loggerFactory, TimeProvider clock)
    {
        // Keepalives make a silently dropped listening connection fail, so the bus notices and listens again.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { KeepAlive = 15 };
        _dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        _options = options;
        _logger = loggerFactory.CreateLogger<PostgresTopicEventBus>();
        _clock = clock;
        _local = new InProcessTopicEventBus(
            new TopicEventBusOptions { SubscriberCapacity = options.SubscriberCapacity, SerializerOptions = JsonSerializerOptions.Web },
            loggerFactory.CreateLogger<InProcessTopicEventBus>());
    }

    /// <summary>Completes when this node listens (again) on the channel.</summary>
    public Task Listening => Volatile.Read(ref _listening).Task;

    /// <summary>The number of this node's current subscribers of a topic.</summary>
    public int SubscriberCount(string topic) => _local.SubscriberCount(topic);

    /// <inheritdoc />
    public async ValueTask SendAsync<TMessage>(string topic, TMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var payload = JsonSerializer.Serialize(new Envelope(topic, JsonSerializer.SerializeToElement(message, JsonSerializerOptions.Web), null, null), EnvelopeOptions);
        if (Encoding.UTF8.GetByteCount(payload) <= MaxNotificationBytes)
        {
            await NotifyAsync(payload, cancellationToken);
            return;
        }

        await StoreAndNotifyAsync(topic, payload, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask CompleteAsync(string topic, CancellationToken cancellationToken = default) =>
        CheckedNotifyAsync(topic, JsonSerializer.Serialize(new Envelope(topic, null, null, true), EnvelopeOptions), cancellationToken);

    /// <summary>Subscribes on this node; waits until the node listens, so no message sent after this returns is missed.</summary>
    public async ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(string topic, CancellationToken cancellationToken = default)
    {
        var stream = await _local.SubscribeAsync<TMessage>(topic, cancellationToken);
        try
        {
            EnsureStarted();
            await Listening.WaitAsync(cancellationToken);
            return stream;
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts listening in the background; the host does not wait for the database.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        EnsureStarted();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // The host may stop the bus after the container disposed it (test hosts do): it is stopped already.
        if (Volatile.Read(ref _disposed) == 1 && _stop.IsCancellationRequested)
        {
            return;
        }

        await _stop.CancelAsync();
        if (_running is { } running)
        {
            await running.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        // The container disposes the bus once per interface it was resolved as.
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await StopAsync(CancellationToken.None);
        await _dataSource.DisposeAsync();
        _stop.Dispose();
        _tableLock.Dispose();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void EnsureStarted()
    {
        lock (_startLock)
        {
            _running ??= Task.WhenAll(Task.Run(ListenAsync), Task.Run(DispatchAsync));
        }
    }

    private async ValueTask CheckedNotifyAsync(string topic, string payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(topic);
        if (Encoding.UTF8.GetByteCount(payload) > MaxNotificationBytes)
        {
            throw new ArgumentException($"The topic name is too long for a PostgreSQL notification: {topic[..Math.Min(topic.Length, 40)]}…", nameof(topic));
        }

        await NotifyAsync(payload, cancellationToken);
    }

    private async ValueTask NotifyAsync(string payload, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand("SELECT pg_notify($1, $2)");
        command.Parameters.Add(new NpgsqlParameter { Value = _options.Channel });
        command.Parameters.Add(new NpgsqlParameter { Value = payload });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async ValueTask StoreAndNotifyAsync(string topic, string payload, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var now = _clock.GetUtcNow();
        await using (var prune = new NpgsqlCommand($"DELETE FROM {StoredMessagesTable} WHERE sent_at < $1", connection, transaction))
        {
            prune.Parameters.Add(new NpgsqlParameter { Value = now - _options.StoredMessageRetention });
            await prune.ExecuteNonQueryAsync(cancellationToken);
        }

        long id;
        await using (var insert = new NpgsqlCommand($"INSERT INTO {StoredMessagesTable} (payload, sent_at) VALUES ($1, $2) RETURNING id", connection, transaction))
        {
            insert.Parameters.Add(new NpgsqlParameter { Value = payload });
            insert.Parameters.Add(new NpgsqlParameter { Value = now });
            id = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
        }

        // NOTIFY inside the transaction is delivered at commit, when the row is visible to the listeners.
        await using (var notify = new NpgsqlCommand("SELECT pg_notify($1, $2)", connection, transaction))
        {
            notify.Parameters.Add(new NpgsqlParameter { Value = _options.Channel });
            notify.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(new Envelope(topic, null, id, null), EnvelopeOptions) });
            await notify.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private async ValueTask EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _tableExists))
        {
            return;
        }

        await _tableLock.WaitAsync(cancellationToken);
        try
        {
            if (!_tableExists)
            {
                await using var command = _dataSource.CreateCommand(
                    $"CREATE TABLE IF NOT EXISTS {StoredMessagesTable} (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, payload text NOT NULL, sent_at timestamptz NOT NULL)");
                try
                {
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }
                catch (PostgresException exception) when (exception.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DuplicateTable)
                {
                    // Another node created it at the same moment.
                }

                Volatile.Write(ref _tableExists, true);
            }
        }
        finally
        {
            _tableLock.Release();
        }
    }

    private async Task ListenAsync()
    {
        var delay = _options.ReconnectDelay;
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await using var connection = await _dataSource.OpenConnectionAsync(_stop.Token);
                connection.Notification += (_, notification) => _notifications.Writer.TryWrite(notification.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN \"{_options.Channel.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection))
                {
                    await listen.ExecuteNonQueryAsync(_stop.Token);
                }

                _logger.LogInformation("Listening for topic events on channel {Channel}.", _options.Channel);
                delay = _options.ReconnectDelay;
                Volatile.Read(ref _listening).TrySetResult();
                while (true)
                {
                    await connection.WaitAsync(_stop.Token);
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                // Whatever broke the connection, this loop must go on: it is the node's only ear.
                if (Listening.IsCompleted)
                {
                    Volatile.Write(ref _listening, NewSignal());
                }

                _logger.LogWarning(exception, "Listening for topic events failed; trying again in {Delay}.", delay);
                await Task.Delay(delay, _clock, _stop.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.MaxReconnectDelay.Ticks));
            }
        }

        _notifications.Writer.TryComplete();
    }

    // One reader hands notifications to the local bus in the order they arrived; stored messages are read on a pooled connection.
    private async Task DispatchAsync()
    {
        await foreach (var payload in _notifications.Reader.ReadAllAsync())
        {
            try
            {
                var envelope = JsonSerializer.Deserialize<Envelope>(payload, EnvelopeOptions);
                if (envelope is null)
                {
                    continue;
                }

                if (envelope.Complete == true)
                {
                    await _local.CompleteAsync(envelope.Topic);
                }
                else if (envelope.Stored is { } id)
                {
                    if (await ReadStoredAsync(id) is { } stored)
                    {
                        await _local.SendAsync<object?>(stored.Topic, stored.Message);
                    }
                }
                else
                {
                    await _local.SendAsync<object?>(envelope.Topic, envelope.Message);
                }
            }
            catch (Exception exception)
            {
                // One bad notification must not stop the delivery of the next ones.
                _logger.LogError(exception, "A topic event notification could not be delivered.");
            }
        }
    }

    private async Task<Envelope?> ReadStoredAsync(long id)
    {
        await using var command = _dataSource.CreateCommand($"SELECT payload FROM {StoredMessagesTable} WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        if (await command.ExecuteScalarAsync() is not string payload)
        {
            _logger.LogWarning("The stored topic event {Id} is gone (older than the retention); it is skipped.", id);
            return null;
        }

        return JsonSerializer.Deserialize<Envelope>(payload, EnvelopeOptions);
    }

    /// <summary>What travels in a notification: a topic with its message, the id of a stored message, or the topic's end.</summary>
    private sealed record Envelope(string Topic, JsonElement? Message, long? Stored, bool? Complete);
}
