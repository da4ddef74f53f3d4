namespace GraphQL.Language.Ast;

/// <summary>The kind of an AST node, named as in graphql-js's <c>Kind</c>.</summary>
public enum NodeKind
{
    /// <summary>A <see cref="NameNode"/>.</summary>
    Name,
    /// <summary>A <see cref="DocumentNode"/>.</summary>
    Document,
    /// <summary>An <see cref="OperationDefinitionNode"/>.</summary>
    OperationDefinition,
    /// <summary>A <see cref="VariableDefinitionNode"/>.</summary>
    VariableDefinition,
    /// <summary>A <see cref="SelectionSetNode"/>.</summary>
    SelectionSet,
    /// <summary>A <see cref="FieldNode"/>.</summary>
    Field,
    /// <summary>An <see cref="ArgumentNode"/>.</summary>
    Argument,
    /// <summary>A <see cref="FragmentSpreadNode"/>.</summary>
    FragmentSpread,
    /// <summary>An <see cref="InlineFragmentNode"/>.</summary>
    InlineFragment,
    /// <summary>A <see cref="FragmentDefinitionNode"/>.</summary>
    FragmentDefinition,
    /// <summary>A <see cref="VariableNode"/>.</summary>
    Variable,
    /// <summary>An <see cref="IntValueNode"/>.</summary>
    IntValue,
    /// <summary>A <see cref="FloatValueNode"/>.</summary>
    FloatValue,
    /// <summary>A <see cref="StringValueNode"/>.</summary>
    StringValue,
    /// <summary>A <see cref="BooleanValueNode"/>.</summary>
    BooleanValue,
    /// <summary>A <see cref="NullValueNode"/>.</summary>
    NullValue,
    /// <summary>An <see cref="EnumValueNode"/>.</summary>
    EnumValue,
    /// <summary>A <see cref="ListValueNode"/>.</summary>
    ListValue,
    /// <summary>An <see cref="ObjectValueNode"/>.</summary>
    ObjectValue,
    /// <summary>An <see cref="ObjectFieldNode"/>.</summary>
    ObjectField,
    /// <summary>A <see cref="DirectiveNode"/>.</summary>
    Directive,
    /// <summary>A <see cref="NamedTypeNode"/>.</summary>
    NamedType,
    /// <summary>A <see cref="ListTypeNode"/>.</summary>
    ListType,
    /// <summary>A <see cref="NonNullTypeNode"/>.</summary>
    NonNullType,
    /// <summary>A <see cref="SchemaDefinitionNode"/>.</summary>
    SchemaDefinition,
    /// <summary>An <see cref="OperationTypeDefinitionNode"/>.</summary>
    OperationTypeDefinition,
    /// <summary>A <see cref="ScalarTypeDefinitionNode"/>.</summary>
    ScalarTypeDefinition,
    /// <summary>An <see cref="ObjectTypeDefinitionNode"/>.</summary>
    ObjectTypeDefinition,
    /// <summary>A <see cref="FieldDefinitionNode"/>.</summary>
    FieldDefinition,
    /// <summary>An <see cref="InputValueDefinitionNode"/>.</summary>
    InputValueDefinition,
    /// <summary>An <see cref="InterfaceTypeDefinitionNode"/>.</summary>
    InterfaceTypeDefinition,
    /// <summary>A <see cref="UnionTypeDefinitionNode"/>.</summary>
    UnionTypeDefinition,
    /// <summary>An <see cref="EnumTypeDefinitionNode"/>.</summary>
    EnumTypeDefinition,
    /// <summary>An <see cref="EnumValueDefinitionNode"/>.</summary>
    EnumValueDefinition,
    /// <summary>An <see cref="InputObjectTypeDefinitionNode"/>.</summary>
    InputObjectTypeDefinition,
    /// <summary>A <see cref="DirectiveDefinitionNode"/>.</summary>
    DirectiveDefinition,
    /// <summary>A <see cref="SchemaExtensionNode"/>.</summary>
    SchemaExtension,
    /// <summary>A <see cref="ScalarTypeExtensionNode"/>.</summary>
    ScalarTypeExtension,
    /// <summary>An <see cref="ObjectTypeExtensionNode"/>.</summary>
    ObjectTypeExtension,
    /// <summary>An <see cref="InterfaceTypeExtensionNode"/>.</summary>
    InterfaceTypeExtension,
    /// <summary>A <see cref="UnionTypeExtensionNode"/>.</summary>
    UnionTypeExtension,
    /// <summary>An <see cref="EnumTypeExtensionNode"/>.</summary>
    EnumTypeExtension,
    /// <summary>An <see cref="InputObjectTypeExtensionNode"/>.</summary>
    InputObjectTypeExtension,
    /// <summary>A <see cref="DirectiveExtensionNode"/>.</summary>
    DirectiveExtension,
}

/// <summary>Where a node lies in its source: start and end offsets (end exclusive).</summary>
/// <param name="Start">Offset of the node's first character.</param>
/// <param name="End">Offset just past the node's last character.</param>
/// <param name="Source">The source the offsets refer to.</param>
public readonly record struct Location(int Start, int End, Source Source);

/// <summary>The base of every AST node: immutable data with a kind and an optional location.</summary>
public abstract class Node
{
    /// <summary>The kind of this node.</summary>
    public abstract NodeKind Kind { get; }

    /// <summary>Where the node lies in its source; null when parsed with <c>NoLocation</c> or built in code.</summary>
    public Location? Location { get; init; }
}

/// <summary>A node that may carry directives.</summary>
public interface IHasDirectives
{
    /// <summary>The directives applied to the node, in source order.</summary>
    IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>A name: an identifier such as a field, type or argument name.</summary>
public sealed class NameNode : Node
{
    /// <summary>Creates a name node.</summary>
    public NameNode(string value) => Value = value;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Name;

    /// <summary>The identifier text.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>A whole GraphQL document: a list of definitions.</summary>
public sealed class DocumentNode : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Document;

    /// <summary>The definitions in source order.</summary>
    public required IReadOnlyList<DefinitionNode> Definitions { get; init; }

    /// <summary>The number of lexical tokens the parser read, for limits applied after parsing.</summary>
    public int TokenCount { get; init; }
}

/// <summary>A top-level definition of a document.</summary>
public abstract class DefinitionNode : Node
{
}
