using Api.Tests.Support;
using Housing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Api.Tests.GraphQL.Welfare;

/// <summary>The hash chain against direct edits of the database, on a host of its own (the tampering breaks its log for good).</summary>
public sealed class AccessLogVerificationTests : IAsyncLifetime
{
    private const string Verify = "{ accessLogVerification { intact entriesChecked firstBrokenSequence problem } }";

    private readonly WelfareApiWorld _w = new();

    public Task InitializeAsync() => _w.InitializeAsync();

    public Task DisposeAsync() => _w.DisposeAsync();

    [Fact]
    public async Task An_entry_edited_in_the_database_is_reported_as_the_first_broken_one()
    {
        var (clientId, caseId) = await _w.OpenCaseAsync("worker.a");
        for (var i = 0; i < 3; i++)
            await _w.DataAsync("worker.a", "query($id: ID!) { welfareCase(id: $id) { id } }", new { id = WelfareApiWorld.CaseId(caseId) });
        await _w.DataAsync("worker.a", "query($id: ID!) { welfareClient(id: $id) { maskedName } }", new { id = WelfareApiWorld.ClientId(clientId) });

        var intact = (await _w.DataAsync("manager.a", Verify)).GetProperty("accessLogVerification");
        await using (var scope = _w.Api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HousingDbContext>();
            var edited = await db.Database.ExecuteSqlAsync($"UPDATE \"WelfareAccessLog\" SET \"Purpose\" = {"nothing to see"} WHERE \"Sequence\" = {2L}");
            Assert.Equal(1, edited);
        }
        var broken = (await _w.DataAsync("central", Verify)).GetProperty("accessLogVerification");
        var caseworker = await _w.CallAsync("worker.a", Verify);

        Assert.True(intact.GetProperty("intact").GetBoolean());
        Assert.Equal(4, intact.GetProperty("entriesChecked").GetInt64());
        Assert.False(broken.GetProperty("intact").GetBoolean());
        Assert.Equal(2, broken.GetProperty("firstBrokenSequence").GetInt64());
        Assert.Equal(1, broken.GetProperty("entriesChecked").GetInt64());
        Assert.Equal("Entry 2 was altered: its content no longer matches its hash.", broken.GetProperty("problem").GetString());
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], caseworker.ErrorCodes());
    }
}
