using GraphQL.Error;
using GraphQL.Execution;
using GraphQL.Types;
using static GraphQL.Tests.Execution.ExecutionHelpers;

namespace GraphQL.Tests.Execution;

public sealed class ExecutorTests
{
    private const string Sdl = """
        type Query {
          hello: String
          number: Int
          nonNullString: String!
          failing: String
          failingNonNull: String!
          nested: Nested
          nonNullNested: Nested!
          list: [Int]
          nonNullItems: [Int!]
          greet(name: String = "world", times: Int! = 1): String
          echo(value: Int): Int
          slow(ms: Int!): Int
          boom: String
          graphQLBoom: String
          uncheckedList: [String]
        }

        type Nested {
          value: String
          nonNullValue: String!
          child: Nested
          nonNullChild: Nested!
        }

        type Mutation {
          append(value: String!): [String!]!
        }
        """;

    private static Schema BuildSchema(List<string>? log = null) => SchemaBuilder.FromSdl(Sdl)
        .Resolve("Query", "hello", _ => "world")
        .Resolve("Query", "number", _ => 42)
        .Resolve("Query", "nonNullString", _ => null)
        .Resolve("Query", "failing", _ => throw new GraphQLException(new GraphQLError("failed on purpose", extensions: new Dictionary<string, object?> { ["code"] = "PURPOSE" })))
        .Resolve("Query", "failingNonNull", _ => throw new GraphQLException(new GraphQLError("failed non-null")))
        .Resolve("Query", "nested", _ => new Dictionary<string, object?> { ["value"] = "v", ["nonNullValue"] = null })
        .Resolve("Query", "nonNullNested", _ => new Dictionary<string, object?> { ["value"] = "v", ["nonNullValue"] = null })
        .Resolve("Query", "list", _ => new int?[] { 1, null, 3 })
        .Resolve("Query", "nonNullItems", _ => new int?[] { 1, null, 3 })
        .Resolve("Query", "greet", ctx => string.Concat(Enumerable.Repeat("hello " + ctx.ArgumentValue<string>("name") + ";", ctx.ArgumentValue<int>("times"))))
        .Resolve("Query", "echo", ctx => ctx.ArgumentValue<int?>("value"))
        .Resolve("Query", "slow", async ctx =>
        {
            await Task.Delay(ctx.ArgumentValue<int>("ms"), ctx.CancellationToken);
            return ctx.ArgumentValue<int>("ms");
        })
        .Resolve("Query", "boom", _ => throw new InvalidOperationException("secret detail"))
        .Resolve("Query", "uncheckedList", _ => 5)
        .Resolve("Nested", "child", ctx => ctx.Source)
        .Resolve("Nested", "nonNullChild", ctx => ctx.Source)
        .Resolve("Mutation", "append", async ctx =>
        {
            var value = ctx.ArgumentValue<string>("value");
            await Task.Delay(value == "first" ? 30 : 1);
            log!.Add(value);
            return log.ToList();
        })
        .Build();

