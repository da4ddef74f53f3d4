using System.Text.Json;
using Api.Tests.GraphQL.Listings;
using Api.Tests.Support;
using Housing.Domain.Common;

namespace Api.Tests.GraphQL.Points;

/// <summary>
/// DESIGN.md's promise for points, through the real host over HTTP: 200 residents' apps spending at once from one account
/// never overspend, the ledger stays balanced, and a retry with the same key moves nothing twice.
/// </summary>
public sealed class ConcurrentSpendingTests
{
    private const int Spends = 200;
    private const long Balance = 1_000;
    private const long Price = 10;

    [Fact]
    public async Task Two_hundred_simultaneous_spends_on_sqlite_spend_exactly_the_balance()
    {
        using var api = new HousingApiFactory();
        await SpendConcurrentlyAsync(api);
    }

    [PostgresFact]
    public async Task Two_hundred_simultaneous_spends_on_postgresql_spend_exactly_the_balance()
    {
        await using var database = await PostgresTestServer.CreateDatabaseAsync();
        using var api = new HousingApiFactory(("Database:Provider", "PostgreSql"), ("ConnectionStrings:Housing", database.ConnectionString));
        await SpendConcurrentlyAsync(api);
    }

    private static async Task SpendConcurrentlyAsync(HousingApiFactory api)
    {
        var world = await HousingWorld.CreateAsync(api);
        var complex = await world.AddComplexAsync();
        var resident = await world.AddResidentAsync(complex.Id, "resident.spender");
        var admin = await world.AddStaffAsync(Roles.PlatformAdmin, "admin.ledger");
        await world.GrantPointsAsync(resident.ResidentId!.Value, Balance);
        var accountId = (await api.DataAsync("{ myPointAccounts { id } }", token: resident.Token)).GetProperty("myPointAccounts")[0].GetProperty("id").GetString()!;
        var keys = Enumerable.Range(0, Spends).Select(i => $"spend-{i}").ToList();

        var outcomes = await Task.WhenAll(keys.Select(key => Task.Run(() => SpendUntilDecidedAsync(api, resident.Token, accountId, key))));

        Assert.Equal(Balance / Price, outcomes.Count(o => o.Spent));
        Assert.All(outcomes.Where(o => !o.Spent), o => Assert.Equal("INSUFFICIENT_POINTS", o.Code));
        await AssertLedgerAsync(api, admin.Token, accountId, expectedBalance: 0);

        var retries = await Task.WhenAll(keys.Select(key => Task.Run(() => SpendUntilDecidedAsync(api, resident.Token, accountId, key))));

        Assert.All(retries.Where(r => r.Spent), r => Assert.True(r.Replayed));
        Assert.Equal(outcomes.Select(o => o.Spent), retries.Select(r => r.Spent));
        await AssertLedgerAsync(api, admin.Token, accountId, expectedBalance: 0);
    }

    private sealed record Outcome(bool Spent, bool Replayed, string? Code);

    /// <summary>
    /// One app's spend: retried with the same key while another writer wins the race or the request times out in the queue,
    /// as a partner app is told to; a retry of a spend that went through is answered as a replay.
    /// </summary>
    private static async Task<Outcome> SpendUntilDecidedAsync(HousingApiFactory api, string token, string accountId, string key)
    {
        const string spend = """
            mutation($input: SpendPointsInput!) {
              spendPoints(input: $input) { receipt { replayed } errors { __typename ... on RuleViolationError { code } } }
            }
            """;
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var body = await api.GraphQLAsync(spend, new { input = new { accountId, amount = Price, purpose = "공동구매", idempotencyKey = key } }, token);
            if (body.ErrorCodes() is ["EXECUTION_TIMEOUT"])
                continue;
            var payload = body.GetProperty("data").GetProperty("spendPoints");
            if (payload.GetProperty("receipt").ValueKind == JsonValueKind.Object)
                return new Outcome(true, payload.GetProperty("receipt").GetProperty("replayed").GetBoolean(), null);
            var error = payload.GetProperty("errors")[0];
            if (error.GetProperty("__typename").GetString() != "ConcurrencyError")
                return new Outcome(false, false, error.GetProperty("code").GetString());
        }
        throw new Xunit.Sdk.XunitException($"Spend {key} was not decided in 50 attempts.");
    }

    private static async Task AssertLedgerAsync(HousingApiFactory api, string adminToken, string accountId, long expectedBalance)
    {
        var data = await api.DataAsync("""
            query($id: ID!) {
              node(id: $id) { ... on PointAccount { balance entries { totalCount } } }
              pointLedgerSummary { entriesTotal balancesTotal }
            }
            """, new { id = accountId }, adminToken);
        Assert.Equal(expectedBalance, data.GetProperty("node").GetProperty("balance").GetInt64());
        Assert.Equal(1 + Balance / Price, data.GetProperty("node").GetProperty("entries").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, data.GetProperty("pointLedgerSummary").GetProperty("entriesTotal").GetInt64());
        Assert.Equal(0, data.GetProperty("pointLedgerSummary").GetProperty("balancesTotal").GetInt64());
    }
}
