using GraphQL.Http;
using Housing.Api.GraphQL.Support;
using Housing.Infrastructure.Hosting;

namespace Housing.Api.GraphQL;

public static class HousingGraphQLExtensions
{
    public const string Path = "/graphql";

    /// <summary>The housing schema and its request pipeline, with the limits partner apps are held to.</summary>
    public static WebApplicationBuilder AddHousingGraphQL(this WebApplicationBuilder builder)
    {
        builder.Services.AddHousingApplicationServices();
        builder.Services.AddScoped<ReadContexts>();
        builder.Services.AddGraphQLServer(_ => HousingSchema.Build(), options =>
        {
            options.IncludeExceptionDetails = builder.Environment.IsDevelopment();
        });
        return builder;
    }

    /// <summary>Serves the schema at <c>/graphql</c>: GraphQL over HTTP, with the caller from the bearer token.</summary>
    public static IEndpointConventionBuilder MapHousingGraphQL(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGraphQL(Path);
}
