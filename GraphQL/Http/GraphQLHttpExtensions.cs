using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphQL.Http;

/// <summary>Registers a GraphQL schema's request pipeline and maps it to an HTTP endpoint.</summary>
public static class GraphQLHttpExtensions
{
    /// <summary>The logger category of unexpected resolver exceptions.</summary>
    public const string LoggerCategory = "GraphQL.Execution";

    /// <summary>
    /// Registers one <see cref="RequestExecutor"/> (a singleton) for the schema the factory builds, with the
    /// specification's validation rules, a document cache and the given limits.
    /// </summary>
    public static IServiceCollection AddGraphQLServer(
        this IServiceCollection services, Func<IServiceProvider, Schema> schema, Action<GraphQLServerOptions>? configure = null)
    {
        var options = new GraphQLServerOptions();
        configure?.Invoke(options);
        return services.AddSingleton(provider => new RequestExecutor(schema(provider), new RequestExecutorOptions
        {
            DocumentCacheSize = options.DocumentCacheSize,
            ParserOptions = options.ParserOptions,
            Validate = (s, document) => DocumentValidator.Validate(s, document, options.ValidationRules, options.ValidationOptions),
            ExecutionTimeout = options.ExecutionTimeout,
            IncludeExceptionDetails = options.IncludeExceptionDetails,
            ErrorFilter = options.ErrorFilter,
            Logger = provider.GetService<ILoggerFactory>()?.CreateLogger(LoggerCategory),
            Services = provider,
        }));
    }

    /// <summary>Registers a schema built once, up front.</summary>
    public static IServiceCollection AddGraphQLServer(
        this IServiceCollection services, Schema schema, Action<GraphQLServerOptions>? configure = null) =>
        services.AddGraphQLServer(_ => schema, configure);

    /// <summary>
    /// Serves the registered <see cref="RequestExecutor"/> at <paramref name="pattern"/> with GraphQL over HTTP:
    /// GET and POST, <c>application/graphql-response+json</c> and <c>application/json</c>; and, at the same path,
    /// subscriptions and other operations over WebSocket (<c>graphql-transport-ws</c>) and server-sent events.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(
        this IEndpointRouteBuilder endpoints,
        string pattern = "/graphql",
        Action<GraphQLHttpOptions>? configure = null,
        Action<GraphQLStreamingOptions>? configureStreaming = null)
    {
        var options = new GraphQLHttpOptions();
        configure?.Invoke(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxRequestBodySize, nameof(options.MaxRequestBodySize));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxBatchSize, nameof(options.MaxBatchSize));
        var executor = endpoints.ServiceProvider.GetRequiredService<RequestExecutor>();
        var streamingOptions = new GraphQLStreamingOptions();
        configureStreaming?.Invoke(streamingOptions);
        var streaming = new GraphQLStreamingEndpoint(executor, options, streamingOptions);
        var endpoint = new GraphQLHttpEndpoint(executor, options, streaming);
        return endpoints.Map(pattern, context => streaming.Accepts(context) ? streaming.HandleAsync(context) : endpoint.HandleAsync(context)).WithDisplayName("GraphQL " + pattern);
    }
}
