using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Utilities;

namespace GraphQL.Validation.Rules;

/// <summary>Spec §5.4.1 Argument Names: every argument is defined by the field or directive.</summary>
public sealed class KnownArgumentNamesRule : IValidationRule
{
    /// <summary>The rule.</summary>
    public static KnownArgumentNamesRule Instance { get; } = new();

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private SchemaDirectives? _directives;

        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            switch (node)
            {
                case DirectiveNode directive:
                    _directives ??= SchemaDirectives.For(context.Schema, context.Document);
                    if (directive.Arguments.Count > 0 && _directives.Facts.TryGetValue(directive.Name.Value, out var facts))
                    {
                        var known = facts.ArgumentNames;
                        foreach (var argument in directive.Arguments)
                        {
                            var name = argument.Name.Value;
                            if (!known.Contains(name))
                            {
                                var suggestions = context.HideSuggestions ? [] : Suggestions.List(name, known);
                                context.ReportError(new GraphQLError(
                                    "Unknown argument \"" + name + "\" on directive \"@" + directive.Name.Value + "\"." + Suggestions.DidYouMean(suggestions),
                                    argument));
                            }
                        }
                    }

                    return VisitorAction.Skip;
                case ArgumentNode argument when context.Argument is null && context.FieldDefinition is { } field:
                    var argumentName = argument.Name.Value;
                    var fieldSuggestions = context.HideSuggestions ? [] : Suggestions.List(argumentName, field.Arguments.Select(a => a.Name));
                    context.ReportError(new GraphQLError(
                        "Unknown argument \"" + argumentName + "\" on field \"" + SchemaCoordinates.Field(field) + "\"." + Suggestions.DidYouMean(fieldSuggestions),
                        argument));
                    return VisitorAction.Continue;
                default:
                    return VisitorAction.Continue;
            }
        }
    }
}
