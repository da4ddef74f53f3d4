using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation;

/// <summary>A use of a variable, with the input type expected where it appears.</summary>
/// <param name="Node">The variable reference.</param>
/// <param name="Type">The input type expected at the position, when known.</param>
/// <param name="ParentType">The input type enclosing the position (e.g. the input object of a field), when known.</param>
/// <param name="HasDefaultValue">True when the position (argument or input field) has a default value.</param>
public readonly record struct VariableUsage(VariableNode Node, IGraphQLType? Type, IGraphQLType? ParentType, bool HasDefaultValue);

/// <summary>
/// What a validation rule may use: the schema and document, the current type information, fragment and
/// variable lookups computed once per document, the options, and <see cref="ReportError"/>.
/// </summary>
public sealed class ValidationContext
{
    private const int MaxFragmentWork = 50_000;

    private readonly TypeInfo _typeInfo;
    private readonly Action<GraphQLError> _onError;
    private Dictionary<SelectionSetNode, List<FragmentSpreadNode>>? _fragmentSpreads;
    private Dictionary<string, List<FragmentDefinitionNode>>? _fragmentsBySpreadNames;
    private Dictionary<List<FragmentDefinitionNode>, List<VariableUsage>>? _usagesByFragments;
    private Dictionary<Node, List<VariableUsage>>? _variableUsages;
    private Dictionary<OperationDefinitionNode, List<VariableUsage>>? _recursiveVariableUsages;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private int _remainingFragmentWork = MaxFragmentWork;

    internal ValidationContext(Schema schema, DocumentNode document, TypeInfo typeInfo, ValidationOptions options, Action<GraphQLError> onError)
    {
        Schema = schema;
        Document = document;
        _typeInfo = typeInfo;
        Options = options;
        _onError = onError;
    }

    /// <summary>The schema the document is validated against.</summary>
    public Schema Schema { get; }

    /// <summary>The document being validated.</summary>
    public DocumentNode Document { get; }

    /// <summary>The options of this validation.</summary>
    public ValidationOptions Options { get; }

    /// <summary>True when messages must not suggest names.</summary>
    public bool HideSuggestions => Options.HideSuggestions;

    /// <summary>The output type of the current field, operation or fragment.</summary>
    public IGraphQLType? Type => _typeInfo.Type;

    /// <summary>The composite type whose selection set is being visited.</summary>
    public ICompositeType? ParentType => _typeInfo.ParentType;

    /// <summary>The input type expected at the current position.</summary>
    public IGraphQLType? InputType => _typeInfo.InputType;

    /// <summary>The input type enclosing the current position.</summary>
    public IGraphQLType? ParentInputType => _typeInfo.ParentInputType;

    /// <summary>The definition of the current field.</summary>
    public FieldDefinition? FieldDefinition => _typeInfo.FieldDefinition;

    /// <summary>The directive being visited.</summary>
    public DirectiveDefinition? Directive => _typeInfo.Directive;

    /// <summary>The argument being visited.</summary>
    public ArgumentDefinition? Argument => _typeInfo.Argument;

    /// <summary>Reports a validation error.</summary>
    public void ReportError(GraphQLError error) => _onError(error);

