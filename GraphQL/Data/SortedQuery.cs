namespace GraphQL.Data;

/// <summary>A query with the client's sort keys, handed from the sorting middleware to the paging middleware, which adds the unique key.</summary>
internal sealed record SortedQuery<T>(IQueryable<T> Query, IReadOnlyList<SortKey> Keys);
