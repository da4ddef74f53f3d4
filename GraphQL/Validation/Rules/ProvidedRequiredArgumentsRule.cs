using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Spec §5.4.2.1 Required Arguments: every non-null argument without a default is given.</summary>
public sealed class ProvidedRequiredArgumentsRule : IValidationRule
{
    /// <summary>The rule.</summary>
    public static ProvidedRequiredArgumentsRule Instance { get; } = new();

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private SchemaDirectives? _directives;

        public override VisitorAction Leave(Node node, IReadOnlyList<Node> ancestors)
        {
            switch (node)
            {
                case FieldNode field when context.FieldDefinition is { Arguments.Count: > 0 } definition:
                    foreach (var argument in definition.Arguments)
                    {
                        if (argument.IsRequired && !IsProvided(field.Arguments, argument.Name))
                        {
                            context.ReportError(new GraphQLError(
                                "Argument \"" + SchemaCoordinates.Argument(definition, argument) + "\" of type \"" + argument.Type + "\" is required, but it was not provided.", field));
                        }
                    }

                    break;
                case DirectiveNode directive
                    when (_directives ??= SchemaDirectives.For(context.Schema, context.Document)).Facts.TryGetValue(directive.Name.Value, out var facts):
                    foreach (var (name, type) in facts.RequiredArguments)
                    {
                        if (!IsProvided(directive.Arguments, name))
                        {
                            context.ReportError(new GraphQLError(
                                "Argument \"@" + directive.Name.Value + "(" + name + ":)\" of type \"" + type + "\" is required, but it was not provided.",
                                directive));
                        }
                    }

                    break;
            }

            return VisitorAction.Continue;
        }

        private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
        {
            foreach (var argument in arguments)
            {
                if (argument.Name.Value == name)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
