using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Spec §5.7.3 Directives Are Unique Per Location (unless repeatable).</summary>
public sealed class UniqueDirectivesPerLocationRule : IValidationRule
{
    /// <summary>The rule.</summary>
    public static UniqueDirectivesPerLocationRule Instance { get; } = new();

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private Dictionary<string, DirectiveNode>? _local;
        private SchemaDirectives? _directives;
        private Dictionary<string, DirectiveNode>? _schemaDirectives;
        private Dictionary<string, Dictionary<string, DirectiveNode>>? _typeDirectives;
        private Dictionary<string, Dictionary<string, DirectiveNode>>? _directiveDirectives;

        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is not IHasDirectives { Directives.Count: > 0 } withDirectives)
            {
                return VisitorAction.Continue;
            }

            Dictionary<string, DirectiveNode> seen;
            switch (node)
            {
                case SchemaDefinitionNode or SchemaExtensionNode:
                    seen = _schemaDirectives ??= new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                    break;
                case TypeDefinitionNode type:
                    seen = SeenFor(_typeDirectives ??= new(StringComparer.Ordinal), type.Name.Value);
                    break;
                case TypeExtensionNode extension:
                    seen = SeenFor(_typeDirectives ??= new(StringComparer.Ordinal), extension.Name.Value);
                    break;
                case DirectiveDefinitionNode definition:
                    seen = SeenFor(_directiveDirectives ??= new(StringComparer.Ordinal), definition.Name.Value);
                    break;
                case DirectiveExtensionNode extension:
                    seen = SeenFor(_directiveDirectives ??= new(StringComparer.Ordinal), extension.Name.Value);
                    break;
                default:
                    if (withDirectives.Directives.Count == 1)
                    {
                        return VisitorAction.Continue;
                    }

                    _local ??= new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                    _local.Clear();
                    seen = _local;
                    break;
            }

            _directives ??= SchemaDirectives.For(context.Schema, context.Document);
            foreach (var directive in withDirectives.Directives)
            {
                var name = directive.Name.Value;
                if (!_directives.Facts.TryGetValue(name, out var facts) || facts.IsRepeatable)
                {
                    continue;
                }

                if (seen.TryGetValue(name, out var first))
                {
                    context.ReportError(new GraphQLError("The directive \"@" + name + "\" can only be used once at this location.", [first, directive]));
                }
                else
                {
                    seen[name] = directive;
                }
            }

            return VisitorAction.Continue;
        }

        private static Dictionary<string, DirectiveNode> SeenFor(Dictionary<string, Dictionary<string, DirectiveNode>> byName, string name)
        {
            if (!byName.TryGetValue(name, out var seen))
            {
                seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                byName[name] = seen;
            }

            return seen;
        }
    }
}
