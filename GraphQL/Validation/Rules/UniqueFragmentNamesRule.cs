using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Spec §5.5.1.1 Fragment Name Uniqueness.</summary>
public sealed class UniqueFragmentNamesRule : IValidationRule
{
    /// <summary>The rule.</summary>
    public static UniqueFragmentNamesRule Instance { get; } = new();

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private Dictionary<string, NameNode>? _known;

        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            switch (node)
            {
                case FragmentDefinitionNode fragment:
                    var name = fragment.Name;
                    _known ??= new Dictionary<string, NameNode>(StringComparer.Ordinal);
                    if (_known.TryGetValue(name.Value, out var first))
                    {
                        context.ReportError(new GraphQLError("There can be only one fragment named \"" + name.Value + "\".", [first, name]));
                    }
                    else
                    {
                        _known[name.Value] = name;
                    }

                    return VisitorAction.Skip;
                case OperationDefinitionNode:
                    return VisitorAction.Skip;
                default:
                    return VisitorAction.Continue;
            }
        }
    }
}
