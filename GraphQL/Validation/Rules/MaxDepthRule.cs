using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>
/// A protection, not a spec rule: an operation's fields may nest at most a given depth, fragments followed
/// (a root field is depth 1). Applied by <see cref="ValidationOptions.MaxDepth"/>.
/// </summary>
/// <param name="maxDepth">The deepest allowed field nesting.</param>
public sealed class MaxDepthRule(int maxDepth) : IValidationRule
{
    /// <summary>The deepest allowed field nesting.</summary>
    public int MaxDepth { get; } = maxDepth;

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context, MaxDepth);

    private sealed class Visitor(ValidationContext context, int maxDepth) : AstVisitor
    {
        private readonly Dictionary<string, int> _fragmentDepths = new(StringComparer.Ordinal);
        private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            switch (node)
            {
                case OperationDefinitionNode operation:
                    var depth = Depth(operation.SelectionSet);
                    if (depth > maxDepth)
                    {
                        context.ReportError(new GraphQLError(
                            "The GraphQL document has an execution depth of " + depth + " which exceeds the max allowed execution depth of " + maxDepth + ".",
                            operation));
                    }

                    return VisitorAction.Skip;
                case FragmentDefinitionNode:
                    return VisitorAction.Skip;
                default:
                    return VisitorAction.Continue;
            }
        }

        // The depth of the deepest field below a selection set; each fragment is measured once.
        private int Depth(SelectionSetNode selectionSet)
        {
            context.EnsureStack();
            var deepest = 0;
            foreach (var selection in selectionSet.Selections)
            {
                var depth = selection switch
                {
                    FieldNode field => 1 + (field.SelectionSet is { } inner ? Depth(inner) : 0),
                    InlineFragmentNode inline => Depth(inline.SelectionSet),
                    FragmentSpreadNode spread => FragmentDepth(spread.Name.Value),
                    _ => 0,
                };
                deepest = Math.Max(deepest, depth);
            }

            return deepest;
        }

        private int FragmentDepth(string name)
        {
            if (_fragmentDepths.TryGetValue(name, out var known))
            {
                return known;
            }

            if (context.GetFragment(name) is not { } fragment || !_inProgress.Add(name))
            {
                return 0;
            }

            var depth = Depth(fragment.SelectionSet);
            _inProgress.Remove(name);
            _fragmentDepths[name] = depth;
            return depth;
        }
    }
}
