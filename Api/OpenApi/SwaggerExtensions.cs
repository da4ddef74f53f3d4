using Housing.Api.Authentication;
using Microsoft.OpenApi;

namespace Housing.Api.OpenApi;

public static class SwaggerExtensions
{
    /// <summary>The OpenAPI document of the REST endpoints (token, files, exports) with a bearer security scheme.</summary>
    public static WebApplicationBuilder AddHousingApiDocumentation(this WebApplicationBuilder builder)
    {
        builder.Services.AddEndpointsApiExplorer();
        builder.Services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "Housing platform REST API",
                Version = "v1",
                Description = "REST endpoints beside the GraphQL API at /graphql: tokens, files and exports. "
                              + $"Get a token at {TokenEndpoint.Path} and send it as 'Authorization: Bearer <token>'.",
            });
            options.AddSecurityDefinition("Bearer", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = $"A token from {TokenEndpoint.Path}.",
            });
            options.OperationFilter<QueryParameterDocsFilter>();
        });
        return builder;
    }

    /// <summary><c>/swagger</c> (UI) and <c>/swagger/v1/swagger.json</c>.</summary>
    public static WebApplication MapHousingApiDocumentation(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(options => options.DocumentTitle = "Housing platform REST API");
        return app;
    }
}
