using Microsoft.Extensions.Options;

namespace Housing.Api.GraphQL;

/// <summary>Settings of <c>GraphQL</c>: what one request may cost, how much a client may spend over time, persisted operations.</summary>
public sealed class GraphQLSettings
{
    public const string Section = "GraphQL";

    /// <summary>The most field cost (IBM cost specification) one request may have.</summary>
    public double MaxFieldCost { get; set; } = 20_000;

    /// <summary>The most type cost (objects returned) one request may have.</summary>
    public double MaxTypeCost { get; set; } = 20_000;

    /// <summary>How much cost a client may spend at once (leaky bucket capacity).</summary>
    public double RateLimitCapacity { get; set; } = 40_000;

    /// <summary>How much of the budget comes back per second.</summary>
    public double RateLimitRestorePerSecond { get; set; } = 2_000;

    /// <summary>Accept only operations stored by their SHA-256 hash (production partner apps), refusing ad-hoc documents.</summary>
    public bool PersistedOperationsOnly { get; set; }

    /// <summary>
    /// The longest one request may run, in seconds (1 to 600). Statistics over a whole city's disclosures on the
    /// embedded SQLite database take close to a minute; deployments serving analysts raise this or use PostgreSQL.
    /// </summary>
    public int ExecutionTimeoutSeconds { get; set; } = 30;

    /// <summary>Serve the GraphQL IDE to browsers at the endpoint.</summary>
    public bool Ide { get; set; } = true;
}

internal sealed class GraphQLSettingsValidator : IValidateOptions<GraphQLSettings>
{
    public ValidateOptionsResult Validate(string? name, GraphQLSettings settings)
    {
        var failures = new List<string>();
        void Positive(double value, string key)
        {
            if (!(value > 0) || double.IsInfinity(value))
                failures.Add($"{GraphQLSettings.Section}:{key} is {value}; it must be a positive number.");
        }

        Positive(settings.MaxFieldCost, nameof(settings.MaxFieldCost));
        Positive(settings.MaxTypeCost, nameof(settings.MaxTypeCost));
        Positive(settings.RateLimitCapacity, nameof(settings.RateLimitCapacity));
        Positive(settings.RateLimitRestorePerSecond, nameof(settings.RateLimitRestorePerSecond));
        if (settings.ExecutionTimeoutSeconds is < 1 or > 600)
            failures.Add($"{GraphQLSettings.Section}:ExecutionTimeoutSeconds is {settings.ExecutionTimeoutSeconds}; allowed is 1 to 600.");
        if (settings.RateLimitCapacity < settings.MaxFieldCost)
            failures.Add($"{GraphQLSettings.Section}:RateLimitCapacity ({settings.RateLimitCapacity}) is below MaxFieldCost ({settings.MaxFieldCost}); a request the cost limit allows must fit in a full budget.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
