using System.Globalization;
using System.Text.RegularExpressions;
using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Utilities;

namespace GraphQL.Types;

/// <summary>The built-in scalars of the specification and the platform's custom scalars, as shared instances.</summary>
public static class Scalars
{
    /// <summary>A signed 32-bit integer.</summary>
    public static readonly ScalarType Int = new IntType();

    /// <summary>A double-precision floating-point number.</summary>
    public static readonly ScalarType Float = new FloatType();

    /// <summary>A UTF-8 text.</summary>
    public static readonly ScalarType String = new StringType();

    /// <summary>True or false.</summary>
    public static readonly ScalarType Boolean = new BooleanType();

    /// <summary>A unique identifier, serialized as a string.</summary>
    public static readonly ScalarType ID = new IdType();

    /// <summary>A signed 64-bit integer.</summary>
    public static readonly ScalarType Long = new LongType();

    /// <summary>An instant with its UTC offset (ISO 8601), as <see cref="DateTimeOffset"/>.</summary>
    public static readonly ScalarType DateTime = new DateTimeType();

    /// <summary>A calendar date (yyyy-MM-dd), as <see cref="DateOnly"/>.</summary>
    public static readonly ScalarType Date = new DateType();

    /// <summary>A decimal number, as <see cref="decimal"/>.</summary>
    public static readonly ScalarType Decimal = new DecimalType();

    /// <summary>A calendar month (yyyy-MM), held as its text.</summary>
    public static readonly ScalarType YearMonth = new YearMonthType();

    /// <summary>A UUID, as <see cref="Guid"/>.</summary>
    public static readonly ScalarType UUID = new UuidType();

    /// <summary>An absolute URL, as <see cref="Uri"/>.</summary>
    public static readonly ScalarType URL = new UrlType();

    /// <summary>The five scalars of the specification, in graphql-js's order.</summary>
    public static IReadOnlyList<ScalarType> Specified { get; } = [String, Int, Float, Boolean, ID];

    /// <summary>The platform's custom scalars.</summary>
    public static IReadOnlyList<ScalarType> Custom { get; } = [Long, DateTime, Date, Decimal, YearMonth, UUID, URL];

    /// <summary>True for String, Int, Float, Boolean and ID.</summary>
    public static bool IsSpecified(INamedType type) =>
        type is IntType or FloatType or StringType or BooleanType or IdType;

    /// <summary>True for String, Int, Float, Boolean and ID, by name.</summary>
    public static bool IsSpecifiedName(string name) => name is "String" or "Int" or "Float" or "Boolean" or "ID";

    internal static bool TryGetNumber(object value, out double number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case long l: number = l; return true;
            case double d: number = d; return true;
            case float f: number = f; return true;
            case decimal m: number = (double)m; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case sbyte sb: number = sb; return true;
            case uint ui: number = ui; return true;
            case ulong ul: number = ul; return true;
            case ushort us: number = us; return true;
            default: number = 0; return false;
        }
    }

    internal static bool TryParseJsNumber(string text, out double number)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            number = 0;
            return true;
        }

        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }

    internal static string Print(ValueNode node) => Printer.Print(node);
}

