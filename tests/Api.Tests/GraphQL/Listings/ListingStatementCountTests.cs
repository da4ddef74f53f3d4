using Api.Tests.Support;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Listings;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Api.Tests.GraphQL.Listings;

public sealed class ListingStatementCountTests
{
    private const string Deep = """
        {
          listings(first: 100) {
            totalCount
            nodes {
              title price
              seller { kind name }
              complex { name kaptCode }
              participants
              orders(first: 3) { totalCount nodes { amount status buyerName listing { title } } }
            }
          }
        }
        """;

    private static Actor ActorOf(Person person) =>
        new(person.UserId, person.UserName, new HashSet<string> { Roles.Resident }, person.ComplexId, person.ResidentId, person.HouseholdId);

    /// <summary>A complex whose seller lists <paramref name="listings"/> goods, each ordered once by a neighbour.</summary>
    private static async Task<Person> MarketAsync(HousingWorld world, string name, int listings)
    {
        var complex = await world.AddComplexAsync(name);
        var seller = await world.AddResidentAsync(complex.Id, $"seller.{listings}");
        var buyer = await world.AddResidentAsync(complex.Id, $"buyer.{listings}");
        for (var i = 0; i < listings; i++)
        {
            var listing = await world.UseAsync<ListingService, Listing>(s => s.CreateListingAsync(ActorOf(seller), new CreateListingCommand(
                ListingKind.GoodsSale, ListingScope.Complex, complex.Id, new ListingDetails($"물품 {i}", "", 1_000 + i, false))));
            await world.UseAsync<ListingService, Order>(s => s.PlaceOrderAsync(ActorOf(buyer), listing.Id, 1, payWithPoints: false));
        }
        return seller;
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task Listings_with_seller_complex_and_orders_take_as_many_statements_for_60_as_for_20(string provider)
    {
        var counter = new StatementCounter();
        using var api = await HousingApiFactory.OnAsync(provider, s => s.AddSingleton<IInterceptor>(counter));
        var world = await HousingWorld.CreateAsync(api);
        var small = await MarketAsync(world, "문래 자이", 20);
        var large = await MarketAsync(world, "당산 삼성", 60);

        var (smallData, forSmall) = await StatementCounts.FewestOfThreeAsync(counter, () => api.DataAsync(Deep, token: small.Token));
        var (largeData, forLarge) = await StatementCounts.FewestOfThreeAsync(counter, () => api.DataAsync(Deep, token: large.Token));

        Assert.Equal(20, smallData.GetProperty("listings").GetProperty("totalCount").GetInt32());
        var nodes = largeData.GetProperty("listings").GetProperty("nodes");
        Assert.Equal(60, nodes.GetArrayLength());
        Assert.All(nodes.EnumerateArray(), n =>
        {
            Assert.Equal("당산 삼성", n.GetProperty("complex").GetProperty("name").GetString());
            Assert.Equal(1, n.GetProperty("orders").GetProperty("totalCount").GetInt32());
            Assert.Equal("buyer.60", n.GetProperty("orders").GetProperty("nodes")[0].GetProperty("buyerName").GetString());
        });
        Assert.Equal(forSmall, forLarge);
        Assert.InRange(forLarge, 1, 15);
    }
}
