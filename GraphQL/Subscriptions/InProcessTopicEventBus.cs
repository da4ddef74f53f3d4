using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraphQL.Subscriptions;

/// <summary>
/// The topic event bus of one process: a message sent to a topic is written to the bounded buffer of every current
/// subscriber of that topic (see <see cref="TopicEventBusOptions"/> for what a full buffer does). Sending never waits
/// for subscribers. A message that is a <see cref="JsonElement"/> reaches subscribers of other types deserialized,
/// which is how cross-node buses hand their messages over.
/// </summary>
public sealed class InProcessTopicEventBus : ITopicEventSender, ITopicEventReceiver
{
    private readonly ConcurrentDictionary<string, TopicSubscriber[]> _topics = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly TopicEventBusOptions _options;
    private readonly ILogger _logger;

    /// <summary>Creates the bus.</summary>
    public InProcessTopicEventBus(TopicEventBusOptions? options = null, ILogger<InProcessTopicEventBus>? logger = null)
    {
        _options = options ?? new TopicEventBusOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(_options.SubscriberCapacity, nameof(_options.SubscriberCapacity));
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>The number of current subscribers of a topic.</summary>
    public int SubscriberCount(string topic) => _topics.TryGetValue(topic, out var subscribers) ? subscribers.Length : 0;

    /// <inheritdoc />
    public ValueTask SendAsync<TMessage>(string topic, TMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        if (_topics.TryGetValue(topic, out var subscribers))
        {
            foreach (var subscriber in subscribers)
            {
                subscriber.Deliver(message);
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask CompleteAsync(string topic, CancellationToken cancellationToken = default)
    {
        TopicSubscriber[]? subscribers;
        lock (_lock)
        {
            _topics.TryRemove(topic, out subscribers);
        }

        foreach (var subscriber in subscribers ?? [])
        {
            subscriber.Complete(null);
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(string topic, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        cancellationToken.ThrowIfCancellationRequested();
        var subscriber = new TopicSubscriber<TMessage>(this, topic);
        lock (_lock)
        {
            var current = _topics.TryGetValue(topic, out var existing) ? existing : [];
            _topics[topic] = [.. current, subscriber];
        }

        return new ValueTask<ISourceStream<TMessage>>(subscriber);
    }

    private void Unsubscribe(TopicSubscriber subscriber)
    {
        lock (_lock)
        {
            if (!_topics.TryGetValue(subscriber.Topic, out var current))
            {
                return;
            }

            var remaining = Array.FindAll(current, s => !ReferenceEquals(s, subscriber));
            if (remaining.Length == 0)
            {
                _topics.TryRemove(subscriber.Topic, out _);
            }
            else
            {
                _topics[subscriber.Topic] = remaining;
            }
        }
    }

    private abstract class TopicSubscriber(string topic)
    {
        public string Topic { get; } = topic;

        public abstract void Deliver<TSent>(TSent message);

        public abstract void Complete(Exception? error);
    }

    private sealed class TopicSubscriber<TMessage> : TopicSubscriber, ISourceStream<TMessage>
    {
        private readonly InProcessTopicEventBus _bus;
        private readonly Channel<TMessage> _buffer;
        private int _disposed;

        public TopicSubscriber(InProcessTopicEventBus bus, string topic)
            : base(topic)
        {
            _bus = bus;
            _buffer = Channel.CreateBounded<TMessage>(new BoundedChannelOptions(bus._options.SubscriberCapacity)
            {
                FullMode = bus._options.FullMode switch
                {
                    TopicBufferFullMode.DropOldest => BoundedChannelFullMode.DropOldest,
                    TopicBufferFullMode.DropWrite => BoundedChannelFullMode.DropWrite,
                    _ => BoundedChannelFullMode.Wait,
                },
                SingleReader = true,
                SingleWriter = false,
            });
        }

        public override void Deliver<TSent>(TSent message)
        {
            if (!TryConvert(message, out var converted))
            {
                return;
            }

            // Under Wait mode TryWrite fails only when the buffer is full: that is the Complete policy's overflow.
            if (!_buffer.Writer.TryWrite(converted) && _bus._options.FullMode == TopicBufferFullMode.Complete)
            {
                _bus.Unsubscribe(this);
                Complete(new TopicSubscriberOverflowException(Topic, _bus._options.SubscriberCapacity));
            }
        }

        public override void Complete(Exception? error) => _buffer.Writer.TryComplete(error);

        public IAsyncEnumerable<TMessage> ReadEventsAsync() => _buffer.Reader.ReadAllAsync();

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                _bus.Unsubscribe(this);
                _buffer.Writer.TryComplete();
            }

            return ValueTask.CompletedTask;
        }

        private bool TryConvert<TSent>(TSent message, out TMessage converted)
        {
            switch (message)
            {
                case TMessage same:
                    converted = same;
                    return true;
                case null when default(TMessage) is null:
                    converted = default!;
                    return true;
            }

            try
            {
                var json = message is JsonElement element
                    ? element
                    : JsonSerializer.SerializeToElement(message, _bus._options.SerializerOptions);
                converted = json.Deserialize<TMessage>(_bus._options.SerializerOptions)!;
                return true;
            }
            catch (Exception exception) when (exception is JsonException or NotSupportedException or InvalidOperationException)
            {
                _bus._logger.LogWarning(
                    exception, "A message of topic {Topic} could not be read as {MessageType}; the subscriber skips it.", Topic, typeof(TMessage).Name);
                converted = default!;
                return false;
            }
        }
    }
}
