using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;
using Housing.Domain.Common;

namespace Housing.Api.GraphQL.Support;

/// <summary>The CLR types of the Domain that travel as scalars.</summary>
public static class HousingScalars
{
    public static IReadOnlyList<(Type ClrType, ScalarType Scalar)> All { get; } =
    [
        (typeof(YearMonth), new YearMonthScalar()),
    ];
}

/// <summary>DESIGN.md's <c>YearMonth</c> (<c>yyyy-MM</c>), read into the Domain's <see cref="YearMonth"/>.</summary>
internal sealed class YearMonthScalar() : ScalarType(
    "YearMonth",
    "A calendar month as an ISO-8601 `yyyy-MM` string, e.g. `2026-06`.",
    "https://www.iso.org/iso-8601-date-and-time-format.html")
{
    public override object Serialize(object value) => value switch
    {
        YearMonth month => month.ToString(),
        string text when IsMonth(text, out var month) => month.ToString(),
        _ => throw Invalid("YearMonth cannot represent value: " + value),
    };

    public override object ParseValue(object value) => value is string text && IsMonth(text, out var month)
        ? month
        : throw Invalid($"YearMonth expects a `yyyy-MM` string such as \"2026-06\", not {Describe(value)}.");

    public override object ParseLiteral(ValueNode literal) => literal is StringValueNode { Value: var text } && IsMonth(text, out var month)
        ? month
        : throw Invalid($"YearMonth expects a `yyyy-MM` string such as \"2026-06\", not {Printer.Print(literal)}.", literal);

    public override ValueNode? ValueToLiteral(object value) => new StringValueNode { Value = (string)Serialize(value) };

    // Only the GraphQL form: the Domain also reads K-apt's yyyyMM, which clients must not send.
    private static bool IsMonth(string text, out YearMonth month)
    {
        month = default;
        return text.Length == 7 && text[4] == '-' && YearMonth.TryParse(text, out month);
    }

    private static string Describe(object? value) => value is string s ? "\"" + s + "\"" : value?.ToString() ?? "null";
}
