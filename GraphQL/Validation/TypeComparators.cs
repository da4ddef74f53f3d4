using GraphQL.Types;

namespace GraphQL.Validation;

/// <summary>Type relations used by validation (graphql-js's <c>typeComparators</c>; <c>isTypeSubTypeOf</c> is <see cref="SchemaValidator.IsTypeSubTypeOf"/>).</summary>
public static class TypeComparators
{
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
