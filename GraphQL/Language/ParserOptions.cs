namespace GraphQL.Language;

/// <summary>Options for <see cref="Parser"/>: location tracking and the limits that protect against hostile documents.</summary>
public sealed record ParserOptions
{
    /// <summary>The default options: locations kept, no token limit, nesting limited to <see cref="DefaultMaxDepth"/>.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>The default maximum nesting depth of selection sets, lists, objects and list types.</summary>
    public const int DefaultMaxDepth = 1000;

    /// <summary>When true, nodes get no <c>Location</c> (saves an allocation-free struct copy per node).</summary>
    public bool NoLocation { get; init; }

    /// <summary>The most lexical tokens (ignored tokens excluded) a document may hold; null for no limit.</summary>
    public int? MaxTokens { get; init; }

    /// <summary>The deepest nesting of selection sets, list and object values and list types a document may have.</summary>
    public int MaxDepth { get; init; } = DefaultMaxDepth;

    /// <summary>Whether <c>{}</c> is accepted as a selection set; graphql-js 17 accepts it by default.</summary>
    public bool AllowEmptySelectionSets { get; init; } = true;
}
