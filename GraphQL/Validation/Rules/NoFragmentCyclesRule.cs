using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Spec §5.5.2.2 Fragment Spreads Must Not Form Cycles.</summary>
public sealed class NoFragmentCyclesRule : IValidationRule
{
    /// <summary>The rule.</summary>
    public static NoFragmentCyclesRule Instance { get; } = new();

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        // Most documents have no fragments, so the search state is made when the first one appears.
        private CycleSearch? _search;

        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            switch (node)
            {
                case FragmentDefinitionNode fragment:
                    (_search ??= new CycleSearch(context)).Detect(fragment);
                    return VisitorAction.Skip;
                case OperationDefinitionNode:
                    return VisitorAction.Skip;
                default:
                    return VisitorAction.Continue;
            }
        }
    }

    // Depth-first over spreads; a spread of a fragment already on the path closes a cycle.
    private sealed class CycleSearch(ValidationContext context)
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<FragmentSpreadNode> _spreadPath = [];
        private readonly Dictionary<string, int> _pathIndexByName = new(StringComparer.Ordinal);

        public void Detect(FragmentDefinitionNode fragment)
        {
            var fragmentName = fragment.Name.Value;
            if (!_visited.Add(fragmentName))
            {
                return;
            }

            context.EnsureStack();
            var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
            if (spreads.Count == 0)
            {
                return;
            }

            _pathIndexByName[fragmentName] = _spreadPath.Count;
            foreach (var spread in spreads)
            {
                var spreadName = spread.Name.Value;
                _spreadPath.Add(spread);
                if (!_pathIndexByName.TryGetValue(spreadName, out var cycleIndex))
                {
                    if (context.GetFragment(spreadName) is { } spreadFragment)
                    {
                        Detect(spreadFragment);
                    }
                }
                else
                {
                    var cyclePath = _spreadPath.GetRange(cycleIndex, _spreadPath.Count - cycleIndex);
                    var via = string.Join(", ", cyclePath.Take(cyclePath.Count - 1).Select(s => "\"" + s.Name.Value + "\""));
                    context.ReportError(new GraphQLError(
                        "Cannot spread fragment \"" + spreadName + "\" within itself" + (via.Length != 0 ? " via " + via + "." : "."),
                        cyclePath));
                }

                _spreadPath.RemoveAt(_spreadPath.Count - 1);
            }

            _pathIndexByName.Remove(fragmentName);
        }
    }
}
