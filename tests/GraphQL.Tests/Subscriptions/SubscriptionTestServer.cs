using System.Security.Claims;
using System.Text.Encodings.Web;
using GraphQL.Error;
using GraphQL.Execution;
using GraphQL.Http;
using GraphQL.Subscriptions;
using GraphQL.Tests.Http;
using GraphQL.Types;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphQL.Tests.Subscriptions;

/// <summary>A Kestrel server whose schema has subscriptions: topic messages, a finite countdown and a failing stream.</summary>
internal static class SubscriptionTestServer
{
    public const string SchemeName = "Token";

    public const string Sdl = """
        type Query {
          hello: String!
          me: String
        }

        type Mutation {
          increment: Int!
          postNotice(kaptCode: String!, title: String!): Boolean!
        }

        type Subscription {
          noticePosted(kaptCode: String!): Notice!
          countdown(from: Int!): Int!
          broken: Int
          slowToStop: Int
        }

        type Notice {
          title: String!
          kaptCode: String!
        }
        """;

    public sealed record Notice(string Title, string KaptCode);

    public static Schema BuildSchema()
    {
        var counter = 0;
        return SchemaBuilder.FromSdl(Sdl)
            .Resolve("Query", "hello", _ => "world")
            .Resolve("Query", "me", context => context.User?.Identity?.Name)
            .Resolve("Mutation", "increment", _ => Interlocked.Increment(ref counter))
            .Resolve("Mutation", "postNotice", async context =>
            {
                var kaptCode = context.ArgumentValue<string>("kaptCode");
                await context.Services.GetRequiredService<ITopicEventSender>()
                    .SendAsync(NoticeTopic(kaptCode), new Notice(context.ArgumentValue<string>("title"), kaptCode));
                return true;
            })
            .SubscribeToTopic<Notice>("Subscription", "noticePosted", context => NoticeTopic(context.ArgumentValue<string>("kaptCode")))
            .Subscribe("Subscription", "countdown", context => CountdownAsync(context.ArgumentValue<int>("from")))
            .Subscribe("Subscription", "broken", _ => BrokenAsync())
            .Subscribe("Subscription", "slowToStop", context => SlowToStopAsync(context.Services.GetRequiredService<RequestProbe>(), context.CancellationToken))
            .Build();
    }

    public static string NoticeTopic(string kaptCode) => "notices:" + kaptCode;

    /// <summary>Starts the server; the bus is in <see cref="KestrelHost.Services"/>.</summary>
    public static Task<KestrelHost> StartAsync(Action<GraphQLStreamingOptions>? streaming = null, Action<GraphQLHttpOptions>? http = null) =>
        KestrelHost.StartAsync(
            services =>
            {
                services.AddAuthentication(SchemeName).AddScheme<AuthenticationSchemeOptions, TokenHandler>(SchemeName, null);
                services.AddInProcessTopicEventBus();
                services.AddSingleton<RequestProbe>();
                services.AddGraphQLServer(BuildSchema());
            },
            app =>
            {
                app.Use(async (context, next) =>
                {
                    await next(context);
                    context.RequestServices.GetRequiredService<RequestProbe>().Events.Enqueue("request ended");
                });
                app.UseAuthentication();
                app.MapGraphQL("/graphql", http, streaming);
            });

    /// <summary>Waits until the topic has <paramref name="count"/> subscribers (a subscription has started or ended).</summary>
    public static async Task WaitForSubscribersAsync(KestrelHost server, string topic, int count)
    {
        var bus = server.Services.GetRequiredService<InProcessTopicEventBus>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (bus.SubscriberCount(topic) != count)
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    public static ValueTask SendNoticeAsync(KestrelHost server, string kaptCode, string title) =>
        server.Services.GetRequiredService<ITopicEventSender>().SendAsync(NoticeTopic(kaptCode), new Notice(title, kaptCode));

    private static async IAsyncEnumerable<object?> CountdownAsync(int from)
    {
        for (var i = from; i > 0; i--)
        {
            await Task.Yield();
            yield return i;
        }
    }

    private static async IAsyncEnumerable<object?> BrokenAsync()
    {
        await Task.Yield();
        yield return 1;
        throw new InvalidOperationException("The feed broke.");
    }

    // Yields once, then waits for cancellation and takes a while to clean up, as a stream holding resources does.
    private static async IAsyncEnumerable<object?> SlowToStopAsync(RequestProbe probe, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            yield return 1;
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        finally
        {
            Thread.Sleep(300);
            probe.Events.Enqueue("stream ended");
        }
    }

    // Accepts "Authorization: Token <name>" as the user <name>; "Token" alone fails.
    private sealed class TokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            var header = Request.Headers.Authorization.ToString();
            if (!header.StartsWith(SchemeName, StringComparison.Ordinal))
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }

            var name = header[SchemeName.Length..].Trim();
            if (name.Length == 0)
            {
                return Task.FromResult(AuthenticateResult.Fail("The token names nobody."));
            }

            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], SchemeName);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
        }
    }
}

/// <summary>What happened on the server, in order.</summary>
internal sealed class RequestProbe
{
    public System.Collections.Concurrent.ConcurrentQueue<string> Events { get; } = new();
}
