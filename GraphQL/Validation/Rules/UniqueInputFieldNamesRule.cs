using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Spec §5.6.3 Input Object Field Uniqueness.</summary>
public sealed class UniqueInputFieldNamesRule : IValidationRule
{
    /// <summary>The rule.</summary>
    public static UniqueInputFieldNamesRule Instance { get; } = new();

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is not ObjectValueNode { Fields.Count: > 1 } value)
            {
                return VisitorAction.Continue;
            }

            var known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
            foreach (var field in value.Fields)
            {
                var name = field.Name.Value;
                if (known.TryGetValue(name, out var first))
                {
                    context.ReportError(new GraphQLError("There can be only one input field named \"" + name + "\".", [first, field.Name]));
                }
                else
                {
                    known[name] = field.Name;
                }
            }

            return VisitorAction.Continue;
        }
    }
}
