using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Spec §5.5.1.4 Fragments Must Be Used: every fragment is reachable from some operation.</summary>
public sealed class NoUnusedFragmentsRule : IValidationRule
{
    /// <summary>The rule.</summary>
    public static NoUnusedFragmentsRule Instance { get; } = new();

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private readonly List<OperationDefinitionNode> _operations = [];
        private readonly List<FragmentDefinitionNode> _fragments = [];

        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            switch (node)
            {
                case OperationDefinitionNode operation:
                    _operations.Add(operation);
                    return VisitorAction.Skip;
                case FragmentDefinitionNode fragment:
                    _fragments.Add(fragment);
                    return VisitorAction.Skip;
                default:
                    return VisitorAction.Continue;
            }
        }

        public override VisitorAction Leave(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node.Kind != NodeKind.Document || _fragments.Count == 0)
            {
                return VisitorAction.Continue;
            }

            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var fragment in context.GetRecursivelyReferencedFragments(_operations))
            {
                used.Add(fragment.Name.Value);
            }

            foreach (var fragment in _fragments)
            {
                if (!used.Contains(fragment.Name.Value))
                {
                    context.ReportError(new GraphQLError("Fragment \"" + fragment.Name.Value + "\" is never used.", fragment));
                }
            }

            return VisitorAction.Continue;
        }
    }
}
