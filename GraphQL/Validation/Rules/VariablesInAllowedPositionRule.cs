using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;
using GraphQL.Utilities;

namespace GraphQL.Validation.Rules;

/// <summary>Spec §5.8.5 All Variable Usages Are Allowed: a variable's type fits every position it is used in.</summary>
public sealed class VariablesInAllowedPositionRule : IValidationRule
{
    /// <summary>The rule.</summary>
    public static VariablesInAllowedPositionRule Instance { get; } = new();

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction Leave(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is not OperationDefinitionNode operation)
            {
                return VisitorAction.Continue;
            }

            var usages = context.GetRecursiveVariableUsages(operation);
            if (usages.Count == 0)
            {
                return VisitorAction.Continue;
            }

            var definitions = new Dictionary<string, VariableDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in operation.VariableDefinitions)
            {
                definitions[definition.Variable.Name.Value] = definition;
            }

            foreach (var usage in usages)
            {
                var name = usage.Node.Name.Value;
                if (!definitions.TryGetValue(name, out var definition) || usage.Type is not { } locationType)
                {
                    continue;
                }

                if (TypeFromAst.From(context.Schema, definition.Type) is not { } variableType)
                {
                    continue;
                }

                if (!IsAllowed(variableType, definition.DefaultValue, locationType, usage.HasDefaultValue))
                {
                    context.ReportError(new GraphQLError(
                        "Variable \"$" + name + "\" of type \"" + variableType + "\" used in position expecting type \"" + locationType + "\".",
                        [definition, usage.Node]));
                }

                if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullType)
                {
                    context.ReportError(new GraphQLError(
                        "Variable \"$" + name + "\" is of type \"" + variableType + "\" but must be non-nullable to be used for OneOf Input Object \"" + oneOf.Name + "\".",
                        [definition, usage.Node]));
                }
            }

            return VisitorAction.Continue;
        }

        // A nullable variable may fill a non-null position when it or the position has a default value.
        private bool IsAllowed(IGraphQLType variableType, ValueNode? variableDefault, IGraphQLType locationType, bool locationHasDefault)
        {
            if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
            {
                var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
                if (!hasNonNullVariableDefault && !locationHasDefault)
                {
                    return false;
                }

                return SchemaValidator.IsTypeSubTypeOf(context.Schema, variableType, nonNullLocation.OfType);
            }

            return SchemaValidator.IsTypeSubTypeOf(context.Schema, variableType, locationType);
        }
    }
}
