using System.Text;
using GraphQL.Introspection;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>Prints a schema as SDL exactly as graphql-js's <c>printSchema</c> does (no trailing newline).</summary>
public static class SchemaPrinter
{
    /// <summary>The SDL of the schema's own directives and types, without built-in scalars, directives and introspection types.</summary>
    public static string Print(Schema schema)
    {
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        foreach (var directive in schema.Directives)
        {
            if (!BuiltInDirectives.IsSpecified(directive.Name))
            {
                parts.Add(PrintDirective(directive));
            }
        }

        foreach (var type in schema.Types)
        {
            if (!Scalars.IsSpecifiedName(type.Name) && !IntrospectionTypes.IsIntrospectionType(type))
            {
                parts.Add(PrintType(type));
            }
        }

        return string.Join("\n\n", parts);
    }

    /// <summary>The SDL of one named type.</summary>
    public static string PrintType(INamedType type) => type switch
    {
        ScalarType scalar => Description(scalar.Description) + "scalar " + scalar.Name + SpecifiedBy(scalar.SpecifiedByUrl),
        ObjectType obj => Description(obj.Description) + "type " + obj.Name + Implements(obj) + Fields(obj),
        InterfaceType iface => Description(iface.Description) + "interface " + iface.Name + Implements(iface) + Fields(iface),
        UnionType union => Description(union.Description) + "union " + union.Name
            + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : ""),
        EnumType enumType => Description(enumType.Description) + "enum " + enumType.Name + Block(enumType.Values.Select((v, i) =>
            Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason))),
        InputObjectType input => Description(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : "")
            + Block(input.Fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + InputValue(f))),
        _ => throw new ArgumentException("Unexpected type: " + type + ".", nameof(type)),
    };

    /// <summary>The SDL of one directive definition.</summary>
    public static string PrintDirective(DirectiveDefinition directive) =>
        Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments, "")
        + Deprecated(directive.DeprecationReason)
        + (directive.IsRepeatable ? " repeatable" : "")
        + " on " + string.Join(" | ", directive.Locations.Select(l => l.ToName()));

    private static string? PrintSchemaDefinition(Schema schema)
    {
        if (schema.QueryType is null && schema.MutationType is null && schema.SubscriptionType is null)
        {
            return null;
        }

        var isDefault = ReferenceEquals(schema.QueryType, schema.GetType("Query"))
            && ReferenceEquals(schema.MutationType, schema.GetType("Mutation"))
            && ReferenceEquals(schema.SubscriptionType, schema.GetType("Subscription"));
        if (schema.Description is null && isDefault)
        {
            return null;
        }

        var builder = new StringBuilder(Description(schema.Description)).Append("schema {\n");
        if (schema.QueryType is { } query)
        {
            builder.Append("  query: ").Append(query.Name).Append('\n');
        }

        if (schema.MutationType is { } mutation)
        {
            builder.Append("  mutation: ").Append(mutation.Name).Append('\n');
        }

        if (schema.SubscriptionType is { } subscription)
        {
            builder.Append("  subscription: ").Append(subscription.Name).Append('\n');
        }

        return builder.Append('}').ToString();
    }

    private static string Implements(FieldsType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : "";

    private static string Fields(FieldsType type) => Block(type.Fields.Select((f, i) =>
        Description(f.Description, "  ", i == 0) + "  " + f.Name + Arguments(f.Arguments, "  ") + ": " + f.Type + Deprecated(f.DeprecationReason)));

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count > 0 ? " {\n" + string.Join("\n", list) + "\n}" : "";
    }

    private static string Arguments(IList<ArgumentDefinition> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return "";
        }

        if (arguments.All(a => a.Description is null))
        {
            return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        }

        return "(\n" + string.Join("\n", arguments.Select((a, i) =>
            Description(a.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(a))) + "\n" + indentation + ")";
    }

    private static string InputValue(InputValueDefinition value)
    {
        var text = value.Name + ": " + value.Type;
        if (value.DefaultValueLiteral is { } literal)
        {
            text += " = " + Printer.Print(literal);
        }

        return text + Deprecated(value.DeprecationReason);
    }

    private static string Deprecated(string? reason)
    {
        if (reason is null)
        {
            return "";
        }

        return reason == BuiltInDirectives.DefaultDeprecationReason
            ? " @deprecated"
            : " @deprecated(reason: " + Printer.Print(new StringValueNode { Value = reason }) + ")";
    }

    private static string SpecifiedBy(string? url) =>
        url is null ? "" : " @specifiedBy(url: " + Printer.Print(new StringValueNode { Value = url }) + ")";

    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return "";
        }

        var block = Printer.Print(new StringValueNode { Value = description, Block = BlockString.IsPrintable(description) });
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + block.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
