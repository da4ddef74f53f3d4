using System.Collections.Concurrent;
using System.Text.Json;
using GraphQL.Error;
using GraphQL.Introspection;
using GraphQL.Language.Ast;
using GraphQL.Types;
using GraphQL.Utilities;

namespace GraphQL.Execution;

/// <summary>
/// A field as the executor runs it for one object type: the response name, the definition, the merged field nodes,
/// the argument values when they are constant, and the sub-selections per runtime type, all computed once per plan.
/// </summary>
public sealed class SelectedField
{
    private readonly OperationPlan _plan;
    private readonly FieldNode[] _nodes;
    private IReadOnlyDictionary<string, object?>? _constantArguments;
    private GraphQLException? _constantArgumentError;
    private SubPlan? _lastSubPlan;
    private ConcurrentDictionary<ObjectType, SelectionPlan>? _subPlans;

    internal SelectedField(OperationPlan plan, string responseName, FieldDefinition field, ObjectType parentType, FieldNode[] nodes)
    {
        _plan = plan;
        ResponseName = responseName;
        EncodedResponseName = JsonEncodedText.Encode(responseName);
        Field = field;
        ParentType = parentType;
        _nodes = nodes;
        ArgumentsAreConstant = nodes[0].Arguments.All(a => InputCoercion.IsConstant(a.Value));
        IsTypeName = ReferenceEquals(field, IntrospectionTypes.TypeNameField);
        LeafType = field.Type.Nullable() as ILeafType;
    }

    /// <summary>The key under which the value appears in the response.</summary>
    public string ResponseName { get; }

    internal JsonEncodedText EncodedResponseName { get; }

    /// <summary>The field definition.</summary>
    public FieldDefinition Field { get; }

    /// <summary>The object type the field is selected on.</summary>
    public ObjectType ParentType { get; }

    /// <summary>The field nodes merged under this response name.</summary>
    public IReadOnlyList<FieldNode> Nodes => _nodes;

    /// <summary>The first field node.</summary>
    public FieldNode Node => _nodes[0];

    internal bool ArgumentsAreConstant { get; }

    internal bool IsTypeName { get; }

    /// <summary>The scalar or enum type when the field returns a leaf (not a list), for the allocation-free fast path.</summary>
    internal ILeafType? LeafType { get; }

    /// <summary>The fields selected below this field for a runtime object type.</summary>
    public IReadOnlyList<SelectedField> GetSelections(ObjectType type) => GetSubPlan(type).Fields;

    /// <summary>The coerced argument values of this selection (for look-ahead such as projections); throws <see cref="GraphQLException"/> when invalid.</summary>
    public IReadOnlyDictionary<string, object?> GetArguments(IReadOnlyDictionary<string, object?> variables)
    {
        if (!ArgumentsAreConstant)
        {
            return ArgumentValues.Get(Field.Arguments, _nodes[0].Arguments, variables, _nodes[0]);
        }

        if (_constantArguments is { } cached)
        {
            return cached;
        }

        if (_constantArgumentError is { } error)
        {
            throw error;
        }

        try
        {
            return _constantArguments = ArgumentValues.Get(Field.Arguments, _nodes[0].Arguments, variables, _nodes[0]);
        }
        catch (GraphQLException exception)
        {
            _constantArgumentError = exception;
            throw;
        }
    }

    internal SelectionPlan GetSubPlan(ObjectType type)
    {
        var last = _lastSubPlan;
        if (last is not null && ReferenceEquals(last.Type, type))
        {
            return last.Plan;
        }

        if (last is null)
        {
            var plan = _plan.CollectSubfields(type, _nodes);
            _lastSubPlan = new SubPlan(type, plan);
            return plan;
        }

        var byType = _subPlans ??= new ConcurrentDictionary<ObjectType, SelectionPlan>();
        return byType.GetOrAdd(type, t => _plan.CollectSubfields(t, _nodes));
    }

    private sealed record SubPlan(ObjectType Type, SelectionPlan Plan);
}

/// <summary>The fields to execute on one object type for one selection set.</summary>
internal sealed class SelectionPlan(SelectedField[] fields)
{
    public SelectedField[] Fields { get; } = fields;
}

/// <summary>
/// An operation prepared for execution: the operation, its fragments and the collected fields per type, cached with the
/// document. When <c>@skip</c>/<c>@include</c> depend on variables the plan is specialised per request instead.
/// </summary>
public sealed class OperationPlan
{
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments;
    private SelectionPlan? _rootPlan;

    private OperationPlan(
        Schema schema,
        DocumentNode document,
        OperationDefinitionNode operation,
        ObjectType rootType,
        Dictionary<string, FragmentDefinitionNode> fragments,
        bool dependsOnVariables,
        IReadOnlyDictionary<string, object?>? variables)
    {
        Schema = schema;
        Document = document;
        Operation = operation;
        RootType = rootType;
        _fragments = fragments;
        DependsOnVariables = dependsOnVariables;
        Variables = variables;
    }

    /// <summary>The schema.</summary>
    public Schema Schema { get; }

    /// <summary>The document.</summary>
    public DocumentNode Document { get; }

    /// <summary>The selected operation.</summary>
    public OperationDefinitionNode Operation { get; }

    /// <summary>The root type of the operation.</summary>
    public ObjectType RootType { get; }

    /// <summary>True when <c>@skip</c> or <c>@include</c> take a variable, so field collection depends on the request.</summary>
    public bool DependsOnVariables { get; }

    internal IReadOnlyDictionary<string, object?>? Variables { get; }

    internal SelectionPlan RootPlan => _rootPlan ??= CollectFields(RootType, [Operation.SelectionSet]);

