namespace GraphQL.Data;

/// <summary>Runs queries asynchronously when their provider supports it (EF Core queries are <see cref="IAsyncEnumerable{T}"/>), without depending on EF Core.</summary>
internal static class AsyncQueryable
{
    public static async ValueTask<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        if (query is not IAsyncEnumerable<T> asyncQuery)
        {
            return [.. query];
        }

        var list = new List<T>();
        await foreach (var item in asyncQuery.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            list.Add(item);
        }

        return list;
    }

    public static async ValueTask<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        // A single-row projection of the count keeps the statement a plain SELECT COUNT(*) that streams through IAsyncEnumerable.
        var counts = await ToListAsync(query.Select(_ => 1).GroupBy(_ => 1).Select(g => g.Count()), cancellationToken).ConfigureAwait(false);
        return counts.Count == 0 ? 0 : counts[0];
    }
}
