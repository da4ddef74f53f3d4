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
            if (node is OperationDefinitionNode { VariableDefinitions.Count: > 1 } operation)
            {
                foreach (var group in operation.VariableDefinitions.GroupBy(v => v.Variable.Name.Value, StringComparer.Ordinal))
                {
                    var names = group.Select(v => (Node)v.Variable.Name).ToList();
                    if (names.Count > 1)
                    {
                        context.ReportError(new GraphQLError("There can be only one variable named \"$" + group.Key + "\".", names));
                    }
                }
            }

            return VisitorAction.Continue;
        }
    }
}
