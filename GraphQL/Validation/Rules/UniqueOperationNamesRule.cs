using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Spec §5.2.1.1 Operation Name Uniqueness.</summary>
public sealed class UniqueOperationNamesRule : IValidationRule
{
    /// <summary>The rule.</summary>
    public static UniqueOperationNamesRule Instance { get; } = new();

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private Dictionary<string, NameNode>? _known;

        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            switch (node)
            {
                case OperationDefinitionNode { Name: { } name }:
                    _known ??= new Dictionary<string, NameNode>(StringComparer.Ordinal);
                    if (_known.TryGetValue(name.Value, out var first))
                    {
                        context.ReportError(new GraphQLError("There can be only one operation named \"" + name.Value + "\".", [first, name]));
                    }
                    else
                    {
                        _known[name.Value] = name;
                    }

                    return VisitorAction.Skip;
                case ExecutableDefinitionNode:
                    return VisitorAction.Skip;
                default:
                    return VisitorAction.Continue;
            }
        }
    }
}
