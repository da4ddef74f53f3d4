using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace GraphQL.Http;

/// <summary>The requests of one HTTP request, and whether they came as a batch (a JSON array, answered by an array).</summary>
internal sealed record GraphQLHttpRequestBody(IReadOnlyList<GraphQLHttpRequest> Requests, bool IsBatch);

/// <summary>Reads GraphQL-over-HTTP requests from GET query strings and POST JSON bodies.</summary>
internal static class GraphQLHttpRequestReader
{
    /// <summary>Reads the request(s) of a POST; a batch yields several, anything malformed throws <see cref="GraphQLHttpException"/>.</summary>
    public static async ValueTask<GraphQLHttpRequestBody> ReadPostAsync(
        HttpContext context, GraphQLHttpOptions options, CancellationToken cancellationToken)
    {
        EnsureJsonContentType(context.Request.ContentType);
        var limit = options.MaxRequestBodySize;
        if (context.Request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        var body = context.Request.BodyReader;
        ReadResult read;
        try
        {
            while (true)
            {
                read = await body.ReadAsync(cancellationToken);
                if (read.Buffer.Length > limit)
                {
                    body.AdvanceTo(read.Buffer.Start, read.Buffer.End);
                    throw TooLarge(limit);
                }

                if (read.IsCompleted || read.IsCanceled)
                {
                    break;
                }

                body.AdvanceTo(read.Buffer.Start, read.Buffer.End);
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge(limit);
        }

        try
        {
            return ParseBody(read.Buffer, options);
        }
        finally
        {
            body.AdvanceTo(read.Buffer.End);
        }
    }

    /// <summary>Reads the request of a GET from its query string.</summary>
    public static GraphQLHttpRequest ReadGet(HttpRequest request)
    {
        var parameters = request.Query;
        var query = Single(parameters, "query");
        var documentId = Single(parameters, "id");
        var extensions = JsonObjectParameter(parameters, "extensions");
        if (query is null && documentId is null && extensions is null)
        {
            throw Invalid("A GraphQL request must have a \"query\" parameter.");
        }

        return new GraphQLHttpRequest
        {
            Query = query,
            DocumentId = documentId,
            OperationName = Single(parameters, "operationName"),
            Variables = JsonObjectParameter(parameters, "variables"),
            Extensions = extensions,
            IsGet = true,
        };
    }

    internal static GraphQLHttpRequestBody ParseBody(ReadOnlySequence<byte> body, GraphQLHttpOptions options)
    {
        if (body.IsEmpty)
        {
            throw Invalid("The request body is empty; it must be a JSON object with a \"query\".");
        }

        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 128 });
            reader.Read();
            var isBatch = reader.TokenType == JsonTokenType.StartArray;
            IReadOnlyList<GraphQLHttpRequest> requests = isBatch ? ReadBatch(ref reader, options) : [ReadRequest(ref reader)];

            if (reader.Read())
            {
                throw new JsonException("Unexpected data after the JSON value.");
            }

            return new GraphQLHttpRequestBody(requests, isBatch);
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException)
        {
            throw Invalid("The request body is not valid JSON: " + exception.Message);
        }
    }

    private static List<GraphQLHttpRequest> ReadBatch(ref Utf8JsonReader reader, GraphQLHttpOptions options)
    {
        if (!options.EnableBatching)
        {
            throw new GraphQLHttpException(
                StatusCodes.Status400BadRequest,
                "Batched requests are not enabled on this endpoint; send one JSON object.",
                GraphQLHttpErrorCodes.BatchingNotAllowed);
        }

        var requests = new List<GraphQLHttpRequest>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (requests.Count == options.MaxBatchSize)
            {
                throw new GraphQLHttpException(
                    StatusCodes.Status400BadRequest,
                    $"A batch may hold at most {options.MaxBatchSize} requests.",
                    GraphQLHttpErrorCodes.BatchingNotAllowed);
            }

            requests.Add(ReadRequest(ref reader));
        }

        if (requests.Count == 0)
        {
            throw Invalid("A batch must hold at least one request.");
        }

        return requests;
    }

    private static GraphQLHttpRequest ReadRequest(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Invalid("A GraphQL request must be a JSON object.");
        }

        string? query = null;
        string? documentId = null;
        string? operationName = null;
        IReadOnlyDictionary<string, object?>? variables = null;
        IReadOnlyDictionary<string, object?>? extensions = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "query":
                    query = reader.TokenType switch
                    {
                        JsonTokenType.String => reader.GetString(),
                        JsonTokenType.Null => null,
                        _ => throw Invalid("The \"query\" parameter must be a string."),
                    };
                    break;
                case "id":
                    documentId = reader.TokenType switch
                    {
                        JsonTokenType.String => reader.GetString(),
                        JsonTokenType.Null => null,
                        _ => throw Invalid("The \"id\" parameter must be a string."),
                    };
                    break;
                case "operationName":
                    operationName = reader.TokenType switch
                    {
                        JsonTokenType.String => reader.GetString(),
                        JsonTokenType.Null => null,
                        _ => throw Invalid("The \"operationName\" parameter must be a string."),
                    };
                    break;
                case "variables":
                    variables = ReadMap(ref reader, "variables");
                    break;
                case "extensions":
                    extensions = ReadMap(ref reader, "extensions");
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return new GraphQLHttpRequest
        {
            Query = query,
            DocumentId = documentId,
            OperationName = operationName,
            Variables = variables,
            Extensions = extensions,
        };
    }

    private static Dictionary<string, object?>? ReadMap(ref Utf8JsonReader reader, string parameter) => reader.TokenType switch
    {
        JsonTokenType.StartObject => JsonValueReader.ReadObject(ref reader),
        JsonTokenType.Null => null,
        _ => throw Invalid($"The \"{parameter}\" parameter must be a JSON object."),
    };

    private static string? Single(IQueryCollection parameters, string name)
    {
        if (!parameters.TryGetValue(name, out var values))
        {
            return null;
        }

        if (values.Count != 1)
        {
            throw Invalid($"The \"{name}\" parameter must be given once.");
        }

        return values[0];
    }

    private static Dictionary<string, object?>? JsonObjectParameter(IQueryCollection parameters, string name)
    {
        var json = Single(parameters, name);
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            var value = JsonValueReader.ParseObject(json, out var isObject);
            return isObject ? value : throw Invalid($"The \"{name}\" parameter must be a JSON object.");
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException)
        {
            throw Invalid($"The \"{name}\" parameter is not valid JSON: " + exception.Message);
        }
    }

    private static void EnsureJsonContentType(string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var mediaType))
        {
            throw UnsupportedMediaType();
        }

        if (!mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            throw UnsupportedMediaType();
        }

        var charset = mediaType.Charset;
        if (charset.HasValue && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            throw UnsupportedMediaType();
        }
    }

    private static GraphQLHttpException UnsupportedMediaType() => new(
        StatusCodes.Status415UnsupportedMediaType,
        "A POST body must be application/json in UTF-8.",
        GraphQLHttpErrorCodes.UnsupportedMediaType);

    private static GraphQLHttpException TooLarge(long limit) => new(
        StatusCodes.Status413PayloadTooLarge,
        $"The request body is larger than {limit} bytes.",
        GraphQLHttpErrorCodes.RequestTooLarge);

    internal static GraphQLHttpException Invalid(string message) =>
        new(StatusCodes.Status400BadRequest, message, GraphQLHttpErrorCodes.InvalidRequest);
}
