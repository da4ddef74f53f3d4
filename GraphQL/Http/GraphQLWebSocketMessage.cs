using System.Text.Json;

namespace GraphQL.Http;

/// <summary>One client message of <c>graphql-transport-ws</c>, checked against the shape its type requires.</summary>
/// <param name="Type">The message type, e.g. <c>subscribe</c>.</param>
/// <param name="Id">The operation id of <c>subscribe</c> and <c>complete</c>.</param>
/// <param name="Payload">The payload of <c>connection_init</c>, <c>ping</c> and <c>pong</c>.</param>
/// <param name="Request">The operation of <c>subscribe</c>.</param>
internal sealed record GraphQLWebSocketMessage(string Type, string? Id, IReadOnlyDictionary<string, object?>? Payload, GraphQLHttpRequest? Request)
{
    private const string Invalid = "Invalid message received";

    /// <summary>Reads a message; false with the close reason when it is not JSON or not shaped as its type requires.</summary>
    public static bool TryParse(byte[] text, out GraphQLWebSocketMessage message, out string problem)
    {
        message = null!;
        object? value;
        try
        {
            var reader = new Utf8JsonReader(text, new JsonReaderOptions { MaxDepth = 128 });
            reader.Read();
            value = JsonValueReader.ReadValue(ref reader);
            if (reader.Read())
            {
                problem = Invalid;
                return false;
            }
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException)
        {
            problem = Invalid;
            return false;
        }

        if (value is not Dictionary<string, object?> fields || fields.GetValueOrDefault("type") is not string type)
        {
            problem = Invalid;
            return false;
        }

        problem = $"Invalid message of type {type} received";
        var id = fields.GetValueOrDefault("id");
        var payload = fields.GetValueOrDefault("payload");
        switch (type)
        {
            case "connection_init" or "ping" or "pong":
                if (payload is not (null or Dictionary<string, object?>))
                {
                    return false;
                }

                message = new GraphQLWebSocketMessage(type, null, (Dictionary<string, object?>?)payload, null);
                return true;
            case "subscribe":
                if (id is not string { Length: > 0 } subscribeId || ReadRequest(payload) is not { } request)
                {
                    return false;
                }

                message = new GraphQLWebSocketMessage(type, subscribeId, null, request);
                return true;
            case "complete":
                if (id is not string { Length: > 0 } completeId)
                {
                    return false;
                }

                message = new GraphQLWebSocketMessage(type, completeId, null, null);
                return true;
            default:
                problem = $"Unexpected message of type {type} received";
                return false;
        }
    }

    private static GraphQLHttpRequest? ReadRequest(object? payload)
    {
        // The query may be left out only for a persisted operation named in the extensions.
        if (payload is not Dictionary<string, object?> fields
            || fields.GetValueOrDefault("query") is not (string or null)
            || (fields.GetValueOrDefault("query") is null && fields.GetValueOrDefault("extensions") is not Dictionary<string, object?>)
            || fields.GetValueOrDefault("operationName") is not (null or string)
            || fields.GetValueOrDefault("variables") is not (null or Dictionary<string, object?>)
            || fields.GetValueOrDefault("extensions") is not (null or Dictionary<string, object?>))
        {
            return null;
        }

        return new GraphQLHttpRequest
        {
            Query = fields.GetValueOrDefault("query") as string,
            OperationName = fields.GetValueOrDefault("operationName") as string,
            Variables = fields.GetValueOrDefault("variables") as Dictionary<string, object?>,
            Extensions = fields.GetValueOrDefault("extensions") as Dictionary<string, object?>,
        };
    }
}
