using System.Linq.Expressions;
using GraphQL.Error;
using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Relay;

/// <summary>
/// Global object identification: the <c>Node</c> interface, <c>node(id:)</c> and <c>nodes(ids:)</c> on the query type,
/// and node types whose <c>id</c> is a global id.
/// </summary>
public static class NodeTypes
{
    /// <summary>The name of the interface every node type implements.</summary>
    public const string NodeInterfaceName = "Node";

    private const string NodeResolverKey = "relay.nodeResolver";

    /// <summary>Adds <c>interface Node { id: ID! }</c> and the <c>node</c> and <c>nodes</c> query fields.</summary>
    public static SchemaBuilder AddGlobalObjectIdentification(this SchemaBuilder builder)
    {
        var node = new InterfaceType(NodeInterfaceName) { Description = "An object with a globally unique id." };
        node.AddField("id", new NonNullType(Scalars.ID));
        return builder.AddType(node).ExtendType("Query", query =>
        {
            query.Field("node")
                .Type(NodeInterfaceName)
                .Description("Fetches an object given its id.")
                .Argument("id", "ID!")
                .Resolve(new FieldResolver(context => ResolveNodeAsync(context, context.ArgumentValue<string>("id"))));
            query.Field("nodes")
                .Type("[" + NodeInterfaceName + "]!")
                .Description("Fetches objects given their ids.")
                .Argument("ids", "[ID!]!")
                .Resolve(new FieldResolver(async context =>
                {
                    var ids = context.ArgumentValue<List<string>>("ids");
                    var nodes = new List<object?>(ids.Count);
                    foreach (var id in ids)
                    {
                        nodes.Add(await ResolveNodeAsync(context, id).ConfigureAwait(false));
                    }

                    return nodes;
                }));
        });
    }

    /// <summary>
    /// Makes the type a <c>Node</c>: its <c>id</c> field returns the global id built from <paramref name="key"/>,
    /// and <c>node(id:)</c> loads it with <paramref name="resolveNode"/>.
    /// </summary>
    public static ObjectTypeDescriptor<T> ImplementsNode<T, TKey>(
        this ObjectTypeDescriptor<T> descriptor,
        Expression<Func<T, TKey>> key,
        Func<IResolverContext, TKey, ValueTask<T?>> resolveNode)
        where TKey : notnull
    {
        var readKey = key.Compile();
        descriptor.Implements(NodeInterfaceName);
        descriptor.Field("id").Type("ID!").Resolve(context => GlobalId.Format(context.ObjectType.Name, readKey(context.Parent<T>())));
        descriptor.Metadata(NodeResolverKey, new NodeResolver(async (context, id, keyText) =>
            await resolveNode(context, GlobalId.ConvertKey<TKey>(id, keyText)).ConfigureAwait(false)));
        return descriptor;
    }

    /// <summary>Decodes the global id argument <paramref name="argumentName"/>, which must identify a <paramref name="typeName"/>, to its key.</summary>
    public static TKey IdArgument<TKey>(this IResolverContext context, string argumentName, string typeName) =>
        GlobalId.ParseKey<TKey>(context.ArgumentValue<string>(argumentName), typeName);

    /// <summary><see cref="IdArgument{TKey}"/> of an optional argument: null when the argument is absent or null.</summary>
    public static TKey? OptionalIdArgument<TKey>(this IResolverContext context, string argumentName, string typeName) where TKey : struct =>
        context.ArgumentValue<string?>(argumentName) is null ? null : context.IdArgument<TKey>(argumentName, typeName);

    private static async ValueTask<object?> ResolveNodeAsync(IResolverContext context, string id)
    {
        var (typeName, key) = GlobalId.Parse(id);
        if (context.Schema.GetType(typeName) is not ObjectType type || type.GetMetadata<NodeResolver>(NodeResolverKey) is not { } resolver)
        {
            throw GlobalId.Foreign(id, NodeInterfaceName);
        }

        return await resolver.Resolve(context, id, key).ConfigureAwait(false);
    }

    private sealed record NodeResolver(Func<IResolverContext, string, string, ValueTask<object?>> Resolve);
}
