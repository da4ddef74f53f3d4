using System.Text;
using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;
using GraphQL.Utilities;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.3.2 Field Selection Merging: fields with the same response name must be mergeable. Comparisons are
/// cached per selection set and fragment pair, and a complexity budget aborts pathological documents, so the
/// work grows with the document rather than exploding.
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRule : IValidationRule
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private const int ComplexityBudget = 500_000;

    /// <summary>The rule.</summary>
    public static OverlappingFieldsCanBeMergedRule Instance { get; } = new();

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private static string Abbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? text[..MaxConflictDetailLength] + "..." : text;

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private Comparer? _comparer;

        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is not SelectionSetNode selectionSet
                || (ancestors.Count > 0 && ancestors[^1].Kind == NodeKind.InlineFragment)
                || (selectionSet.Selections.Count <= 1
                    && (selectionSet.Selections.Count == 0 || selectionSet.Selections[0].Kind != NodeKind.InlineFragment)))
            {
                return VisitorAction.Continue;
            }

            _comparer ??= new Comparer(context);
            foreach (var conflict in _comparer.FindConflictsWithin(context.ParentType, selectionSet))
            {
                var nodes = new List<Node>(conflict.Fields1.Count + conflict.Fields2.Count);
                nodes.AddRange(conflict.Fields1);
                nodes.AddRange(conflict.Fields2);
                context.ReportError(new GraphQLError(
                    "Fields \"" + Abbreviate(conflict.ResponseName) + "\" conflict because " + conflict.Reason
                    + ". Use different aliases on the fields to fetch both if this was intentional.",
                    nodes));
            }

            return VisitorAction.Continue;
        }
    }

    private sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    private sealed class FieldEntry(INamedType? parentType, FieldNode node, FieldDefinition? definition)
    {
        public INamedType? ParentType { get; } = parentType;

        public FieldNode Node { get; } = node;

        public FieldDefinition? Definition { get; } = definition;

        public bool IsSimpleLeaf => Node.Arguments.Count == 0 && Node.SelectionSet is null;
    }

    // The fields of a selection set grouped by response name (fragments not followed) and the spreads it holds.
    private sealed class CollectedFields
    {
        public Dictionary<string, List<FieldEntry>> Grouped { get; } = new(StringComparer.Ordinal);

        public List<string> Order { get; } = [];

        public List<FragmentSpreadNode> Spreads { get; } = [];

        public List<FragmentDefinitionNode?>? DistinctFragments { get; set; }

        public Dictionary<CollectedFields, List<(string Name, List<FieldEntry> First, List<FieldEntry> Second)>>? Overlaps { get; set; }
    }

    private sealed class Comparer(ValidationContext context)
    {
        private readonly Dictionary<(INamedType?, SelectionSetNode), CollectedFields> _collected = new();
        private readonly Dictionary<(CollectedFields, FragmentDefinitionNode?), bool> _comparedFieldsAndFragments = new();
        private readonly Dictionary<(FragmentDefinitionNode, FragmentDefinitionNode), bool> _comparedFragments = new();
        private readonly Dictionary<ValueNode, string> _valueKeys = new();
        private int _budget = ComplexityBudget;

        public List<Conflict> FindConflictsWithin(ICompositeType? parentType, SelectionSetNode selectionSet)
        {
            var conflicts = new List<Conflict>();
            var fields = Collect(parentType, selectionSet);
            foreach (var name in fields.Order)
            {
                var group = fields.Grouped[name];
                for (var i = 0; i < group.Count; i++)
                {
                    for (var j = i + 1; j < group.Count; j++)
                    {
                        if (FindConflict(false, name, group[i], group[j]) is { } conflict)
                        {
                            conflicts.Add(conflict);
                        }
                    }
                }
            }

            if (fields.Spreads.Count != 0 && (fields.Order.Count != 0 || fields.Spreads.Count > 1))
            {
                var fragments = DistinctFragments(fields);
                for (var i = 0; i < fragments.Count; i++)
                {
                    BetweenFieldsAndFragment(conflicts, false, fields, fragments[i]);
                    for (var j = i + 1; j < fragments.Count; j++)
                    {
                        BetweenFragments(conflicts, false, fragments[i], fragments[j]);
                    }
                }
            }

            return conflicts;
        }

        private void BetweenFieldsAndFragment(List<Conflict> conflicts, bool exclusive, CollectedFields fields, FragmentDefinitionNode? fragment)
        {
            Spend(1);
            if (fields.Order.Count == 0 || AlreadyCompared(_comparedFieldsAndFragments, (fields, fragment), exclusive))
            {
                return;
            }

            _comparedFieldsAndFragments[(fields, fragment)] = exclusive;
            if (fragment is null)
            {
                return;
            }

            context.EnsureStack();
            var fragmentFields = CollectFragment(fragment);
            var referenced = DistinctFragments(fragmentFields);
            if (ReferenceEquals(fields, fragmentFields))
            {
                return;
            }

            Between(conflicts, exclusive, fields, fragmentFields);
            foreach (var next in referenced)
            {
                BetweenFieldsAndFragment(conflicts, exclusive, fields, next);
            }
        }

        private void BetweenFragments(List<Conflict> conflicts, bool exclusive, FragmentDefinitionNode? fragment1, FragmentDefinitionNode? fragment2)
        {
            Spend(2);
            if (ReferenceEquals(fragment1, fragment2) || fragment1 is null || fragment2 is null)
            {
                // A missing fragment is reported by KnownFragmentNames; it still counts as compared.
                return;
            }

            if (AlreadyCompared(_comparedFragments, (fragment1, fragment2), exclusive)
                || AlreadyCompared(_comparedFragments, (fragment2, fragment1), exclusive))
            {
                return;
            }

            _comparedFragments[(fragment1, fragment2)] = exclusive;
            context.EnsureStack();
            var fields1 = CollectFragment(fragment1);
            var referenced1 = DistinctFragments(fields1);
            var fields2 = CollectFragment(fragment2);
            var referenced2 = DistinctFragments(fields2);
            Between(conflicts, exclusive, fields1, fields2);
            foreach (var next in referenced2)
            {
                BetweenFragments(conflicts, exclusive, fragment1, next);
            }

            foreach (var next in referenced1)
            {
                BetweenFragments(conflicts, exclusive, next, fragment2);
            }
        }

        // Comparing as mutually exclusive is weaker than comparing as not exclusive, so only a stored
        // non-exclusive comparison answers for a non-exclusive one.
        private static bool AlreadyCompared<TKey>(Dictionary<TKey, bool> compared, TKey key, bool exclusive)
            where TKey : notnull =>
            compared.TryGetValue(key, out var storedExclusive) && (exclusive || !storedExclusive);

        private List<Conflict> BetweenSubSelectionSets(
            bool exclusive, INamedType? parentType1, SelectionSetNode selectionSet1, INamedType? parentType2, SelectionSetNode selectionSet2)
        {
            var conflicts = new List<Conflict>();
            var fields1 = Collect(parentType1, selectionSet1);
            var fragments1 = DistinctFragments(fields1);
            var fields2 = Collect(parentType2, selectionSet2);
            var fragments2 = DistinctFragments(fields2);
            Between(conflicts, exclusive, fields1, fields2);
            foreach (var fragment2 in fragments2)
            {
                BetweenFieldsAndFragment(conflicts, exclusive, fields1, fragment2);
            }

            foreach (var fragment1 in fragments1)
            {
                BetweenFieldsAndFragment(conflicts, exclusive, fields2, fragment1);
            }

            foreach (var fragment1 in fragments1)
            {
                foreach (var fragment2 in fragments2)
                {
                    BetweenFragments(conflicts, exclusive, fragment1, fragment2);
                }
            }

            return conflicts;
        }

        private void Between(List<Conflict> conflicts, bool exclusive, CollectedFields fields1, CollectedFields fields2)
        {
            if (fields1.Order.Count == 0 || fields2.Order.Count == 0)
            {
                return;
            }

            foreach (var (name, list1, list2) in Overlapping(fields1, fields2))
            {
                foreach (var field1 in list1)
                {
                    foreach (var field2 in list2)
                    {
                        if (FindConflict(exclusive, name, field1, field2) is { } conflict)
                        {
                            conflicts.Add(conflict);
                        }
                    }
                }
            }
        }

        private List<(string Name, List<FieldEntry> First, List<FieldEntry> Second)> Overlapping(CollectedFields fields1, CollectedFields fields2)
        {
            fields1.Overlaps ??= new Dictionary<CollectedFields, List<(string, List<FieldEntry>, List<FieldEntry>)>>();
            if (fields1.Overlaps.TryGetValue(fields2, out var cached))
            {
                return cached;
            }

            var overlapping = new List<(string, List<FieldEntry>, List<FieldEntry>)>();
            foreach (var name in fields1.Order)
            {
                Spend(1);
                if (fields2.Grouped.TryGetValue(name, out var second))
                {
                    overlapping.Add((name, fields1.Grouped[name], second));
                }
            }

            fields1.Overlaps[fields2] = overlapping;
            return overlapping;
        }

        private Conflict? FindConflict(bool parentsExclusive, string responseName, FieldEntry field1, FieldEntry field2)
        {
            var exclusive = parentsExclusive
                || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
            Spend(2);
            var node1 = field1.Node;
            var node2 = field2.Node;
            var type1 = field1.Definition?.Type;
            var type2 = field2.Definition?.Type;
            if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && SameType(type1, type2) && node1.Name.Value == node2.Name.Value)
            {
                return null;
            }

            if (!exclusive)
            {
                var name1 = node1.Name.Value;
                var name2 = node2.Name.Value;
                if (name1 != name2)
                {
                    return new Conflict(
                        responseName, "\"" + Abbreviate(name1) + "\" and \"" + Abbreviate(name2) + "\" are different fields", [node1], [node2]);
                }

                if (!SameArguments(node1.Arguments, node2.Arguments))
                {
                    return new Conflict(responseName, "they have differing arguments", [node1], [node2]);
                }
            }

            if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
            {
                return new Conflict(
                    responseName, "they return conflicting types \"" + type1 + "\" and \"" + type2 + "\"", [node1], [node2]);
            }

            if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
            {
                var subConflicts = BetweenSubSelectionSets(exclusive, type1?.NamedType(), selectionSet1, type2?.NamedType(), selectionSet2);
                return SubfieldConflicts(subConflicts, responseName, node1, node2);
            }

            return null;
        }

        private static bool SameType(IGraphQLType? type1, IGraphQLType? type2) =>
            type1 is null ? type2 is null : type2 is not null && type1.IsEqualType(type2);

        private bool DoTypesConflict(IGraphQLType type1, IGraphQLType type2)
        {
            if (ReferenceEquals(type1, type2))
            {
                return false;
            }

            Spend(1);
            return type1 switch
            {
                ListType list1 => type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType),
                _ when type2 is ListType => true,
                NonNullType nonNull1 => type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType),
                _ when type2 is NonNullType => true,
                ILeafType => !ReferenceEquals(type1, type2),
                _ => type2 is ILeafType,
            };
        }

        private bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
        {
            if (arguments1.Count != arguments2.Count)
            {
                return false;
            }

            Dictionary<string, ArgumentNode>? byName = null;
            if (arguments2.Count > 8)
            {
                byName = new Dictionary<string, ArgumentNode>(arguments2.Count, StringComparer.Ordinal);
                foreach (var argument in arguments2)
                {
                    byName[argument.Name.Value] = argument;
                }
            }

            foreach (var argument1 in arguments1)
            {
                Spend(1);
                var argument2 = byName is null ? LastNamed(arguments2, argument1.Name.Value) : byName.GetValueOrDefault(argument1.Name.Value);
                if (argument2 is null || ValueKey(argument1.Value) != ValueKey(argument2.Value))
                {
                    return false;
                }
            }

            return true;
        }

        private static ArgumentNode? LastNamed(IReadOnlyList<ArgumentNode> arguments, string name)
        {
            ArgumentNode? found = null;
            foreach (var argument in arguments)
            {
                if (argument.Name.Value == name)
                {
                    found = argument;
                }
            }

            return found;
        }

        private string ValueKey(ValueNode value)
        {
            if (!_valueKeys.TryGetValue(value, out var key))
            {
                var text = new StringBuilder();
                AppendValueKey(text, value);
                key = text.ToString();
                _valueKeys[value] = key;
            }

            return key;
        }

        // A canonical text of a literal: input object fields sorted by name, block strings told from quoted ones.
        private static void AppendValueKey(StringBuilder text, ValueNode value)
        {
            switch (value)
            {
                case VariableNode variable:
                    text.Append("$").Append(variable.Name.Value);
                    break;
                case ObjectValueNode obj:
                    text.Append('{');
                    foreach (var field in obj.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal))
                    {
                        text.Append(field.Name.Value).Append(':');
                        AppendValueKey(text, field.Value);
                        text.Append(',');
                    }

                    text.Append('}');
                    break;
                case ListValueNode list:
                    text.Append('[');
                    foreach (var item in list.Values)
                    {
                        AppendValueKey(text, item);
                        text.Append(',');
                    }

                    text.Append(']');
                    break;
                case StringValueNode str:
                    text.Append(str.Block ? "B" : "S").Append(StringPrinter.Print(str.Value));
                    break;
                case IntValueNode integer:
                    text.Append('I').Append(integer.Value);
                    break;
                case FloatValueNode number:
                    text.Append('F').Append(number.Value);
                    break;
                case BooleanValueNode boolean:
                    text.Append(boolean.Value ? "true" : "false");
                    break;
                case EnumValueNode enumValue:
                    text.Append('E').Append(enumValue.Value);
                    break;
                default:
                    text.Append("null");
                    break;
            }
        }

        private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
        {
            if (conflicts.Count == 0)
            {
                return null;
            }

            var message = new StringBuilder();
            foreach (var conflict in conflicts)
            {
                message.Append(message.Length == 0 ? "" : " and ")
                    .Append("subfields \"").Append(Abbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
                if (message.Length > MaxConflictDetailLength)
                {
                    break;
                }
            }

            return new Conflict(
                responseName,
                Abbreviate(message.ToString()),
                ConflictNodes(node1, conflicts, first: true),
                ConflictNodes(node2, conflicts, first: false));
        }

        private static List<FieldNode> ConflictNodes(FieldNode node, List<Conflict> conflicts, bool first)
        {
            var nodes = new List<FieldNode> { node };
            foreach (var conflict in conflicts)
            {
                var side = first ? conflict.Fields1 : conflict.Fields2;
                var remaining = MaxConflictNodes - nodes.Count;
                nodes.AddRange(side.Count > remaining ? side.GetRange(side.Count - remaining, remaining) : side);
                if (nodes.Count == MaxConflictNodes)
                {
                    break;
                }
            }

            return nodes;
        }

        private List<FragmentDefinitionNode?> DistinctFragments(CollectedFields fields)
        {
            if (fields.DistinctFragments is { } known)
            {
                return known;
            }

            var distinct = new List<FragmentDefinitionNode?>(fields.Spreads.Count);
            fields.DistinctFragments = distinct;
            if (fields.Spreads.Count == 0)
            {
                return distinct;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            var seenMissing = false;
            foreach (var spread in fields.Spreads)
            {
                Spend(1);
                var fragment = context.GetFragment(spread.Name.Value);
                var isNew = fragment is null ? !seenMissing : seen.Add(fragment.Name.Value);
                seenMissing |= fragment is null;
                if (isNew)
                {
                    distinct.Add(fragment);
                }
            }

            fields.DistinctFragments = distinct;
            return distinct;
        }

        private CollectedFields CollectFragment(FragmentDefinitionNode fragment) =>
            Collect(TypeFromAst.From(context.Schema, fragment.TypeCondition) as INamedType, fragment.SelectionSet);

        private CollectedFields Collect(INamedType? parentType, SelectionSetNode selectionSet)
        {
            if (!_collected.TryGetValue((parentType, selectionSet), out var fields))
            {
                fields = new CollectedFields();
                CollectInto(fields, parentType, selectionSet);
                _collected[(parentType, selectionSet)] = fields;
            }

            return fields;
        }

        private void CollectInto(CollectedFields fields, INamedType? parentType, SelectionSetNode selectionSet)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        var definition = parentType is FieldsType withFields ? withFields.GetField(field.Name.Value) : null;
                        var key = field.ResponseKey;
                        if (!fields.Grouped.TryGetValue(key, out var group))
                        {
                            group = [];
                            fields.Grouped[key] = group;
                            fields.Order.Add(key);
                        }

                        group.Add(new FieldEntry(parentType, field, definition));
                        break;
                    case FragmentSpreadNode spread:
                        fields.Spreads.Add(spread);
                        break;
                    case InlineFragmentNode inline:
                        var inlineType = inline.TypeCondition is { } condition
                            ? TypeFromAst.From(context.Schema, condition) as INamedType
                            : parentType;
                        CollectInto(fields, inlineType, inline.SelectionSet);
                        break;
                }
            }
        }

        private void Spend(int cost)
        {
            _budget -= cost;
            if (_budget < 0)
            {
                throw new ValidationAbortedException();
            }
        }
    }
}
