using System.Text.Json;

namespace GraphQL.Subscriptions;

/// <summary>What a topic event bus does with a subscriber that cannot keep up.</summary>
public enum TopicBufferFullMode
{
    /// <summary>The oldest unread message is dropped to make room: a slow subscriber sees the newest state.</summary>
    DropOldest,

    /// <summary>The incoming message is dropped for this subscriber: it keeps the messages it already holds.</summary>
    DropWrite,

    /// <summary>The subscriber's stream ends with a <see cref="TopicSubscriberOverflowException"/>, so the client knows to resubscribe and reload.</summary>
    Complete,
}

/// <summary>
/// Settings of a topic event bus. Each subscriber has its own bounded buffer, so a slow subscriber never slows the
/// sender or the other subscribers: when its buffer is full, <see cref="FullMode"/> decides what it loses.
/// </summary>
public sealed class TopicEventBusOptions
{
    /// <summary>How many unread messages one subscriber may hold. Default 64.</summary>
    public int SubscriberCapacity { get; set; } = 64;

    /// <summary>What happens when a subscriber's buffer is full. Default <see cref="TopicBufferFullMode.DropOldest"/>.</summary>
    public TopicBufferFullMode FullMode { get; set; } = TopicBufferFullMode.DropOldest;

    /// <summary>How messages become JSON and back, when they cross nodes or are read as another CLR type. Default: web (camelCase).</summary>
    public JsonSerializerOptions SerializerOptions { get; set; } = JsonSerializerOptions.Web;
}

/// <summary>Ends a subscriber's stream whose buffer overflowed under <see cref="TopicBufferFullMode.Complete"/>.</summary>
public sealed class TopicSubscriberOverflowException : Exception
{
    /// <summary>Creates the exception for a topic and the buffer size that was exceeded.</summary>
    public TopicSubscriberOverflowException(string topic, int capacity)
        : base($"The subscriber of topic \"{topic}\" fell more than {capacity} messages behind; subscribe again to continue.")
    {
        Topic = topic;
    }

    /// <summary>The topic whose subscriber fell behind.</summary>
    public string Topic { get; }
}
