using System.Text.Json;

namespace GraphQL.Http;

/// <summary>Reads JSON values into the CLR values the engine's variable coercion expects.</summary>
internal static class JsonValueReader
{
    /// <summary>Reads the value at the reader's current token (which must be a value's first token).</summary>
    public static object? ReadValue(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject => ReadObject(ref reader),
        JsonTokenType.StartArray => ReadArray(ref reader),
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => ReadNumber(ref reader),
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Null => null,
        _ => throw new JsonException($"Unexpected JSON token {reader.TokenType}."),
    };

    /// <summary>Reads an object whose <see cref="JsonTokenType.StartObject"/> is the current token.</summary>
    public static Dictionary<string, object?> ReadObject(ref Utf8JsonReader reader)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            reader.Read();
            values[name] = ReadValue(ref reader);
        }

        return values;
    }

    private static List<object?> ReadArray(ref Utf8JsonReader reader)
    {
        var values = new List<object?>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            values.Add(ReadValue(ref reader));
        }

        return values;
    }

    private static object ReadNumber(ref Utf8JsonReader reader)
    {
        if (reader.TryGetInt32(out var i))
        {
            return i;
        }

        if (reader.TryGetInt64(out var l))
        {
            return l;
        }

        return reader.GetDouble();
    }

    /// <summary>Parses a whole JSON text (from a query-string parameter) that must be an object.</summary>
    public static Dictionary<string, object?>? ParseObject(string json, out bool isObject)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json), new JsonReaderOptions { MaxDepth = 128 });
        reader.Read();
        var value = ReadValue(ref reader);
        if (reader.Read())
        {
            throw new JsonException("Unexpected data after the JSON value.");
        }

        isObject = value is Dictionary<string, object?> || value is null;
        return value as Dictionary<string, object?>;
    }
}
