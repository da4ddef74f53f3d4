using GraphQL.Subscriptions;
using Housing.Infrastructure.Messaging;
using Infrastructure.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Infrastructure.Tests.Messaging;

public sealed class PostgresTopicEventBusTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    public sealed record CaseReferred(string CaseNumber, string ToCenter);

    private static PostgresTopicEventBus Node(PostgresTestDatabase database) => new(
        database.ConnectionString,
        new PostgresTopicEventBusOptions { ReconnectDelay = TimeSpan.FromMilliseconds(100) },
        NullLoggerFactory.Instance,
        TimeProvider.System);

    private static async Task<T> NextAsync<T>(IAsyncEnumerator<T> events)
    {
        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(Patience), "the stream ended");
        return events.Current;
    }

    [PostgresFact]
    public async Task A_message_sent_on_one_node_reaches_the_subscribers_of_both_nodes()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var first = Node(database);
        await using var second = Node(database);
        await using var onSecond = await second.SubscribeAsync<CaseReferred>("center:yeongdeungpo");
        await using var onFirst = await first.SubscribeAsync<CaseReferred>("center:yeongdeungpo");
        await using var elsewhere = await second.SubscribeAsync<CaseReferred>("center:mapo");
        await using var secondEvents = onSecond.ReadEventsAsync().GetAsyncEnumerator();
        await using var firstEvents = onFirst.ReadEventsAsync().GetAsyncEnumerator();

        await first.SendAsync("center:yeongdeungpo", new CaseReferred("2026-0042", "yeongdeungpo"));
        await first.SendAsync("center:yeongdeungpo", new CaseReferred("2026-0043", "yeongdeungpo"));

        Assert.Equal(new CaseReferred("2026-0042", "yeongdeungpo"), await NextAsync(secondEvents));
        Assert.Equal(new CaseReferred("2026-0043", "yeongdeungpo"), await NextAsync(secondEvents));
        Assert.Equal(new CaseReferred("2026-0042", "yeongdeungpo"), await NextAsync(firstEvents));
        await first.SendAsync("center:mapo", new CaseReferred("2026-0044", "mapo"));
        await using var elsewhereEvents = elsewhere.ReadEventsAsync().GetAsyncEnumerator();
        Assert.Equal(new CaseReferred("2026-0044", "mapo"), await NextAsync(elsewhereEvents));
    }

    [PostgresFact]
    public async Task A_message_too_large_for_notify_travels_through_the_table()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var sender = Node(database);
        await using var receiver = Node(database);
        await using var stream = await receiver.SubscribeAsync<CaseReferred>("big");
        await using var events = stream.ReadEventsAsync().GetAsyncEnumerator();
        var notes = new string('가', 5000);

        await sender.SendAsync("big", new CaseReferred(notes, "central"));
        await sender.SendAsync("big", new CaseReferred("small", "central"));

        Assert.Equal(new CaseReferred(notes, "central"), await NextAsync(events));
        Assert.Equal(new CaseReferred("small", "central"), await NextAsync(events));
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand($"SELECT count(*) FROM {PostgresTopicEventBus.StoredMessagesTable}", connection);
        Assert.Equal(1L, await count.ExecuteScalarAsync());
    }

    [PostgresFact]
    public async Task Completing_a_topic_on_one_node_ends_the_streams_on_the_other()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var first = Node(database);
        await using var second = Node(database);
        await using var stream = await second.SubscribeAsync<int>("poll:7");

        await first.SendAsync("poll:7", 1);
        await first.CompleteAsync("poll:7");

        var received = new List<int>();
        await foreach (var message in stream.ReadEventsAsync().WithCancellation(new CancellationTokenSource(Patience).Token))
        {
            received.Add(message);
        }

        Assert.Equal([1], received);
        Assert.Equal(0, second.SubscriberCount("poll:7"));
    }

    [PostgresFact]
    public async Task A_node_whose_listening_connection_is_killed_listens_again_and_receives_later_messages()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var sender = Node(database);
        await using var receiver = Node(database);
        await using var stream = await receiver.SubscribeAsync<int>("reconnect");
        await using var events = stream.ReadEventsAsync().GetAsyncEnumerator();

        await using (var admin = new NpgsqlConnection(database.ConnectionString))
        {
            await admin.OpenAsync();
            await using var kill = new NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'", admin);
            Assert.Equal(1L, await kill.ExecuteScalarAsync());
        }

        // Messages sent while nobody listens are lost; keep sending until the node hears again.
        var next = events.MoveNextAsync().AsTask();
        using var timeout = new CancellationTokenSource(Patience);
        var sent = 0;
        while (!next.IsCompleted)
        {
            await sender.SendAsync("reconnect", ++sent, timeout.Token);
            await Task.WhenAny(next, Task.Delay(100, timeout.Token));
        }

        Assert.True(await next);
        Assert.InRange(events.Current, 1, sent);
        await receiver.Listening.WaitAsync(Patience);
    }

    [PostgresFact]
    public async Task A_subscriber_asking_for_another_type_gets_the_message_converted_through_json()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var node = Node(database);
        await using var asElement = await node.SubscribeAsync<System.Text.Json.JsonElement>("json");
        await using var events = asElement.ReadEventsAsync().GetAsyncEnumerator();

        await node.SendAsync("json", new CaseReferred("2026-1", "central"));

        Assert.Equal("""{"caseNumber":"2026-1","toCenter":"central"}""", (await NextAsync(events)).GetRawText());
    }
}
