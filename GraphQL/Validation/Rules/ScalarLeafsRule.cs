using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>Spec §5.3.3 Leaf Field Selections: leaves have no selection set, everything else has one.</summary>
public sealed class ScalarLeafsRule : IValidationRule
{
    /// <summary>The rule.</summary>
    public static ScalarLeafsRule Instance { get; } = new();

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is not FieldNode field || context.Type is not { } type)
            {
                return VisitorAction.Continue;
            }

            var fieldName = field.Name.Value;
            if (type.NamedType() is ILeafType)
            {
                if (field.SelectionSet is { } selectionSet)
                {
                    context.ReportError(new GraphQLError(
                        "Field \"" + fieldName + "\" must not have a selection since type \"" + type + "\" has no subfields.", selectionSet));
                }
            }
            else if (field.SelectionSet is null)
            {
                context.ReportError(new GraphQLError(
                    "Field \"" + fieldName + "\" of type \"" + type + "\" must have a selection of subfields. Did you mean \"" + fieldName + " { ... }\"?",
                    field));
            }
            else if (field.SelectionSet.Selections.Count == 0 && !context.Options.AllowEmptySelectionSets)
            {
                context.ReportError(new GraphQLError(
                    "Field \"" + fieldName + "\" of type \"" + type + "\" must have at least one field selected.", field));
            }

            return VisitorAction.Continue;
        }
    }
}
