using GraphQL.Execution;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>A field of an object or interface type: its type, arguments and how its value is produced.</summary>
public sealed class FieldDefinition : SchemaElement
{
    private List<FieldMiddleware>? _middleware;

    /// <summary>Creates a field.</summary>
    public FieldDefinition(string name, IGraphQLType type)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Type = type;
    }

    /// <summary>The field's name.</summary>
    public string Name { get; }

    /// <summary>The field's output type.</summary>
    public IGraphQLType Type { get; set; }

    /// <summary>The field's arguments, in declaration order.</summary>
    public IList<ArgumentDefinition> Arguments { get; } = new List<ArgumentDefinition>();

    /// <summary>The resolver; when null, <see cref="SourceResolver"/> or the default property/dictionary resolver is used.</summary>
    public FieldResolver? Resolver { get; set; }

    /// <summary>A synchronous resolver reading the value from the parent alone, the fast path for property fields.</summary>
    public Func<object, object?>? SourceResolver { get; set; }

    /// <summary>For subscription root fields: produces the event stream; <see cref="Resolver"/> then maps each event.</summary>
    public SubscriptionResolver? Subscriber { get; set; }

    /// <summary>Middleware wrapped around the resolver, outermost first (paging, authorization, filtering).</summary>
    public IList<FieldMiddleware> Middleware => _middleware ??= [];

    /// <summary>True when middleware has been added.</summary>
    public bool HasMiddleware => _middleware is { Count: > 0 };

    /// <summary>The reason the field is deprecated, or null when it is not.</summary>
    public string? DeprecationReason { get; set; }

    /// <summary>True when the field is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The object or interface type declaring the field; set when the schema is built.</summary>
    public ICompositeType? DeclaringType { get; internal set; }

    /// <summary>The resolver with all middleware applied, composed when the schema is built; null for the fast paths.</summary>
    internal FieldResolver? Pipeline { get; set; }

    /// <summary>Finds an argument by name.</summary>
    public ArgumentDefinition? GetArgument(string name)
    {
        var arguments = Arguments;
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name == name)
            {
                return arguments[i];
            }
        }

        return null;
    }

    /// <summary>Adds an argument and returns this field.</summary>
    public FieldDefinition AddArgument(ArgumentDefinition argument)
    {
        Arguments.Add(argument);
        return this;
    }

    /// <summary>The schema coordinate, e.g. <c>Query.user</c>.</summary>
    public override string ToString() => DeclaringType is null ? Name : DeclaringType.Name + "." + Name;
}

/// <summary>An argument of a field or directive, or a field of an input object: a name, an input type and a default.</summary>
public abstract class InputValueDefinition : SchemaElement
{
    private object? _defaultValue;
    private ValueNode? _defaultLiteral;
    private bool _hasDefault;
    private bool _defaultCoerced;

    /// <summary>Creates an input value.</summary>
    protected InputValueDefinition(string name, IGraphQLType type)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Type = type;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The input type.</summary>
    public IGraphQLType Type { get; set; }

    /// <summary>The reason this input is deprecated, or null.</summary>
    public string? DeprecationReason { get; set; }

    /// <summary>True when deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>True when a default value is defined.</summary>
    public bool HasDefaultValue => _hasDefault;

    /// <summary>The default as an internal value (coerced from the literal when it was given as one).</summary>
    public object? DefaultValue
    {
        get
        {
            if (!_defaultCoerced && _defaultLiteral is not null)
            {
                _defaultValue = Utilities.ValueFromAst.Coerce(_defaultLiteral, Type, null);
                _defaultCoerced = true;
            }

            return _defaultValue;
        }
    }

    /// <summary>The default as a literal, as written in SDL or produced by astFromValue.</summary>
    public ValueNode? DefaultValueLiteral =>
        !_hasDefault ? null : _defaultLiteral ?? Utilities.AstFromValue.From(_defaultValue, Type);

    /// <summary>Sets the default to an internal value.</summary>
    public void SetDefaultValue(object? value)
    {
        _defaultValue = value;
        _defaultLiteral = null;
        _hasDefault = true;
        _defaultCoerced = true;
    }

    /// <summary>Sets the default to a literal, coerced on first use.</summary>
    public void SetDefaultLiteral(ValueNode literal)
    {
        _defaultLiteral = literal;
        _defaultValue = null;
        _hasDefault = true;
        _defaultCoerced = false;
    }

    /// <summary>True for a non-null input without a default, which must be provided.</summary>
    public bool IsRequired => Type is NonNullType && !_hasDefault;
}

/// <summary>An argument of a field or a directive.</summary>
public sealed class ArgumentDefinition(string name, IGraphQLType type) : InputValueDefinition(name, type)
{
    /// <summary>The argument's coordinate, e.g. <c>Query.user(id:)</c> or <c>@skip(if:)</c>; set when the schema is built.</summary>
    public string Coordinate { get; internal set; } = name;

    /// <summary>The coordinate.</summary>
    public override string ToString() => Coordinate;
}

/// <summary>A field of an input object type.</summary>
public sealed class InputFieldDefinition(string name, IGraphQLType type) : InputValueDefinition(name, type)
{
    /// <summary>The CLR property or constructor parameter the field binds to, when the input object is bound to a CLR type.</summary>
    public string? RuntimeName { get; set; }

    /// <summary>The input object declaring the field; set when the schema is built.</summary>
    public InputObjectType? DeclaringType { get; internal set; }

    /// <summary>The coordinate, e.g. <c>UserInput.name</c>.</summary>
    public override string ToString() => DeclaringType is null ? Name : DeclaringType.Name + "." + Name;
}
