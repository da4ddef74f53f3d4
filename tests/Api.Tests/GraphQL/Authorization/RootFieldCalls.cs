using System.Globalization;
using GraphQL.Types;

namespace Api.Tests.GraphQL.Authorization;

/// <summary>
/// A document that calls one root field with placeholder values for its required arguments, built from the schema itself,
/// so a field added tomorrow is called without anyone writing its query. The authorization rules run before any resolver,
/// so the placeholders only need to be valid GraphQL.
/// </summary>
public static class RootFieldCalls
{
    /// <summary>A syntactically valid global id of no real object.</summary>
    public const string PlaceholderId = "UGxhY2Vob2xkZXI6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAx";

    public static string Document(string operation, FieldDefinition field)
    {
        var arguments = field.Arguments.Where(a => a.IsRequired).Select(a => $"{a.Name}: {Literal(a.Type, 0)}").ToList();
        var call = arguments.Count == 0 ? field.Name : $"{field.Name}({string.Join(", ", arguments)})";
        var selection = field.Type.NamedType() is ObjectType or InterfaceType or UnionType ? " { __typename }" : "";
        return $"{operation} {{ {call}{selection} }}";
    }

    private static string Literal(IGraphQLType type, int depth)
    {
        if (depth > 8)
            throw new InvalidOperationException($"Required input fields nest deeper than 8 levels at {type}; give the placeholder builder a way out.");
        return type switch
        {
            NonNullType nonNull => Literal(nonNull.OfType, depth),
            ListType list => $"[{Literal(list.OfType, depth + 1)}]",
            EnumType enumType => enumType.Values.First().Name,
            InputObjectType input => InputLiteral(input, depth),
            ScalarType scalar => ScalarLiteral(scalar.Name),
            _ => throw new InvalidOperationException($"No placeholder for {type}."),
        };
    }

    private static string InputLiteral(InputObjectType input, int depth)
    {
        var fields = input.IsOneOf ? input.Fields.Take(1) : input.Fields.Where(f => f.IsRequired);
        return "{ " + string.Join(", ", fields.Select(f => $"{f.Name}: {Literal(f.Type, depth + 1)}")) + " }";
    }

    private static string ScalarLiteral(string name) => name switch
    {
        "String" => "\"placeholder\"",
        "ID" => $"\"{PlaceholderId}\"",
        "Int" or "Long" => "1",
        "Float" or "Decimal" => "1.5",
        "Boolean" => "true",
        "UUID" => "\"00000000-0000-0000-0000-000000000001\"",
        "Date" => "\"2026-01-01\"",
        "DateTime" => "\"2026-01-01T00:00:00+09:00\"",
        "YearMonth" => "\"2026-01\"",
        _ => throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
            $"No placeholder literal for the scalar {name}: add one to RootFieldCalls.ScalarLiteral.")),
    };
}
