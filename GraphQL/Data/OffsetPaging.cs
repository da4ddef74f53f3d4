using GraphQL.Error;
using GraphQL.Types;

namespace GraphQL.Data;

/// <summary>One page of an offset-paged list: HotChocolate's <c>XCollectionSegment</c>.</summary>
public sealed class CollectionSegment(IReadOnlyList<object> items, bool hasNextPage, bool hasPreviousPage, Func<CancellationToken, ValueTask<int>> countTotal)
{
    /// <summary>The items of the page, in order.</summary>
    public IReadOnlyList<object> Items { get; } = items;

    /// <summary>True when items follow the page.</summary>
    public bool HasNextPage { get; } = hasNextPage;

    /// <summary>True when items precede the page.</summary>
    public bool HasPreviousPage { get; } = hasPreviousPage;

    /// <summary>Counts the whole list, filters applied; only run when a client selects <c>totalCount</c>.</summary>
    public ValueTask<int> CountTotalAsync(CancellationToken cancellationToken) => countTotal(cancellationToken);
}

/// <summary>Offset paging (<c>skip/take</c>) over <see cref="IQueryable{T}"/>, ordered by the client's sort keys and then a unique key.</summary>
public static class OffsetPaging
{
    /// <summary>
    /// Adds <c>skip</c> and <c>take</c>, types the field <c>XCollectionSegment!</c> (X from the field's name) and pages the resolver's query
    /// ordered by <paramref name="key"/>, a unique key. Call it after the field is named.
    /// </summary>
    public static FieldDescriptor UseOffsetPaging<TNode, TKey>(this FieldDescriptor field, System.Linq.Expressions.Expression<Func<TNode, TKey>> key, PagingOptions? options = null)
        where TNode : class
    {
        ArgumentNullException.ThrowIfNull(field);
        options ??= new PagingOptions();
        IReadOnlyList<SortKey> keys = [new SortKey(key, descending: false)];
        var prefix = char.ToUpperInvariant(field.FieldName[0]) + field.FieldName[1..];
        field.TypeSpec = TypeSpec.FromNamed(prefix + "CollectionSegment", types => types.Reference(prefix + "CollectionSegment!"), types => SegmentType<TNode>(prefix, types));
        field.Argument("skip", "Int").Argument("take", "Int");
        field.Metadata(DataFields.PagedKey, true);
        return field.Use(next => async context =>
        {
            var source = await next(context).ConfigureAwait(false);
            if (source is null)
            {
                return null;
            }

            var (query, order) = source switch
            {
                SortedQuery<TNode> sorted => (sorted.Query, sorted.Keys.Concat(keys).ToList()),
                IQueryable<TNode> queryable => (queryable, keys),
                _ => (((IEnumerable<TNode>)source).AsQueryable(), keys),
            };
            var skip = context.ArgumentValue<int?>("skip") ?? 0;
            var take = context.ArgumentValue<int?>("take") ?? options.DefaultPageSize;
            if (skip < 0 || take < 0 || take > options.MaxPageSize)
            {
                throw new GraphQLException(new GraphQLError(
                    take > options.MaxPageSize
                        ? "The maximum allowed items per page were exceeded: \"take\" is " + take + ", the maximum is " + options.MaxPageSize + "."
                        : "The arguments \"skip\" and \"take\" must not be negative.",
                    extensions: new Dictionary<string, object?> { ["code"] = CursorPaging.PageSizeCode }));
            }

            var rows = await AsyncQueryable.ToListAsync(CursorPaging.Order(query, order, reverse: false).Skip(skip).Take(take + 1), context.CancellationToken).ConfigureAwait(false);
            var more = rows.Count > take;
            var items = rows.Take(take).Cast<object>().ToList();
            return new CollectionSegment(items, more, skip > 0, token => AsyncQueryable.CountAsync(query, token));
        });
    }

    private static ObjectType SegmentType<TNode>(string prefix, ITypeInference types)
    {
        var node = types.Output(typeof(TNode), null);
        types.Declare("CollectionSegmentInfo", _ =>
        {
            var info = new ObjectType("CollectionSegmentInfo") { Description = "Information about the offset pagination." };
            info.AddField(new FieldDefinition("hasNextPage", new NonNullType(Scalars.Boolean)) { Description = "Indicates whether more items exist following the set defined by the clients arguments.", SourceResolver = s => ((CollectionSegment)s).HasNextPage });
            info.AddField(new FieldDefinition("hasPreviousPage", new NonNullType(Scalars.Boolean)) { Description = "Indicates whether more items exist prior the set defined by the clients arguments.", SourceResolver = s => ((CollectionSegment)s).HasPreviousPage });
            return info;
        });
        var segment = new ObjectType(prefix + "CollectionSegment") { Description = "A segment of a collection." };
        segment.AddField(new FieldDefinition("pageInfo", types.Reference("CollectionSegmentInfo!")) { Description = "Information to aid in pagination.", SourceResolver = s => s });
        segment.AddField(new FieldDefinition("items", new ListType(node as NonNullType ?? new NonNullType(node))) { Description = "A flattened list of the items.", SourceResolver = s => ((CollectionSegment)s).Items });
        segment.AddField(new FieldDefinition("totalCount", new NonNullType(Scalars.Int))
        {
            Description = "Identifies the total count of items in the collection.",
            Resolver = async context => await ((CollectionSegment)context.Source!).CountTotalAsync(context.CancellationToken).ConfigureAwait(false),
        });
        return segment;
    }
}
