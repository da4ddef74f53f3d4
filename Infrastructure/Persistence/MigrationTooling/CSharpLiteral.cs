using System.Globalization;
using System.Text;

namespace Housing.Infrastructure.Persistence.MigrationTooling;

/// <summary>C# source text for the values that appear in migration operations.</summary>
internal static class CSharpLiteral
{
    private static readonly HashSet<string> Keywords =
    [
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    ];

    public static string String(string? value)
    {
        if (value is null) return "null";
        var text = new StringBuilder("\"");
        foreach (var c in value)
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        return text.Append('"').ToString();
    }

    public static string Strings(IEnumerable<string> values) => $"new[] {{ {string.Join(", ", values.Select(String))} }}";

    public static string Value(object? value) => value switch
    {
        null => "null",
        string s => String(s),
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture) + "L",
        short s => $"(short){s.ToString(CultureInfo.InvariantCulture)}",
        byte b => $"(byte){b.ToString(CultureInfo.InvariantCulture)}",
        double d => d.ToString("R", CultureInfo.InvariantCulture) + "d",
        float f => f.ToString("R", CultureInfo.InvariantCulture) + "f",
        decimal m => m.ToString(CultureInfo.InvariantCulture) + "m",
        Guid g => $"new Guid(\"{g}\")",
        DateTime dt => $"new DateTime({dt.Ticks}L, DateTimeKind.{dt.Kind})",
        DateTimeOffset dto => $"new DateTimeOffset({dto.Ticks}L, new TimeSpan({dto.Offset.Ticks}L))",
        DateOnly d => $"new DateOnly({d.Year}, {d.Month}, {d.Day})",
        TimeOnly t => $"new TimeOnly({t.Ticks}L)",
        TimeSpan t => $"new TimeSpan({t.Ticks}L)",
        byte[] bytes => $"new byte[] {{ {string.Join(", ", bytes)} }}",
        bool[] flags => $"new[] {{ {string.Join(", ", flags.Select(f => f ? "true" : "false"))} }}",
        string[] strings => Strings(strings),
        Enum e => $"{TypeName(e.GetType())}.{e}",
        _ => throw new NotSupportedException($"A migration cannot hold a value of type {value.GetType()}; add it to {nameof(CSharpLiteral)}."),
    };

    public static string TypeName(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
            return TypeName(underlying) + "?";
        return type switch
        {
            _ when type == typeof(string) => "string",
            _ when type == typeof(bool) => "bool",
            _ when type == typeof(int) => "int",
            _ when type == typeof(long) => "long",
            _ when type == typeof(short) => "short",
            _ when type == typeof(byte) => "byte",
            _ when type == typeof(double) => "double",
            _ when type == typeof(float) => "float",
            _ when type == typeof(decimal) => "decimal",
            _ when type == typeof(byte[]) => "byte[]",
            _ when type.Namespace == "System" => type.Name,
            _ => "global::" + type.FullName!.Replace('+', '.'),
        };
    }

    /// <summary>An identifier for a column in an anonymous type; <paramref name="exact"/> is false when it differs from the name.</summary>
    public static string Identifier(string name, out bool exact)
    {
        var text = new StringBuilder();
        foreach (var c in name)
            text.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
        if (text.Length == 0 || char.IsDigit(text[0]))
            text.Insert(0, '_');
        var identifier = text.ToString();
        exact = identifier == name;
        return Keywords.Contains(identifier) ? "@" + identifier : identifier;
    }
}
