using GraphQL.Subscriptions;

namespace GraphQL.Tests.Subscriptions;

public sealed class InProcessTopicEventBusTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private sealed record Delivery(string KaptCode, int Count);

    private static async Task<List<T>> ReadAsync<T>(ISourceStream<T> stream, int count)
    {
        var messages = new List<T>();
        using var timeout = new CancellationTokenSource(Patience);
        await foreach (var message in stream.ReadEventsAsync().WithCancellation(timeout.Token))
        {
            messages.Add(message);
            if (messages.Count == count)
            {
                break;
            }
        }

        return messages;
    }

    private static async Task<List<T>> ReadToEndAsync<T>(ISourceStream<T> stream)
    {
        var messages = new List<T>();
        using var timeout = new CancellationTokenSource(Patience);
        await foreach (var message in stream.ReadEventsAsync().WithCancellation(timeout.Token))
        {
            messages.Add(message);
        }

        return messages;
    }

    [Fact]
    public async Task Every_subscriber_of_a_topic_receives_its_messages_in_order_and_no_other_topics()
    {
        var bus = new InProcessTopicEventBus();
        await using var first = await bus.SubscribeAsync<string>("complex:A1");
        await using var second = await bus.SubscribeAsync<string>("complex:A1");
        await using var other = await bus.SubscribeAsync<string>("complex:B2");

        await bus.SendAsync("complex:A1", "delivered");
        await bus.SendAsync("complex:B2", "elsewhere");
        await bus.SendAsync("complex:A1", "read");

        Assert.Equal(["delivered", "read"], await ReadAsync(first, 2));
        Assert.Equal(["delivered", "read"], await ReadAsync(second, 2));
        Assert.Equal(["elsewhere"], await ReadAsync(other, 1));
    }

    [Fact]
    public async Task A_message_sent_before_subscribing_is_not_received()
    {
        var bus = new InProcessTopicEventBus();
        await bus.SendAsync("topic", 1);
        await using var stream = await bus.SubscribeAsync<int>("topic");
        await bus.SendAsync("topic", 2);

        Assert.Equal([2], await ReadAsync(stream, 1));
    }

    [Fact]
    public async Task Disposing_a_stream_unsubscribes_it_and_ends_its_reading()
    {
        var bus = new InProcessTopicEventBus();
        var stream = await bus.SubscribeAsync<int>("topic");
        await using var kept = await bus.SubscribeAsync<int>("topic");
        Assert.Equal(2, bus.SubscriberCount("topic"));

        await stream.DisposeAsync();
        await bus.SendAsync("topic", 7);

        Assert.Equal(1, bus.SubscriberCount("topic"));
        Assert.Empty(await ReadToEndAsync(stream));
        Assert.Equal([7], await ReadAsync(kept, 1));
    }

    [Fact]
    public async Task Completing_a_topic_ends_every_subscriber_stream_after_the_messages_already_sent()
    {
        var bus = new InProcessTopicEventBus();
        await using var stream = await bus.SubscribeAsync<int>("topic");
        await bus.SendAsync("topic", 1);
        await bus.CompleteAsync("topic");

        Assert.Equal([1], await ReadToEndAsync(stream));
        Assert.Equal(0, bus.SubscriberCount("topic"));
    }

    [Fact]
    public async Task A_slow_subscriber_loses_its_oldest_messages_by_default_and_the_sender_never_waits()
    {
        var bus = new InProcessTopicEventBus(new TopicEventBusOptions { SubscriberCapacity = 3 });
        await using var slow = await bus.SubscribeAsync<int>("topic");
        for (var i = 1; i <= 10; i++)
        {
            Assert.True(bus.SendAsync("topic", i).IsCompletedSuccessfully);
        }

        Assert.Equal([8, 9, 10], await ReadAsync(slow, 3));
    }

    [Fact]
    public async Task Under_DropWrite_a_slow_subscriber_keeps_the_messages_it_holds()
    {
        var bus = new InProcessTopicEventBus(new TopicEventBusOptions { SubscriberCapacity = 3, FullMode = TopicBufferFullMode.DropWrite });
        await using var slow = await bus.SubscribeAsync<int>("topic");
        for (var i = 1; i <= 10; i++)
        {
            await bus.SendAsync("topic", i);
        }

        await bus.SendAsync("topic", 11);
        Assert.Equal([1, 2, 3], await ReadAsync(slow, 3));
    }

    [Fact]
    public async Task Under_Complete_a_slow_subscriber_is_ended_with_an_overflow_error_and_the_others_go_on()
    {
        var bus = new InProcessTopicEventBus(new TopicEventBusOptions { SubscriberCapacity = 2, FullMode = TopicBufferFullMode.Complete });
        await using var slow = await bus.SubscribeAsync<int>("topic");
        await bus.SendAsync("topic", 1);
        await bus.SendAsync("topic", 2);
        await using var fresh = await bus.SubscribeAsync<int>("topic");
        await bus.SendAsync("topic", 3);

        var received = new List<int>();
        var overflow = await Assert.ThrowsAsync<TopicSubscriberOverflowException>(async () =>
        {
            await foreach (var message in slow.ReadEventsAsync())
            {
                received.Add(message);
            }
        });
        Assert.Equal([1, 2], received);
        Assert.Equal("topic", overflow.Topic);
        Assert.Equal(1, bus.SubscriberCount("topic"));
        Assert.Equal([3], await ReadAsync(fresh, 1));
    }

    [Fact]
    public async Task A_message_of_another_type_reaches_the_subscriber_through_json_and_one_that_does_not_convert_is_skipped()
    {
        var bus = new InProcessTopicEventBus();
        await using var stream = await bus.SubscribeAsync<Delivery>("documents");
        await bus.SendAsync("documents", new Dictionary<string, object> { ["kaptCode"] = "A10027875", ["count"] = 2 });
        await bus.SendAsync("documents", "not a delivery");
        await bus.SendAsync("documents", System.Text.Json.JsonDocument.Parse("""{"kaptCode":"A2","count":5}""").RootElement);

        Assert.Equal([new Delivery("A10027875", 2), new Delivery("A2", 5)], await ReadAsync(stream, 2));
    }

    [Fact]
    public async Task Subscribers_on_many_threads_each_receive_every_message()
    {
        var bus = new InProcessTopicEventBus(new TopicEventBusOptions { SubscriberCapacity = 1000 });
        var streams = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () => await bus.SubscribeAsync<int>("topic"))));
        await Task.WhenAll(Enumerable.Range(0, 4).Select(sender => Task.Run(async () =>
        {
            for (var i = 0; i < 100; i++)
            {
                await bus.SendAsync("topic", (sender * 100) + i);
            }
        })));

        foreach (var stream in streams)
        {
            var messages = await ReadAsync(stream, 400);
            Assert.Equal(Enumerable.Range(0, 400), messages.Order());
            await stream.DisposeAsync();
        }

        Assert.Equal(0, bus.SubscriberCount("topic"));
    }
}
