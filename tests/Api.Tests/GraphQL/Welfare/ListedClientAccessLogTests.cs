using Housing.Domain.Welfare;
using Housing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Api.Tests.GraphQL.Welfare;

/// <summary>Lists that show clients' personal fields write a view per client to the access log; lists that do not, nothing.</summary>
public sealed class ListedClientAccessLogTests : IAsyncLifetime
{
    private const string Verify = "{ accessLogVerification { intact entriesChecked problem } }";

    private readonly WelfareApiWorld _w = new();

    public Task InitializeAsync() => _w.InitializeAsync();

    public Task DisposeAsync() => _w.DisposeAsync();

    private async Task<List<AccessLogEntry>> LogAsync()
    {
        await using var scope = _w.Api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HousingDbContext>().Set<AccessLogEntry>().AsNoTracking()
            .OrderBy(e => e.Sequence).ToListAsync();
    }

    [Fact]
    public async Task A_page_of_cases_showing_clients_logs_one_view_per_client_naming_the_fields_read()
    {
        var clients = new List<Guid>();
        for (var i = 0; i < 3; i++)
            clients.Add((await _w.OpenCaseAsync("worker.a")).ClientId);
        await _w.OpenCaseAsync("worker.b");
        var before = (await LogAsync()).Count;

        var nodes = (await _w.DataAsync("worker.a", """
            { welfareCases(first: 10) { nodes { status client { birthYear maskedName registeredBy { name } } same: client { maskedName } } } }
            """)).GetProperty("welfareCases").GetProperty("nodes");

        Assert.Equal(3, nodes.GetArrayLength());
        Assert.All(nodes.EnumerateArray(), n => Assert.Equal("홍*동", n.GetProperty("client").GetProperty("maskedName").GetString()));
        var written = (await LogAsync()).Skip(before).ToList();
        Assert.Equal(6, written.Count);
        var byFields = written.GroupBy(e => e.Fields).ToDictionary(g => g.Key!, g => g.Select(e => e.ClientId).Order().ToList());
        Assert.Equal(clients.Order().ToList(), byFields["birthYear, maskedName"]);
        Assert.Equal(clients.Order().ToList(), byFields["maskedName"]);
        Assert.All(written, e =>
        {
            Assert.Equal(AccessAction.View, e.Action);
            Assert.Equal("WelfareCase.client", e.Purpose);
            Assert.Equal("김사례", e.ActorName);
            Assert.Equal(_w.CenterA, e.CenterId);
            Assert.Equal(WelfareApiWorld.ClientAddress, e.IpAddress);
        });
        var verification = (await _w.DataAsync("manager.a", Verify)).GetProperty("accessLogVerification");
        Assert.True(verification.GetProperty("intact").GetBoolean(), verification.GetProperty("problem").GetString());
        Assert.Equal(before + 6, verification.GetProperty("entriesChecked").GetInt64());
    }

    [Theory]
    [InlineData("{ welfareCases(first: 10) { nodes { status crises } } }")]
    [InlineData("{ welfareCases(first: 10) { nodes { status client { id __typename registeredBy { name } } } } }")]
    public async Task A_page_of_cases_without_personal_client_fields_logs_nothing(string query)
    {
        await _w.OpenCaseAsync("worker.a");
        await _w.OpenCaseAsync("worker.a");
        var before = (await LogAsync()).Count;

        var nodes = (await _w.DataAsync("worker.a", query)).GetProperty("welfareCases").GetProperty("nodes");

        Assert.Equal(2, nodes.GetArrayLength());
        Assert.Equal(before, (await LogAsync()).Count);
    }

    [Fact]
    public async Task Reviewing_the_access_log_with_client_names_is_itself_logged()
    {
        var (clientId, _) = await _w.OpenCaseAsync("worker.a");
        await _w.DataAsync("worker.a", "query($id: ID!) { welfareClient(id: $id) { maskedName } }", new { id = WelfareApiWorld.ClientId(clientId) });
        var before = (await LogAsync()).Count;

        var nodes = (await _w.DataAsync("manager.a", "{ accessLog(first: 10) { nodes { action fields client { maskedName } } } }"))
            .GetProperty("accessLog").GetProperty("nodes");

        Assert.Equal(before, nodes.GetArrayLength());
        var written = Assert.Single((await LogAsync()).Skip(before));
        Assert.Equal((clientId, "AccessLogEntry.client", "maskedName", "이센터"), (written.ClientId, written.Purpose, written.Fields, written.ActorName));
    }

    [Fact]
    public async Task Lists_read_side_by_side_by_two_centers_keep_one_unbroken_chain()
    {
        for (var i = 0; i < 4; i++)
        {
            await _w.OpenCaseAsync("worker.a");
            await _w.OpenCaseAsync("worker.b");
        }
        var before = (await LogAsync()).Count;
        const string List = "{ welfareCases(first: 10) { nodes { client { maskedName maskedPhone } } } }";

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => _w.DataAsync(i % 2 == 0 ? "worker.a" : "worker.b", List)));

        var log = await LogAsync();
        Assert.Equal(before + 24, log.Count);
        Assert.Equal(Enumerable.Range(1, log.Count).Select(i => (long)i), log.Select(e => e.Sequence));
        Assert.All(log.Skip(before), e => Assert.Equal("maskedName, maskedPhone", e.Fields));
        var verification = (await _w.DataAsync("central", Verify)).GetProperty("accessLogVerification");
        Assert.True(verification.GetProperty("intact").GetBoolean(), verification.GetProperty("problem").GetString());
    }
}
