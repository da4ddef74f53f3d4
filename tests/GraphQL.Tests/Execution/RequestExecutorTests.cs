using System.Text.Json;
using GraphQL.Execution;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Tests.Execution;

public sealed class RequestExecutorTests
{
    private static RequestExecutor Create() => new(
        SchemaBuilder.FromSdl("type Query { hello(name: String = \"world\"): String } type Mutation { touch: Int }")
            .Resolve("Query", "hello", ctx => "hello " + ctx.ArgumentValue<string>("name"))
            .Resolve("Mutation", "touch", _ => 1)
            .Build(),
        new RequestExecutorOptions { DocumentCacheSize = 2 });

    [Fact]
    public async Task Executes_a_request_with_json_variables()
    {
        var executor = Create();
        using var variables = JsonDocument.Parse("{\"n\":\"kim\"}");
        var result = await executor.ExecuteAsync(GraphQLRequest.Create("query($n: String) { hello(name: $n) }", variables: variables.RootElement));
        Assert.Equal("{\"data\":{\"hello\":\"hello kim\"}}", result.ToJson());
    }

    [Fact]
    public async Task Validation_errors_are_returned_without_data()
    {
        var result = await Create().ExecuteAsync(new GraphQLRequest { Query = "{ goodbye }" });
        Assert.Equal(
            "{\"errors\":[{\"message\":\"Cannot query field \\\"goodbye\\\" on type \\\"Query\\\".\",\"locations\":[{\"line\":1,\"column\":3}],\"extensions\":{\"code\":\"GRAPHQL_VALIDATION_FAILED\"}}]}",
            result.ToJson());
        Assert.False(result.HasData);
    }

    [Fact]
    public async Task Syntax_errors_are_returned_without_data()
    {
        var result = await Create().ExecuteAsync(new GraphQLRequest { Query = "{ hello" });
        Assert.False(result.HasData);
        Assert.StartsWith("Syntax Error:", Assert.Single(result.Errors!).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Documents_are_cached_by_text_in_a_bounded_lru()
    {
        var executor = Create();
        var first = executor.Prepare(new GraphQLRequest { Query = "{ hello }" }).Plan;
        Assert.Same(first, executor.Prepare(new GraphQLRequest { Query = "{ hello }" }).Plan);
        executor.Prepare(new GraphQLRequest { Query = "{ a: hello }" });
        executor.Prepare(new GraphQLRequest { Query = "{ b: hello }" });
        Assert.Equal(2, executor.CachedDocumentCount);
        Assert.NotSame(first, executor.Prepare(new GraphQLRequest { Query = "{ hello }" }).Plan);
    }

    [Fact]
    public void Tells_the_operation_type_before_executing()
    {
        var executor = Create();
        Assert.Equal(OperationType.Mutation, executor.GetOperationType(new GraphQLRequest { Query = "mutation { touch }" }));
        Assert.Equal(OperationType.Query, executor.GetOperationType(new GraphQLRequest { Query = "query A { hello } mutation B { touch }", OperationName = "A" }));
        Assert.Null(executor.GetOperationType(new GraphQLRequest { Query = "{" }));
    }

    [Fact]
    public async Task Writes_results_straight_to_a_utf8_json_writer()
    {
        var result = await Create().ExecuteAsync(new GraphQLRequest { Query = "{ hello }" });
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            result.WriteTo(writer);
        }

        Assert.Equal("{\"data\":{\"hello\":\"hello world\"}}", System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Refuses_an_invalid_schema()
    {
        var query = new ObjectType("Query");
        var exception = Assert.Throws<GraphQL.Error.GraphQLException>(() => new RequestExecutor(new Schema(query)));
        Assert.Equal("Type Query must define one or more fields.", exception.Errors[0].Message);
    }

    [Fact]
    public async Task Subscriptions_yield_one_result_per_event()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int } type Subscription { tick(count: Int!): Int }")
            .Subscribe("Subscription", "tick", ctx => Ticks(ctx.ArgumentValue<int>("count")))
            .Build();
        var executor = new RequestExecutor(schema);
        var results = new List<string>();
        await foreach (var result in executor.SubscribeAsync(new GraphQLRequest { Query = "subscription { tick(count: 3) }" }))
        {
            results.Add(result.ToJson());
        }

        Assert.Equal(["{\"data\":{\"tick\":1}}", "{\"data\":{\"tick\":2}}", "{\"data\":{\"tick\":3}}"], results);
    }

    private static async IAsyncEnumerable<object?> Ticks(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }
}
