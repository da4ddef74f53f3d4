using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;
using GraphQL.Utilities;

namespace GraphQL.Validation.Rules;

/// <summary>Spec §5.3.1 Field Selections: a selected field must be defined on the parent type.</summary>
public sealed class FieldsOnCorrectTypeRule : IValidationRule
{
    /// <summary>The rule.</summary>
    public static FieldsOnCorrectTypeRule Instance { get; } = new();

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is not FieldNode field || context.ParentType is not { } type || context.FieldDefinition is not null)
            {
                return VisitorAction.Continue;
            }

            var fieldName = field.Name.Value;
            var suggestion = string.Empty;
            if (!context.HideSuggestions)
            {
                suggestion = Suggestions.DidYouMean(SuggestedTypeNames(context.Schema, type, fieldName), "to use an inline fragment on");
                if (suggestion.Length == 0)
                {
                    suggestion = Suggestions.DidYouMean(SuggestedFieldNames(type, fieldName));
                }
            }

            context.ReportError(new GraphQLError("Cannot query field \"" + fieldName + "\" on type \"" + type.Name + "\"." + suggestion, field));
            return VisitorAction.Continue;
        }

        // Types that do have the field, most-implemented interfaces first, then by name.
        private static List<string> SuggestedTypeNames(Schema schema, ICompositeType type, string fieldName)
        {
            if (type is not IAbstractType abstractType)
            {
                return [];
            }

            var suggested = new List<FieldsType>();
            var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var possibleType in schema.GetPossibleTypes(abstractType))
            {
                if (possibleType.GetField(fieldName) is null)
                {
                    continue;
                }

                if (!usageCount.ContainsKey(possibleType.Name))
                {
                    suggested.Add(possibleType);
                }

                usageCount[possibleType.Name] = 1;
                foreach (var possibleInterface in possibleType.Interfaces)
                {
                    if (possibleInterface.GetField(fieldName) is null)
                    {
                        continue;
                    }

                    if (!usageCount.TryGetValue(possibleInterface.Name, out var count))
                    {
                        suggested.Add(possibleInterface);
                    }

                    usageCount[possibleInterface.Name] = count + 1;
                }
            }

            suggested.Sort((a, b) =>
            {
                var byUsage = usageCount[b.Name] - usageCount[a.Name];
                if (byUsage != 0)
                {
                    return byUsage;
                }

                if (a is InterfaceType ia && schema.IsSubType(ia, b))
                {
                    return -1;
                }

                if (b is InterfaceType ib && schema.IsSubType(ib, a))
                {
                    return 1;
                }

                return NaturalCompare.Compare(a.Name, b.Name);
            });
            return suggested.ConvertAll(t => t.Name);
        }

        private static IReadOnlyList<string> SuggestedFieldNames(ICompositeType type, string fieldName) =>
            type is FieldsType fields ? Suggestions.List(fieldName, fields.Fields.Select(f => f.Name)) : [];
    }
}
