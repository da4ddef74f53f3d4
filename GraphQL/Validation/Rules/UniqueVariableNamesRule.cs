using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Spec §5.8.1 Variable Uniqueness.</summary>
public sealed class UniqueVariableNamesRule : IValidationRule
{
    /// <summary>The rule.</summary>
    public static UniqueVariableNamesRule Instance { get; } = new();

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is not OperationDefinitionNode { VariableDefinitions.Count: > 1 } operation)
            {
                return VisitorAction.Continue;
            }

            foreach (var (name, nodes) in DuplicateNames.Find(operation.VariableDefinitions, d => d.Variable.Name))
            {
                context.ReportError(new GraphQLError("There can be only one variable named \"$" + name + "\".", nodes));
            }

            return VisitorAction.Continue;
        }
    }
}
