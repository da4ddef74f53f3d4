using GraphQL.Execution;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Tests.Execution;

/// <summary>Runs documents against a schema without validation and returns the response JSON.</summary>
internal static class ExecutionHelpers
{
    public static async Task<string> ExecuteAsync(Schema schema, string query, ExecutionOptions? options = null)
    {
        var result = await Executor.ExecuteAsync(schema, Parser.Parse(query), options);
        return result.ToJson();
    }

    public static string Execute(Schema schema, string query, ExecutionOptions? options = null)
    {
        var pending = Executor.ExecuteAsync(schema, Parser.Parse(query), options);
        Assert.True(pending.IsCompleted, "expected a synchronous execution");
        return pending.Result.ToJson();
    }

    /// <summary>Single quotes in expected JSON stand for double quotes, so tables stay readable.</summary>
    public static string Json(string text) => text.Replace('\'', '"');
}
