namespace GraphQL.Cost;

/// <summary>The <c>extensions.code</c> values of errors from cost analysis and rate limiting.</summary>
public static class CostErrorCodes
{
    /// <summary>The operation's field or type cost is over the maximum; nothing was executed.</summary>
    public const string CostLimitExceeded = "COST_LIMIT_EXCEEDED";

    /// <summary>A field that requires exactly one slicing argument (e.g. <c>first</c> or <c>last</c>) got none or several.</summary>
    public const string SlicingArgumentRequired = "SLICING_ARGUMENT_REQUIRED";

    /// <summary>The client has spent its cost budget; retry after the time given in <c>extensions.retryAfter</c> (seconds).</summary>
    public const string RateLimited = "RATE_LIMITED";
}
