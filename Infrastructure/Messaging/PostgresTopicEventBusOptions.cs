namespace Housing.Infrastructure.Messaging;

/// <summary>Settings of the <c>Messaging</c> section for the PostgreSQL topic event bus.</summary>
public sealed class PostgresTopicEventBusOptions
{
    public const string Section = "Messaging";

    /// <summary>The NOTIFY channel every node listens on.</summary>
    public string Channel { get; set; } = "housing_topic_events";

    /// <summary>The first wait before listening again after the connection was lost; it doubles up to <see cref="MaxReconnectDelay"/>.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest wait between two attempts to listen again.</summary>
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a message too large for NOTIFY stays in its table for the nodes to read it.</summary>
    public TimeSpan StoredMessageRetention { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How many unread messages one subscriber may hold before its oldest are dropped.</summary>
    public int SubscriberCapacity { get; set; } = 64;
}
