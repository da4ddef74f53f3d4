namespace GraphQL.Language.Ast;

/// <summary>An extension of the schema or of a type.</summary>
public abstract class TypeSystemExtensionNode : DefinitionNode
{
}

/// <summary>A schema extension: <c>extend schema @directives { mutation: Mutation }</c>.</summary>
public sealed class SchemaExtensionNode : TypeSystemExtensionNode, IHasDirectives
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.SchemaExtension;

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The added root operation types.</summary>
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; } = [];
}

/// <summary>An extension of a named type.</summary>
public abstract class TypeExtensionNode : TypeSystemExtensionNode, IHasDirectives
{
    /// <summary>The name of the extended type.</summary>
    public required NameNode Name { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>A scalar extension: <c>extend scalar Name @directives</c>.</summary>
public sealed class ScalarTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ScalarTypeExtension;
}

/// <summary>An object type extension: <c>extend type Name implements I { fields }</c>.</summary>
public sealed class ObjectTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ObjectTypeExtension;

    /// <summary>The added interfaces.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    /// <summary>The added fields.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

/// <summary>An interface extension: <c>extend interface Name implements I { fields }</c>.</summary>
public sealed class InterfaceTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InterfaceTypeExtension;

    /// <summary>The added interfaces.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    /// <summary>The added fields.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

/// <summary>A union extension: <c>extend union Name = C | D</c>.</summary>
public sealed class UnionTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.UnionTypeExtension;

    /// <summary>The added member types.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}

/// <summary>An enum extension: <c>extend enum Name { VALUES }</c>.</summary>
public sealed class EnumTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.EnumTypeExtension;

    /// <summary>The added values.</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}

/// <summary>An input object extension: <c>extend input Name { fields }</c>.</summary>
public sealed class InputObjectTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InputObjectTypeExtension;

    /// <summary>The added input fields.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];
}

/// <summary>A directive extension (graphql-js 17): <c>extend directive @name @directives</c>.</summary>
public sealed class DirectiveExtensionNode : TypeSystemExtensionNode, IHasDirectives
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.DirectiveExtension;

    /// <summary>The name of the extended directive (without the @).</summary>
    public required NameNode Name { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
