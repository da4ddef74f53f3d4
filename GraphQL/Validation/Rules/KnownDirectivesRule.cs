using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Spec §5.7.1 Directives Are Defined, and §5.7.2 Directives Are In Valid Locations.</summary>
public sealed class KnownDirectivesRule : IValidationRule
{
    /// <summary>The rule.</summary>
    public static KnownDirectivesRule Instance { get; } = new();

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private SchemaDirectives? _directives;

        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is not DirectiveNode directive)
            {
                return VisitorAction.Continue;
            }

            var name = directive.Name.Value;
            _directives ??= SchemaDirectives.For(context.Schema, context.Document);
            if (!_directives.Facts.TryGetValue(name, out var facts))
            {
                context.ReportError(new GraphQLError("Unknown directive \"@" + name + "\".", directive));
                return VisitorAction.Continue;
            }

            if (LocationOf(ancestors) is { } candidate && !facts.Locations.Contains(candidate))
            {
                context.ReportError(new GraphQLError("Directive \"@" + name + "\" may not be used on " + candidate.ToName() + ".", directive));
            }

            return VisitorAction.Continue;
        }

        private static DirectiveLocation? LocationOf(IReadOnlyList<Node> ancestors)
        {
            var appliedTo = ancestors[^1];
            return appliedTo.Kind switch
            {
                NodeKind.OperationDefinition => ((OperationDefinitionNode)appliedTo).Operation switch
                {
                    OperationType.Query => DirectiveLocation.Query,
                    OperationType.Mutation => DirectiveLocation.Mutation,
                    _ => DirectiveLocation.Subscription,
                },
                NodeKind.Field => DirectiveLocation.Field,
                NodeKind.FragmentSpread => DirectiveLocation.FragmentSpread,
                NodeKind.InlineFragment => DirectiveLocation.InlineFragment,
                NodeKind.FragmentDefinition => DirectiveLocation.FragmentDefinition,
                NodeKind.VariableDefinition => DirectiveLocation.VariableDefinition,
                NodeKind.SchemaDefinition or NodeKind.SchemaExtension => DirectiveLocation.Schema,
                NodeKind.ScalarTypeDefinition or NodeKind.ScalarTypeExtension => DirectiveLocation.Scalar,
                NodeKind.ObjectTypeDefinition or NodeKind.ObjectTypeExtension => DirectiveLocation.Object,
                NodeKind.FieldDefinition => DirectiveLocation.FieldDefinition,
                NodeKind.InterfaceTypeDefinition or NodeKind.InterfaceTypeExtension => DirectiveLocation.Interface,
                NodeKind.UnionTypeDefinition or NodeKind.UnionTypeExtension => DirectiveLocation.Union,
                NodeKind.EnumTypeDefinition or NodeKind.EnumTypeExtension => DirectiveLocation.Enum,
                NodeKind.EnumValueDefinition => DirectiveLocation.EnumValue,
                NodeKind.InputObjectTypeDefinition or NodeKind.InputObjectTypeExtension => DirectiveLocation.InputObject,
                NodeKind.InputValueDefinition => ancestors.Count > 1 && ancestors[^2].Kind is NodeKind.InputObjectTypeDefinition or NodeKind.InputObjectTypeExtension
                    ? DirectiveLocation.InputFieldDefinition
                    : DirectiveLocation.ArgumentDefinition,
                NodeKind.DirectiveDefinition or NodeKind.DirectiveExtension => DirectiveLocation.DirectiveDefinition,
                _ => null,
            };
        }
    }
}
