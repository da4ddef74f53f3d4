using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>
/// graphql-js 17's recommended rule: an introspection query may nest <c>fields</c>, <c>interfaces</c>,
/// <c>possibleTypes</c> and <c>inputFields</c> at most three lists deep, so it cannot be made exponentially costly.
/// </summary>
public sealed class MaxIntrospectionDepthRule : IValidationRule
{
    private const int MaxListsDepth = 3;

    /// <summary>The rule.</summary>
    public static MaxIntrospectionDepthRule Instance { get; } = new();

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private Dictionary<string, int>? _checkedFragments;
        private Dictionary<string, int>? _exceededFragments;

        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is FieldNode field && field.Name.Value is "__schema" or "__type"
                && ExceedsDepth(field, new Dictionary<string, int>(StringComparer.Ordinal), 0))
            {
                context.ReportError(new GraphQLError("Maximum introspection depth exceeded", field));
                return VisitorAction.Skip;
            }

            return VisitorAction.Continue;
        }

        private bool ExceedsDepth(Node node, Dictionary<string, int> visitedFragments, int depth)
        {
            context.EnsureStack();
            if (node is FragmentSpreadNode spread)
            {
                var name = spread.Name.Value;
                _checkedFragments ??= new Dictionary<string, int>(StringComparer.Ordinal);
                _exceededFragments ??= new Dictionary<string, int>(StringComparer.Ordinal);
                if (_exceededFragments.TryGetValue(name, out var exceededDepth) && exceededDepth <= depth)
                {
                    return true;
                }

                if ((visitedFragments.TryGetValue(name, out var visitedDepth) && visitedDepth >= depth)
                    || (_checkedFragments.TryGetValue(name, out var checkedDepth) && checkedDepth >= depth)
                    || context.GetFragment(name) is not { } fragment)
                {
                    return false;
                }

                visitedFragments[name] = depth;
                if (ExceedsDepth(fragment, visitedFragments, depth))
                {
                    _exceededFragments[name] = depth;
                    return true;
                }

                _checkedFragments[name] = depth;
                return false;
            }

            if (node is FieldNode field && field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields"
                && ++depth >= MaxListsDepth)
            {
                return true;
            }

            var selectionSet = node switch
            {
                FieldNode f => f.SelectionSet,
                InlineFragmentNode inline => inline.SelectionSet,
                FragmentDefinitionNode fragment => fragment.SelectionSet,
                _ => null,
            };
            if (selectionSet is not null)
            {
                foreach (var child in selectionSet.Selections)
                {
                    if (ExceedsDepth(child, visitedFragments, depth))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
