using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Validation;

namespace GraphQL.Http;

/// <summary>How the registered <see cref="Execution.RequestExecutor"/> parses, validates and executes requests.</summary>
public sealed class GraphQLServerOptions
{
    /// <summary>
    /// Parser limits; by default at most 15,000 tokens and 1,000 levels of nesting, so hostile documents end as
    /// syntax errors.
    /// </summary>
    public ParserOptions ParserOptions { get; set; } = new() { MaxTokens = 15_000 };

    /// <summary>The validation rules; the specification's when null.</summary>
    public IReadOnlyList<IValidationRule>? ValidationRules { get; set; }

    /// <summary>Validation limits and protections.</summary>
    public ValidationOptions ValidationOptions { get; set; } = ValidationOptions.Default;

    /// <summary>How many parsed and validated documents are cached by their text.</summary>
    public int DocumentCacheSize { get; set; } = 1000;

    /// <summary>The longest one execution may take.</summary>
    public TimeSpan? ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Show unexpected exceptions to clients; for development only.</summary>
    public bool IncludeExceptionDetails { get; set; }

    /// <summary>Turns known exceptions into client errors; null masks them.</summary>
    public Func<Exception, GraphQLError?>? ErrorFilter { get; set; }
}
