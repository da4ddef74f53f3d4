using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;
using GraphQL.Utilities;

namespace GraphQL.Validation.Rules;

/// <summary>Spec §5.5.2.3 Fragment Spread Is Possible: the fragment's type can overlap the parent type.</summary>
public sealed class PossibleFragmentSpreadsRule : IValidationRule
{
    /// <summary>The rule.</summary>
    public static PossibleFragmentSpreadsRule Instance { get; } = new();

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            switch (node)
            {
                case InlineFragmentNode inline:
                    if (context.Type is ICompositeType fragmentType
                        && context.ParentType is { } parentType
                        && !TypeComparators.DoTypesOverlap(context.Schema, fragmentType, parentType))
                    {
                        context.ReportError(new GraphQLError(
                            "Fragment cannot be spread here as objects of type \"" + parentType.Name + "\" can never be of type \"" + fragmentType.Name + "\".",
                            inline));
                    }

                    break;
                case FragmentSpreadNode spread:
                    if (FragmentType(spread.Name.Value) is { } spreadType
                        && context.ParentType is { } spreadParent
                        && !TypeComparators.DoTypesOverlap(context.Schema, spreadType, spreadParent))
                    {
                        context.ReportError(new GraphQLError(
                            "Fragment \"" + spread.Name.Value + "\" cannot be spread here as objects of type \"" + spreadParent.Name + "\" can never be of type \"" + spreadType.Name + "\".",
                            spread));
                    }

                    break;
            }

            return VisitorAction.Continue;
        }

        private ICompositeType? FragmentType(string name) =>
            context.GetFragment(name) is { } fragment ? TypeFromAst.From(context.Schema, fragment.TypeCondition) as ICompositeType : null;
    }
}
