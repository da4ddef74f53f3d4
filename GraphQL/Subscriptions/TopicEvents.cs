namespace GraphQL.Subscriptions;

/// <summary>
/// Publishes messages to topics; every current subscriber of the topic receives each message, on this node and,
/// with a cross-node implementation, on every other node.
/// </summary>
public interface ITopicEventSender
{
    /// <summary>Sends <paramref name="message"/> to the subscribers of <paramref name="topic"/>.</summary>
    ValueTask SendAsync<TMessage>(string topic, TMessage message, CancellationToken cancellationToken = default);

    /// <summary>Ends the event streams of every current subscriber of <paramref name="topic"/>.</summary>
    ValueTask CompleteAsync(string topic, CancellationToken cancellationToken = default);
}

/// <summary>Subscribes to topics: each subscription is a stream of the messages sent after it was made.</summary>
public interface ITopicEventReceiver
{
    /// <summary>
    /// Subscribes to <paramref name="topic"/>; disposing the returned stream unsubscribes. Messages sent as another CLR
    /// type reach the subscriber converted through JSON, and are skipped (and logged) when they do not convert.
    /// </summary>
    ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(string topic, CancellationToken cancellationToken = default);
}

/// <summary>One subscriber's messages of a topic, in the order they were sent; dispose it to unsubscribe.</summary>
public interface ISourceStream<out TMessage> : IAsyncDisposable
{
    /// <summary>The messages as they arrive; ends when the topic is completed or the stream disposed.</summary>
    IAsyncEnumerable<TMessage> ReadEventsAsync();
}
