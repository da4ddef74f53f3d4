using System.Data.Common;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Api.Tests.Support;

/// <summary>Calls <c>/graphql</c> of the test host the way a partner app does.</summary>
public static class GraphQLCalls
{
    /// <summary>Posts a request and returns the whole response body (<c>data</c>, <c>errors</c>, <c>extensions</c>).</summary>
    public static async Task<JsonElement> GraphQLAsync(this HousingApiFactory api, string query, object? variables = null, string? token = null)
    {
        using var client = api.CreateClient();
        if (token is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.Clone();
    }

    /// <summary>The <c>data</c> of a request that must succeed; its errors fail the test with their messages.</summary>
    public static async Task<JsonElement> DataAsync(this HousingApiFactory api, string query, object? variables = null, string? token = null)
    {
        var body = await api.GraphQLAsync(query, variables, token);
        if (body.TryGetProperty("errors", out var errors))
            throw new Xunit.Sdk.XunitException("GraphQL errors: " + errors.GetRawText());
        return body.GetProperty("data");
    }

    /// <summary>The <c>extensions.code</c> of every error of a response.</summary>
    public static IReadOnlyList<string?> ErrorCodes(this JsonElement body) =>
        body.TryGetProperty("errors", out var errors)
            ? [.. errors.EnumerateArray().Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : null)]
            : [];
}

/// <summary>
/// Counts the SQL statements the host runs, so N+1 shows up as a number. Register it with
/// <c>ConfigureTestServices = s =&gt; s.AddSingleton&lt;IInterceptor&gt;(counter)</c>.
/// </summary>
public sealed class StatementCounter : DbCommandInterceptor
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Interlocked.Increment(ref _count);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }
}