    /// <summary>Selects the operation to run (spec §6.1 GetOperation) and prepares its plan; throws <see cref="GraphQLException"/> when there is none.</summary>
    public static OperationPlan Create(Schema schema, DocumentNode document, string? operationName)
    {
        var operation = GetOperation(document, operationName);
        var rootType = schema.GetRootType(operation.Operation)
            ?? throw new GraphQLException(new GraphQLError(
                "Schema is not configured to execute " + operation.Operation.ToString().ToLowerInvariant() + " operation.", operation));
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        return new OperationPlan(schema, document, operation, rootType, fragments, HasVariableConditions(document), null);
    }

    /// <summary>Finds the operation to execute: the named one, or the only one; throws <see cref="GraphQLException"/> otherwise.</summary>
    public static OperationDefinitionNode GetOperation(DocumentNode document, string? operationName)
    {
        OperationDefinitionNode? found = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            if (string.IsNullOrEmpty(operationName))
            {
                if (found is not null)
                {
                    throw new GraphQLException(new GraphQLError("Must provide operation name if query contains multiple operations."));
                }

                found = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                return operation;
            }
        }

        if (found is not null)
        {
            return found;
        }

        throw new GraphQLException(new GraphQLError(
            string.IsNullOrEmpty(operationName) ? "Must provide an operation." : "Unknown operation named \"" + operationName + "\"."));
    }

    /// <summary>The plan to use for one request: this one, or a copy specialised to the request's variables.</summary>
    public OperationPlan ForVariables(IReadOnlyDictionary<string, object?> variables) =>
        DependsOnVariables
            ? new OperationPlan(Schema, Document, Operation, RootType, _fragments, true, variables)
            : this;

    internal SelectionPlan CollectSubfields(ObjectType type, FieldNode[] nodes)
    {
        var sets = new List<SelectionSetNode>(nodes.Length);
        foreach (var node in nodes)
        {
            if (node.SelectionSet is { } set)
            {
                sets.Add(set);
            }
        }

        return CollectFields(type, sets);
    }

    private SelectionPlan CollectFields(ObjectType type, List<SelectionSetNode> sets)
    {
        var grouped = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            Collect(type, set, grouped, order, visited);
        }

        var fields = new List<SelectedField>(order.Count);
        foreach (var responseName in order)
        {
            var nodes = grouped[responseName];
            var definition = FindField(type, nodes[0].Name.Value);
            if (definition is not null)
            {
                fields.Add(new SelectedField(this, responseName, definition, type, [.. nodes]));
            }
        }

        return new SelectionPlan([.. fields]);
    }

    private FieldDefinition? FindField(ObjectType type, string name)
    {
        if (name.Length > 2 && name[0] == '_' && name[1] == '_')
        {
            switch (name)
            {
                case "__typename":
                    return IntrospectionTypes.TypeNameField;
                case "__schema" when ReferenceEquals(type, Schema.QueryType):
                    return IntrospectionTypes.SchemaField;
                case "__type" when ReferenceEquals(type, Schema.QueryType):
                    return IntrospectionTypes.TypeField;
            }
        }

        return type.GetField(name);
    }

    private void Collect(
        ObjectType type,
        SelectionSetNode set,
        Dictionary<string, List<FieldNode>> grouped,
        List<string> order,
        HashSet<string> visited)
    {
        foreach (var selection in set.Selections)
        {
            if (!ShouldInclude(selection))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    var key = field.ResponseKey;
                    if (!grouped.TryGetValue(key, out var list))
                    {
                        list = [];
                        grouped[key] = list;
                        order.Add(key);
                    }

                    list.Add(field);
                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || Applies(inline.TypeCondition, type))
                    {
                        Collect(type, inline.SelectionSet, grouped, order, visited);
                    }

                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (!visited.Add(name) || !_fragments.TryGetValue(name, out var fragment) || !Applies(fragment.TypeCondition, type))
                    {
                        continue;
                    }

                    Collect(type, fragment.SelectionSet, grouped, order, visited);
                    break;
            }
        }
    }

    private bool Applies(NamedTypeNode condition, ObjectType type)
    {
        var conditionType = Schema.GetType(condition.Name.Value);
        if (ReferenceEquals(conditionType, type))
        {
            return true;
        }

        return conditionType is IAbstractType abstractType && Schema.IsSubType(abstractType, type);
    }

    private bool ShouldInclude(SelectionNode selection)
    {
        var directives = selection.Directives;
        for (var i = 0; i < directives.Count; i++)
        {
            var name = directives[i].Name.Value;
            if (name == "skip" && IsTrue(directives[i]))
            {
                return false;
            }

            if (name == "include" && !IsTrue(directives[i]))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsTrue(DirectiveNode directive)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value != "if")
            {
                continue;
            }

            return argument.Value switch
            {
                BooleanValueNode boolean => boolean.Value,
                VariableNode variable => Variables is not null && Variables.TryGetValue(variable.Name.Value, out var value) && value is true,
                _ => false,
            };
        }

        return false;
    }

    private static bool HasVariableConditions(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            if (definition is ExecutableDefinitionNode executable && HasVariableConditions(executable.SelectionSet))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasVariableConditions(SelectionSetNode set)
    {
        foreach (var selection in set.Selections)
        {
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value is "skip" or "include" && directive.Arguments.Any(a => a.Value is VariableNode))
                {
                    return true;
                }
            }

            var child = selection switch
            {
                FieldNode field => field.SelectionSet,
                InlineFragmentNode inline => inline.SelectionSet,
                _ => null,
            };
            if (child is not null && HasVariableConditions(child))
            {
                return true;
            }
        }

        return false;
    }
}
