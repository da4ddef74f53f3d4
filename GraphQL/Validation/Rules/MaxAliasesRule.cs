using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>
/// A protection, not a spec rule: a document may use at most a given number of aliases, so one request
/// cannot ask for the same costly field thousands of times. Applied by <see cref="ValidationOptions.MaxAliases"/>.
/// </summary>
/// <param name="maxAliases">The most aliases allowed.</param>
public sealed class MaxAliasesRule(int maxAliases) : IValidationRule
{
    /// <summary>The most aliases allowed.</summary>
    public int MaxAliases { get; } = maxAliases;

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context, MaxAliases);

    private sealed class Visitor(ValidationContext context, int maxAliases) : AstVisitor
    {
        private int _aliases;

        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is FieldNode { Alias: not null })
            {
                _aliases++;
            }

            return VisitorAction.Continue;
        }

        public override VisitorAction Leave(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is DocumentNode document && _aliases > maxAliases)
            {
                context.ReportError(new GraphQLError(
                    "The GraphQL document uses " + _aliases + " aliases, more than the " + maxAliases + " allowed.", document.Definitions[0]));
            }

            return VisitorAction.Continue;
        }
    }
}
