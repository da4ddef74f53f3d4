using GraphQL.Error;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>
/// A leaf type whose values are primitives. A scalar converts values in three directions: internal values
/// to response values (<see cref="Serialize"/>), variable values to internal values (<see cref="ParseValue"/>)
/// and literals to internal values (<see cref="ParseLiteral"/>). Failures throw <see cref="GraphQLException"/>.
/// </summary>
public abstract class ScalarType : NamedType, ILeafType
{
    /// <summary>Creates a scalar.</summary>
    protected ScalarType(string name, string? description = null, string? specifiedByUrl = null)
        : base(name)
    {
        Description = description;
        SpecifiedByUrl = specifiedByUrl;
    }

    /// <summary>The URL of the scalar's specification, shown by <c>@specifiedBy</c>.</summary>
    public string? SpecifiedByUrl { get; set; }

    /// <summary>Converts a resolved (non-null) value into a value written to the response (string, number or boolean).</summary>
    public abstract object Serialize(object value);

    /// <summary>Converts a (non-null) variable value, already read from JSON into CLR primitives, into the internal value.</summary>
    public abstract object ParseValue(object value);

    /// <summary>Converts a (non-null, variable-free) literal into the internal value.</summary>
    public abstract object ParseLiteral(ValueNode literal);

    /// <summary>Converts an internal value into a literal, as graphql-js's <c>valueToLiteral</c>; null when impossible.</summary>
    public abstract ValueNode? ValueToLiteral(object value);

    /// <summary>Throws the error a scalar reports for a value it cannot represent.</summary>
    protected static GraphQLException Invalid(string message) => new(new GraphQLError(message));

    /// <summary>Throws the error a scalar reports for a literal it cannot represent.</summary>
    protected static GraphQLException Invalid(string message, ValueNode literal) => new(new GraphQLError(message, literal));
}

/// <summary>A scalar defined by delegates, as built from SDL or for a quick custom scalar.</summary>
/// <remarks>Use <see cref="Like"/> to give a known scalar's behaviour a new description or URL.</remarks>
public sealed class DelegateScalarType : ScalarType
{
    private readonly Func<object, object> _serialize;
    private readonly Func<object, object> _parseValue;
    private readonly Func<ValueNode, object> _parseLiteral;
    private readonly Func<object, ValueNode?> _valueToLiteral;

    /// <summary>Creates a scalar; the defaults pass values through unchanged, like graphql-js's default scalar.</summary>
    public DelegateScalarType(
        string name,
        string? description = null,
        string? specifiedByUrl = null,
        Func<object, object>? serialize = null,
        Func<object, object>? parseValue = null,
        Func<ValueNode, object>? parseLiteral = null,
        Func<object, ValueNode?>? valueToLiteral = null)
        : base(name, description, specifiedByUrl)
    {
        _valueToLiteral = valueToLiteral ?? Utilities.AstFromValue.Untyped;
        _serialize = serialize ?? (v => v);
        _parseValue = parseValue ?? (v => v);
        _parseLiteral = parseLiteral ?? (node => Utilities.ValueFromAst.Untyped(node, null)!);
    }

    /// <summary>A scalar with another scalar's coercion under its own name, description and URL.</summary>
    public static DelegateScalarType Like(ScalarType implementation, string name, string? description, string? specifiedByUrl) =>
        new(name, description, specifiedByUrl, implementation.Serialize, implementation.ParseValue, implementation.ParseLiteral, implementation.ValueToLiteral);

    /// <inheritdoc />
    public override object Serialize(object value) => _serialize(value);

    /// <inheritdoc />
    public override object ParseValue(object value) => _parseValue(value);

    /// <inheritdoc />
    public override object ParseLiteral(ValueNode literal) => _parseLiteral(literal);

    /// <inheritdoc />
    public override ValueNode? ValueToLiteral(object value) => _valueToLiteral(value);
}
