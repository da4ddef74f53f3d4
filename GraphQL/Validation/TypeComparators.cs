using GraphQL.Types;

namespace GraphQL.Validation;

/// <summary>Type relations used by validation (graphql-js's <c>typeComparators</c>).</summary>
public static class TypeComparators
{
    /// <summary>True when a value of <paramref name="maybeSubType"/> may be used where <paramref name="superType"/> is expected.</summary>
    public static bool IsTypeSubTypeOf(Schema schema, IGraphQLType maybeSubType, IGraphQLType superType)
    {
        if (maybeSubType.IsEqualType(superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return superType is IAbstractType abstractType
            && maybeSubType is FieldsType composite
            && schema.IsSubType(abstractType, composite);
    }

    /// <summary>True when some object type could be of both composite types (so a fragment of one may be spread in the other).</summary>
    public static bool DoTypesOverlap(Schema schema, ICompositeType typeA, ICompositeType typeB)
    {
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }

        if (typeA is IAbstractType abstractA)
        {
            if (typeB is IAbstractType abstractB)
            {
                foreach (var type in schema.GetPossibleTypes(abstractA))
                {
                    if (schema.IsSubType(abstractB, type))
                    {
                        return true;
                    }
                }

                return false;
            }

            return schema.IsSubType(abstractA, typeB);
        }

        return typeB is IAbstractType abstractTypeB && schema.IsSubType(abstractTypeB, typeA);
    }
}
