using System.Security.Claims;
using System.Text.Json;

namespace GraphQL.Execution;

/// <summary>A GraphQL request as it arrives over the wire: document text, operation name, variables and extensions.</summary>
public sealed class GraphQLRequest
{
    /// <summary>The document text.</summary>
    public string? Query { get; init; }

    /// <summary>The operation to run when the document has several.</summary>
    public string? OperationName { get; init; }

    /// <summary>Variable values: CLR values or <see cref="JsonElement"/>s.</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>Request extensions (e.g. <c>persistedQuery</c>).</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>Builds a request whose variables are a JSON object (or null).</summary>
    public static GraphQLRequest Create(string? query, string? operationName = null, JsonElement? variables = null, JsonElement? extensions = null) => new()
    {
        Query = query,
        OperationName = operationName,
        Variables = ToDictionary(variables),
        Extensions = ToDictionary(extensions),
    };

    /// <summary>The members of a JSON object as a dictionary of elements; null for anything but an object.</summary>
    public static IReadOnlyDictionary<string, object?>? ToDictionary(JsonElement? json)
    {
        if (json is not { ValueKind: JsonValueKind.Object } element)
        {
            return null;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            result[property.Name] = property.Value;
        }

        return result;
    }
}

/// <summary>Who sends a request and with which services: the parts of a request that do not come from its body.</summary>
public sealed class RequestContext
{
    /// <summary>The request's scoped services.</summary>
    public IServiceProvider? RequestServices { get; init; }

    /// <summary>The authenticated user.</summary>
    public ClaimsPrincipal? User { get; init; }

    /// <summary>Per-request data shared by resolvers and middleware.</summary>
    public IDictionary<string, object?>? ContextData { get; init; }

    /// <summary>The value root fields resolve from.</summary>
    public object? RootValue { get; init; }
}
