using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Spec §5.2.2.1 Lone Anonymous Operation: an anonymous operation must be the only operation.</summary>
public sealed class LoneAnonymousOperationRule : IValidationRule
{
    /// <summary>The rule.</summary>
    public static LoneAnonymousOperationRule Instance { get; } = new();

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private int _operationCount;

        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            switch (node)
            {
                case DocumentNode document:
                    foreach (var definition in document.Definitions)
                    {
                        if (definition is OperationDefinitionNode)
                        {
                            _operationCount++;
                        }
                    }

                    return VisitorAction.Continue;
                case OperationDefinitionNode operation:
                    if (operation.Name is null && _operationCount > 1)
                    {
                        context.ReportError(new GraphQLError("This anonymous operation must be the only defined operation.", operation));
                    }

                    return VisitorAction.Skip;
                case FragmentDefinitionNode:
                    return VisitorAction.Skip;
                default:
                    return VisitorAction.Continue;
            }
        }
    }
}
