using System.Collections;
using System.Text.Json;
using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Utilities;

/// <summary>Receives an input coercion error and the path (field names and indices) inside the value where it occurred.</summary>
public delegate void InputErrorHandler(GraphQLError error, IReadOnlyList<object> path);

/// <summary>
/// Coerces external input values (variables, read from JSON) and literals into internal values, reporting
/// errors as graphql-js's <c>coerceInputValue</c>/<c>validateInputValue</c> and their literal forms do.
/// </summary>
public static class InputCoercion
{
    /// <summary>Converts a JSON element into plain CLR values: dictionaries, lists, strings, numbers, booleans and null.</summary>
    public static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ObjectFromJson(element),
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt32(out var i) ? i : element.TryGetInt64(out var l) ? l : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>Coerces a variable value to the type; errors are reported and null returned in their place.</summary>
    public static object? CoerceInputValue(object? value, IGraphQLType type, InputErrorHandler onError, bool hideSuggestions = false)
    {
        var path = new List<object>();
        return CoerceValue(value, type, onError, path, hideSuggestions);
    }

    /// <summary>Coerces a literal (which may contain variables) to the type; errors are reported and null returned in their place.</summary>
    public static object? CoerceInputLiteral(
        ValueNode node,
        IGraphQLType type,
        IReadOnlyDictionary<string, object?>? variables,
        InputErrorHandler onError,
        bool hideSuggestions = false)
    {
        var path = new List<object>();
        return CoerceLiteral(node, type, variables, onError, path, hideSuggestions);
    }

    /// <summary>True when a literal contains no variables, so its coerced value can be computed once and cached.</summary>
    public static bool IsConstant(ValueNode node) => node switch
    {
        VariableNode => false,
        ListValueNode list => list.Values.All(IsConstant),
        ObjectValueNode obj => obj.Fields.All(f => IsConstant(f.Value)),
        _ => true,
    };

