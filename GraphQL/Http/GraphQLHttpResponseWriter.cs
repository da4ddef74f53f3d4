using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL.Error;
using GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace GraphQL.Http;

/// <summary>Writes GraphQL responses straight to the response body pipe, in UTF-8.</summary>
internal static class GraphQLHttpResponseWriter
{
    // Relaxed escaping keeps non-ASCII text readable; the body is JSON, never embedded in HTML.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    public static string ContentType(string mediaType) => mediaType + "; charset=utf-8";

    public static async Task WriteResultAsync(HttpResponse response, int statusCode, string mediaType, ExecutionResult result, CancellationToken cancellationToken)
    {
        response.StatusCode = statusCode;
        response.ContentType = ContentType(mediaType);
        using (var writer = new Utf8JsonWriter(response.BodyWriter, WriterOptions))
        {
            result.WriteTo(writer);
        }

        await response.BodyWriter.FlushAsync(cancellationToken);
    }

    public static async Task WriteBatchAsync(HttpResponse response, int statusCode, string mediaType, IReadOnlyList<ExecutionResult> results, CancellationToken cancellationToken)
    {
        response.StatusCode = statusCode;
        response.ContentType = ContentType(mediaType);
        using (var writer = new Utf8JsonWriter(response.BodyWriter, WriterOptions))
        {
            writer.WriteStartArray();
            foreach (var result in results)
            {
                result.WriteTo(writer);
            }

            writer.WriteEndArray();
        }

        await response.BodyWriter.FlushAsync(cancellationToken);
    }

    public static Task WriteRefusalAsync(HttpResponse response, string mediaType, GraphQLHttpException refusal, CancellationToken cancellationToken)
    {
        foreach (var (name, value) in refusal.Headers)
        {
            response.Headers[name] = value;
        }

        return WriteResultAsync(response, refusal.StatusCode, mediaType, ExecutionResult.FromErrors(refusal.Errors), cancellationToken);
    }

    public static IReadOnlyList<GraphQLError> ErrorsOf(ExecutionResult result) => result.Errors ?? [];
}
