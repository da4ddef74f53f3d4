using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Spec §5.8.3 All Variable Uses Defined: by the operation, through every fragment it uses.</summary>
public sealed class NoUndefinedVariablesRule : IValidationRule
{
    /// <summary>The rule.</summary>
    public static NoUndefinedVariablesRule Instance { get; } = new();

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is not OperationDefinitionNode operation)
            {
                return VisitorAction.Continue;
            }

            var defined = new HashSet<string>(StringComparer.Ordinal);
            foreach (var definition in operation.VariableDefinitions)
            {
                defined.Add(definition.Variable.Name.Value);
            }

            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (!defined.Contains(name))
                {
                    context.ReportError(new GraphQLError(
                        operation.Name is { } operationName
                            ? "Variable \"$" + name + "\" is not defined by operation \"" + operationName.Value + "\"."
                            : "Variable \"$" + name + "\" is not defined.",
                        [usage.Node, operation]));
                }
            }

            return VisitorAction.Continue;
        }
    }
}
