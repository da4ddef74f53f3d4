using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using GraphQL.DataLoader;
using GraphQL.Language.Ast;
using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Data;

/// <summary>Turns a field that resolves to an <see cref="IQueryable{T}"/> into a Relay connection, HotChocolate style.</summary>
public static class PagingFields
{
    /// <summary>
    /// Adds <c>first/after/last/before</c>, types the field <c>XConnection!</c> (X from the field's name, e.g. <c>complexes</c> →
    /// <c>ComplexesConnection</c> and <c>ComplexesEdge</c>) and pages the resolver's query ordered by <paramref name="key"/>, a unique key.
    /// Call it after the field is named.
    /// </summary>
    public static FieldDescriptor UsePaging<TNode, TKey>(this FieldDescriptor field, Expression<Func<TNode, TKey>> key, PagingOptions? options = null)
        where TNode : class
    {
        ArgumentNullException.ThrowIfNull(field);
        options ??= new PagingOptions();
        IReadOnlyList<SortKey> keys = [new SortKey(key, descending: false)];
        DeclareConnection<TNode>(field);
        return field.Use(next => async context =>
        {
            var source = await next(context).ConfigureAwait(false);
            if (source is null)
            {
                return null;
            }

            var (query, order) = Sorted<TNode>(source, keys);
            return await CursorPaging.PageAsync(query, order, Arguments(context), options, context.CancellationToken).ConfigureAwait(false);
        });
    }

