using System.Globalization;
using System.Text;
using GraphQL.Error;

namespace GraphQL.Relay;

/// <summary>
/// Relay global object ids in HotChocolate's format: base64 of <c>TypeName:key</c>.
/// </summary>
public static class GlobalId
{
    /// <summary>The <c>extensions.code</c> of an id that is not base64 of <c>TypeName:key</c> or whose key does not parse.</summary>
    public const string InvalidIdCode = "NODE_ID_INVALID";

    /// <summary>The <c>extensions.code</c> of a well-formed id that names another type than the one expected, or a type that is not a node.</summary>
    public const string ForeignIdCode = "NODE_ID_TYPE_MISMATCH";

    /// <summary>Formats the global id of the object of <paramref name="typeName"/> with the given key.</summary>
    public static string Format(string typeName, object key)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(typeName + ":" + KeyText(key)));
    }

    /// <summary>Splits a global id into its type name and the text of its key; throws a <see cref="GraphQLException"/> coded <see cref="InvalidIdCode"/> when malformed.</summary>
    public static (string TypeName, string Key) Parse(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var bytes = new byte[(id.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(id, bytes, out var written))
        {
            throw Invalid(id);
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes, 0, written);
        }
        catch (DecoderFallbackException)
        {
            throw Invalid(id);
        }

        var separator = text.IndexOf(':', StringComparison.Ordinal);
        if (separator <= 0 || separator == text.Length - 1)
        {
            throw Invalid(id);
        }

        return (text[..separator], text[(separator + 1)..]);
    }

    /// <summary>Decodes an id that must name <paramref name="typeName"/> to its typed key.</summary>
    public static TKey ParseKey<TKey>(string id, string typeName)
    {
        var (actual, key) = Parse(id);
        if (actual != typeName)
        {
            throw Foreign(id, typeName);
        }

        return ConvertKey<TKey>(id, key);
    }

    internal static TKey ConvertKey<TKey>(string id, string key)
    {
        var type = Nullable.GetUnderlyingType(typeof(TKey)) ?? typeof(TKey);
        object? value = type switch
        {
            _ when type == typeof(string) => key,
            _ when type == typeof(Guid) => Guid.TryParse(key, out var guid) ? guid : null,
            _ when type == typeof(int) => int.TryParse(key, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null,
            _ when type == typeof(long) => long.TryParse(key, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null,
            _ => throw new NotSupportedException("Global ids support string, Guid, int and long keys, not " + type.Name + "."),
        };
        return value is TKey typed ? typed : throw Invalid(id);
    }

    internal static GraphQLException Foreign(string id, string expected) => new(new GraphQLError(
        "The id \"" + id + "\" does not identify a " + expected + ".",
        extensions: new Dictionary<string, object?> { ["code"] = ForeignIdCode }));

    private static string KeyText(object key) => key switch
    {
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => key.ToString() ?? string.Empty,
    };

    private static GraphQLException Invalid(string id) => new(new GraphQLError(
        "The id \"" + id + "\" is not a valid global id.",
        extensions: new Dictionary<string, object?> { ["code"] = InvalidIdCode }));
}
