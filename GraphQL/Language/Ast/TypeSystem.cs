namespace GraphQL.Language.Ast;

/// <summary>A schema, type or directive definition.</summary>
public abstract class TypeSystemDefinitionNode : DefinitionNode
{
}

/// <summary>A schema definition: <c>schema @directives { query: Query }</c>.</summary>
public sealed class SchemaDefinitionNode : TypeSystemDefinitionNode, IHasDirectives
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.SchemaDefinition;

    /// <summary>The description, or null.</summary>
    public StringValueNode? Description { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The root operation types.</summary>
    public required IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; }
}

/// <summary>A root operation type: <c>query: Query</c>.</summary>
public sealed class OperationTypeDefinitionNode : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.OperationTypeDefinition;

    /// <summary>The operation this type is the root of.</summary>
    public required OperationType Operation { get; init; }

    /// <summary>The root type.</summary>
    public required NamedTypeNode Type { get; init; }
}

/// <summary>A named type definition: scalar, object, interface, union, enum or input object.</summary>
public abstract class TypeDefinitionNode : TypeSystemDefinitionNode, IHasDirectives
{
    /// <summary>The description, or null.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The type's name.</summary>
    public required NameNode Name { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>A scalar type definition: <c>scalar Name</c>.</summary>
public sealed class ScalarTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ScalarTypeDefinition;
}

/// <summary>An object type definition: <c>type Name implements I { fields }</c>.</summary>
public sealed class ObjectTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ObjectTypeDefinition;

    /// <summary>The interfaces the type implements.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    /// <summary>The type's fields.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

/// <summary>A field of an object or interface type: <c>name(arguments): Type @directives</c>.</summary>
public sealed class FieldDefinitionNode : Node, IHasDirectives
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.FieldDefinition;

    /// <summary>The description, or null.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The field's name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The field's arguments.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];

    /// <summary>The field's output type.</summary>
    public required TypeNode Type { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>An argument or input field definition: <c>name: Type = default @directives</c>.</summary>
public sealed class InputValueDefinitionNode : Node, IHasDirectives
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InputValueDefinition;

    /// <summary>The description, or null.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The value's name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The value's input type.</summary>
    public required TypeNode Type { get; init; }

    /// <summary>The default value (a constant), or null.</summary>
    public ValueNode? DefaultValue { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>An interface type definition: <c>interface Name implements I { fields }</c>.</summary>
public sealed class InterfaceTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InterfaceTypeDefinition;

    /// <summary>The interfaces this interface implements.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    /// <summary>The interface's fields.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

/// <summary>A union type definition: <c>union Name = A | B</c>.</summary>
public sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.UnionTypeDefinition;

    /// <summary>The member types.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}

/// <summary>An enum type definition: <c>enum Name { VALUES }</c>.</summary>
public sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.EnumTypeDefinition;

    /// <summary>The enum's values.</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}

/// <summary>One value of an enum type definition.</summary>
public sealed class EnumValueDefinitionNode : Node, IHasDirectives
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.EnumValueDefinition;

    /// <summary>The description, or null.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The value's name.</summary>
    public required NameNode Name { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>An input object type definition: <c>input Name { fields }</c>.</summary>
public sealed class InputObjectTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InputObjectTypeDefinition;

    /// <summary>The input fields.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];
}

/// <summary>A directive definition: <c>directive @name(arguments) repeatable on LOCATIONS</c>.</summary>
public sealed class DirectiveDefinitionNode : TypeSystemDefinitionNode, IHasDirectives
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.DirectiveDefinition;

    /// <summary>The description, or null.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The directive's name (without the @).</summary>
    public required NameNode Name { get; init; }

    /// <summary>The directive's arguments.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>True when the directive may appear more than once at a location.</summary>
    public bool Repeatable { get; init; }

    /// <summary>The locations (e.g. <c>FIELD</c>, <c>OBJECT</c>) where the directive may appear.</summary>
    public required IReadOnlyList<NameNode> Locations { get; init; }
}
