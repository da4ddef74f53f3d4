using System.Text;
using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Utilities;

/// <summary>Coerces an operation's variables (spec §6.1.2 CoerceVariableValues), with graphql-js's error messages.</summary>
public static class VariableValues
{
    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();

    /// <summary>The code of a variable the operation cannot run with (as Apollo Server names it): the request is the caller's to fix.</summary>
    public const string InvalidVariableCode = "BAD_USER_INPUT";

    private static readonly IReadOnlyDictionary<string, object?> InvalidVariable = new Dictionary<string, object?> { ["code"] = InvalidVariableCode };

    /// <summary>Coerces the provided inputs; returns the coerced values, or the errors when any input is invalid.</summary>
    public static (IReadOnlyDictionary<string, object?> Values, IReadOnlyList<GraphQLError> Errors) Coerce(
        Schema schema,
        IReadOnlyList<VariableDefinitionNode> definitions,
        IReadOnlyDictionary<string, object?>? inputs,
        int maxErrors = 50,
        bool hideSuggestions = false)
    {
        if (definitions.Count == 0)
        {
            return (Empty, []);
        }

        var errors = new List<GraphQLError>();
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            if (errors.Count >= maxErrors)
            {
                errors.Add(new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted.", extensions: InvalidVariable));
                break;
            }

            var name = definition.Variable.Name.Value;
            var type = TypeFromAst.From(schema, definition.Type);
            if (type is null || !type.IsInputType())
            {
                errors.Add(new GraphQLError(
                    "Variable \"$" + name + "\" expected value of type \"" + Printer.Print(definition.Type) + "\" which cannot be used as an input type.",
                    [definition.Type], extensions: InvalidVariable));
                continue;
            }

            object? input = null;
            var provided = inputs is not null && inputs.TryGetValue(name, out input);
            if (!provided)
            {
                if (definition.DefaultValue is { } defaultLiteral)
                {
                    var value = InputCoercion.CoerceInputLiteral(defaultLiteral, type, null, (error, path) =>
                        errors.Add(new GraphQLError(
                            "Variable \"$" + name + "\" has invalid default value" + PrintPath(path) + ": " + error.Message,
                            [definition], extensions: InvalidVariable)), hideSuggestions);
                    coerced[name] = value;
                    continue;
                }

                if (type is not NonNullType)
                {
                    continue;
                }

                errors.Add(new GraphQLError(
                    "Variable \"$" + name + "\" has invalid value: Expected a value of non-null type \"" + type + "\" to be provided.",
                    [definition], extensions: InvalidVariable));
                continue;
            }

            var before = errors.Count;
            var result = InputCoercion.CoerceInputValue(input, type, (error, path) =>
                errors.Add(new GraphQLError(
                    "Variable \"$" + name + "\" has invalid value" + PrintPath(path) + ": " + error.Message,
                    [definition],
                    extensions: InvalidVariable,
                    originalError: error.OriginalError)), hideSuggestions);
            if (errors.Count == before)
            {
                coerced[name] = result;
            }
        }

        return (coerced, errors);
    }

    /// <summary>Formats a path inside a value as graphql-js's <c>printPathArray</c>: <c> at .a[0]</c>.</summary>
    public static string PrintPath(IReadOnlyList<object> path)
    {
        if (path.Count == 0)
        {
            return "";
        }

        var builder = new StringBuilder(" at ");
        foreach (var key in path)
        {
            if (key is int index)
            {
                builder.Append('[').Append(index).Append(']');
            }
            else
            {
                builder.Append('.').Append(key);
            }
        }

        return builder.ToString();
    }
}

/// <summary>Coerces the arguments of a field or directive (spec §6.4.1 CoerceArgumentValues).</summary>
public static class ArgumentValues
{
    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();

    /// <summary>The code of a variable the operation cannot run with (as Apollo Server names it): the request is the caller's to fix.</summary>
    public const string InvalidVariableCode = "BAD_USER_INPUT";

    private static readonly IReadOnlyDictionary<string, object?> InvalidVariable = new Dictionary<string, object?> { ["code"] = InvalidVariableCode };

    /// <summary>Coerces argument values; throws <see cref="GraphQLException"/> with graphql-js's message on the first invalid argument.</summary>
    public static IReadOnlyDictionary<string, object?> Get(
        IList<ArgumentDefinition> definitions,
        IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyDictionary<string, object?>? variables,
        Node node,
        bool hideSuggestions = false)
    {
        if (definitions.Count == 0)
        {
            return Empty;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            ArgumentNode? argument = null;
            foreach (var candidate in arguments)
            {
                if (candidate.Name.Value == definition.Name)
                {
                    argument = candidate;
                    break;
                }
            }

            if (argument is null)
            {
                if (definition.IsRequired)
                {
                    throw new GraphQLException(new GraphQLError(
                        "Argument \"" + definition.Coordinate + "\" of required type \"" + definition.Type + "\" was not provided.", node));
                }

                if (definition.HasDefaultValue)
                {
                    coerced[definition.Name] = definition.DefaultValue;
                }

                continue;
            }

            if (argument.Value is VariableNode variable
                && (variables is null || !variables.ContainsKey(variable.Name.Value))
                && !definition.IsRequired)
            {
                if (definition.HasDefaultValue)
                {
                    coerced[definition.Name] = definition.DefaultValue;
                }

                continue;
            }

            GraphQLError? firstError = null;
            var value = InputCoercion.CoerceInputLiteral(argument.Value, definition.Type, variables, (error, path) =>
                firstError ??= new GraphQLError(
                    "Argument \"" + definition.Coordinate + "\" has invalid value" + VariableValues.PrintPath(path) + ": " + error.Message,
                    error.Locations,
                    originalError: error.OriginalError), hideSuggestions);
            if (firstError is not null)
            {
                throw new GraphQLException(firstError);
            }

            coerced[definition.Name] = value;
        }

        return coerced;
    }
}
