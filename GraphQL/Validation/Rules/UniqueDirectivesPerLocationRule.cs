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

    private sealed class Visitor : AstVisitor
    {
        private readonly ValidationContext _context;
        private readonly Dictionary<string, bool> _isUnique = new(StringComparer.Ordinal);
        private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _directiveDirectives = new(StringComparer.Ordinal);
        private readonly Dictionary<string, DirectiveNode> _local = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var directive in context.Schema.Directives)
            {
                _isUnique[directive.Name] = !directive.IsRepeatable;
            }

            foreach (var definition in context.Document.Definitions)
            {
                if (definition is DirectiveDefinitionNode directive)
                {
                    _isUnique[directive.Name.Value] = !directive.Repeatable;
                }
            }
        }

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
                    seen = _schemaDirectives;
                    break;
                case TypeDefinitionNode type:
                    seen = SeenFor(_typeDirectives, type.Name.Value);
                    break;
                case TypeExtensionNode extension:
                    seen = SeenFor(_typeDirectives, extension.Name.Value);
                    break;
                case DirectiveDefinitionNode definition:
                    seen = SeenFor(_directiveDirectives, definition.Name.Value);
                    break;
                case DirectiveExtensionNode extension:
                    seen = SeenFor(_directiveDirectives, extension.Name.Value);
                    break;
                default:
                    _local.Clear();
                    seen = _local;
                    break;
            }

            foreach (var directive in withDirectives.Directives)
            {
                var name = directive.Name.Value;
                if (!_isUnique.TryGetValue(name, out var unique) || !unique)
                {
                    continue;
                }

                if (seen.TryGetValue(name, out var first))
                {
                    _context.ReportError(new GraphQLError("The directive \"@" + name + "\" can only be used once at this location.", [first, directive]));
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
