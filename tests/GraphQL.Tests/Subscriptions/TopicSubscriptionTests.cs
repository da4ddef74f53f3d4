using GraphQL.Execution;
using GraphQL.Subscriptions;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.Subscriptions;

public sealed class TopicSubscriptionTests
{
    public sealed record DocumentDelivered(string DocumentNumber, string KaptCode);

    private static (RequestExecutor Executor, InProcessTopicEventBus Bus) CodeFirstServer()
    {
        var services = new ServiceCollection().AddInProcessTopicEventBus().BuildServiceProvider();
        var schema = new SchemaBuilder()
            .AddQueryType(query => query.Field("ok").Type("Boolean").Resolve(_ => true))
            .AddObjectType<DocumentDelivered>()
            .AddSubscriptionType(subscription => subscription.Field("documentDelivered")
                .Argument("kaptCode", "String!")
                .Type("DocumentDelivered!")
                .SubscribeToTopic<DocumentDelivered>(ctx => "complex:" + ctx.ArgumentValue<string>("kaptCode")))
            .Build();
        return (new RequestExecutor(schema, new RequestExecutorOptions { Services = services }), services.GetRequiredService<InProcessTopicEventBus>());
    }

    private static async Task WaitForSubscriberAsync(InProcessTopicEventBus bus, string topic)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (bus.SubscriberCount(topic) == 0)
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    [Fact]
    public async Task A_topic_field_streams_the_messages_of_the_topic_its_arguments_name()
    {
        var (executor, bus) = CodeFirstServer();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var results = executor.SubscribeAsync(
            new GraphQLRequest { Query = """subscription { documentDelivered(kaptCode: "A1") { documentNumber kaptCode } }""" },
            cancellationToken: cancellation.Token).GetAsyncEnumerator(cancellation.Token);
        var first = results.MoveNextAsync();
        await WaitForSubscriberAsync(bus, "complex:A1");

        await bus.SendAsync("complex:B2", new DocumentDelivered("D-1", "B2"));
        await bus.SendAsync("complex:A1", new DocumentDelivered("D-2", "A1"));
        Assert.True(await first);
        Assert.Equal("""{"data":{"documentDelivered":{"documentNumber":"D-2","kaptCode":"A1"}}}""", results.Current.ToJson());

        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await results.MoveNextAsync());
        await results.DisposeAsync();
        Assert.Equal(0, bus.SubscriberCount("complex:A1"));
    }

    [Fact]
    public async Task Completing_the_topic_ends_the_subscription()
    {
        var services = new ServiceCollection().AddInProcessTopicEventBus().BuildServiceProvider();
        var bus = services.GetRequiredService<InProcessTopicEventBus>();
        var schema = SchemaBuilder.FromSdl("type Query { ok: Boolean } type Subscription { counted: Int! }")
            .SubscribeToTopic<int>("Subscription", "counted", _ => "counter")
            .Build();
        var executor = new RequestExecutor(schema, new RequestExecutorOptions { Services = services });

        var reading = Task.Run(async () =>
        {
            var values = new List<string>();
            await foreach (var result in executor.SubscribeAsync(new GraphQLRequest { Query = "subscription { counted }" }))
            {
                values.Add(result.ToJson());
            }

            return values;
        });
        await WaitForSubscriberAsync(bus, "counter");
        await bus.SendAsync("counter", 1);
        await bus.SendAsync("counter", 2);
        await bus.CompleteAsync("counter");

        Assert.Equal(["""{"data":{"counted":1}}""", """{"data":{"counted":2}}"""], await reading.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Without_a_registered_bus_the_subscription_fails_with_one_error_result()
    {
        var schema = SchemaBuilder.FromSdl("type Query { ok: Boolean } type Subscription { counted: Int! }")
            .SubscribeToTopic<int>("Subscription", "counted", _ => "counter")
            .Build();
        var executor = new RequestExecutor(schema, new RequestExecutorOptions { IncludeExceptionDetails = true });

        var results = new List<ExecutionResult>();
        await foreach (var result in executor.SubscribeAsync(new GraphQLRequest { Query = "subscription { counted }" }))
        {
            results.Add(result);
        }

        var error = Assert.Single(Assert.Single(results).Errors!);
        Assert.Contains("No ITopicEventReceiver is registered", error.Message);
    }
}
