namespace GraphQL.Language.Ast;

/// <summary>The type of an operation.</summary>
public enum OperationType
{
    /// <summary>A read-only fetch.</summary>
    Query,
    /// <summary>A write followed by a fetch.</summary>
    Mutation,
    /// <summary>A long-lived request that fetches data in response to events.</summary>
    Subscription,
}

/// <summary>An operation or fragment definition: the definitions an executable document may hold.</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode, IHasDirectives
{
    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The selections of the definition.</summary>
    public required SelectionSetNode SelectionSet { get; init; }
}

/// <summary>A query, mutation or subscription operation.</summary>
public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.OperationDefinition;

    /// <summary>The description (graphql-js 17 allows one on named operations), or null.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>Query, mutation or subscription.</summary>
    public required OperationType Operation { get; init; }

    /// <summary>The operation's name; null when anonymous.</summary>
    public NameNode? Name { get; init; }

    /// <summary>The variables the operation declares.</summary>
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; } = [];
}

/// <summary>A variable declaration of an operation: <c>$name: Type = default @directives</c>.</summary>
public sealed class VariableDefinitionNode : Node, IHasDirectives
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.VariableDefinition;

    /// <summary>The description, or null.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The declared variable.</summary>
    public required VariableNode Variable { get; init; }

    /// <summary>The variable's input type.</summary>
    public required TypeNode Type { get; init; }

    /// <summary>The default value, a constant, or null when none is given.</summary>
    public ValueNode? DefaultValue { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>A braced list of selections.</summary>
public sealed class SelectionSetNode : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.SelectionSet;

    /// <summary>The selections in source order (never empty when parsed).</summary>
    public required IReadOnlyList<SelectionNode> Selections { get; init; }
}

/// <summary>A selection: a field, a fragment spread or an inline fragment.</summary>
public interface ISelectionNode : IHasDirectives
{
    /// <summary>The kind of the selection.</summary>
    NodeKind Kind { get; }
}

/// <summary>The base class of <see cref="FieldNode"/>, <see cref="FragmentSpreadNode"/> and <see cref="InlineFragmentNode"/>.</summary>
public abstract class SelectionNode : Node, ISelectionNode
{
    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>A field selection: <c>alias: name(arguments) @directives { selections }</c>.</summary>
public sealed class FieldNode : SelectionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Field;

    /// <summary>The alias, or null when the response key is the field name.</summary>
    public NameNode? Alias { get; init; }

    /// <summary>The field's name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The arguments given to the field.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];

    /// <summary>The sub-selections; null for a leaf field.</summary>
    public SelectionSetNode? SelectionSet { get; init; }

    /// <summary>The key under which the field's value appears in the response: the alias or the name.</summary>
    public string ResponseKey => (Alias ?? Name).Value;
}

/// <summary>A named argument with its value.</summary>
public sealed class ArgumentNode : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Argument;

    /// <summary>The argument's name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The argument's value.</summary>
    public required ValueNode Value { get; init; }
}

/// <summary>A named fragment spread: <c>...Name @directives</c>.</summary>
public sealed class FragmentSpreadNode : SelectionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.FragmentSpread;

    /// <summary>The name of the spread fragment.</summary>
    public required NameNode Name { get; init; }
}

/// <summary>An inline fragment: <c>... on Type @directives { selections }</c>.</summary>
public sealed class InlineFragmentNode : SelectionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InlineFragment;

    /// <summary>The type condition, or null when the fragment applies to the enclosing type.</summary>
    public NamedTypeNode? TypeCondition { get; init; }

    /// <summary>The fragment's selections.</summary>
    public required SelectionSetNode SelectionSet { get; init; }
}

/// <summary>A fragment definition: <c>fragment Name on Type @directives { selections }</c>.</summary>
public sealed class FragmentDefinitionNode : ExecutableDefinitionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.FragmentDefinition;

    /// <summary>The description, or null.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The fragment's name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The type the fragment applies to.</summary>
    public required NamedTypeNode TypeCondition { get; init; }
}

/// <summary>An applied directive: <c>@name(arguments)</c>.</summary>
public sealed class DirectiveNode : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Directive;

    /// <summary>The directive's name (without the @).</summary>
    public required NameNode Name { get; init; }

    /// <summary>The arguments given to the directive.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];
}
