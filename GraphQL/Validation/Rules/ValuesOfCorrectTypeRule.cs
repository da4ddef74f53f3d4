using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Spec §5.6.1 Values of Correct Type: each literal can be coerced to the input type expected where it appears.</summary>
public sealed class ValuesOfCorrectTypeRule : IValidationRule
{
    /// <summary>The rule.</summary>
    public static ValuesOfCorrectTypeRule Instance { get; } = new();

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        // The outermost literal is checked whole, so its parts are skipped.
        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            var expected = node.Kind switch
            {
                NodeKind.ListValue => context.ParentInputType,
                NodeKind.NullValue or NodeKind.ObjectValue or NodeKind.EnumValue or NodeKind.IntValue or NodeKind.FloatValue
                    or NodeKind.StringValue or NodeKind.BooleanValue => context.InputType,
                _ => null,
            };
            if (expected is null)
            {
                return node is ValueNode and not VariableNode ? VisitorAction.Skip : VisitorAction.Continue;
            }

            InputLiteralValidator.Validate((ValueNode)node, expected, context.ReportError, context.HideSuggestions);
            return VisitorAction.Skip;
        }
    }
}
