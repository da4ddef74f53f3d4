using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;
using GraphQL.Utilities;

namespace GraphQL.Validation;

/// <summary>
/// Checks a literal against an input type without variable values (graphql-js's static <c>validateInputLiteral</c>):
/// variables are taken as valid here, their positions being checked by VariablesInAllowedPosition.
/// </summary>
internal static class InputLiteralValidator
{
    public static void Validate(ValueNode value, IGraphQLType type, Action<GraphQLError> onError, bool hideSuggestions)
    {
        if (value is VariableNode)
        {
            return;
        }

        if (type is NonNullType nonNull)
        {
            if (value is NullValueNode)
            {
                onError(new GraphQLError("Expected value of non-null type \"" + type + "\" not to be null.", value));
                return;
            }

            Validate(value, nonNull.OfType, onError, hideSuggestions);
            return;
        }

        if (value is NullValueNode)
        {
            return;
        }

        switch (type)
        {
            case ListType list:
                if (value is ListValueNode items)
                {
                    foreach (var item in items.Values)
                    {
                        Validate(item, list.OfType, onError, hideSuggestions);
                    }
                }
                else
                {
                    Validate(value, list.OfType, onError, hideSuggestions);
                }

                break;
            case InputObjectType inputObject:
                ValidateObject(value, inputObject, onError, hideSuggestions);
                break;
            case ScalarType scalar:
                ValidateLeaf(value, type, () => scalar.ParseLiteral(WithoutVariables(value)), onError);
                break;
            case EnumType enumType:
                ValidateLeaf(value, type, () => enumType.ParseLiteral(WithoutVariables(value), hideSuggestions), onError);
                break;
        }
    }

    private static void ValidateObject(ValueNode value, InputObjectType type, Action<GraphQLError> onError, bool hideSuggestions)
    {
        if (value is not ObjectValueNode obj)
        {
            onError(new GraphQLError("Expected value of type \"" + type.Name + "\" to be an object, found: " + Printer.Print(value) + ".", value));
            return;
        }

        foreach (var field in type.Fields)
        {
            var fieldNode = FindField(obj, field.Name);
            if (fieldNode is null)
            {
                if (field.IsRequired)
                {
                    onError(new GraphQLError(
                        "Expected value of type \"" + type.Name + "\" to include required field \"" + field.Name + "\", found: " + Printer.Print(value) + ".",
                        value));
                }
            }
            else
            {
                Validate(fieldNode.Value, field.Type, onError, hideSuggestions);
            }
        }

        var knownFields = 0;
        ObjectFieldNode? onlyKnown = null;
        foreach (var fieldNode in obj.Fields)
        {
            var name = fieldNode.Name.Value;
            if (type.GetField(name) is null)
            {
                var suggestion = hideSuggestions ? "" : Suggestions.DidYouMean(Suggestions.List(name, type.Fields.Select(f => f.Name)));
                onError(new GraphQLError(
                    "Expected value of type \"" + type.Name + "\" not to include unknown field \"" + name + "\""
                    + (suggestion.Length != 0 ? "." + suggestion + " Found" : ", found") + ": " + Printer.Print(value) + ".",
                    fieldNode));
            }
            else
            {
                knownFields++;
                onlyKnown = fieldNode;
            }
        }

        if (type.IsOneOf && (knownFields != 1 || onlyKnown!.Value is NullValueNode))
        {
            onError(new GraphQLError(
                "Within OneOf Input Object type \"" + type.Name + "\", exactly one field must be specified, and the value for that field must be non-null.",
                value));
        }
    }

    private static void ValidateLeaf(ValueNode value, IGraphQLType type, Func<object> parse, Action<GraphQLError> onError)
    {
        try
        {
            parse();
        }
        catch (GraphQLException exception)
        {
            foreach (var error in exception.Errors)
            {
                onError(error);
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            onError(new GraphQLError(
                "Expected value of type \"" + type + "\", but encountered error \"" + exception.Message + "\"; found: " + Printer.Print(value) + ".",
                [value],
                originalError: exception));
        }
    }

    // Without variable values a leaf sees the literal as graphql-js's replaceVariables leaves it: variables in
    // lists become null, input object fields given by a variable are left out.
    private static ValueNode WithoutVariables(ValueNode value) => value switch
    {
        VariableNode => new NullValueNode(),
        ListValueNode list when ContainsVariable(list) => new ListValueNode
        {
            Values = [.. list.Values.Select(WithoutVariables)],
            Location = list.Location,
        },
        ObjectValueNode obj when ContainsVariable(obj) => new ObjectValueNode
        {
            Fields =
            [
                .. obj.Fields
                    .Where(f => f.Value is not VariableNode)
                    .Select(f => new ObjectFieldNode { Name = f.Name, Value = WithoutVariables(f.Value), Location = f.Location }),
            ],
            Location = obj.Location,
        },
        _ => value,
    };

    private static bool ContainsVariable(ValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(ContainsVariable),
        ObjectValueNode obj => obj.Fields.Any(f => ContainsVariable(f.Value)),
        _ => false,
    };

    private static ObjectFieldNode? FindField(ObjectValueNode obj, string name)
    {
        ObjectFieldNode? found = null;
        foreach (var field in obj.Fields)
        {
            if (field.Name.Value == name)
            {
                found = field;
            }
        }

        return found;
    }
}
