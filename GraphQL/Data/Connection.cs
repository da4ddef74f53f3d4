namespace GraphQL.Data;

/// <summary>One page of a cursor-paged list: the <c>XConnection</c> object of the Relay connection specification.</summary>
public sealed class Connection(IReadOnlyList<Edge> edges, PageInfo pageInfo, Func<CancellationToken, ValueTask<int>> countTotal)
{
    /// <summary>The edges of the page, in order.</summary>
    public IReadOnlyList<Edge> Edges { get; } = edges;

    /// <summary>The nodes of the page, in order.</summary>
    public IReadOnlyList<object> Nodes => Edges.Select(e => e.Node).ToList();

    /// <summary>Where the page sits in the whole list.</summary>
    public PageInfo PageInfo { get; } = pageInfo;

    /// <summary>Counts the whole list, filters applied; only run when a client selects <c>totalCount</c>.</summary>
    public ValueTask<int> CountTotalAsync(CancellationToken cancellationToken) => countTotal(cancellationToken);
}

/// <summary>A node with the cursor that points at it.</summary>
public sealed record Edge(string Cursor, object Node);

/// <summary>The <c>PageInfo</c> object of the Relay connection specification.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
