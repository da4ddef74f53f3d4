using System.Text.Json;
using GraphQL.Tests.Http;

namespace GraphQL.Tests.Conformance;

/// <summary>graphql-http's GraphQL-over-HTTP audit suite run by node against the endpoint on a real Kestrel server.</summary>
public sealed class GraphQLHttpAuditTests
{
    [Fact]
    public async Task Every_one_of_the_61_graphql_http_audits_is_ok()
    {
        await using var server = await HttpTestServer.StartAsync();
        var url = new Uri(server.Address, "graphql").ToString();

        var output = await NodeScripts.RunAsync("audit.mjs", [url], TimeSpan.FromMinutes(2));

        using var report = JsonDocument.Parse(output);
        var audits = report.RootElement.GetProperty("audits").EnumerateArray().ToList();
        var failures = audits
            .Where(a => a.GetProperty("status").GetString() != "ok")
            .Select(a => $"{a.GetProperty("id").GetString()} {a.GetProperty("status").GetString()}: {a.GetProperty("name").GetString()} ({a.GetProperty("reason").GetString()}, got {a.GetProperty("responseStatus")} {a.GetProperty("responseBody")})")
            .ToList();
        Assert.Equal(61, audits.Count);
        Assert.True(failures.Count == 0, "Audits not ok:\n" + string.Join('\n', failures));
    }
}
