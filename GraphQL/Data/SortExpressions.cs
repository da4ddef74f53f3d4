using System.Collections;
using System.Linq.Expressions;
using GraphQL.Types;

namespace GraphQL.Data;

/// <summary>Translates a coerced <c>order</c> argument (<c>[XSortInput!]</c>) into sort keys.</summary>
public static class SortExpressions
{
    /// <summary>The keys of <paramref name="order"/> in the order the client listed them.</summary>
    public static IReadOnlyList<SortKey> Keys<T>(IEnumerable order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var row = Expression.Parameter(typeof(T), "row");
        var keys = new List<SortKey>();
        foreach (var item in order)
        {
            if (item is IReadOnlyDictionary<string, object?> input)
            {
                Collect(input, row, row, keys);
            }
        }

        return keys;
    }

    private static void Collect(IReadOnlyDictionary<string, object?> input, Expression instance, ParameterExpression row, List<SortKey> keys)
    {
        foreach (var (name, value) in input)
        {
            var property = DataInputTypes.Properties(instance.Type).First(p => ClrMembers.FieldName(p) == name);
            var member = Expression.Property(instance, property);
            switch (value)
            {
                case string direction:
                    keys.Add(new SortKey(Expression.Lambda(member, row), direction == "DESC"));
                    break;
                case IReadOnlyDictionary<string, object?> nested:
                    Collect(nested, member, row, keys);
                    break;
            }
        }
    }
}
