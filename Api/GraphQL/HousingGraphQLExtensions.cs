using GraphQL.Cost;
using GraphQL.Http;
using GraphQL.Ide;
using GraphQL.Persisted;
using Housing.Api.GraphQL.Support;
using Housing.Infrastructure.Hosting;
using Housing.Infrastructure.Messaging;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace Housing.Api.GraphQL;

public static class HousingGraphQLExtensions
{
    public const string Path = "/graphql";

    /// <summary>Where operations persisted by hash are kept, inside the data folder.</summary>
    public const string PersistedOperationsFolder = "persisted-operations";

    /// <summary>The housing schema and its request pipeline, with the limits partner apps are held to.</summary>
    public static WebApplicationBuilder AddHousingGraphQL(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<GraphQLSettings>().BindConfiguration(GraphQLSettings.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<GraphQLSettings>, GraphQLSettingsValidator>();
        builder.AddHousingTopicEvents();
        builder.Services.AddHousingApplicationServices();
        builder.Services.AddScoped<ReadContexts>();
        builder.Services.AddGraphQLServer(
            provider => HousingSchema.Build(CostOptionsOf(provider.GetRequiredService<IOptions<GraphQLSettings>>().Value)),
            options =>
            {
                options.IncludeExceptionDetails = builder.Environment.IsDevelopment();
                var settings = builder.Configuration.GetSection(GraphQLSettings.Section).Get<GraphQLSettings>() ?? new GraphQLSettings();
                options.ExecutionTimeout = TimeSpan.FromSeconds(settings.ExecutionTimeoutSeconds);
            });
        return builder;
    }

    /// <summary>
    /// Serves the schema at <c>/graphql</c>: GraphQL over HTTP, WebSocket and server-sent events, with the caller from the
    /// bearer token, cost limits and a cost budget per client, persisted operations, and the IDE for browsers.
    /// </summary>
    public static IEndpointConventionBuilder MapHousingGraphQL(this IEndpointRouteBuilder endpoints)
    {
        var settings = endpoints.ServiceProvider.GetRequiredService<IOptions<GraphQLSettings>>().Value;
        var dataFolder = endpoints.ServiceProvider.GetRequiredService<HousingDataFolder>();
        return endpoints.MapGraphQL(Path, options =>
        {
            // The schema was built with these weights written in (HousingSchema.Build); writing them again is start-up work for nothing.
            options.UseCostAnalysis(cost =>
            {
                Configure(cost, settings);
                cost.ApplyCostDefaults = false;
            });
            options.UseRateLimiting(limit =>
            {
                limit.Capacity = settings.RateLimitCapacity;
                limit.RestoreRate = settings.RateLimitRestorePerSecond;
            });
            options.UsePersistedOperations(persisted =>
            {
                persisted.Store = new FileSystemPersistedOperationStore(dataFolder.PathOf(PersistedOperationsFolder));
                persisted.OnlyPersisted = settings.PersistedOperationsOnly;
            });
            if (settings.Ide)
                options.UseGraphQLIde(ide => ide.Title = "Housing GraphQL");
        }, streaming => streaming.WebSockets.OnConnect = GraphQLWebSocketAuthentication.FromInitPayload(JwtBearerDefaults.AuthenticationScheme));
    }

    /// <summary>The cost rules of the running endpoint, so the printed schema shows the weights it enforces.</summary>
    public static CostOptions CostOptionsOf(GraphQLSettings settings)
    {
        var options = new CostOptions();
        Configure(options, settings);
        return options;
    }

    private static void Configure(CostOptions cost, GraphQLSettings settings)
    {
        cost.MaxFieldCost = settings.MaxFieldCost;
        cost.MaxTypeCost = settings.MaxTypeCost;
    }
}
