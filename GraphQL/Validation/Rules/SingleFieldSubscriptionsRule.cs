using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;
using GraphQL.Utilities;

namespace GraphQL.Validation.Rules;

/// <summary>Spec §5.2.3.1 Single Root Field: a subscription selects exactly one, non-introspection, unconditional root field.</summary>
public sealed class SingleFieldSubscriptionsRule : IValidationRule
{
    /// <summary>The rule.</summary>
    public static SingleFieldSubscriptionsRule Instance { get; } = new();

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is not OperationDefinitionNode { Operation: OperationType.Subscription } operation
                || context.Schema.SubscriptionType is not { } subscriptionType)
            {
                return VisitorAction.Continue;
            }

            var collector = new RootFieldCollector(context, subscriptionType);
            collector.Collect(operation.SelectionSet);
            var prefix = operation.Name is { } name ? "Subscription \"" + name.Value + "\"" : "Anonymous Subscription";
            if (collector.ForbiddenDirectives.Count > 0)
            {
                context.ReportError(new GraphQLError(
                    prefix + " must not use `@skip` or `@include` directives in the top level selection.", collector.ForbiddenDirectives));
                return VisitorAction.Continue;
            }

            var groups = collector.Groups;
            if (groups.Count == 0)
            {
                context.ReportError(new GraphQLError(prefix + " must select one top level field.", operation.SelectionSet));
            }
            else if (groups.Count > 1)
            {
                var extra = new List<Node>();
                for (var i = 1; i < groups.Count; i++)
                {
                    extra.AddRange(groups[i]);
                }

                context.ReportError(new GraphQLError(prefix + " must select only one top level field.", extra));
            }

            foreach (var group in groups)
            {
                if (group[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
                {
                    context.ReportError(new GraphQLError(prefix + " must not select an introspection top level field.", group));
                }
            }

            return VisitorAction.Continue;
        }
    }

    // Collects the root fields as execution would, recording @skip and @include instead of evaluating them.
    private sealed class RootFieldCollector(ValidationContext context, ObjectType rootType)
    {
        private readonly Dictionary<string, List<FieldNode>> _byKey = new(StringComparer.Ordinal);
        private readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);

        public List<List<FieldNode>> Groups { get; } = [];

        public List<Node> ForbiddenDirectives { get; } = [];

        public void Collect(SelectionSetNode selectionSet)
        {
            context.SpendFragmentWork(selectionSet.Selections.Count);
            foreach (var selection in selectionSet.Selections)
            {
                context.SpendFragmentWork(selection.Directives.Count);
                if (!Included(selection))
                {
                    continue;
                }

                switch (selection)
                {
                    case FieldNode field:
                        if (!_byKey.TryGetValue(field.ResponseKey, out var group))
                        {
                            group = [];
                            _byKey[field.ResponseKey] = group;
                            Groups.Add(group);
                        }

                        group.Add(field);
                        break;
                    case InlineFragmentNode inline when Applies(inline.TypeCondition):
                        Collect(inline.SelectionSet);
                        break;
                    case FragmentSpreadNode spread:
                        if (context.GetFragment(spread.Name.Value) is { } fragment
                            && Applies(fragment.TypeCondition)
                            && _visitedFragments.Add(spread.Name.Value))
                        {
                            Collect(fragment.SelectionSet);
                        }

                        break;
                }
            }
        }

        private bool Included(SelectionNode selection)
        {
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value == "skip")
                {
                    ForbiddenDirectives.Add(directive);
                    return false;
                }
            }

            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value == "include")
                {
                    ForbiddenDirectives.Add(directive);
                    return false;
                }
            }

            return true;
        }

        private bool Applies(NamedTypeNode? condition)
        {
            if (condition is null)
            {
                return true;
            }

            var type = TypeFromAst.From(context.Schema, condition);
            return ReferenceEquals(type, rootType) || (type is IAbstractType abstractType && context.Schema.IsSubType(abstractType, rootType));
        }
    }
}
