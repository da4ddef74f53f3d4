using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;
using GraphQL.Utilities;

namespace GraphQL.Validation.Rules;

/// <summary>Spec §5.5.1.3 Fragments On Composite Types: type conditions name objects, interfaces or unions.</summary>
public sealed class FragmentsOnCompositeTypesRule : IValidationRule
{
    /// <summary>The rule.</summary>
    public static FragmentsOnCompositeTypesRule Instance { get; } = new();

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            switch (node)
            {
                case InlineFragmentNode { TypeCondition: { } condition } when IsNonComposite(condition):
                    context.ReportError(new GraphQLError(
                        "Fragment cannot condition on non composite type \"" + Printer.Print(condition) + "\".", condition));
                    break;
                case FragmentDefinitionNode fragment when IsNonComposite(fragment.TypeCondition):
                    context.ReportError(new GraphQLError(
                        "Fragment \"" + fragment.Name.Value + "\" cannot condition on non composite type \"" + Printer.Print(fragment.TypeCondition) + "\".",
                        fragment.TypeCondition));
                    break;
            }

            return VisitorAction.Continue;
        }

        private bool IsNonComposite(NamedTypeNode condition) =>
            TypeFromAst.From(context.Schema, condition) is { } type && type is not ICompositeType;
    }
}
