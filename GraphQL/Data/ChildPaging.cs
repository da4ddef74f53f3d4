using System.Linq.Expressions;
using System.Reflection;
using GraphQL.DataLoader;
using GraphQL.Execution;

namespace GraphQL.Data;

/// <summary>How one paged child field reads the children of many parents: the child's parent key and the unique key.</summary>
internal sealed class ChildPages<TNode, TKey>
    where TNode : class
    where TKey : notnull
{
    private static readonly MethodInfo Contains = typeof(Enumerable).GetMethods()
        .First(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2)
        .MakeGenericMethod(typeof(TKey));

    private readonly Expression<Func<TNode, TKey>> _childKey;
    private readonly SortKey _parentOrder;

    public ChildPages(Expression<Func<TNode, TKey>> childKey, Expression<Func<TNode, object?>> uniqueKey, PagingOptions options)
    {
        ArgumentNullException.ThrowIfNull(childKey);
        ArgumentNullException.ThrowIfNull(uniqueKey);
        _childKey = childKey;
        _parentOrder = new SortKey(childKey, descending: false);
        ParentOf = childKey.Compile();

        // x => (object)x.Id: the key itself, so the database compares ids rather than boxed values.
        var unique = uniqueKey.Body is UnaryExpression { NodeType: ExpressionType.Convert } boxed ? Expression.Lambda(boxed.Operand, uniqueKey.Parameters) : uniqueKey;
        Unique = [new SortKey(unique, descending: false)];
        Options = options;
    }

    public Func<TNode, TKey> ParentOf { get; }

    public IReadOnlyList<SortKey> Unique { get; }

    public PagingOptions Options { get; }

    /// <summary>The resolver's query, run once per batch with the context of the first parent that asked.</summary>
    public async Task<(IQueryable<TNode> Query, IReadOnlyList<SortKey> Order)> SourceAsync(FieldResolver next, IResolverContext context)
    {
        var source = await next(context).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The resolver of the paged field \"" + context.Field.Name + "\" returned null instead of the children of all parents.");
        return PagingFields.Sorted<TNode>(source, Unique);
    }

    /// <summary>The rows of <paramref name="query"/> that belong to one of <paramref name="parents"/>.</summary>
    public IQueryable<TNode> OfParents(IQueryable<TNode> query, IReadOnlyList<TKey> parents)
    {
        // A member of a closure object, not a constant, so EF Core sends the keys as a parameter and reuses the compiled query.
        var keys = Expression.Field(Expression.Constant(new ParentKeys(parents)), nameof(ParentKeys.Keys));
        var predicate = Expression.Lambda<Func<TNode, bool>>(Expression.Call(Contains, keys, _childKey.Body), _childKey.Parameters);
        return query.Where(predicate);
    }

    /// <summary>
    /// The page of every parent in one query: for each parent key that has rows, its rows in page order, at most one more
    /// than the page; translated by EF Core to <c>ROW_NUMBER() OVER (PARTITION BY parent ORDER BY …)</c>.
    /// </summary>
    public IQueryable<TNode> PagesOf(PagePlan<TNode> plan, IReadOnlyList<TKey> parents)
    {
        var rows = OfParents(plan.Query, parents);
        var parent = Expression.Parameter(typeof(TKey), "parent");
        var ofParent = Expression.Lambda<Func<TNode, bool>>(Expression.Equal(_childKey.Body, parent), _childKey.Parameters);
        Expression page = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(TNode)], rows.Expression, Expression.Quote(ofParent));
        page = CursorPaging.Ordered(page, typeof(TNode), plan.Keys, plan.Backwards);
        page = Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(TNode)], page, Expression.Constant(plan.Take + 1));
        var pages = rows.Select(_childKey).Distinct().SelectMany(Expression.Lambda<Func<TKey, IEnumerable<TNode>>>(page, parent));
        return CursorPaging.Order(pages, [_parentOrder, .. plan.Keys], plan.Backwards);
    }

    /// <summary>The number of rows of each parent that has any.</summary>
    public IQueryable<ParentCount<TKey>> CountsOf(IQueryable<TNode> query, IReadOnlyList<TKey> parents) =>
        OfParents(query, parents).GroupBy(_childKey).Select(g => new ParentCount<TKey> { Key = g.Key, Count = g.Count() });

    private sealed class ParentKeys(IReadOnlyList<TKey> keys)
    {
        public readonly IReadOnlyList<TKey> Keys = keys;
    }
}

/// <summary>A row of a per-parent count.</summary>
internal sealed class ParentCount<TKey>
{
    public TKey Key { get; init; } = default!;

    public int Count { get; init; }
}

/// <summary>Loads the page of a child field for many parents at once; one per selection and request.</summary>
internal sealed class ChildPageLoader<TNode, TKey>(ChildPages<TNode, TKey> pages, FieldResolver next, IResolverContext context) : DataLoaderBase<TKey, Connection>(null)
    where TNode : class
    where TKey : notnull
{
    private protected override async Task<IReadOnlyList<Connection>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var (query, order) = await pages.SourceAsync(next, context).ConfigureAwait(false);
        var plan = CursorPaging.Plan(query, order, PagingFields.Arguments(context), pages.Options);
        var rows = await AsyncQueryable.ToListAsync(pages.PagesOf(plan, keys), cancellationToken).ConfigureAwait(false);
        var byParent = new Dictionary<TKey, List<TNode>>();
        foreach (var row in rows)
        {
            var parent = pages.ParentOf(row);
            if (!byParent.TryGetValue(parent, out var list))
            {
                byParent.Add(parent, list = []);
            }

            list.Add(row);
        }

        // Counts come from a loader of their own, so the totalCount of every parent is one more statement, and only when selected.
        var counts = Scope!.GetOrAdd(this, () => new ChildCountLoader<TNode, TKey>(pages, next, context));
        return [.. keys.Select(key => CursorPaging.ToConnection(
            byParent.GetValueOrDefault(key) ?? [],
            plan,
            _ => new ValueTask<int>(counts.LoadAsync(key))))];
    }
}

/// <summary>Counts the filtered children of many parents at once.</summary>
internal sealed class ChildCountLoader<TNode, TKey>(ChildPages<TNode, TKey> pages, FieldResolver next, IResolverContext context) : DataLoaderBase<TKey, int>(null)
    where TNode : class
    where TKey : notnull
{
    private protected override async Task<IReadOnlyList<int>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var (query, _) = await pages.SourceAsync(next, context).ConfigureAwait(false);
        var counts = (await AsyncQueryable.ToListAsync(pages.CountsOf(query, keys), cancellationToken).ConfigureAwait(false))
            .ToDictionary(c => c.Key, c => c.Count);
        return [.. keys.Select(key => counts.GetValueOrDefault(key))];
    }
}
