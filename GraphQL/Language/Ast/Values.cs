namespace GraphQL.Language.Ast;

/// <summary>An input value literal (or a variable) in a document.</summary>
public abstract class ValueNode : Node
{
}

/// <summary>A variable reference: <c>$name</c>.</summary>
public sealed class VariableNode : ValueNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Variable;

    /// <summary>The variable's name (without the $).</summary>
    public required NameNode Name { get; init; }
}

/// <summary>An integer literal, kept as its source text so no precision is lost.</summary>
public sealed class IntValueNode : ValueNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.IntValue;

    /// <summary>The literal's text, e.g. <c>-42</c>.</summary>
    public required string Value { get; init; }
}

/// <summary>A float literal, kept as its source text so no precision is lost.</summary>
public sealed class FloatValueNode : ValueNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.FloatValue;

    /// <summary>The literal's text, e.g. <c>1.5e-3</c>.</summary>
    public required string Value { get; init; }
}

/// <summary>A string literal, quoted or block.</summary>
public sealed class StringValueNode : ValueNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.StringValue;

    /// <summary>The string's value, escapes resolved (and dedented for block strings).</summary>
    public required string Value { get; init; }

    /// <summary>True when written as a <c>"""block string"""</c>.</summary>
    public bool Block { get; init; }
}

/// <summary>A <c>true</c> or <c>false</c> literal.</summary>
public sealed class BooleanValueNode : ValueNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.BooleanValue;

    /// <summary>The literal's value.</summary>
    public required bool Value { get; init; }
}

/// <summary>The <c>null</c> literal.</summary>
public sealed class NullValueNode : ValueNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.NullValue;
}

/// <summary>An enum value literal: a name other than true, false or null.</summary>
public sealed class EnumValueNode : ValueNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.EnumValue;

    /// <summary>The enum value's name.</summary>
    public required string Value { get; init; }
}

/// <summary>A list literal: <c>[a, b]</c>.</summary>
public sealed class ListValueNode : ValueNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ListValue;

    /// <summary>The items in source order.</summary>
    public IReadOnlyList<ValueNode> Values { get; init; } = [];
}

/// <summary>An input object literal: <c>{ a: 1, b: 2 }</c>.</summary>
public sealed class ObjectValueNode : ValueNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ObjectValue;

    /// <summary>The fields in source order.</summary>
    public IReadOnlyList<ObjectFieldNode> Fields { get; init; } = [];
}

/// <summary>One field of an input object literal: <c>name: value</c>.</summary>
public sealed class ObjectFieldNode : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ObjectField;

    /// <summary>The field's name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The field's value.</summary>
    public required ValueNode Value { get; init; }
}
