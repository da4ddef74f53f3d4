using System.Text;

namespace GraphQL.Execution;

/// <summary>A position in the response: a linked list of field names and list indices from the root.</summary>
public sealed class ResponsePath
{
    /// <summary>Creates a path segment below a parent.</summary>
    public ResponsePath(ResponsePath? parent, object key)
    {
        Parent = parent;
        Key = key;
        Depth = parent is null ? 1 : parent.Depth + 1;
    }

    /// <summary>The enclosing path, or null at the root.</summary>
    public ResponsePath? Parent { get; }

    /// <summary>A field's response name (string) or a list index (int).</summary>
    public object Key { get; }

    /// <summary>The number of segments.</summary>
    public int Depth { get; }

    /// <summary>The segments from the root, as <c>GraphQLError.Path</c> holds them.</summary>
    public IReadOnlyList<object> ToList()
    {
        var segments = new object[Depth];
        for (var path = this; path is not null; path = path.Parent)
        {
            segments[path.Depth - 1] = path.Key;
        }

        return segments;
    }

    /// <summary>The path as <c>a.b[0].c</c>.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        foreach (var key in ToList())
        {
            if (key is int index)
            {
                builder.Append('[').Append(index).Append(']');
            }
            else
            {
                if (builder.Length > 0)
                {
                    builder.Append('.');
                }

                builder.Append(key);
            }
        }

        return builder.ToString();
    }
}
