using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Types;

namespace GraphQL.Data;

/// <summary>Translates a coerced <c>order</c> argument (<c>[XSortInput!]</c>) into sort keys.</summary>
public static class SortExpressions
{
    // One key per node type and member path, so a cursor's reader is compiled once, not on every request.
    private static readonly ConcurrentDictionary<(Type Node, string Path), SortKey> Known = new();

    /// <summary>The keys of <paramref name="order"/> in the order the client listed them.</summary>
    public static IReadOnlyList<SortKey> Keys<T>(IEnumerable order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var keys = new List<SortKey>();
        foreach (var item in order)
        {
            if (item is IReadOnlyDictionary<string, object?> input)
            {
                Collect(typeof(T), input, [], keys);
            }
        }

        return keys;
    }

    private static void Collect(Type node, IReadOnlyDictionary<string, object?> input, PropertyInfo[] path, List<SortKey> keys)
    {
        var instance = path.Length == 0 ? node : path[^1].PropertyType;
        foreach (var (name, value) in input)
        {
            PropertyInfo[] memberPath = [.. path, DataInputTypes.Properties(instance).First(p => ClrMembers.FieldName(p) == name)];
            switch (value)
            {
                case string direction:
                    var key = (node, string.Join('.', memberPath.Select(p => p.Name)));
                    keys.Add(Known.GetOrAdd(key, static (_, member) => Ascending(member.Node, member.Path), (Node: node, Path: memberPath)).InDirection(direction == "DESC"));
                    break;
                case IReadOnlyDictionary<string, object?> nested:
                    Collect(node, nested, memberPath, keys);
                    break;
            }
        }
    }

    private static SortKey Ascending(Type node, PropertyInfo[] path)
    {
        var row = Expression.Parameter(node, "row");
        Expression member = row;
        foreach (var property in path)
        {
            member = Expression.Property(member, property);
        }

        return new SortKey(Expression.Lambda(member, row), descending: false);
    }
}
