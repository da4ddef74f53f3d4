using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace GraphQL.Utilities;

/// <summary>Formats runtime values for error messages the way graphql-js's <c>inspect</c> does.</summary>
public static class Inspector
{
    private const int MaxArrayLength = 10;
    private const int MaxRecursiveDepth = 2;

    /// <summary>Formats a value: strings JSON-quoted, numbers as JavaScript prints them, objects as <c>{ a: 1 }</c>.</summary>
    public static string Inspect(object? value) => Format(value, 0);

    /// <summary>Formats a double as JavaScript's <c>String(number)</c> does.</summary>
    public static string FormatNumber(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == Math.Floor(value) && Math.Abs(value) < 1e21)
        {
            return value.ToString("0", CultureInfo.InvariantCulture);
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Replace("E+", "e+", StringComparison.Ordinal).Replace("E-", "e-", StringComparison.Ordinal);
    }

    /// <summary>Quotes a string as JSON.stringify does.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (c < 0x20)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static string Format(object? value, int depth)
    {
        switch (value)
        {
            case null:
                return "null";
            case string s:
                return Quote(s);
            case bool b:
                return b ? "true" : "false";
            case double d:
                return FormatNumber(d);
            case float f:
                return FormatNumber(f);
            case decimal m:
                return m.ToString(CultureInfo.InvariantCulture);
            case int or long or short or byte or sbyte or uint or ulong or ushort:
                return Convert.ToString(value, CultureInfo.InvariantCulture)!;
            case JsonElement element:
                return FormatJson(element, depth);
            case Enum e:
                return Quote(e.ToString());
            case IEnumerable<KeyValuePair<string, object?>> map:
                return FormatObject(map, depth);
            case IDictionary dictionary:
                return FormatObject(Entries(dictionary), depth);
            case IEnumerable list:
                return FormatArray(list.Cast<object?>(), depth);
            default:
                return Convert.ToString(value, CultureInfo.InvariantCulture) ?? value.GetType().Name;
        }
    }

    private static IEnumerable<KeyValuePair<string, object?>> Entries(IDictionary dictionary)
    {
        foreach (DictionaryEntry entry in dictionary)
        {
            yield return new KeyValuePair<string, object?>(Convert.ToString(entry.Key, CultureInfo.InvariantCulture)!, entry.Value);
        }
    }

    private static string FormatObject(IEnumerable<KeyValuePair<string, object?>> entries, int depth)
    {
        var parts = new List<string>();
        foreach (var (key, item) in entries)
        {
            if (depth >= MaxRecursiveDepth)
            {
                return "[Object]";
            }

            parts.Add(key + ": " + Format(item, depth + 1));
        }

        return parts.Count == 0 ? "{}" : "{ " + string.Join(", ", parts) + " }";
    }

    private static string FormatArray(IEnumerable<object?> items, int depth)
    {
        var all = items.ToList();
        if (all.Count == 0)
        {
            return "[]";
        }

        if (depth >= MaxRecursiveDepth)
        {
            return "[Array]";
        }

        var parts = new List<string>();
        for (var i = 0; i < Math.Min(MaxArrayLength, all.Count); i++)
        {
            parts.Add(Format(all[i], depth + 1));
        }

        var remaining = all.Count - parts.Count;
        if (remaining == 1)
        {
            parts.Add("... 1 more item");
        }
        else if (remaining > 1)
        {
            parts.Add("... " + remaining + " more items");
        }

        return "[" + string.Join(", ", parts) + "]";
    }

    private static string FormatJson(JsonElement element, int depth) => element.ValueKind switch
    {
        JsonValueKind.String => Quote(element.GetString()!),
        JsonValueKind.Number => FormatNumber(element.GetDouble()),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null or JsonValueKind.Undefined => "null",
        JsonValueKind.Array => FormatArray(element.EnumerateArray().Select(e => (object?)e), depth),
        _ => FormatObject(element.EnumerateObject().Select(p => new KeyValuePair<string, object?>(p.Name, p.Value)), depth),
    };
}
