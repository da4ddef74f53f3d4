using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Spec §5.5.2.1 Fragment Spread Target Defined.</summary>
public sealed class KnownFragmentNamesRule : IValidationRule
{
    /// <summary>The rule.</summary>
    public static KnownFragmentNamesRule Instance { get; } = new();

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is FragmentSpreadNode spread && context.GetFragment(spread.Name.Value) is null)
            {
                context.ReportError(new GraphQLError("Unknown fragment \"" + spread.Name.Value + "\".", spread.Name));
            }

            return VisitorAction.Continue;
        }
    }
}
