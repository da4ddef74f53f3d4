using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;
using GraphQL.Utilities;

namespace GraphQL.Validation.Rules;

/// <summary>Spec §5.8.2 Variables Are Input Types.</summary>
public sealed class VariablesAreInputTypesRule : IValidationRule
{
    /// <summary>The rule.</summary>
    public static VariablesAreInputTypesRule Instance { get; } = new();

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is VariableDefinitionNode definition
                && TypeFromAst.From(context.Schema, definition.Type) is { } type
                && !type.IsInputType())
            {
                context.ReportError(new GraphQLError(
                    "Variable \"$" + definition.Variable.Name.Value + "\" cannot be non-input type \"" + Printer.Print(definition.Type) + "\".",
                    definition.Type));
            }

            return VisitorAction.Continue;
        }
    }
}
