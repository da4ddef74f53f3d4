using GraphQL.Language.Ast;

namespace GraphQL.Validation;

/// <summary>Finds names used more than once in a list, in order of first use; linear even for hostile lists.</summary>
internal static class DuplicateNames
{
    private const int SmallList = 8;

    /// <summary>Each repeated name with all its name nodes; empty (and allocation-free) when all names differ.</summary>
    public static List<(string Name, List<Node> Nodes)> Find<T>(IReadOnlyList<T> items, Func<T, NameNode> nameOf)
    {
        List<(string Name, List<Node> Nodes)>? duplicates = null;
        if (items.Count <= SmallList)
        {
            for (var i = 0; i < items.Count; i++)
            {
                var name = nameOf(items[i]);
                if (SeenBefore(items, i, name.Value, nameOf))
                {
                    continue;
                }

                List<Node>? nodes = null;
                for (var j = i + 1; j < items.Count; j++)
                {
                    var other = nameOf(items[j]);
                    if (other.Value == name.Value)
                    {
                        nodes ??= [name];
                        nodes.Add(other);
                    }
                }

                if (nodes is not null)
                {
                    (duplicates ??= []).Add((name.Value, nodes));
                }
            }

            return duplicates ?? [];
        }

        var groups = new Dictionary<string, List<Node>>(items.Count, StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var item in items)
        {
            var name = nameOf(item);
            if (!groups.TryGetValue(name.Value, out var nodes))
            {
                nodes = [];
                groups[name.Value] = nodes;
                order.Add(name.Value);
            }

            nodes.Add(name);
        }

        foreach (var name in order)
        {
            if (groups[name].Count > 1)
            {
                (duplicates ??= []).Add((name, groups[name]));
            }
        }

        return duplicates ?? [];
    }

    private static bool SeenBefore<T>(IReadOnlyList<T> items, int index, string name, Func<T, NameNode> nameOf)
    {
        for (var i = 0; i < index; i++)
        {
            if (nameOf(items[i]).Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
