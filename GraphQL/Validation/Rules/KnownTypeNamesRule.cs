using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Utilities;

namespace GraphQL.Validation.Rules;

/// <summary>Spec §5.4.1.2 (types named in fragments and variables must exist).</summary>
public sealed class KnownTypeNamesRule : IValidationRule
{
    /// <summary>The rule.</summary>
    public static KnownTypeNamesRule Instance { get; } = new();

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    // The built-in scalars and introspection types, which SDL may mention without defining.
    private static readonly string[] StandardTypeNames =
    [
        "String", "Int", "Float", "Boolean", "ID", "__Schema", "__Directive", "__DirectiveLocation", "__Type",
        "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    ];

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private HashSet<string>? _definedTypeNames;

        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is not NamedTypeNode named)
            {
                return VisitorAction.Continue;
            }

            var typeName = named.Name.Value;
            if (context.Schema.GetType(typeName) is not null || DefinedTypeNames().Contains(typeName))
            {
                return VisitorAction.Continue;
            }

            var definition = ancestors.Count > 1 ? ancestors[1] : ancestors.Count > 0 ? ancestors[^1] : null;
            var isSdl = definition is TypeSystemDefinitionNode or TypeSystemExtensionNode;
            if (isSdl && IsStandardTypeName(typeName))
            {
                return VisitorAction.Continue;
            }

            var suggestions = context.HideSuggestions ? [] : Suggestions.List(typeName, Candidates(isSdl));
            context.ReportError(new GraphQLError("Unknown type \"" + typeName + "\"." + Suggestions.DidYouMean(suggestions), named));
            return VisitorAction.Continue;
        }

        private HashSet<string> DefinedTypeNames()
        {
            if (_definedTypeNames is null)
            {
                _definedTypeNames = new HashSet<string>(StringComparer.Ordinal);
                foreach (var definition in context.Document.Definitions)
                {
                    if (definition is TypeDefinitionNode type)
                    {
                        _definedTypeNames.Add(type.Name.Value);
                    }
                }
            }

            return _definedTypeNames;
        }

        private IEnumerable<string> Candidates(bool isSdl)
        {
            var names = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            if (isSdl)
            {
                foreach (var name in StandardTypeNames)
                {
                    if (seen.Add(name))
                    {
                        names.Add(name);
                    }
                }
            }

            foreach (var type in context.Schema.Types)
            {
                if (seen.Add(type.Name))
                {
                    names.Add(type.Name);
                }
            }

            foreach (var name in DefinedTypeNames())
            {
                if (seen.Add(name))
                {
                    names.Add(name);
                }
            }

            return names;
        }

        private static bool IsStandardTypeName(string name) => Array.IndexOf(StandardTypeNames, name) >= 0;
    }
}
