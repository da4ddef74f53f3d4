using System.Globalization;
using GraphQL.Error;
using GraphQL.Execution;
using GraphQL.Http;
using GraphQL.Utilities;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace GraphQL.Cost;

/// <summary>
/// Computes each request's cost before it executes: refuses it over the maximum (<c>COST_LIMIT_EXCEEDED</c>), answers the
/// <c>GraphQL-Cost</c> request header (<c>report</c> adds <c>extensions.operationCost</c>, <c>validate</c> returns only the
/// cost) and, when rate limiting is on, spends the field cost from the client's budget (429 <c>RATE_LIMITED</c> when spent)
/// and shows the budget in <c>extensions.throttleStatus</c>.
/// </summary>
public sealed class CostInterceptor : IGraphQLHttpExecutionInterceptor
{
    /// <summary>The request header that asks for the cost: <c>report</c> or <c>validate</c>.</summary>
    public const string CostHeader = "GraphQL-Cost";

    private CostAnalyzer? _analyzer;

    /// <summary>Creates the interceptor with the given options.</summary>
    public CostInterceptor(CostOptions options) => Options = options;

    /// <summary>The cost limits and weights.</summary>
    public CostOptions Options { get; }

    /// <summary>The rate limiter, or null when rate limiting is off.</summary>
    public CostRateLimiter? RateLimiter { get; set; }

    /// <summary>The analyzer, available once the endpoint is mapped.</summary>
    public CostAnalyzer Analyzer => _analyzer ?? throw new InvalidOperationException("The interceptor is not attached to an endpoint yet.");

    /// <inheritdoc />
    public void Attach(RequestExecutor executor)
    {
        ArgumentNullException.ThrowIfNull(executor);
        _analyzer = new CostAnalyzer(executor.Schema, Options);
    }

    /// <inheritdoc />
    public async ValueTask<ExecutionResult> ExecuteAsync(GraphQLHttpExecution execution, GraphQLHttpExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(execution);
        ArgumentNullException.ThrowIfNull(next);
        var request = execution.ToGraphQLRequest();
        if (request.Query is null || execution.Executor.Prepare(request).Plan is not { } plan)
        {
            return await next(execution);
        }

        var (variables, variableErrors) = VariableValues.Coerce(plan.Schema, plan.Operation.VariableDefinitions, request.Variables);
        if (variableErrors.Count > 0)
        {
            return await next(execution);
        }

        CostMetrics metrics;
        try
        {
            metrics = Analyzer.Analyze(plan, variables);
        }
        catch (GraphQLException exception)
        {
            return ExecutionResult.FromErrors(exception.Errors);
        }

        var mode = execution.HttpContext.Request.Headers[CostHeader].ToString().Trim().ToLowerInvariant();
        var reported = mode is "report" or "validate" ? OperationCost(metrics) : null;
        if (mode == "validate")
        {
            return new ExecutionResult(null, null, reported, hasData: false);
        }

        var limitErrors = Analyzer.CheckLimits(metrics);
        if (Options.EnforceCostLimits && limitErrors.Count > 0)
        {
            return WithExtensions(ExecutionResult.FromErrors(limitErrors), reported);
        }

        Dictionary<string, object?>? throttle = null;
        if (RateLimiter is { } limiter)
        {
            var (refusal, status) = Spend(limiter, execution, metrics);
            if (refusal is not null)
            {
                return refusal;
            }

            throttle = status;
        }

        var result = await next(execution);
        return WithExtensions(WithExtensions(result, reported), throttle);
    }

    // Returns the refusal (null when the points were spent) and the throttle status extension.
    private static (ExecutionResult? Refusal, Dictionary<string, object?> Extensions) Spend(
        CostRateLimiter limiter, GraphQLHttpExecution execution, CostMetrics metrics)
    {
        var decision = limiter.TrySpend(limiter.Options.ClientKey(execution.HttpContext), metrics.FieldCost);
        var extensions = new Dictionary<string, object?> { ["throttleStatus"] = decision.Status.ToExtension() };
        if (decision.Allowed)
        {
            return (null, extensions);
        }

        if (metrics.FieldCost > limiter.Options.Capacity)
        {
            var tooCostly = new GraphQLError(
                $"The operation's field cost {metrics.FieldCost.ToString(CultureInfo.InvariantCulture)} is more than the rate limit's capacity of {limiter.Options.Capacity.ToString(CultureInfo.InvariantCulture)}; it can never run.",
                extensions: new Dictionary<string, object?> { ["code"] = CostErrorCodes.CostLimitExceeded, ["fieldCost"] = metrics.FieldCost, ["maxFieldCost"] = limiter.Options.Capacity });
            return (WithExtensions(ExecutionResult.FromErrors([tooCostly]), extensions), extensions);
        }

        var seconds = (int)decision.RetryAfter.TotalSeconds;
        var error = new GraphQLError(
            $"Rate limited: the operation costs {metrics.FieldCost.ToString(CultureInfo.InvariantCulture)} and {Math.Floor(decision.Status.CurrentlyAvailable).ToString(CultureInfo.InvariantCulture)} points are available; retry after {seconds} seconds.",
            extensions: new Dictionary<string, object?>
            {
                ["code"] = CostErrorCodes.RateLimited,
                ["retryAfter"] = seconds,
                ["requestedCost"] = metrics.FieldCost,
            });
        execution.StatusCode = StatusCodes.Status429TooManyRequests;
        if (!execution.HttpContext.Response.HasStarted)
        {
            // A WebSocket or event stream has answered already: the error message alone tells the client.
            execution.HttpContext.Response.Headers[HeaderNames.RetryAfter] = seconds.ToString(CultureInfo.InvariantCulture);
        }
        return (WithExtensions(ExecutionResult.FromErrors([error]), extensions), extensions);
    }

    private static Dictionary<string, object?> OperationCost(CostMetrics metrics) => new()
    {
        ["operationCost"] = new Dictionary<string, object?> { ["fieldCost"] = metrics.FieldCost, ["typeCost"] = metrics.TypeCost },
    };

    private static ExecutionResult WithExtensions(ExecutionResult result, IReadOnlyDictionary<string, object?>? extensions)
    {
        if (extensions is null)
        {
            return result;
        }

        var merged = result.Extensions is null ? new Dictionary<string, object?>() : new Dictionary<string, object?>(result.Extensions);
        foreach (var (key, value) in extensions)
        {
            merged[key] = value;
        }

        result.Extensions = merged;
        return result;
    }
}
