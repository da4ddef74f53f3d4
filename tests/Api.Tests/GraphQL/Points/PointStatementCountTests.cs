using Api.Tests.GraphQL.Listings;
using Api.Tests.Support;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Api.Tests.GraphQL.Points;

/// <summary>A resident's accounts with their movements: the statements grow with the query's depth, never with the entries.</summary>
public sealed class PointStatementCountTests
{
    private const string Deep = """
        {
          myPointAccounts {
            kind balance
            expiringPoints(withinDays: 3650) { expiresAt amount }
            entries(first: 100) { totalCount nodes { kind description amount balanceAfter occurredAt } }
          }
        }
        """;

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task Ten_times_the_entries_take_the_same_statements(string provider)
    {
        var counter = new StatementCounter();
        using var api = await HousingApiFactory.OnAsync(provider, s => s.AddSingleton<IInterceptor>(counter));
        var world = await HousingWorld.CreateAsync(api);
        var complex = await world.AddComplexAsync();
        var few = await world.AddResidentAsync(complex.Id, "few.entries");
        var many = await world.AddResidentAsync(complex.Id, "many.entries");
        for (var i = 0; i < 5; i++)
            await world.GrantPointsAsync(few.ResidentId!.Value, 100 + i);
        for (var i = 0; i < 50; i++)
            await world.GrantPointsAsync(many.ResidentId!.Value, 100 + i);

        var (fewData, forFew) = await StatementCounts.FewestOfThreeAsync(counter, () => api.DataAsync(Deep, token: few.Token));
        var (manyData, forMany) = await StatementCounts.FewestOfThreeAsync(counter, () => api.DataAsync(Deep, token: many.Token));

        Assert.Equal(5, fewData.GetProperty("myPointAccounts")[0].GetProperty("entries").GetProperty("totalCount").GetInt32());
        Assert.Equal(50, manyData.GetProperty("myPointAccounts")[0].GetProperty("entries").GetProperty("nodes").GetArrayLength());
        Assert.Equal(forFew, forMany);
    }
}
