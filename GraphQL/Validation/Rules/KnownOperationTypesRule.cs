using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Spec §5.2.1 (graphql-js 17): the schema must define a root type for each operation's type.</summary>
public sealed class KnownOperationTypesRule : IValidationRule
{
    /// <summary>The rule.</summary>
    public static KnownOperationTypesRule Instance { get; } = new();

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is OperationDefinitionNode operation && context.Schema.GetRootType(operation.Operation) is null)
            {
                var name = operation.Operation switch
                {
                    OperationType.Query => "query",
                    OperationType.Mutation => "mutation",
                    _ => "subscription",
                };
                context.ReportError(new GraphQLError("The " + name + " operation is not supported by the schema.", operation));
            }

            return VisitorAction.Continue;
        }
    }
}
