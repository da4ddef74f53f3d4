namespace GraphQL.Language;

/// <summary>The places a directive may be applied (spec §3.13), as graphql-js's <c>DirectiveLocation</c>.</summary>
public enum DirectiveLocation
{
    /// <summary><c>QUERY</c></summary>
    Query,
    /// <summary><c>MUTATION</c></summary>
    Mutation,
    /// <summary><c>SUBSCRIPTION</c></summary>
    Subscription,
    /// <summary><c>FIELD</c></summary>
    Field,
    /// <summary><c>FRAGMENT_DEFINITION</c></summary>
    FragmentDefinition,
    /// <summary><c>FRAGMENT_SPREAD</c></summary>
    FragmentSpread,
    /// <summary><c>INLINE_FRAGMENT</c></summary>
    InlineFragment,
    /// <summary><c>VARIABLE_DEFINITION</c></summary>
    VariableDefinition,
    /// <summary><c>FRAGMENT_VARIABLE_DEFINITION</c> (graphql-js 17's experimental fragment arguments).</summary>
    FragmentVariableDefinition,
    /// <summary><c>SCHEMA</c></summary>
    Schema,
    /// <summary><c>SCALAR</c></summary>
    Scalar,
    /// <summary><c>OBJECT</c></summary>
    Object,
    /// <summary><c>FIELD_DEFINITION</c></summary>
    FieldDefinition,
    /// <summary><c>ARGUMENT_DEFINITION</c></summary>
    ArgumentDefinition,
    /// <summary><c>INTERFACE</c></summary>
    Interface,
    /// <summary><c>UNION</c></summary>
    Union,
    /// <summary><c>ENUM</c></summary>
    Enum,
    /// <summary><c>ENUM_VALUE</c></summary>
    EnumValue,
    /// <summary><c>INPUT_OBJECT</c></summary>
    InputObject,
    /// <summary><c>INPUT_FIELD_DEFINITION</c></summary>
    InputFieldDefinition,
    /// <summary><c>DIRECTIVE_DEFINITION</c></summary>
    DirectiveDefinition,
}

/// <summary>Conversions between <see cref="DirectiveLocation"/> and its GraphQL spelling (<c>FIELD_DEFINITION</c>).</summary>
public static class DirectiveLocationNames
{
    private static readonly string[] Names =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD",
        "INLINE_FRAGMENT", "VARIABLE_DEFINITION", "FRAGMENT_VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT",
        "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT",
        "INPUT_FIELD_DEFINITION", "DIRECTIVE_DEFINITION",
    ];

    /// <summary>The location's GraphQL name, e.g. <c>FIELD_DEFINITION</c>.</summary>
    public static string ToName(this DirectiveLocation location) => Names[(int)location];

    /// <summary>Finds the location spelled <paramref name="name"/>; false when it is not a location.</summary>
    public static bool TryParse(ReadOnlySpan<char> name, out DirectiveLocation location)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (name.SequenceEqual(Names[i]))
            {
                location = (DirectiveLocation)i;
                return true;
            }
        }

        location = default;
        return false;
    }
}