    private static Dictionary<string, object?> ObjectFromJson(JsonElement element)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            result[property.Name] = FromJson(property.Value);
        }

        return result;
    }

    private static object? CoerceValue(object? value, IGraphQLType type, InputErrorHandler onError, List<object> path, bool hide)
    {
        if (value is JsonElement json)
        {
            value = FromJson(json);
        }

        if (type is NonNullType nonNull)
        {
            if (value is null)
            {
                Report(onError, "Expected value of non-null type \"" + type + "\" not to be null.", path);
                return null;
            }

            return CoerceValue(value, nonNull.OfType, onError, path, hide);
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (value is string || value is not IEnumerable items || IsMap(value))
                {
                    return new List<object?> { CoerceValue(value, list.OfType, onError, path, hide) };
                }

                var coercedItems = new List<object?>();
                var index = 0;
                foreach (var item in items)
                {
                    path.Add(index++);
                    coercedItems.Add(CoerceValue(item, list.OfType, onError, path, hide));
                    path.RemoveAt(path.Count - 1);
                }

                return coercedItems;
            case InputObjectType input:
                return CoerceObject(value, input, onError, path, hide);
            case ScalarType scalar:
                return CoerceLeaf(() => scalar.ParseValue(value), type, value, onError, path);
            case EnumType enumType:
                return CoerceLeaf(() => enumType.ParseValue(value, hide), type, value, onError, path);
            default:
                throw new InvalidOperationException("Unexpected input type: " + type + ".");
        }
    }

    private static bool IsMap(object value) =>
        value is IReadOnlyDictionary<string, object?> or IDictionary<string, object?> or IDictionary;

    private static IEnumerable<KeyValuePair<string, object?>>? AsMap(object value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map,
        IDictionary<string, object?> map => map,
        IDictionary legacy => legacy.Keys.Cast<object>().Select(k => new KeyValuePair<string, object?>(k.ToString()!, legacy[k])),
        _ => null,
    };

    private static object? CoerceObject(object value, InputObjectType type, InputErrorHandler onError, List<object> path, bool hide)
    {
        var entries = AsMap(value);
        if (entries is null)
        {
            Report(onError, "Expected value of type \"" + type.Name + "\" to be an object, found: " + Inspector.Inspect(value) + ".", path);
            return null;
        }

        var given = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, item) in entries)
        {
            given[key] = item;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        var errorsBefore = 0;
        InputErrorHandler counting = (error, errorPath) =>
        {
            errorsBefore++;
            onError(error, errorPath);
        };

        foreach (var field in type.Fields)
        {
            if (!given.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.DefaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    Report(counting, "Expected value of type \"" + type.Name + "\" to include required field \"" + field.Name + "\", found: " + Inspector.Inspect(value) + ".", path);
                }

                continue;
            }

            path.Add(field.Name);
            result[field.Name] = CoerceValue(fieldValue, field.Type, counting, path, hide);
            path.RemoveAt(path.Count - 1);
        }

        var known = new List<string>();
        foreach (var key in given.Keys)
        {
            if (!type.Fields.Contains(key))
            {
                var suggestion = hide ? "" : Suggestions.DidYouMean(Suggestions.List(key, type.Fields.Select(f => f.Name)));
                Report(counting, "Expected value of type \"" + type.Name + "\" not to include unknown field \"" + key + "\""
                    + (suggestion.Length > 0 ? "." + suggestion + " Found" : ", found") + ": " + Inspector.Inspect(value) + ".", path);
            }
            else
            {
                known.Add(key);
            }
        }

        if (type.IsOneOf)
        {
            if (known.Count != 1)
            {
                Report(counting, OneOfMessage(type), path);
            }
            else if (given[known[0]] is null)
            {
                path.Add(known[0]);
                Report(counting, OneOfMessage(type), path);
                path.RemoveAt(path.Count - 1);
            }
        }

        return errorsBefore > 0 ? null : Build(type, result);
    }

    private static object Build(InputObjectType type, Dictionary<string, object?> fields) =>
        type.Factory is { } factory ? factory(fields) : fields;

    private static string OneOfMessage(InputObjectType type) =>
        "Within OneOf Input Object type \"" + type.Name + "\", exactly one field must be specified, and the value for that field must be non-null.";

    private static object? CoerceLeaf(Func<object> parse, IGraphQLType type, object value, InputErrorHandler onError, List<object> path)
    {
        try
        {
            return parse();
        }
        catch (GraphQLException exception)
        {
            onError(exception.Errors[0], [.. path]);
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or InvalidCastException or OverflowException)
        {
            Report(onError, "Expected value of type \"" + type + "\", but encountered error \"" + exception.Message + "\"; found: " + Inspector.Inspect(value) + ".", path);
        }

        return null;
    }

    private static object? CoerceLiteral(
        ValueNode node,
        IGraphQLType type,
        IReadOnlyDictionary<string, object?>? variables,
        InputErrorHandler onError,
        List<object> path,
        bool hide)
    {
        if (node is VariableNode variable)
        {
            var name = variable.Name.Value;
            var provided = variables is not null && variables.TryGetValue(name, out var variableValue);
            variableValue = provided ? variables![name] : null;
            if (type is NonNullType)
            {
                if (!provided)
                {
                    ReportAt(onError, "Expected variable \"$" + name + "\" provided to type \"" + type + "\" to provide a runtime value.", node, path);
                }
                else if (variableValue is null)
                {
                    ReportAt(onError, "Expected variable \"$" + name + "\" provided to non-null type \"" + type + "\" not to be null.", node, path);
                }
            }

            return variableValue;
        }

        if (type is NonNullType nonNull)
        {
            if (node is NullValueNode)
            {
                ReportAt(onError, "Expected value of non-null type \"" + type + "\" not to be null.", node, path);
                return null;
            }

            return CoerceLiteral(node, nonNull.OfType, variables, onError, path, hide);
        }

        if (node is NullValueNode)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (node is not ListValueNode listNode)
                {
                    return new List<object?> { CoerceLiteral(node, list.OfType, variables, onError, path, hide) };
                }

                var items = new List<object?>(listNode.Values.Count);
                for (var i = 0; i < listNode.Values.Count; i++)
                {
                    path.Add(i);
                    items.Add(CoerceLiteral(listNode.Values[i], list.OfType, variables, onError, path, hide));
                    path.RemoveAt(path.Count - 1);
                }

                return items;
            case InputObjectType input:
                return CoerceObjectLiteral(node, input, variables, onError, path, hide);
            case ScalarType scalar:
                return CoerceLeafLiteral(() => scalar.ParseLiteral(ReplaceVariables(node, variables)), type, node, onError, path);
            case EnumType enumType:
                return CoerceLeafLiteral(() => enumType.ParseLiteral(node, hide), type, node, onError, path);
            default:
                throw new InvalidOperationException("Unexpected input type: " + type + ".");
        }
    }

    private static object? CoerceObjectLiteral(
        ValueNode node,
        InputObjectType type,
        IReadOnlyDictionary<string, object?>? variables,
        InputErrorHandler onError,
        List<object> path,
        bool hide)
    {
        if (node is not ObjectValueNode objectNode)
        {
            ReportAt(onError, "Expected value of type \"" + type.Name + "\" to be an object, found: " + Printer.Print(node) + ".", node, path);
            return null;
        }

        var errors = 0;
        InputErrorHandler counting = (error, errorPath) =>
        {
            errors++;
            onError(error, errorPath);
        };

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            ObjectFieldNode? fieldNode = null;
            foreach (var candidate in objectNode.Fields)
            {
                if (candidate.Name.Value == field.Name)
                {
                    fieldNode = candidate;
                    break;
                }
            }

            if (fieldNode is null
                || (fieldNode.Value is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value)) && !type.IsOneOf && !field.IsRequired))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.DefaultValue;
                }
                else if (field.Type is NonNullType && fieldNode is null)
                {
                    ReportAt(counting, "Expected value of type \"" + type.Name + "\" to include required field \"" + field.Name + "\", found: " + Printer.Print(node) + ".", node, path);
                }

                continue;
            }

            if (type.IsOneOf && fieldNode.Value is VariableNode oneOfVariable)
            {
                var name = oneOfVariable.Name.Value;
                if (variables is null || !variables.TryGetValue(name, out var oneOfValue))
                {
                    ReportAt(counting, "Expected variable \"$" + name + "\" provided to field \"" + field.Name + "\" for OneOf Input Object type \"" + type.Name + "\" to provide a runtime value.", node, path);
                    continue;
                }

                if (oneOfValue is null)
                {
                    ReportAt(counting, "Expected variable \"$" + name + "\" provided to field \"" + field.Name + "\" for OneOf Input Object type \"" + type.Name + "\" not to be null.", node, path);
                    continue;
                }
            }

            path.Add(field.Name);
            result[field.Name] = CoerceLiteral(fieldNode.Value, field.Type, variables, counting, path, hide);
            path.RemoveAt(path.Count - 1);
        }

        var known = new List<ObjectFieldNode>();
        foreach (var fieldNode in objectNode.Fields)
        {
            if (!type.Fields.Contains(fieldNode.Name.Value))
            {
                var suggestion = hide ? "" : Suggestions.DidYouMean(Suggestions.List(fieldNode.Name.Value, type.Fields.Select(f => f.Name)));
                ReportAt(counting, "Expected value of type \"" + type.Name + "\" not to include unknown field \"" + fieldNode.Name.Value + "\""
                    + (suggestion.Length > 0 ? "." + suggestion + " Found" : ", found") + ": " + Printer.Print(node) + ".", fieldNode, path);
            }
            else
            {
                known.Add(fieldNode);
            }
        }

        if (type.IsOneOf)
        {
            if (known.Count != 1)
            {
                ReportAt(counting, OneOfMessage(type), node, path);
            }
            else if (known[0].Value is NullValueNode)
            {
                path.Add(known[0].Name.Value);
                ReportAt(counting, OneOfMessage(type), node, path);
                path.RemoveAt(path.Count - 1);
            }
        }

        return errors > 0 ? null : Build(type, result);
    }

    private static object? CoerceLeafLiteral(Func<object> parse, IGraphQLType type, ValueNode node, InputErrorHandler onError, List<object> path)
    {
        try
        {
            return parse();
        }
        catch (GraphQLException exception)
        {
            onError(exception.Errors[0], [.. path]);
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or InvalidCastException or OverflowException)
        {
            ReportAt(onError, "Expected value of type \"" + type + "\", but encountered error \"" + exception.Message + "\"; found: " + Printer.Print(node) + ".", node, path);
        }

        return null;
    }

    private static ValueNode ReplaceVariables(ValueNode node, IReadOnlyDictionary<string, object?>? variables)
    {
        if (variables is null || IsConstant(node))
        {
            return node;
        }

        return node switch
        {
            VariableNode v => variables.TryGetValue(v.Name.Value, out var value) ? AstFromValue.Untyped(value) ?? new NullValueNode() : new NullValueNode(),
            ListValueNode list => new ListValueNode { Values = list.Values.Select(item => ReplaceVariables(item, variables)).ToList(), Location = list.Location },
            ObjectValueNode obj => new ObjectValueNode
            {
                Fields = obj.Fields.Select(f => new ObjectFieldNode { Name = f.Name, Value = ReplaceVariables(f.Value, variables), Location = f.Location }).ToList(),
                Location = obj.Location,
            },
            _ => node,
        };
    }

    private static void Report(InputErrorHandler onError, string message, List<object> path) =>
        onError(new GraphQLError(message), [.. path]);

    private static void ReportAt(InputErrorHandler onError, string message, Node node, List<object> path) =>
        onError(new GraphQLError(message, node), [.. path]);
}
