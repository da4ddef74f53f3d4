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

            for (var i = 0; i < arguments.Count; i++)
            {
                var name = arguments[i].Name.Value;
                var isFirst = true;
                for (var j = 0; j < i; j++)
                {
                    if (arguments[j].Name.Value == name)
                    {
                        isFirst = false;
                        break;
                    }
                }

                if (!isFirst)
                {
                    continue;
                }

                List<Node>? duplicates = null;
                for (var j = i + 1; j < arguments.Count; j++)
                {
                    if (arguments[j].Name.Value == name)
                    {
                        duplicates ??= [arguments[i].Name];
                        duplicates.Add(arguments[j].Name);
                    }
                }

                if (duplicates is not null)
                {
                    context.ReportError(new GraphQLError("There can be only one argument named \"" + name + "\".", duplicates));
                }
            }

            return VisitorAction.Continue;
        }
    }
}
