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

    private sealed class Visitor : AstVisitor
    {
        private readonly ValidationContext _context;
        private readonly Dictionary<string, List<(string Name, string Type)>> _requiredByDirective = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var directive in context.Schema.Directives)
            {
                _requiredByDirective[directive.Name] = directive.Arguments
                    .Where(a => a.IsRequired)
                    .Select(a => (a.Name, a.Type.ToString()!))
                    .ToList();
            }

            foreach (var definition in context.Document.Definitions)
            {
                if (definition is DirectiveDefinitionNode directive)
                {
                    _requiredByDirective[directive.Name.Value] = directive.Arguments
                        .Where(a => a.Type is NonNullTypeNode && a.DefaultValue is null)
                        .Select(a => (a.Name.Value, Printer.Print(a.Type)))
                        .ToList();
                }
            }
        }

        public override VisitorAction Leave(Node node, IReadOnlyList<Node> ancestors)
        {
            switch (node)
            {
                case FieldNode field when _context.FieldDefinition is { Arguments.Count: > 0 } definition:
                    foreach (var argument in definition.Arguments)
                    {
                        if (argument.IsRequired && !IsProvided(field.Arguments, argument.Name))
                        {
                            _context.ReportError(new GraphQLError(
                                "Argument \"" + argument + "\" of type \"" + argument.Type + "\" is required, but it was not provided.", field));
                        }
                    }

                    break;
                case DirectiveNode directive when _requiredByDirective.TryGetValue(directive.Name.Value, out var required):
                    foreach (var (name, type) in required)
                    {
                        if (!IsProvided(directive.Arguments, name))
                        {
                            _context.ReportError(new GraphQLError(
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
