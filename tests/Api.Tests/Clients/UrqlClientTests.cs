using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Api.Tests.GraphQL.Welfare;
using Api.Tests.Support;
using Housing.Domain.Welfare;
using Microsoft.AspNetCore.Hosting;

namespace Api.Tests.Clients;

/// <summary>urql (npm <c>@urql/core</c>) in node against the real host on Kestrel, as a partner of the platform would call it.</summary>
public sealed class UrqlClientTests : IAsyncLifetime
{
    private readonly WelfareApiWorld _w;
    private readonly Uri _graphql;

    public UrqlClientTests()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var api = new HousingApiFactory();
        api.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        api.StartServer();
        _graphql = new Uri($"http://127.0.0.1:{port}/graphql");
        _w = WelfareApiWorld.On(api);
    }

    public Task InitializeAsync() => _w.InitializeAsync();

    public Task DisposeAsync() => _w.DisposeAsync();

    [Fact]
    public async Task Urql_runs_a_query_with_fragments_and_variables_and_sees_a_mutations_typed_errors()
    {
        var (clientId, eviction) = await _w.OpenCaseAsync("worker.a", crisis: CrisisType.Eviction);
        await _w.OpenCaseAsync("worker.a", crisis: CrisisType.Disaster);

        var output = await NodePackage.RunAsync("urql-client.mjs",
            [_graphql.ToString(), _w.Tokens["worker.a"], WelfareApiWorld.ClientId(clientId)], TimeSpan.FromMinutes(2));
        var seen = JsonDocument.Parse(output).RootElement;

        var query = seen.GetProperty("query");
        Assert.Equal(JsonValueKind.Null, query.GetProperty("error").ValueKind);
        var cases = query.GetProperty("data").GetProperty("welfareCases");
        Assert.Equal(1, cases.GetProperty("totalCount").GetInt32());
        var found = Assert.Single(cases.GetProperty("nodes").EnumerateArray());
        Assert.Equal(WelfareApiWorld.CaseId(eviction), found.GetProperty("id").GetString());
        Assert.Equal("WelfareCase", found.GetProperty("__typename").GetString());
        Assert.Equal(["EVICTION"], found.GetProperty("crises").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("홍*동", found.GetProperty("client").GetProperty("maskedName").GetString());
        Assert.Equal("711231-*******", found.GetProperty("client").GetProperty("maskedRegistrationNumber").GetString());

        // urql's default Accept offers text/event-stream too: single results still come back as JSON.
        Assert.Equal(["application/graphql-response+json; charset=utf-8", "application/graphql-response+json; charset=utf-8"],
            seen.GetProperty("contentTypes").EnumerateArray().Select(c => c.GetString()));

        var mutation = seen.GetProperty("mutation");
        Assert.Equal(JsonValueKind.Null, mutation.GetProperty("error").ValueKind);
        var payload = mutation.GetProperty("data").GetProperty("openCase");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("welfareCase").ValueKind);
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("RuleViolationError", error.GetProperty("__typename").GetString());
        Assert.Equal("CRISIS_REQUIRED", error.GetProperty("code").GetString());
        Assert.StartsWith("Name at least one crisis", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
