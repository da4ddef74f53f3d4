using System.Runtime.CompilerServices;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace GraphQL.Subscriptions;

/// <summary>Declares subscription fields whose events are the messages of a topic, and registers the in-process bus.</summary>
public static class TopicSubscriptions
{
    /// <summary>
    /// Makes a subscription field stream the messages of the topic <paramref name="topic"/> names for the field's
    /// arguments (e.g. <c>ctx =&gt; "complex:" + ctx.ArgumentValue&lt;string&gt;("kaptCode")</c>); each message is the field's value.
    /// The <see cref="ITopicEventReceiver"/> comes from the application's services.
    /// </summary>
    public static FieldDescriptor SubscribeToTopic<TMessage>(this FieldDescriptor field, Func<IResolverContext, string> topic) =>
        field.Subscribe(context => ReadTopic<TMessage>(context, topic));

    /// <summary>The schema-first form of <see cref="SubscribeToTopic{TMessage}(FieldDescriptor, Func{IResolverContext, string})"/>.</summary>
    public static SchemaBuilder SubscribeToTopic<TMessage>(
        this SchemaBuilder builder, string typeName, string fieldName, Func<IResolverContext, string> topic) =>
        builder.Subscribe(typeName, fieldName, context => Box(ReadTopic<TMessage>(context, topic)));

    /// <summary>
    /// Registers <see cref="InProcessTopicEventBus"/> as the <see cref="ITopicEventSender"/> and
    /// <see cref="ITopicEventReceiver"/> of the application, unless a bus is registered already.
    /// </summary>
    public static IServiceCollection AddInProcessTopicEventBus(this IServiceCollection services, Action<TopicEventBusOptions>? configure = null)
    {
        var options = new TopicEventBusOptions();
        configure?.Invoke(options);
        services.TryAddSingleton(provider => new InProcessTopicEventBus(options, provider.GetService<ILogger<InProcessTopicEventBus>>()));
        services.TryAddSingleton<ITopicEventSender>(provider => provider.GetRequiredService<InProcessTopicEventBus>());
        services.TryAddSingleton<ITopicEventReceiver>(provider => provider.GetRequiredService<InProcessTopicEventBus>());
        return services;
    }

    // The topic and the receiver are found when the subscription is made, so a bad argument or a missing bus is the
    // subscription's error rather than a failure of its first event.
    private static IAsyncEnumerable<TMessage> ReadTopic<TMessage>(IResolverContext context, Func<IResolverContext, string> topic)
    {
        var receiver = context.Services.GetService<ITopicEventReceiver>()
            ?? throw new InvalidOperationException(
                "No ITopicEventReceiver is registered: call services.AddInProcessTopicEventBus() or register a cross-node bus.");
        return ReadAsync<TMessage>(receiver, topic(context), context.CancellationToken);
    }

    private static async IAsyncEnumerable<TMessage> ReadAsync<TMessage>(
        ITopicEventReceiver receiver, string topic, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var stream = await receiver.SubscribeAsync<TMessage>(topic, cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            await foreach (var message in stream.ReadEventsAsync().WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                yield return message;
            }
        }
    }

    private static async IAsyncEnumerable<object?> Box<TMessage>(IAsyncEnumerable<TMessage> messages)
    {
        await foreach (var message in messages.ConfigureAwait(false))
        {
            yield return message;
        }
    }
}