    public static TheoryData<string, string> Queries => new()
    {
        { "{ hello number }", "{'data':{'hello':'world','number':42}}" },
        { "{ a: hello b: hello }", "{'data':{'a':'world','b':'world'}}" },
        { "{ greet }", "{'data':{'greet':'hello world;'}}" },
        { "{ greet(name: \"kim\", times: 2) }", "{'data':{'greet':'hello kim;hello kim;'}}" },
        { "{ echo }", "{'data':{'echo':null}}" },
        { "{ echo(value: 7) }", "{'data':{'echo':7}}" },
        { "{ list }", "{'data':{'list':[1,null,3]}}" },
        { "{ __typename nested { __typename } }", "{'data':{'__typename':'Query','nested':{'__typename':'Nested'}}}" },
        { "{ hello ... on Query { number } ...F } fragment F on Query { hello number }", "{'data':{'hello':'world','number':42}}" },
        { "{ hello @skip(if: true) number @include(if: false) echo(value: 1) @include(if: true) }", "{'data':{'echo':1}}" },
        { "{ ... @skip(if: true) { hello } number }", "{'data':{'number':42}}" },
        {
            "{ nonNullString }",
            "{'errors':[{'message':'Cannot return null for non-nullable field Query.nonNullString.','locations':[{'line':1,'column':3}],'path':['nonNullString']}],'data':null}"
        },
        {
            "{ hello failing }",
            "{'errors':[{'message':'failed on purpose','locations':[{'line':1,'column':9}],'path':['failing'],'extensions':{'code':'PURPOSE'}}],'data':{'hello':'world','failing':null}}"
        },
        {
            "{ hello failingNonNull }",
            "{'errors':[{'message':'failed non-null','locations':[{'line':1,'column':9}],'path':['failingNonNull']}],'data':null}"
        },
        {
            "{ hello nested { value nonNullValue } }",
            "{'errors':[{'message':'Cannot return null for non-nullable field Nested.nonNullValue.','locations':[{'line':1,'column':24}],'path':['nested','nonNullValue']}],'data':{'hello':'world','nested':null}}"
        },
        {
            "{ hello nonNullNested { nonNullValue } }",
            "{'errors':[{'message':'Cannot return null for non-nullable field Nested.nonNullValue.','locations':[{'line':1,'column':25}],'path':['nonNullNested','nonNullValue']}],'data':null}"
        },
        {
            "{ nested { child { nonNullChild { nonNullValue } } } }",
            "{'errors':[{'message':'Cannot return null for non-nullable field Nested.nonNullValue.','locations':[{'line':1,'column':35}],'path':['nested','child','nonNullChild','nonNullValue']}],'data':{'nested':{'child':null}}}"
        },
        {
            "{ nonNullItems }",
            "{'errors':[{'message':'Cannot return null for non-nullable field Query.nonNullItems.','locations':[{'line':1,'column':3}],'path':['nonNullItems',1]}],'data':{'nonNullItems':null}}"
        },
        {
            "{ uncheckedList }",
            "{'errors':[{'message':'Expected Iterable, but did not find one for field \\u0022Query.uncheckedList\\u0022.','locations':[{'line':1,'column':3}],'path':['uncheckedList']}],'data':{'uncheckedList':null}}"
        },
        {
            "{ greet(times: null) }",
            "{'errors':[{'message':'Argument \\u0022Query.greet(times:)\\u0022 has invalid value: Expected value of non-null type \\u0022Int!\\u0022 not to be null.','locations':[{'line':1,'column':16}],'path':['greet']}],'data':{'greet':null}}"
        },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Executes_queries_like_graphql_js(string query, string expected)
    {
        Assert.Equal(Json(expected).Replace("\\u0022", "\\\""), Execute(BuildSchema(), query));
    }

    [Fact]
    public void Unexpected_exceptions_are_masked_and_logged()
    {
        var logger = new ListLogger();
        var json = Execute(BuildSchema(), "{ boom }", new ExecutionOptions { Logger = logger });
        Assert.Equal(
            Json("{'errors':[{'message':'Unexpected Execution Error','locations':[{'line':1,'column':3}],'path':['boom'],'extensions':{'code':'UNEXPECTED_EXECUTION_ERROR'}}],'data':{'boom':null}}"),
            json);
        var entry = Assert.Single(logger.Entries);
        Assert.IsType<InvalidOperationException>(entry.Exception);
        Assert.DoesNotContain("secret detail", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Exception_details_are_shown_when_enabled()
    {
        var json = Execute(BuildSchema(), "{ boom }", new ExecutionOptions { IncludeExceptionDetails = true });
        Assert.Contains("\"message\":\"secret detail\"", json, StringComparison.Ordinal);
        Assert.Contains("stackTrace", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Error_filter_turns_known_exceptions_into_client_errors()
    {
        var json = Execute(BuildSchema(), "{ boom }", new ExecutionOptions
        {
            ErrorFilter = e => e is InvalidOperationException
                ? new GraphQLError("Not allowed.", extensions: new Dictionary<string, object?> { ["code"] = "NOT_ALLOWED" })
                : null,
        });
        Assert.Equal(
            Json("{'errors':[{'message':'Not allowed.','locations':[{'line':1,'column':3}],'path':['boom'],'extensions':{'code':'NOT_ALLOWED'}}],'data':{'boom':null}}"),
            json);
    }

    [Fact]
    public async Task Mutations_run_serially_in_document_order()
    {
        var log = new List<string>();
        var json = await ExecuteAsync(BuildSchema(log), "mutation { a: append(value: \"first\") b: append(value: \"second\") }");
        Assert.Equal(Json("{'data':{'a':['first'],'b':['first','second']}}"), json);
    }

    [Fact]
    public async Task Query_fields_resolve_in_parallel()
    {
        // Each resolver waits until all three have started: run one after another, the first would wait in vain.
        var started = 0;
        var allStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = SchemaBuilder.FromSdl("type Query { meet: Int }")
            .Resolve("Query", "meet", async _ =>
            {
                if (Interlocked.Increment(ref started) == 3)
                    allStarted.SetResult();
                await allStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
                return Volatile.Read(ref started);
            })
            .Build();

        var json = await ExecuteAsync(schema, "{ a: meet b: meet c: meet }");

        Assert.Equal(Json("{'data':{'a':3,'b':3,'c':3}}"), json);
    }

    [Fact]
    public async Task A_request_over_its_timeout_ends_with_a_timeout_error()
    {
        var json = await ExecuteAsync(BuildSchema(), "{ slow(ms: 5000) }", new ExecutionOptions { Timeout = TimeSpan.FromMilliseconds(50) });
        Assert.Equal(
            Json("{'errors':[{'message':'The request exceeded the configured timeout of `00:00:00.0500000`.','extensions':{'code':'EXECUTION_TIMEOUT'}}],'data':null}"),
            json);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_stops_execution()
    {
        using var cancellation = new CancellationTokenSource(50);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await ExecuteAsync(BuildSchema(), "{ slow(ms: 5000) }", new ExecutionOptions { CancellationToken = cancellation.Token }));
    }

    [Fact]
    public void Synchronous_resolvers_complete_without_a_task()
    {
        var pending = Executor.ExecuteAsync(BuildSchema(), GraphQL.Language.Parser.Parse("{ hello number nested { value child { value } } }"));
        Assert.True(pending.IsCompletedSuccessfully);
    }

    [Theory]
    [InlineData("query Q($n: String) { greet(name: $n) }", "{\"n\":\"lee\"}", "{'data':{'greet':'hello lee;'}}")]
    [InlineData("query Q($n: String) { greet(name: $n) }", "{}", "{'data':{'greet':'hello world;'}}")]
    [InlineData("query Q($n: String = \"park\") { greet(name: $n) }", "{}", "{'data':{'greet':'hello park;'}}")]
    [InlineData("query Q($n: String) { greet(name: $n) }", "{\"n\":null}", "{'data':{'greet':'hello ;'}}")]
    [InlineData("query Q($s: Boolean!) { hello @skip(if: $s) number }", "{\"s\":true}", "{'data':{'number':42}}")]
    [InlineData("query Q($s: Boolean!) { hello @skip(if: $s) number }", "{\"s\":false}", "{'data':{'hello':'world','number':42}}")]
    [InlineData("query Q($v: Int) { echo(value: $v) }", "{\"v\":1.5}", "{'errors':[{'message':'Variable \\u0022$v\\u0022 has invalid value: Int cannot represent non-integer value: 1.5','locations':[{'line':1,'column':9}],'extensions':{'code':'BAD_USER_INPUT'}}]}")]
    [InlineData("query Q($v: Int!) { echo(value: $v) }", "{}", "{'errors':[{'message':'Variable \\u0022$v\\u0022 has invalid value: Expected a value of non-null type \\u0022Int!\\u0022 to be provided.','locations':[{'line':1,'column':9}],'extensions':{'code':'BAD_USER_INPUT'}}]}")]
    public void Coerces_variables(string query, string variables, string expected)
    {
        var values = GraphQLRequest.ToDictionary(System.Text.Json.JsonDocument.Parse(variables).RootElement);
        var json = Execute(BuildSchema(), query, new ExecutionOptions { Variables = values });
        Assert.Equal(Json(expected).Replace("\\u0022", "\\\""), json);
    }

    [Fact]
    public void Unknown_operation_names_are_request_errors()
    {
        var json = Execute(BuildSchema(), "query A { hello } query B { number }", new ExecutionOptions { OperationName = "C" });
        Assert.Equal(Json("{'errors':[{'message':'Unknown operation named \\u0022C\\u0022.'}]}").Replace("\\u0022", "\\\""), json);
        Assert.Equal(
            Json("{'errors':[{'message':'Must provide operation name if query contains multiple operations.'}]}"),
            Execute(BuildSchema(), "query A { hello } query B { number }"));
        Assert.Equal(Json("{'data':{'number':42}}"), Execute(BuildSchema(), "query A { hello } query B { number }", new ExecutionOptions { OperationName = "B" }));
    }

    [Fact]
    public void Report_error_adds_an_error_and_keeps_the_value()
    {
        var schema = SchemaBuilder.FromSdl("type Query { warn: Int }")
            .Resolve("Query", "warn", ctx =>
            {
                ctx.ReportError("partial result", "PARTIAL");
                return 1;
            })
            .Build();
        Assert.Equal(
            Json("{'errors':[{'message':'partial result','locations':[{'line':1,'column':3}],'path':['warn'],'extensions':{'code':'PARTIAL'}}],'data':{'warn':1}}"),
            Execute(schema, "{ warn }"));
    }

    [Fact]
    public void Resolvers_can_look_ahead_at_selected_fields_and_their_arguments()
    {
        string? seen = null;
        var schema = SchemaBuilder.FromSdl("type Query { page: Page } type Page { items(first: Int): [Int] totalCount: Int }")
            .Resolve("Query", "page", ctx =>
            {
                var selections = ctx.GetSelections();
                seen = string.Join(",", selections.Select(s => s.ResponseName + ":" + s.Field.Name + (s.Field.Arguments.Count > 0 ? "(" + s.GetArguments(ctx.Variables)["first"] + ")" : "")));
                return new Dictionary<string, object?> { ["items"] = new[] { 1, 2 }, ["totalCount"] = 2 };
            })
            .Build();
        Assert.Equal(Json("{'data':{'page':{'top':[1,2],'totalCount':2}}}"), Execute(schema, "{ page { top: items(first: 2) totalCount } }"));
        Assert.Equal("top:items(2),totalCount:totalCount", seen);
    }
}
