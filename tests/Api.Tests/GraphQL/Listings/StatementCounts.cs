using System.Text.Json;
using Api.Tests.Support;

namespace Api.Tests.GraphQL.Listings;

public static class StatementCounts
{
    /// <summary>
    /// Runs a request three times and keeps the fewest statements counted: the host's background services (outbox, jobs)
    /// share the counter and may run during one request, never during all three.
    /// </summary>
    public static async Task<(JsonElement Data, int Statements)> FewestOfThreeAsync(StatementCounter counter, Func<Task<JsonElement>> request)
    {
        JsonElement data = default;
        var fewest = int.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            counter.Reset();
            data = await request();
            fewest = Math.Min(fewest, counter.Count);
        }
        return (data, fewest);
    }
}
