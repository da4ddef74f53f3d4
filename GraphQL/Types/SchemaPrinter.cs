using System.Text;
using GraphQL.Introspection;
using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Utilities;

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
                parts.Add(PrintType(type, schema));
            }
        }

        return string.Join("\n\n", parts);
    }

    /// <summary>The SDL of one named type.</summary>
    public static string PrintType(INamedType type) => PrintType(type, null);

    // With a schema, directives it marks IsPrintedWhereApplied are printed where they are applied.
    private static string PrintType(INamedType type, Schema? schema) => type switch
    {
        ScalarType scalar => Description(scalar.Description) + "scalar " + scalar.Name + SpecifiedBy(scalar.SpecifiedByUrl) + Applied(scalar, schema),
        ObjectType obj => Description(obj.Description) + "type " + obj.Name + Implements(obj) + Applied(obj, schema) + Fields(obj, schema),
        InterfaceType iface => Description(iface.Description) + "interface " + iface.Name + Implements(iface) + Applied(iface, schema) + Fields(iface, schema),
        UnionType union => Description(union.Description) + "union " + union.Name + Applied(union, schema)
            + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : ""),
        EnumType enumType => Description(enumType.Description) + "enum " + enumType.Name + Applied(enumType, schema) + Block(enumType.Values.Select((v, i) =>
            Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason) + Applied(v, schema))),
        InputObjectType input => Description(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : "") + Applied(input, schema)
            + Block(input.Fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + InputValue(f, schema))),
        _ => throw new ArgumentException("Unexpected type: " + type + ".", nameof(type)),
    };

    /// <summary>The SDL of one directive definition.</summary>
    public static string PrintDirective(DirectiveDefinition directive) =>
        Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments, "", null)
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

    private static string Fields(FieldsType type, Schema? schema) => Block(type.Fields.Select((f, i) =>
        Description(f.Description, "  ", i == 0) + "  " + f.Name + Arguments(f.Arguments, "  ", schema) + ": " + f.Type + Deprecated(f.DeprecationReason)
        + Applied(f, schema)));

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count > 0 ? " {\n" + string.Join("\n", list) + "\n}" : "";
    }

    private static string Arguments(IList<ArgumentDefinition> arguments, string indentation, Schema? schema)
    {
        if (arguments.Count == 0)
        {
            return "";
        }

        if (arguments.All(a => a.Description is null))
        {
            return "(" + string.Join(", ", arguments.Select(a => InputValue(a, schema))) + ")";
        }

        return "(\n" + string.Join("\n", arguments.Select((a, i) =>
            Description(a.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(a, schema))) + "\n" + indentation + ")";
    }

    private static string InputValue(InputValueDefinition value, Schema? schema)
    {
        var text = value.Name + ": " + value.Type;
        if (value.DefaultValueLiteral is { } literal)
        {
            text += " = " + Printer.Print(literal);
        }

        return text + Deprecated(value.DeprecationReason) + Applied(value, schema);
    }

    private static string Applied(SchemaElement element, Schema? schema)
    {
        if (schema is null || element.AppliedDirectives.Count == 0)
        {
            return "";
        }

        var builder = new StringBuilder();
        foreach (var applied in element.AppliedDirectives)
        {
            if (schema.GetDirective(applied.Name) is not { IsPrintedWhereApplied: true } definition)
            {
                continue;
            }

            builder.Append(" @").Append(applied.Name);
            var arguments = definition.Arguments
                .Where(a => applied.Arguments.ContainsKey(a.Name))
                .Select(a => a.Name + ": " + Printer.Print(AstFromValue.From(applied.Arguments[a.Name], a.Type) ?? new NullValueNode()))
                .ToList();
            if (arguments.Count > 0)
            {
                builder.Append('(').Append(string.Join(", ", arguments)).Append(')');
            }
        }

        return builder.ToString();
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
