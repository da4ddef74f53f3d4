using Housing.Domain.Common;

namespace Housing.Admin.Support;

/// <summary>One page of a list read on the server, with what the pager needs.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount)
{
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);

    public bool HasPrevious => PageNumber > 1;

    public bool HasNext => PageNumber < PageCount;

    /// <summary>Counts the query and reads only the asked page (clamped to the pages that exist).</summary>
    public static async Task<PagedList<T>> ReadAsync(IHousingStore store, IQueryable<T> query, int pageNumber, int pageSize,
        CancellationToken ct)
    {
        var total = await store.CountAsync(query, ct);
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        var page = Math.Clamp(pageNumber, 1, pageCount);
        var items = await store.ToListAsync(query.Skip((page - 1) * pageSize).Take(pageSize), ct);
        return new PagedList<T>(items, page, pageSize, total);
    }
}
