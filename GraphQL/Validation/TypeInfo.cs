using GraphQL.Introspection;
using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;
using GraphQL.Utilities;

namespace GraphQL.Validation;

/// <summary>
/// Tracks, while an AST is walked, the schema elements each node refers to: the parent and current output
/// types, the field, directive and argument definitions, the expected input type and enum value
/// (graphql-js's <c>TypeInfo</c>). Call <see cref="Enter"/> before and <see cref="Leave"/> after a node's visitors.
/// </summary>
public sealed class TypeInfo
{
    private readonly Schema _schema;
    private readonly List<IGraphQLType?> _typeStack = new(16);
    private readonly List<ICompositeType?> _parentTypeStack = new(16);
    private readonly List<IGraphQLType?> _inputTypeStack = new(8);
    private readonly List<FieldDefinition?> _fieldDefStack = new(16);
    private readonly List<bool> _defaultValueStack = new(8);

    /// <summary>Creates a type info over a schema.</summary>
    public TypeInfo(Schema schema) => _schema = schema;

    /// <summary>The output type of the current field, operation or fragment, when known.</summary>
    public IGraphQLType? Type => Top(_typeStack);

    /// <summary>The composite type whose selection set is being visited, when known.</summary>
    public ICompositeType? ParentType => Top(_parentTypeStack);

    /// <summary>The input type expected at the current argument, list item, object field or variable definition.</summary>
    public IGraphQLType? InputType => Top(_inputTypeStack);

    /// <summary>The input type enclosing the current input position (e.g. the list type around an item).</summary>
    public IGraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    /// <summary>The definition of the current field, when known.</summary>
    public FieldDefinition? FieldDefinition => Top(_fieldDefStack);

    /// <summary>True when the current input position has a default value (so a nullable variable may fill it).</summary>
    public bool HasDefaultValue => _defaultValueStack.Count > 0 && _defaultValueStack[^1];

    /// <summary>The directive being visited, when known.</summary>
    public DirectiveDefinition? Directive { get; private set; }

    /// <summary>The argument being visited, when known.</summary>
    public ArgumentDefinition? Argument { get; private set; }

    /// <summary>The enum value being visited, when known.</summary>
    public EnumValue? EnumValue { get; private set; }

    /// <summary>Updates the state on entering a node.</summary>
    public void Enter(Node node)
    {
        switch (node.Kind)
        {
            case NodeKind.SelectionSet:
                _parentTypeStack.Add(Type?.NamedType() as ICompositeType);
                break;
            case NodeKind.Field:
            {
                var parentType = ParentType;
                var fieldDef = parentType is null ? null : FieldLookup.Find(_schema, parentType, ((FieldNode)node).Name.Value);
                _fieldDefStack.Add(fieldDef);
                _typeStack.Add(fieldDef?.Type is { } fieldType && fieldType.IsOutputType() ? fieldType : null);
                break;
            }

            case NodeKind.Directive:
                Directive = _schema.GetDirective(((DirectiveNode)node).Name.Value);
                break;
            case NodeKind.OperationDefinition:
                _typeStack.Add(_schema.GetRootType(((OperationDefinitionNode)node).Operation));
                break;
            case NodeKind.InlineFragment:
            case NodeKind.FragmentDefinition:
            {
                var condition = node is InlineFragmentNode inline ? inline.TypeCondition : ((FragmentDefinitionNode)node).TypeCondition;
                var outputType = condition is null ? Type?.NamedType() : TypeFromAst.From(_schema, condition);
                _typeStack.Add(outputType is not null && outputType.IsOutputType() ? outputType : null);
                break;
            }

            case NodeKind.VariableDefinition:
            {
                var inputType = TypeFromAst.From(_schema, ((VariableDefinitionNode)node).Type);
                _inputTypeStack.Add(inputType is not null && inputType.IsInputType() ? inputType : null);
                break;
            }

            case NodeKind.Argument:
            {
                var name = ((ArgumentNode)node).Name.Value;
                var argument = Directive is { } directive ? directive.GetArgument(name) : FieldDefinition?.GetArgument(name);
                Argument = argument;
                _defaultValueStack.Add(argument?.HasDefaultValue ?? false);
                _inputTypeStack.Add(argument?.Type is { } argumentType && argumentType.IsInputType() ? argumentType : null);
                break;
            }

            case NodeKind.ListValue:
            {
                // Only a list type has item positions; a list literal given for a non-list type has none.
                var itemType = InputType?.Nullable() is ListType list ? list.OfType : null;
                _defaultValueStack.Add(false);
                _inputTypeStack.Add(itemType is not null && itemType.IsInputType() ? itemType : null);
                break;
            }

            case NodeKind.ObjectField:
            {
                InputFieldDefinition? inputField = null;
                if (InputType?.NamedType() is InputObjectType objectType)
                {
                    inputField = objectType.GetField(((ObjectFieldNode)node).Name.Value);
                }

                _defaultValueStack.Add(inputField?.HasDefaultValue ?? false);
                _inputTypeStack.Add(inputField?.Type is { } fieldType && fieldType.IsInputType() ? fieldType : null);
                break;
            }

            case NodeKind.EnumValue:
                EnumValue = InputType?.NamedType() is EnumType enumType ? enumType.Values[((EnumValueNode)node).Value] : null;
                break;
        }
    }

    /// <summary>Restores the state on leaving a node.</summary>
    public void Leave(Node node)
    {
        switch (node.Kind)
        {
            case NodeKind.SelectionSet:
                Pop(_parentTypeStack);
                break;
            case NodeKind.Field:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case NodeKind.Directive:
                Directive = null;
                break;
            case NodeKind.OperationDefinition:
            case NodeKind.InlineFragment:
            case NodeKind.FragmentDefinition:
                Pop(_typeStack);
                break;
            case NodeKind.VariableDefinition:
                Pop(_inputTypeStack);
                break;
            case NodeKind.Argument:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case NodeKind.ListValue:
            case NodeKind.ObjectField:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case NodeKind.EnumValue:
                EnumValue = null;
                break;
        }
    }

    private static T? Top<T>(List<T?> stack) => stack.Count > 0 ? stack[^1] : default;

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);
}

/// <summary>Finds the definition of a selected field, including the introspection meta-fields.</summary>
public static class FieldLookup
{
    /// <summary>
    /// The field named <paramref name="name"/> on <paramref name="parentType"/>: <c>__typename</c> on any composite
    /// type, <c>__schema</c> and <c>__type</c> on the query root, otherwise the type's own field (null if none).
    /// </summary>
    public static FieldDefinition? Find(Schema schema, ICompositeType parentType, string name)
    {
        if (name.Length > 2 && name[0] == '_' && name[1] == '_')
        {
            switch (name)
            {
                case "__typename":
                    return IntrospectionTypes.TypeNameField;
                case "__schema" when ReferenceEquals(parentType, schema.QueryType):
                    return IntrospectionTypes.SchemaField;
                case "__type" when ReferenceEquals(parentType, schema.QueryType):
                    return IntrospectionTypes.TypeField;
            }
        }

        return parentType is FieldsType fields ? fields.GetField(name) : null;
    }
}
