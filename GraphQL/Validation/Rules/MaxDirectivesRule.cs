using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>
/// A protection, not a spec rule: a document may apply at most a given number of directives.
/// Applied by <see cref="ValidationOptions.MaxDirectives"/>.
/// </summary>
/// <param name="maxDirectives">The most directives allowed.</param>
public sealed class MaxDirectivesRule(int maxDirectives) : IValidationRule
{
    /// <summary>The most directives allowed.</summary>
    public int MaxDirectives { get; } = maxDirectives;

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context, MaxDirectives);

    private sealed class Visitor(ValidationContext context, int maxDirectives) : AstVisitor
    {
        private int _directives;

        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node.Kind == NodeKind.Directive)
            {
                _directives++;
                return VisitorAction.Skip;
            }

            return VisitorAction.Continue;
        }

        public override VisitorAction Leave(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is DocumentNode document && _directives > maxDirectives)
            {
                context.ReportError(new GraphQLError(
                    "The GraphQL document applies " + _directives + " directives, more than the " + maxDirectives + " allowed.", document.Definitions[0]));
            }

            return VisitorAction.Continue;
        }
    }
}
