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

    private sealed class Visitor : AstVisitor
    {
        private readonly ValidationContext _context;
        private readonly Dictionary<string, List<string>> _directiveArguments = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var directive in context.Schema.Directives)
            {
                _directiveArguments[directive.Name] = directive.Arguments.Select(a => a.Name).ToList();
            }

            foreach (var definition in context.Document.Definitions)
            {
                if (definition is DirectiveDefinitionNode directive)
                {
                    _directiveArguments[directive.Name.Value] = directive.Arguments.Select(a => a.Name.Value).ToList();
                }
            }
        }

        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            switch (node)
            {
                case DirectiveNode directive:
                    if (_directiveArguments.TryGetValue(directive.Name.Value, out var known))
                    {
                        foreach (var argument in directive.Arguments)
                        {
                            var name = argument.Name.Value;
                            if (!known.Contains(name))
                            {
                                var suggestions = _context.HideSuggestions ? [] : Suggestions.List(name, known);
                                _context.ReportError(new GraphQLError(
                                    "Unknown argument \"" + name + "\" on directive \"@" + directive.Name.Value + "\"." + Suggestions.DidYouMean(suggestions),
                                    argument));
                            }
                        }
                    }

                    return VisitorAction.Skip;
                case ArgumentNode argument when _context.Argument is null && _context.FieldDefinition is { } field:
                    var argumentName = argument.Name.Value;
                    var fieldSuggestions = _context.HideSuggestions ? [] : Suggestions.List(argumentName, field.Arguments.Select(a => a.Name));
                    _context.ReportError(new GraphQLError(
                        "Unknown argument \"" + argumentName + "\" on field \"" + field + "\"." + Suggestions.DidYouMean(fieldSuggestions),
                        argument));
                    return VisitorAction.Continue;
                default:
                    return VisitorAction.Continue;
            }
        }
    }
}
