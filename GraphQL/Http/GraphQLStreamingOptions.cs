namespace GraphQL.Http;

/// <summary>
/// The streaming transports MapGraphQL serves at the same path as GraphQL over HTTP: WebSocket upgrades speak
/// <c>graphql-transport-ws</c>, requests accepting <c>text/event-stream</c> get server-sent events.
/// </summary>
public sealed class GraphQLStreamingOptions
{
    /// <summary>GraphQL over WebSocket with the <c>graphql-transport-ws</c> protocol.</summary>
    public GraphQLWebSocketOptions WebSockets { get; } = new();

    /// <summary>GraphQL over server-sent events, distinct connections mode.</summary>
    public GraphQLServerSentEventsOptions ServerSentEvents { get; } = new();
}

/// <summary>How the endpoint speaks the <c>graphql-transport-ws</c> protocol to WebSocket clients.</summary>
public sealed class GraphQLWebSocketOptions
{
    /// <summary>Whether WebSocket upgrade requests are accepted. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long a client may take to send <c>connection_init</c> before the socket is closed with 4408. Default 10 s.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the server sends WebSocket ping frames so idle sockets stay open through proxies. Default 30 s.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest message, in bytes, a client may send; a larger one closes the socket with 1009. Default 1 MiB.</summary>
    public int MaxMessageSize { get; set; } = 1024 * 1024;

    /// <summary>
    /// Whether the connection needs an authenticated user, from the upgrade request or from <see cref="OnConnect"/>;
    /// without one <c>connection_init</c> is answered by closing with 4401.
    /// </summary>
    public bool RequireAuthentication { get; set; }

    /// <summary>
    /// Decides on <c>connection_init</c>: may set <see cref="GraphQLWebSocketConnection.User"/> from the payload
    /// (see <see cref="GraphQLWebSocketAuthentication.FromInitPayload"/>); returning false closes the socket with 4403.
    /// </summary>
    public Func<GraphQLWebSocketConnection, CancellationToken, ValueTask<bool>>? OnConnect { get; set; }
}

/// <summary>How the endpoint answers requests that accept <c>text/event-stream</c>.</summary>
public sealed class GraphQLServerSentEventsOptions
{
    /// <summary>Whether requests accepting <c>text/event-stream</c> get an event stream. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often a comment line is sent on an idle stream so proxies keep it open. Default 15 s.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);
}
