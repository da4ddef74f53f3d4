using Housing.Api.Exports;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Housing.Api.OpenApi;

/// <summary>Writes the descriptions an endpoint gives its query parameters (<see cref="QueryParameterDocs"/>) into its operation.</summary>
internal sealed class QueryParameterDocsFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var docs = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<QueryParameterDocs>().FirstOrDefault();
        if (docs is null || operation.Parameters is null)
            return;
        foreach (var parameter in operation.Parameters.OfType<OpenApiParameter>())
            if (parameter.Name is { } name && docs.Descriptions.TryGetValue(name, out var description))
                parameter.Description = description;
    }
}