    /// <summary>The fragment definition with the given name, or null.</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    _fragments[fragment.Name.Value] = fragment;
                }
            }
        }

        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>The fragment spreads within a selection set, inline fragments included, named fragments not followed.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        _fragmentSpreads ??= new Dictionary<SelectionSetNode, List<FragmentSpreadNode>>(ReferenceEqualityComparer.Instance);
        if (_fragmentSpreads.TryGetValue(selectionSet, out var spreads))
        {
            return spreads;
        }

        spreads = [];
        var setsToVisit = new Stack<SelectionSetNode>(8);
        setsToVisit.Push(selectionSet);
        while (setsToVisit.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSet }:
                        setsToVisit.Push(fieldSet);
                        break;
                    case InlineFragmentNode inline:
                        setsToVisit.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every fragment an operation uses, directly or through other fragments, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation) =>
        CollectReferencedFragments([operation]);

    /// <summary>Every fragment any of the operations uses, directly or through other fragments, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(IReadOnlyList<OperationDefinitionNode> operations) =>
        CollectReferencedFragments(operations);

    /// <summary>The variables used within an operation or fragment definition (fragments not followed).</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        _variableUsages ??= new Dictionary<Node, List<VariableUsage>>(ReferenceEqualityComparer.Instance);
        if (!_variableUsages.TryGetValue(definition, out var usages))
        {
            var collector = new VariableUsageCollector(new TypeInfo(Schema));
            new AstWalker(collector, visitNames: false, visitDescriptions: false).Walk(definition);
            usages = collector.Usages;
            _variableUsages[definition] = usages;
        }

        return usages;
    }

    /// <summary>The variables used by an operation, including within every fragment it uses.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        _recursiveVariableUsages ??= new Dictionary<OperationDefinitionNode, List<VariableUsage>>(ReferenceEqualityComparer.Instance);
        if (_recursiveVariableUsages.TryGetValue(operation, out var usages))
        {
            return usages;
        }

        var fragments = CollectReferencedFragments([operation]);
        _usagesByFragments ??= new Dictionary<List<FragmentDefinitionNode>, List<VariableUsage>>(ReferenceEqualityComparer.Instance);
        if (!_usagesByFragments.TryGetValue(fragments, out var fragmentUsages))
        {
            SpendFragmentWork(fragments.Count);
            fragmentUsages = [];
            foreach (var fragment in fragments)
            {
                var local = GetVariableUsages(fragment);
                SpendFragmentWork(local.Count);
                fragmentUsages.AddRange(local);
            }

            _usagesByFragments[fragments] = fragmentUsages;
        }

        SpendFragmentWork(fragmentUsages.Count);
        usages = [.. GetVariableUsages(operation), .. fragmentUsages];
        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    /// <summary>Counts work spent following fragments; past the budget validation is aborted ("Validation aborted.").</summary>
    internal void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0)
        {
            throw new ValidationAbortedException();
        }
    }

    /// <summary>Aborts validation ("Validation aborted.") when a long fragment chain has used up the stack.</summary>
    internal void EnsureStack()
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new ValidationAbortedException();
        }
    }

    // Cached by the set of directly spread names, in any order, as graphql-js caches it (so operations spreading
    // the same fragments share one list, in the order the first of them produced).
    private List<FragmentDefinitionNode> CollectReferencedFragments(IReadOnlyList<OperationDefinitionNode> operations)
    {
        var names = new List<string>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
            {
                if (collected.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        var sorted = names.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        var key = string.Join('\n', sorted);
        _fragmentsBySpreadNames ??= new Dictionary<string, List<FragmentDefinitionNode>>(StringComparer.Ordinal);
        if (_fragmentsBySpreadNames.TryGetValue(key, out var cached))
        {
            return cached;
        }

        SpendFragmentWork(names.Count);
        var fragments = new List<FragmentDefinitionNode>();
        for (var i = 0; i < names.Count; i++)
        {
            if (GetFragment(names[i]) is not { } fragment)
            {
                continue;
            }

            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
            {
                if (collected.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        _fragmentsBySpreadNames[key] = fragments;
        return fragments;
    }

    private sealed class VariableUsageCollector(TypeInfo typeInfo) : AstVisitor
    {
        public List<VariableUsage> Usages { get; } = [];

        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node.Kind == NodeKind.VariableDefinition)
            {
                return VisitorAction.Skip;
            }

            typeInfo.Enter(node);
            if (node is VariableNode variable)
            {
                Usages.Add(new VariableUsage(variable, typeInfo.InputType, typeInfo.ParentInputType, typeInfo.HasDefaultValue));
            }

            return VisitorAction.Continue;
        }

        public override VisitorAction Leave(Node node, IReadOnlyList<Node> ancestors)
        {
            typeInfo.Leave(node);
            return VisitorAction.Continue;
        }
    }
}

/// <summary>Thrown inside validation when a document costs more work than allowed; becomes "Validation aborted.".</summary>
internal sealed class ValidationAbortedException : Exception
{
    public ValidationAbortedException()
        : base("Validation aborted.")
    {
    }
}
