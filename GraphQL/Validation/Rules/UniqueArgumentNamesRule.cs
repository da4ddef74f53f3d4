using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Spec §5.4.2 Argument Uniqueness.</summary>
public sealed class UniqueArgumentNamesRule : IValidationRule
{
    /// <summary>The rule.</summary>
    public static UniqueArgumentNamesRule Instance { get; } = new();

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            var arguments = node switch
            {
                FieldNode field => field.Arguments,
                DirectiveNode directive => directive.Arguments,
                _ => null,
            };
            if (arguments is not { Count: > 1 })
            {
                return VisitorAction.Continue;
            }

            foreach (var (name, nodes) in DuplicateNames.Find(arguments, a => a.Name))
            {
                context.ReportError(new GraphQLError("There can be only one argument named \"" + name + "\".", nodes));
            }

            return VisitorAction.Continue;
        }
    }
}
