using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Spec §5.8.4 All Variables Used: by the operation or a fragment it uses.</summary>
public sealed class NoUnusedVariablesRule : IValidationRule
{
    /// <summary>The rule.</summary>
    public static NoUnusedVariablesRule Instance { get; } = new();

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is not OperationDefinitionNode { VariableDefinitions.Count: > 0 } operation)
            {
                return VisitorAction.Continue;
            }

            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                used.Add(usage.Node.Name.Value);
            }

            foreach (var definition in operation.VariableDefinitions)
            {
                var name = definition.Variable.Name.Value;
                if (!used.Contains(name))
                {
                    context.ReportError(new GraphQLError(
                        operation.Name is { } operationName
                            ? "Variable \"$" + name + "\" is never used in operation \"" + operationName.Value + "\"."
                            : "Variable \"$" + name + "\" is never used.",
                        definition));
                }
            }

            return VisitorAction.Continue;
        }
    }
}
