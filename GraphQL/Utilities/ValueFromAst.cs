using System.Globalization;
using GraphQL.Error;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Utilities;

/// <summary>Converts literals into internal values (graphql-js <c>valueFromAST</c> and <c>valueFromASTUntyped</c>).</summary>
public static class ValueFromAst
{
    /// <summary>Coerces a literal to the type; throws <see cref="GraphQLException"/> with every error when it is invalid.</summary>
    public static object? Coerce(ValueNode node, IGraphQLType type, IReadOnlyDictionary<string, object?>? variables)
    {
        List<GraphQLError>? errors = null;
        var value = InputCoercion.CoerceInputLiteral(node, type, variables, (error, _) => (errors ??= []).Add(error));
        return errors is null ? value : throw new GraphQLException(errors);
    }

    /// <summary>Converts a literal into plain CLR values without a type: numbers, strings, booleans, lists and dictionaries.</summary>
    public static object? Untyped(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node switch
    {
        NullValueNode => null,
        IntValueNode i => int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small)
            ? small
            : long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var large)
                ? large
                : double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        BooleanValueNode b => b.Value,
        EnumValueNode e => e.Value,
        ListValueNode list => list.Values.Select(v => Untyped(v, variables)).ToList(),
        ObjectValueNode obj => obj.Fields.ToDictionary(f => f.Name.Value, f => Untyped(f.Value, variables), StringComparer.Ordinal),
        VariableNode v => variables is not null && variables.TryGetValue(v.Name.Value, out var value) ? value : null,
        _ => throw new ArgumentException("Unexpected value node: " + node.Kind + ".", nameof(node)),
    };
}

/// <summary>Converts internal values into literals (graphql-js <c>astFromValue</c>), used for default values in SDL and introspection.</summary>
public static class AstFromValue
{
    /// <summary>The literal of an internal value of the type, or null when the value cannot be represented.</summary>
    public static ValueNode? From(object? value, IGraphQLType type)
    {
        if (type is NonNullType nonNull)
        {
            var inner = From(value, nonNull.OfType);
            return inner is NullValueNode ? null : inner;
        }

        if (value is null)
        {
            return new NullValueNode();
        }

        switch (type)
        {
            case ListType list:
                if (value is not string && value is System.Collections.IEnumerable items && value is not IEnumerable<KeyValuePair<string, object?>>)
                {
                    var nodes = new List<ValueNode>();
                    foreach (var item in items)
                    {
                        if (From(item, list.OfType) is { } itemNode)
                        {
                            nodes.Add(itemNode);
                        }
                    }

                    return new ListValueNode { Values = nodes };
                }

                return From(value, list.OfType);
            case InputObjectType input:
                var fields = new List<ObjectFieldNode>();
                foreach (var field in input.Fields)
                {
                    if (TryReadField(value, field, out var fieldValue) && From(fieldValue, field.Type) is { } fieldNode)
                    {
                        fields.Add(new ObjectFieldNode { Name = new NameNode(field.Name), Value = fieldNode });
                    }
                }

                return new ObjectValueNode { Fields = fields };
            case ScalarType scalar:
                return scalar.ValueToLiteral(value);
            case EnumType enumType:
                return enumType.ValueToLiteral(value);
            default:
                throw new ArgumentException("Unexpected input type: " + type + ".", nameof(type));
        }
    }

    /// <summary>The literal of a plain CLR value without a type.</summary>
    public static ValueNode? Untyped(object? value)
    {
        switch (value)
        {
            case null:
                return new NullValueNode();
            case bool b:
                return new BooleanValueNode { Value = b };
            case string s:
                return new StringValueNode { Value = s };
            case int or long or short or byte:
                return new IntValueNode { Value = Convert.ToString(value, CultureInfo.InvariantCulture)! };
            case double or float or decimal:
                return Scalars.Float.ValueToLiteral(value) ?? new NullValueNode();
            case Enum e:
                return new EnumValueNode { Value = e.ToString() };
            case IEnumerable<KeyValuePair<string, object?>> map:
                return new ObjectValueNode
                {
                    Fields = map.Select(p => new ObjectFieldNode { Name = new NameNode(p.Key), Value = Untyped(p.Value) ?? new NullValueNode() }).ToList(),
                };
            case System.Collections.IEnumerable items:
                return new ListValueNode { Values = items.Cast<object?>().Select(i => Untyped(i) ?? new NullValueNode()).ToList() };
            default:
                return new StringValueNode { Value = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "" };
        }
    }

    private static bool TryReadField(object value, InputFieldDefinition field, out object? fieldValue)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(field.Name, out fieldValue);
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(field.Name, out fieldValue);
        }

        var property = value.GetType().GetProperty(
            field.RuntimeName ?? field.Name,
            System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase);
        fieldValue = property?.GetValue(value);
        return property is not null;
    }
}

/// <summary>Resolves a type reference of a document against a schema (graphql-js <c>typeFromAST</c>).</summary>
public static class TypeFromAst
{
    /// <summary>The schema type the node names, or null when the named type does not exist.</summary>
    public static IGraphQLType? From(Schema schema, TypeNode node) => node switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => From(schema, list.Type) is { } inner ? new ListType(inner) : null,
        NonNullTypeNode nonNull => From(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        _ => null,
    };
}
