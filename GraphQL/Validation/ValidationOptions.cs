namespace GraphQL.Validation;

/// <summary>Options for <see cref="DocumentValidator"/>: error limits, suggestions, and protections against costly documents.</summary>
public sealed record ValidationOptions
{
    /// <summary>The default options: at most 100 errors, suggestions shown, no protections beyond the specification.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>After this many errors validation stops and adds "Too many validation errors" (graphql-js's default is 100).</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>When true, messages carry no "Did you mean ...?" suggestions, so the schema is not revealed by guessing.</summary>
    public bool HideSuggestions { get; init; }

    /// <summary>Whether <c>{}</c> selection sets are accepted; graphql-js 17 accepts them by default.</summary>
    public bool AllowEmptySelectionSets { get; init; } = true;

    /// <summary>When true, <c>__schema</c> and <c>__type</c> are rejected.</summary>
    public bool DisableIntrospection { get; init; }

    /// <summary>The deepest field nesting an operation may reach (fragments followed); null for no limit.</summary>
    public int? MaxDepth { get; init; }

    /// <summary>The most aliases a document may use; null for no limit.</summary>
    public int? MaxAliases { get; init; }

    /// <summary>The most directives a document may apply; null for no limit.</summary>
    public int? MaxDirectives { get; init; }
}
