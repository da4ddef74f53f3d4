namespace GraphQL.Types;

/// <summary>Overrides the GraphQL name inferred from a CLR class, property or enum member.</summary>
/// <param name="name">The GraphQL name.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Method | AttributeTargets.Parameter)]
public sealed class GraphQLNameAttribute(string name) : Attribute
{
    /// <summary>The GraphQL name.</summary>
    public string Name { get; } = name;
}

/// <summary>Describes a CLR class, property or enum member in the schema.</summary>
/// <param name="description">The description (Markdown).</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Method | AttributeTargets.Parameter)]
public sealed class GraphQLDescriptionAttribute(string description) : Attribute
{
    /// <summary>The description.</summary>
    public string Description { get; } = description;
}

/// <summary>Marks a property or enum member as deprecated in the schema.</summary>
/// <param name="reason">The reason; the default reason when null.</param>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Method)]
public sealed class GraphQLDeprecatedAttribute(string? reason = null) : Attribute
{
    /// <summary>The reason.</summary>
    public string Reason { get; } = reason ?? BuiltInDirectives.DefaultDeprecationReason;
}

/// <summary>Leaves a property or enum member out of the schema.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Method)]
public sealed class GraphQLIgnoreAttribute : Attribute
{
}

/// <summary>Sets a property's GraphQL type explicitly, as an SDL type reference such as <c>ID!</c> or <c>[Complex!]!</c>.</summary>
/// <param name="type">The SDL type reference.</param>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Method | AttributeTargets.Parameter)]
public sealed class GraphQLTypeAttribute(string type) : Attribute
{
    /// <summary>The SDL type reference.</summary>
    public string Type { get; } = type;
}

/// <summary>The names the code-first builder gives CLR members, as HotChocolate does.</summary>
public static class GraphQLNaming
{
    /// <summary><c>HouseholdCount</c> → <c>householdCount</c>, <c>URLPath</c> → <c>urlPath</c>, <c>ID</c> → <c>id</c>.</summary>
    public static string CamelCase(string name)
    {
        if (name.Length == 0 || char.IsLower(name[0]))
        {
            return name;
        }

        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length && char.IsUpper(chars[i]); i++)
        {
            if (i > 0 && i + 1 < chars.Length && char.IsLower(chars[i + 1]))
            {
                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }

    /// <summary><c>InProgress</c> → <c>IN_PROGRESS</c>, <c>HTTPError</c> → <c>HTTP_ERROR</c>.</summary>
    public static string UpperSnakeCase(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c)
                && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]))))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>The field name of a method: <c>GetRecentDocumentsAsync</c> → <c>recentDocuments</c>.</summary>
    public static string MethodFieldName(string methodName)
    {
        var name = methodName;
        if (name.EndsWith("Async", StringComparison.Ordinal) && name.Length > 5)
        {
            name = name[..^5];
        }

        if (name.StartsWith("Get", StringComparison.Ordinal) && name.Length > 3 && char.IsUpper(name[3]))
        {
            name = name[3..];
        }

        return CamelCase(name);
    }
}

/// <summary>Marks a resolver method parameter that receives the parent object instead of a GraphQL argument.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class GraphQLParentAttribute : Attribute
{
}

/// <summary>
/// Marks a resolver method parameter that receives the event a subscription is executing for (HotChocolate's
/// <c>[EventMessage]</c>), see <see cref="GraphQL.Execution.IResolverContext.GetEventMessage{T}"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class GraphQLEventMessageAttribute : Attribute
{
}

/// <summary>Marks a resolver method parameter resolved from the request's services instead of a GraphQL argument.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class GraphQLServiceAttribute : Attribute
{
}
