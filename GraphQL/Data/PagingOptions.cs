namespace GraphQL.Data;

/// <summary>Page size limits of a paged field.</summary>
public sealed class PagingOptions
{
    /// <summary>The page size when neither <c>first</c> nor <c>last</c> is given.</summary>
    public int DefaultPageSize { get; init; } = 10;

    /// <summary>The largest <c>first</c> or <c>last</c> a client may ask for.</summary>
    public int MaxPageSize { get; init; } = 100;
}
