using Api.Tests.GraphQL.Listings;
using Api.Tests.Support;
using Housing.Domain.Common;
using Housing.Domain.Community;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Api.Tests.GraphQL.Community;

public sealed class PollStatementCountTests
{
    private const string Deep = """
        query($c: ID!) {
          polls(complexId: $c, first: 100) {
            totalCount
            nodes { title status myHouseholdHasVoted questions { text kind options { text } } }
          }
        }
        """;

    /// <summary>A complex with <paramref name="polls"/> surveys of three questions with three options each; returns a resident of it.</summary>
    private static async Task<Person> ComplexWithPollsAsync(HousingWorld world, int polls)
    {
        var complex = await world.AddComplexAsync($"단지 {polls}");
        var resident = await world.AddResidentAsync(complex.Id, $"resident.{polls}");
        var questions = Enumerable.Range(1, 3).Select(q => new QuestionInput($"질문 {q}", QuestionKind.SingleChoice, ["예", "아니오", "모름"])).ToList();
        for (var i = 0; i < polls; i++)
            await world.UseAsync<PollService, Poll>(s => s.CreatePollAsync(Actor.System, new CreatePollCommand(complex.Id, PollKind.Survey, $"설문 {i}", null,
                DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddDays(7), questions)));
        return resident;
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task Polls_with_questions_and_options_take_as_many_statements_for_60_as_for_20(string provider)
    {
        var counter = new StatementCounter();
        using var api = await HousingApiFactory.OnAsync(provider, s => s.AddSingleton<IInterceptor>(counter));
        var world = await HousingWorld.CreateAsync(api);
        var small = await ComplexWithPollsAsync(world, 20);
        var large = await ComplexWithPollsAsync(world, 60);

        var (smallData, forSmall) = await StatementCounts.FewestOfThreeAsync(counter, () => api.DataAsync(Deep, new { c = HousingWorld.IdOf("Complex", small.ComplexId!.Value) }, small.Token));
        var (largeData, forLarge) = await StatementCounts.FewestOfThreeAsync(counter, () => api.DataAsync(Deep, new { c = HousingWorld.IdOf("Complex", large.ComplexId!.Value) }, large.Token));

        Assert.Equal(20, smallData.GetProperty("polls").GetProperty("totalCount").GetInt32());
        var nodes = largeData.GetProperty("polls").GetProperty("nodes");
        Assert.Equal(60, nodes.GetArrayLength());
        Assert.All(nodes.EnumerateArray(), p => Assert.Equal(9, p.GetProperty("questions").EnumerateArray().Sum(q => q.GetProperty("options").GetArrayLength())));
        Assert.Equal(forSmall, forLarge);
        Assert.InRange(forLarge, 1, 15);
    }
}