internal sealed class IntType() : ScalarType(
    "Int",
    "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
{
    public override object Serialize(object value)
    {
        switch (value)
        {
            case int:
                return value;
            case bool b:
                return b ? 1 : 0;
            case string s when s.Length > 0 && Scalars.TryParseJsNumber(s, out var parsed):
                return FromNumber(parsed, value);
        }

        if (Scalars.TryGetNumber(value, out var number))
        {
            return FromNumber(number, value);
        }

        throw Invalid("Int cannot represent non-integer value: " + Inspector.Inspect(value));
    }

    public override object ParseValue(object value)
    {
        if (value is int)
        {
            return value;
        }

        if (value is not bool && Scalars.TryGetNumber(value, out var number))
        {
            return FromNumber(number, value);
        }

        throw Invalid("Int cannot represent non-integer value: " + Inspector.Inspect(value));
    }

    public override object ParseLiteral(ValueNode literal)
    {
        if (literal is not IntValueNode intNode)
        {
            throw Invalid("Int cannot represent non-integer value: " + Scalars.Print(literal), literal);
        }

        if (!int.TryParse(intNode.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
        {
            throw Invalid("Int cannot represent non 32-bit signed integer value: " + intNode.Value, literal);
        }

        return result;
    }

    public override ValueNode? ValueToLiteral(object value) =>
        value is not bool && Scalars.TryGetNumber(value, out var n) && n == Math.Floor(n) && n is >= int.MinValue and <= int.MaxValue
            ? new IntValueNode { Value = ((long)n).ToString(CultureInfo.InvariantCulture) }
            : null;

    private static object FromNumber(double number, object original)
    {
        if (double.IsNaN(number) || double.IsInfinity(number) || number != Math.Floor(number))
        {
            throw Invalid("Int cannot represent non-integer value: " + Inspector.Inspect(original));
        }

        if (number is > int.MaxValue or < int.MinValue)
        {
            throw Invalid("Int cannot represent non 32-bit signed integer value: " + Inspector.Inspect(original));
        }

        return (int)number;
    }
}

internal sealed class FloatType() : ScalarType(
    "Float",
    "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
{
    public override object Serialize(object value)
    {
        switch (value)
        {
            case double d when double.IsFinite(d):
                return value;
            case bool b:
                return b ? 1d : 0d;
            case string s when s.Length > 0 && Scalars.TryParseJsNumber(s, out var parsed) && double.IsFinite(parsed):
                return parsed;
        }

        if (Scalars.TryGetNumber(value, out var number) && double.IsFinite(number))
        {
            return number;
        }

        throw Invalid("Float cannot represent non numeric value: " + Inspector.Inspect(value));
    }

    public override object ParseValue(object value)
    {
        if (value is not bool && Scalars.TryGetNumber(value, out var number) && double.IsFinite(number))
        {
            return number;
        }

        throw Invalid("Float cannot represent non numeric value: " + Inspector.Inspect(value));
    }

    public override object ParseLiteral(ValueNode literal) => literal switch
    {
        IntValueNode i => double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => throw Invalid("Float cannot represent non numeric value: " + Scalars.Print(literal), literal),
    };

    public override ValueNode? ValueToLiteral(object value)
    {
        if (value is bool || !Scalars.TryGetNumber(value, out var number) || !double.IsFinite(number))
        {
            return null;
        }

        var text = Inspector.FormatNumber(number);
        return number == Math.Floor(number) && !text.Contains('e', StringComparison.Ordinal)
            ? new IntValueNode { Value = text }
            : new FloatValueNode { Value = text };
    }
}

internal sealed class StringType() : ScalarType(
    "String",
    "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
{
    public override object Serialize(object value)
    {
        switch (value)
        {
            case string:
                return value;
            case bool b:
                return b ? "true" : "false";
            case char c:
                return c.ToString();
            case Guid g:
                return g.ToString("D");
            case Uri u:
                return u.IsAbsoluteUri ? u.AbsoluteUri : u.OriginalString;
        }

        if (Scalars.TryGetNumber(value, out var number) && double.IsFinite(number))
        {
            return value is decimal m ? m.ToString(CultureInfo.InvariantCulture) : Inspector.FormatNumber(number);
        }

        throw Invalid("String cannot represent value: " + Inspector.Inspect(value));
    }

    public override object ParseValue(object value) =>
        value as string ?? throw Invalid("String cannot represent a non string value: " + Inspector.Inspect(value));

    public override object ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s
            ? s.Value
            : throw Invalid("String cannot represent a non string value: " + Scalars.Print(literal), literal);

    public override ValueNode? ValueToLiteral(object value) =>
        value is string s ? new StringValueNode { Value = s } : null;
}

internal sealed class BooleanType() : ScalarType("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
{
    private static readonly object True = true;
    private static readonly object False = false;

    public override object Serialize(object value)
    {
        if (value is bool)
        {
            return value;
        }

        if (Scalars.TryGetNumber(value, out var number) && double.IsFinite(number))
        {
            return number != 0 ? True : False;
        }

        throw Invalid("Boolean cannot represent a non boolean value: " + Inspector.Inspect(value));
    }

    public override object ParseValue(object value) =>
        value is bool ? value : throw Invalid("Boolean cannot represent a non boolean value: " + Inspector.Inspect(value));

    public override object ParseLiteral(ValueNode literal) =>
        literal is BooleanValueNode b
            ? (b.Value ? True : False)
            : throw Invalid("Boolean cannot represent a non boolean value: " + Scalars.Print(literal), literal);

    public override ValueNode? ValueToLiteral(object value) =>
        value is bool b ? new BooleanValueNode { Value = b } : null;
}

internal sealed partial class IdType() : ScalarType(
    "ID",
    "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
{
    public override object Serialize(object value)
    {
        switch (value)
        {
            case string:
                return value;
            case Guid g:
                return g.ToString("D");
        }

        if (value is not bool && Scalars.TryGetNumber(value, out var number) && number == Math.Floor(number) && double.IsFinite(number))
        {
            return value is long l ? l.ToString(CultureInfo.InvariantCulture) : Inspector.FormatNumber(number);
        }

        throw Invalid("ID cannot represent value: " + Inspector.Inspect(value));
    }

    public override object ParseValue(object value)
    {
        if (value is string)
        {
            return value;
        }

        if (value is not bool && Scalars.TryGetNumber(value, out var number) && number == Math.Floor(number) && double.IsFinite(number))
        {
            return value is long l ? l.ToString(CultureInfo.InvariantCulture) : Inspector.FormatNumber(number);
        }

        throw Invalid("ID cannot represent value: " + Inspector.Inspect(value));
    }

    public override object ParseLiteral(ValueNode literal) => literal switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw Invalid("ID cannot represent a non-string and non-integer value: " + Scalars.Print(literal), literal),
    };

    public override ValueNode? ValueToLiteral(object value)
    {
        if (value is string s)
        {
            return IntegerPattern().IsMatch(s) ? new IntValueNode { Value = s } : new StringValueNode { Value = s };
        }

        return value is Guid g ? new StringValueNode { Value = g.ToString("D") } : Scalars.Int.ValueToLiteral(value);
    }

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$")]
    private static partial Regex IntegerPattern();
}

internal sealed class LongType() : ScalarType(
    "Long",
    "The `Long` scalar type represents non-fractional signed whole 64-bit numeric values. Long can represent values between -(2^63) and 2^63 - 1.")
{
    public override object Serialize(object value) => value is long ? value : Coerce(value);

    public override object ParseValue(object value) => value is long ? value : Coerce(value);

    public override object ParseLiteral(ValueNode literal)
    {
        if (literal is not IntValueNode intNode)
        {
            throw Invalid("Long cannot represent non-integer value: " + Scalars.Print(literal), literal);
        }

        return long.TryParse(intNode.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw Invalid("Long cannot represent non 64-bit signed integer value: " + intNode.Value, literal);
    }

    public override ValueNode? ValueToLiteral(object value) => value switch
    {
        long l => new IntValueNode { Value = l.ToString(CultureInfo.InvariantCulture) },
        int i => new IntValueNode { Value = i.ToString(CultureInfo.InvariantCulture) },
        _ => null,
    };

    private static long Coerce(object value)
    {
        switch (value)
        {
            case int i: return i;
            case short s: return s;
            case byte b: return b;
            case uint ui: return ui;
            case ulong ul when ul <= long.MaxValue: return (long)ul;
            case decimal m when m == decimal.Truncate(m) && m >= long.MinValue && m <= long.MaxValue: return (long)m;
        }

        if (value is not bool and not decimal and not ulong && Scalars.TryGetNumber(value, out var number) && double.IsFinite(number))
        {
            if (number != Math.Floor(number))
            {
                throw Invalid("Long cannot represent non-integer value: " + Inspector.Inspect(value));
            }

            if (number is >= -9.2233720368547758E18 and < 9.2233720368547758E18)
            {
                return (long)number;
            }

            throw Invalid("Long cannot represent non 64-bit signed integer value: " + Inspector.Inspect(value));
        }

        throw Invalid(value is ulong or decimal
            ? "Long cannot represent non 64-bit signed integer value: " + Inspector.Inspect(value)
            : "Long cannot represent non-integer value: " + Inspector.Inspect(value));
    }
}

internal sealed class DecimalType() : ScalarType("Decimal", "The built-in `Decimal` scalar type.")
{
    public override object Serialize(object value) => Coerce(value);

    public override object ParseValue(object value) => Coerce(value);

    public override object ParseLiteral(ValueNode literal) => literal switch
    {
        IntValueNode i => decimal.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        FloatValueNode f when decimal.TryParse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => throw Invalid("Decimal cannot represent non numeric value: " + Scalars.Print(literal), literal),
    };

    public override ValueNode? ValueToLiteral(object value)
    {
        if (value is not decimal m)
        {
            return null;
        }

        var text = m.ToString(CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) ? new FloatValueNode { Value = text } : new IntValueNode { Value = text };
    }

    private static object Coerce(object value)
    {
        if (value is decimal)
        {
            return value;
        }

        if (value is not bool && Scalars.TryGetNumber(value, out var number) && double.IsFinite(number)
            && Math.Abs(number) < 7.9e28)
        {
            return value is long l ? (decimal)l : (decimal)number;
        }

        throw Invalid("Decimal cannot represent non numeric value: " + Inspector.Inspect(value));
    }
}

internal sealed partial class DateTimeType() : ScalarType(
    "DateTime",
    "The `DateTime` scalar represents an ISO-8601 compliant date time type.",
    "https://www.graphql-scalars.com/date-time")
{
    public override object Serialize(object value) => value switch
    {
        DateTimeOffset o => Format(o),
        System.DateTime d => Format(d.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(d, TimeSpan.Zero) : new DateTimeOffset(d)),
        string s when TryParse(s, out var parsed) => Format(parsed),
        _ => throw Invalid("DateTime cannot represent value: " + Inspector.Inspect(value)),
    };

    public override object ParseValue(object value) => value switch
    {
        string s when TryParse(s, out var parsed) => parsed,
        string => throw Invalid("DateTime cannot represent an invalid date-time string: " + Inspector.Inspect(value)),
        _ => throw Invalid("DateTime cannot represent a non string value: " + Inspector.Inspect(value)),
    };

    public override object ParseLiteral(ValueNode literal) => literal switch
    {
        StringValueNode s when TryParse(s.Value, out var parsed) => parsed,
        StringValueNode => throw Invalid("DateTime cannot represent an invalid date-time string: " + Scalars.Print(literal), literal),
        _ => throw Invalid("DateTime cannot represent a non string value: " + Scalars.Print(literal), literal),
    };

    public override ValueNode? ValueToLiteral(object value) =>
        value is DateTimeOffset or System.DateTime ? new StringValueNode { Value = (string)Serialize(value) } : null;

    internal static string Format(DateTimeOffset value) =>
        value.Offset == TimeSpan.Zero
            ? value.ToString("yyyy-MM-dd'T'HH':'mm':'ss.fff'Z'", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd'T'HH':'mm':'ss.fffzzz", CultureInfo.InvariantCulture);

    private static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        return Pattern().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out value);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,7})?([Zz]|[+-]\d{2}:\d{2})$")]
    private static partial Regex Pattern();
}

internal sealed class DateType() : ScalarType(
    "Date",
    "The `Date` scalar represents an ISO-8601 compliant date type.",
    "https://tools.ietf.org/html/rfc3339")
{
    public override object Serialize(object value) => value switch
    {
        DateOnly d => Format(d),
        System.DateTime d => Format(DateOnly.FromDateTime(d)),
        DateTimeOffset o => Format(DateOnly.FromDateTime(o.DateTime)),
        string s when TryParse(s, out var parsed) => Format(parsed),
        _ => throw Invalid("Date cannot represent value: " + Inspector.Inspect(value)),
    };

    public override object ParseValue(object value) => value switch
    {
        string s when TryParse(s, out var parsed) => parsed,
        string => throw Invalid("Date cannot represent an invalid date string: " + Inspector.Inspect(value)),
        _ => throw Invalid("Date cannot represent a non string value: " + Inspector.Inspect(value)),
    };

    public override object ParseLiteral(ValueNode literal) => literal switch
    {
        StringValueNode s when TryParse(s.Value, out var parsed) => parsed,
        StringValueNode => throw Invalid("Date cannot represent an invalid date string: " + Scalars.Print(literal), literal),
        _ => throw Invalid("Date cannot represent a non string value: " + Scalars.Print(literal), literal),
    };

    public override ValueNode? ValueToLiteral(object value) =>
        value is DateOnly d ? new StringValueNode { Value = Format(d) } : null;

    private static string Format(DateOnly date) => date.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);

    private static bool TryParse(string text, out DateOnly value) =>
        DateOnly.TryParseExact(text, "yyyy'-'MM'-'dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
}

internal sealed partial class YearMonthType() : ScalarType(
    "YearMonth",
    "The `YearMonth` scalar represents a calendar month as an ISO-8601 `yyyy-MM` string.",
    "https://www.iso.org/iso-8601-date-and-time-format.html")
{
    public override object Serialize(object value) => value switch
    {
        DateOnly d => Format(d.Year, d.Month),
        System.DateTime d => Format(d.Year, d.Month),
        DateTimeOffset o => Format(o.Year, o.Month),
        string s when IsValid(s) => s,
        not string when Convert.ToString(value, CultureInfo.InvariantCulture) is { } text && IsValid(text) => text,
        _ => throw Invalid("YearMonth cannot represent value: " + Inspector.Inspect(value)),
    };

    public override object ParseValue(object value) => value switch
    {
        string s when IsValid(s) => s,
        string => throw Invalid("YearMonth cannot represent an invalid year-month string: " + Inspector.Inspect(value)),
        _ => throw Invalid("YearMonth cannot represent a non string value: " + Inspector.Inspect(value)),
    };

    public override object ParseLiteral(ValueNode literal) => literal switch
    {
        StringValueNode s when IsValid(s.Value) => s.Value,
        StringValueNode => throw Invalid("YearMonth cannot represent an invalid year-month string: " + Scalars.Print(literal), literal),
        _ => throw Invalid("YearMonth cannot represent a non string value: " + Scalars.Print(literal), literal),
    };

    public override ValueNode? ValueToLiteral(object value) => new StringValueNode { Value = (string)Serialize(value) };

    private static string Format(int year, int month) =>
        year.ToString("D4", CultureInfo.InvariantCulture) + "-" + month.ToString("D2", CultureInfo.InvariantCulture);

    private static bool IsValid(string text) => Pattern().IsMatch(text);

    [GeneratedRegex("^[0-9]{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex Pattern();
}

internal sealed class UuidType() : ScalarType("UUID", null, "https://tools.ietf.org/html/rfc4122")
{
    public override object Serialize(object value) => value switch
    {
        Guid g => g.ToString("D"),
        string s when Guid.TryParse(s, out var g) => g.ToString("D"),
        _ => throw Invalid("UUID cannot represent value: " + Inspector.Inspect(value)),
    };

    public override object ParseValue(object value) => value switch
    {
        string s when Guid.TryParse(s, out var g) => g,
        _ => throw Invalid("UUID cannot represent value: " + Inspector.Inspect(value)),
    };

    public override object ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s && Guid.TryParse(s.Value, out var g)
            ? g
            : throw Invalid("UUID cannot represent value: " + Scalars.Print(literal), literal);

    public override ValueNode? ValueToLiteral(object value) =>
        value is Guid g ? new StringValueNode { Value = g.ToString("D") } : null;
}

internal sealed class UrlType() : ScalarType("URL", null, "https://tools.ietf.org/html/rfc3986")
{
    public override object Serialize(object value) => value switch
    {
        Uri u => u.IsAbsoluteUri ? u.AbsoluteUri : u.OriginalString,
        string s when TryParse(s, out var u) => u.AbsoluteUri,
        _ => throw Invalid("URL cannot represent value: " + Inspector.Inspect(value)),
    };

    public override object ParseValue(object value) => value switch
    {
        string s when TryParse(s, out var u) => u,
        _ => throw Invalid("URL cannot represent value: " + Inspector.Inspect(value)),
    };

    public override object ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s && TryParse(s.Value, out var u)
            ? u
            : throw Invalid("URL cannot represent value: " + Scalars.Print(literal), literal);

    public override ValueNode? ValueToLiteral(object value) =>
        value is Uri u ? new StringValueNode { Value = (string)Serialize(u) } : null;

    // Unix paths parse as absolute file URIs in .NET; a URL must name its scheme.
    private static bool TryParse(string text, out Uri uri) =>
        Uri.TryCreate(text, UriKind.Absolute, out uri!) && text.StartsWith(uri.Scheme + ":", StringComparison.OrdinalIgnoreCase);
}
