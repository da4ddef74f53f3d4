using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using GraphQL.Error;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// The response to a request: <c>data</c>, <c>errors</c> and <c>extensions</c> (spec §7.1). Data is a tree of
/// <see cref="ResultMap"/>, <see cref="ResultList"/> and serialized leaf values, written straight to JSON by <see cref="WriteTo"/>.
/// </summary>
public sealed class ExecutionResult
{
    /// <summary>Creates a result.</summary>
    public ExecutionResult(object? data, IReadOnlyList<GraphQLError>? errors = null, IReadOnlyDictionary<string, object?>? extensions = null, bool hasData = true)
    {
        Data = data;
        Errors = errors is { Count: > 0 } ? errors : null;
        Extensions = extensions;
        HasData = hasData;
    }

    /// <summary>The data: a <see cref="ResultMap"/> or null (when a non-null root field failed).</summary>
    public object? Data { get; }

    /// <summary>False for request errors (syntax, validation, variables): the response then has no <c>data</c> entry.</summary>
    public bool HasData { get; }

    /// <summary>The errors, or null when there are none.</summary>
    public IReadOnlyList<GraphQLError>? Errors { get; }

    /// <summary>The response extensions, or null.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; set; }

    /// <summary>A result made of request errors only (no data entry).</summary>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors) => new(null, errors, null, hasData: false);

    /// <summary>Writes the response object.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (Errors is not null)
        {
            writer.WritePropertyName("errors"u8);
            writer.WriteStartArray();
            foreach (var error in Errors)
            {
                WriteError(writer, error);
            }

            writer.WriteEndArray();
        }

        if (HasData)
        {
            writer.WritePropertyName("data"u8);
            JsonValueWriter.Write(writer, Data);
        }

        if (Extensions is not null)
        {
            writer.WritePropertyName("extensions"u8);
            JsonValueWriter.Write(writer, Extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes one error object: message, locations, path, extensions.</summary>
    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString("message"u8, error.Message);
        if (error.Locations is { Count: > 0 } locations)
        {
            writer.WritePropertyName("locations"u8);
            writer.WriteStartArray();
            foreach (var location in locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line"u8, location.Line);
                writer.WriteNumber("column"u8, location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is { } path)
        {
            writer.WritePropertyName("path"u8);
            writer.WriteStartArray();
            foreach (var segment in path)
            {
                if (segment is int index)
                {
                    writer.WriteNumberValue(index);
                }
                else
                {
                    writer.WriteStringValue(Convert.ToString(segment, CultureInfo.InvariantCulture));
                }
            }

            writer.WriteEndArray();
        }

        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions"u8);
            JsonValueWriter.Write(writer, extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>The response as compact JSON text.</summary>
    public string ToJson(bool indented = false)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <inheritdoc />
    public override string ToString() => ToJson();
}

/// <summary>Writes result values (maps, lists, serialized leaves, dictionaries, JSON elements) as JSON.</summary>
public static class JsonValueWriter
{
    /// <summary>Writes one value.</summary>
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case ResultMap map:
                map.WriteTo(writer);
                break;
            case ResultList list:
                list.WriteTo(writer);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d:
                writer.WriteNumberValue(d);
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case float f:
                writer.WriteNumberValue(f);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case IEnumerable<KeyValuePair<string, object?>> dictionary:
                writer.WriteStartObject();
                foreach (var (key, item) in dictionary)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable sequence:
                writer.WriteStartArray();
                foreach (var item in sequence)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}

/// <summary>An object in the response: the selected fields' response names and values, in selection order.</summary>
public sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    private readonly SelectedField[] _fields;
    internal readonly object?[] Values;

    internal ResultMap(SelectedField[] fields)
    {
        _fields = fields;
        Values = new object?[fields.Length];
    }

    internal SelectedField[] Fields => _fields;

    /// <inheritdoc />
    public int Count => _fields.Length;

    /// <inheritdoc />
    public IEnumerable<string> Keys => _fields.Select(f => f.ResponseName);

    IEnumerable<object?> IReadOnlyDictionary<string, object?>.Values => Values;

    /// <inheritdoc />
    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <inheritdoc />
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? Values[index] : null;
        return index >= 0;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _fields.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_fields[i].ResponseName, Values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Writes the object as JSON.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        for (var i = 0; i < _fields.Length; i++)
        {
            writer.WritePropertyName(_fields[i].EncodedResponseName);
            JsonValueWriter.Write(writer, Values[i]);
        }

        writer.WriteEndObject();
    }

    private int IndexOf(string key)
    {
        for (var i = 0; i < _fields.Length; i++)
        {
            if (_fields[i].ResponseName == key)
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>A list in the response.</summary>
public sealed class ResultList : IReadOnlyList<object?>
{
    internal readonly object?[] Items;

    internal ResultList(object?[] items, IGraphQLType itemType)
    {
        Items = items;
        ItemType = itemType;
    }

    internal IGraphQLType ItemType { get; }

    /// <inheritdoc />
    public int Count => Items.Length;

    /// <inheritdoc />
    public object? this[int index] => Items[index];

    /// <inheritdoc />
    public IEnumerator<object?> GetEnumerator() => ((IEnumerable<object?>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Writes the list as JSON.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        foreach (var item in Items)
        {
            JsonValueWriter.Write(writer, item);
        }

        writer.WriteEndArray();
    }
}
