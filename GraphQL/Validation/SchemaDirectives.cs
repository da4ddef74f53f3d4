using System.Runtime.CompilerServices;
using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation;

/// <summary>
/// What the directive rules need to know about each directive, computed once per schema (and merged with
/// directives a document defines itself, which only SDL documents do).
/// </summary>
internal sealed class SchemaDirectives
{
    private static readonly ConditionalWeakTable<Schema, SchemaDirectives> BySchema = new();

    private SchemaDirectives(Dictionary<string, DirectiveFacts> facts) => Facts = facts;

    public Dictionary<string, DirectiveFacts> Facts { get; }

    public static SchemaDirectives For(Schema schema, DocumentNode document)
    {
        var fromSchema = BySchema.GetValue(schema, Build);
        if (!DefinesDirectives(document))
        {
            return fromSchema;
        }

        var merged = new Dictionary<string, DirectiveFacts>(fromSchema.Facts, StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                merged[directive.Name.Value] = DirectiveFacts.From(directive);
            }
        }

        return new SchemaDirectives(merged);
    }

    private static bool DefinesDirectives(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            if (definition is DirectiveDefinitionNode)
            {
                return true;
            }
        }

        return false;
    }

    private static SchemaDirectives Build(Schema schema)
    {
        var facts = new Dictionary<string, DirectiveFacts>(StringComparer.Ordinal);
        foreach (var directive in schema.Directives)
        {
            facts[directive.Name] = DirectiveFacts.From(directive);
        }

        return new SchemaDirectives(facts);
    }
}

/// <summary>A directive's locations, argument names, required arguments (with their printed types) and repeatability.</summary>
internal sealed record DirectiveFacts(
    HashSet<DirectiveLocation> Locations,
    List<string> ArgumentNames,
    List<(string Name, string Type)> RequiredArguments,
    bool IsRepeatable)
{
    public static DirectiveFacts From(DirectiveDefinition directive)
    {
        var names = new List<string>(directive.Arguments.Count);
        var required = new List<(string, string)>();
        foreach (var argument in directive.Arguments)
        {
            names.Add(argument.Name);
            if (argument.IsRequired)
            {
                required.Add((argument.Name, argument.Type.ToString()!));
            }
        }

        return new DirectiveFacts([.. directive.Locations], names, required, directive.IsRepeatable);
    }

    public static DirectiveFacts From(DirectiveDefinitionNode directive)
    {
        var locations = new HashSet<DirectiveLocation>();
        foreach (var name in directive.Locations)
        {
            if (DirectiveLocationNames.TryParse(name.Value, out var location))
            {
                locations.Add(location);
            }
        }

        var names = new List<string>(directive.Arguments.Count);
        var required = new List<(string, string)>();
        foreach (var argument in directive.Arguments)
        {
            names.Add(argument.Name.Value);
            if (argument.Type is NonNullTypeNode && argument.DefaultValue is null)
            {
                required.Add((argument.Name.Value, Printer.Print(argument.Type)));
            }
        }

        return new DirectiveFacts(locations, names, required, directive.Repeatable);
    }
}
