using GraphQL.Error;
using GraphQL.Http;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;

namespace GraphQL.Tests.Http;

/// <summary>A small schema served over HTTP, with fields that succeed, fail, mutate and wait for cancellation.</summary>
internal static class HttpTestServer
{
    public const string Sdl = """
        type Query {
          hello(name: String = "world"): String!
          fail: String
          failRequired: String!
          wait: String
        }

        type Mutation {
          increment(by: Int! = 1): Int!
        }
        """;

    /// <summary>Builds the schema; <paramref name="probe"/> records what the resolvers saw.</summary>
    public static Schema BuildSchema(ResolverProbe probe)
    {
        var counter = 0;
        return SchemaBuilder.FromSdl(Sdl)
            .Resolve("Query", "hello", context => $"Hello, {context.ArgumentValue<string>("name")}!")
            .Resolve("Query", "fail", Fail)
            .Resolve("Query", "failRequired", Fail)
            .Resolve("Query", "wait", async context =>
            {
                probe.WaitStarted.TrySetResult();
                try
                {
                    await Task.Delay(Timeout.Infinite, context.CancellationToken);
                }
                catch (OperationCanceledException)
                {
                    probe.WaitCancelled.TrySetResult();
                    throw;
                }

                return "never";
            })
            .Resolve("Mutation", "increment", context => Interlocked.Add(ref counter, context.ArgumentValue<int>("by")))
            .Build();
    }

    private static object? Fail(GraphQL.Execution.IResolverContext context) =>
        throw new GraphQLException(new GraphQLError("Failed on purpose."));

    /// <summary>Starts Kestrel with the schema at /graphql.</summary>
    public static Task<KestrelHost> StartAsync(Action<GraphQLHttpOptions>? configure = null, ResolverProbe? probe = null) =>
        KestrelHost.StartAsync(
            services => services.AddGraphQLServer(BuildSchema(probe ?? new ResolverProbe())),
            app => app.MapGraphQL("/graphql", configure));
}

/// <summary>Signals from the test schema's resolvers.</summary>
internal sealed class ResolverProbe
{
    public TaskCompletionSource WaitStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource WaitCancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