    /// <summary>
    /// Pages a child list of every parent in one statement: the children of all the parents the executor reaches (a list of
    /// complexes and their <c>disclosures(first: 3)</c>) are read together, <paramref name="parentKey"/> of each parent matched
    /// against <paramref name="childKey"/> of the children, and paged per parent (<c>ROW_NUMBER() OVER (PARTITION BY …)</c> on
    /// SQLite and PostgreSQL); <c>totalCount</c> per parent is one more statement, only when selected. The field's resolver runs
    /// once per batch, not per parent, and returns the children of all parents (e.g. <c>context.ReadDb().Disclosures</c>, a
    /// database context of its own); <c>UseFiltering</c> and <c>UseSorting</c> apply to it. <paramref name="uniqueKey"/> is the
    /// children's unique key, the last sort key. Call it after the field is named.
    /// </summary>
    public static FieldDescriptor UsePaging<TParent, TNode, TParentKey>(
        this FieldDescriptor field,
        Func<TParent, TParentKey> parentKey,
        Expression<Func<TNode, TParentKey>> childKey,
        Expression<Func<TNode, object?>> uniqueKey,
        PagingOptions? options = null)
        where TNode : class
        where TParentKey : notnull
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(parentKey);
        var pages = new ChildPages<TNode, TParentKey>(childKey, uniqueKey, options ?? new PagingOptions());
        DeclareConnection<TNode>(field);
        return field.Use(next => async context =>
        {
            if (context.Source is not TParent parent)
            {
                return null;
            }

            var loader = context.DataLoaders().GetOrAdd(new SelectionKey(context.Field, context.FieldNode), () => new ChildPageLoader<TNode, TParentKey>(pages, next, context));
            return await loader.LoadAsync(parentKey(parent)).ConfigureAwait(false);
        });
    }

    /// <summary>The paging arguments of the field being resolved.</summary>
    internal static PagingArguments Arguments(IResolverContext context) => new(
        context.ArgumentValue<int?>("first"),
        context.ArgumentValue<string?>("after"),
        context.ArgumentValue<int?>("last"),
        context.ArgumentValue<string?>("before"));

    /// <summary>A resolver's result as a query and its order: the client's sort keys, if any, then the unique key.</summary>
    internal static (IQueryable<TNode> Query, IReadOnlyList<SortKey> Order) Sorted<TNode>(object source, IReadOnlyList<SortKey> unique) => source switch
    {
        SortedQuery<TNode> sorted => (sorted.Query, sorted.Keys.Concat(unique).ToList()),
        IQueryable<TNode> queryable => (queryable, unique),
        _ => (((IEnumerable<TNode>)source).AsQueryable(), unique),
    };

    private static void DeclareConnection<TNode>(FieldDescriptor field)
    {
        var prefix = char.ToUpperInvariant(field.FieldName[0]) + field.FieldName[1..];
        field.TypeSpec = TypeSpec.FromNamed(prefix + "Connection", types => types.Reference(prefix + "Connection!"), types => ConnectionType<TNode>(prefix, types));
        field.Argument("first", "Int", a => a.Description("Returns the first n elements from the list."))
            .Argument("after", "String", a => a.Description("Returns the elements in the list that come after the specified cursor."))
            .Argument("last", "Int", a => a.Description("Returns the last n elements from the list."))
            .Argument("before", "String", a => a.Description("Returns the elements in the list that come before the specified cursor."));
        field.Metadata(DataFields.PagedKey, true);
    }

    /// <summary>Identifies one selection of one field in a request: its loader pages that selection for every parent.</summary>
    private sealed class SelectionKey(FieldDefinition definition, FieldNode node)
    {
        private readonly FieldDefinition _definition = definition;
        private readonly FieldNode _node = node;

        public override bool Equals(object? obj) => obj is SelectionKey other && ReferenceEquals(_definition, other._definition) && ReferenceEquals(_node, other._node);

        public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(_definition), RuntimeHelpers.GetHashCode(_node));

        public override string ToString() => "the pages of " + _definition.Name;
    }

    private static ObjectType ConnectionType<TNode>(string prefix, ITypeInference types)
    {
        var node = NonNull(types.Output(typeof(TNode), null));
        types.Declare("PageInfo", _ => PageInfoType());
        types.Declare(prefix + "Edge", _ =>
        {
            var edge = new ObjectType(prefix + "Edge") { Description = "An edge in a connection." };
            edge.AddField(new FieldDefinition("cursor", new NonNullType(Scalars.String)) { Description = "A cursor for use in pagination.", SourceResolver = e => ((Edge)e).Cursor });
            edge.AddField(new FieldDefinition("node", node) { Description = "The item at the end of the edge.", SourceResolver = e => ((Edge)e).Node });
            return edge;
        });
        var connection = new ObjectType(prefix + "Connection") { Description = "A connection to a list of items." };
        connection.AddField(new FieldDefinition("pageInfo", types.Reference("PageInfo!")) { Description = "Information to aid in pagination.", SourceResolver = c => ((Connection)c).PageInfo });
        connection.AddField(new FieldDefinition("edges", types.Reference("[" + prefix + "Edge!]")) { Description = "A list of edges.", SourceResolver = c => ((Connection)c).Edges });
        connection.AddField(new FieldDefinition("nodes", new ListType(node)) { Description = "A flattened list of the nodes.", SourceResolver = c => ((Connection)c).Nodes });
        connection.AddField(new FieldDefinition("totalCount", new NonNullType(Scalars.Int))
        {
            Description = "Identifies the total count of items in the connection.",
            Resolver = async context => await ((Connection)context.Source!).CountTotalAsync(context.CancellationToken).ConfigureAwait(false),
        });
        return connection;
    }

    private static ObjectType PageInfoType()
    {
        var pageInfo = new ObjectType("PageInfo") { Description = "Information about pagination in a connection." };
        pageInfo.AddField(new FieldDefinition("hasNextPage", new NonNullType(Scalars.Boolean)) { Description = "Indicates whether more edges exist following the set defined by the clients arguments.", SourceResolver = p => ((PageInfo)p).HasNextPage });
        pageInfo.AddField(new FieldDefinition("hasPreviousPage", new NonNullType(Scalars.Boolean)) { Description = "Indicates whether more edges exist prior the set defined by the clients arguments.", SourceResolver = p => ((PageInfo)p).HasPreviousPage });
        pageInfo.AddField(new FieldDefinition("startCursor", Scalars.String) { Description = "When paginating backwards, the cursor to continue.", SourceResolver = p => ((PageInfo)p).StartCursor });
        pageInfo.AddField(new FieldDefinition("endCursor", Scalars.String) { Description = "When paginating forwards, the cursor to continue.", SourceResolver = p => ((PageInfo)p).EndCursor });
        return pageInfo;
    }

    private static IGraphQLType NonNull(IGraphQLType type) => type as NonNullType ?? new NonNullType(type);
}
