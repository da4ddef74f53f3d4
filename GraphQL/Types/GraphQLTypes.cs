using GraphQL.Execution;

namespace GraphQL.Types;

/// <summary>Any GraphQL type: a named type or a list or non-null wrapper around one.</summary>
public interface IGraphQLType
{
}

/// <summary>A type that may be used for arguments, variables and input fields.</summary>
public interface IInputType : IGraphQLType
{
}

/// <summary>A type that a field may return.</summary>
public interface IOutputType : IGraphQLType
{
}

/// <summary>A type with a name: scalar, object, interface, union, enum or input object.</summary>
public interface INamedType : IGraphQLType
{
    /// <summary>The type's name, unique within a schema.</summary>
    string Name { get; }

    /// <summary>The type's description (Markdown), or null.</summary>
    string? Description { get; }
}

/// <summary>A scalar or enum: a type whose values are not further selected.</summary>
public interface ILeafType : INamedType, IInputType, IOutputType
{
}

/// <summary>An object, interface or union: a type whose values have selections.</summary>
public interface ICompositeType : INamedType, IOutputType
{
}

/// <summary>An interface or union: a type resolved to an object type at execution.</summary>
public interface IAbstractType : ICompositeType
{
    /// <summary>Picks the object type of a runtime value, or null to fall back to IsTypeOf and CLR type mapping.</summary>
    Func<object, IResolverContext, ObjectType?>? ResolveType { get; set; }
}

/// <summary>A list or non-null type wrapping another type.</summary>
public interface IWrappingType : IGraphQLType
{
    /// <summary>The wrapped type.</summary>
    IGraphQLType OfType { get; }
}

/// <summary>A list of values of another type.</summary>
/// <param name="ofType">The item type.</param>
public sealed class ListType(IGraphQLType ofType) : IWrappingType, IInputType, IOutputType
{
    /// <inheritdoc />
    public IGraphQLType OfType { get; } = ofType;

    /// <summary>The type as written in SDL, e.g. <c>[String!]</c>.</summary>
    public override string ToString() => "[" + OfType + "]";

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ListType other && other.OfType.Equals(OfType);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(1, OfType);
}

/// <summary>A type whose values are never null.</summary>
public sealed class NonNullType : IWrappingType, IInputType, IOutputType
{
    /// <summary>Wraps a nullable type.</summary>
    public NonNullType(IGraphQLType ofType)
    {
        if (ofType is NonNullType)
        {
            throw new ArgumentException("Expected " + ofType + " to be a GraphQL nullable type.", nameof(ofType));
        }

        OfType = ofType;
    }

    /// <inheritdoc />
    public IGraphQLType OfType { get; }

    /// <summary>The type as written in SDL, e.g. <c>String!</c>.</summary>
    public override string ToString() => OfType + "!";

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is NonNullType other && other.OfType.Equals(OfType);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(2, OfType);
}

/// <summary>Predicates and unwrapping helpers over <see cref="IGraphQLType"/>, as graphql-js's <c>isInputType</c> and <c>getNamedType</c>.</summary>
public static class GraphQLTypeExtensions
{
    /// <summary>The named type at the core of a possibly wrapped type.</summary>
    public static INamedType NamedType(this IGraphQLType type)
    {
        while (type is IWrappingType wrapping)
        {
            type = wrapping.OfType;
        }

        return (INamedType)type;
    }

    /// <summary>The type without its outer non-null wrapper.</summary>
    public static IGraphQLType Nullable(this IGraphQLType type) => type is NonNullType nonNull ? nonNull.OfType : type;

    /// <summary>True for a non-null type.</summary>
    public static bool IsNonNull(this IGraphQLType type) => type is NonNullType;

    /// <summary>True when the type (after unwrapping) may be used as an input.</summary>
    public static bool IsInputType(this IGraphQLType type) =>
        type.NamedType() is ScalarType or EnumType or InputObjectType;

    /// <summary>True when the type (after unwrapping) may be returned by a field.</summary>
    public static bool IsOutputType(this IGraphQLType type) =>
        type.NamedType() is ScalarType or EnumType or ObjectType or InterfaceType or UnionType;

    /// <summary>True for a non-null input type without a default: a required argument or input field.</summary>
    public static bool IsRequired(this IGraphQLType type, bool hasDefault) => type is NonNullType && !hasDefault;

    /// <summary>Structural equality of two type references, as graphql-js's <c>isEqualType</c>.</summary>
    public static bool IsEqualType(this IGraphQLType a, IGraphQLType b) => a switch
    {
        NonNullType na => b is NonNullType nb && na.OfType.IsEqualType(nb.OfType),
        ListType la => b is ListType lb && la.OfType.IsEqualType(lb.OfType),
        _ => ReferenceEquals(a, b),
    };
}
