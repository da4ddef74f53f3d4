using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Tests.Types;

// Expected values and messages were taken from graphql-js 17's scalars on the same inputs.
public sealed class ScalarCoercionTests
{
    private static ScalarType Scalar(string name) =>
        Scalars.Specified.Concat(Scalars.Custom).Single(s => s.Name == name);

    private static string Outcome(Func<object> coerce)
    {
        try
        {
            var value = coerce();
            return value switch
            {
                string s => "\"" + s + "\"",
                bool b => b ? "true" : "false",
                double d => GraphQL.Utilities.Inspector.FormatNumber(d),
                IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
                _ => value.ToString()!,
            };
        }
        catch (GraphQLException exception)
        {
            return "ERR " + exception.Errors[0].Message;
        }
    }

    public static TheoryData<string, object, string> Outputs => new()
    {
        { "Int", 1, "1" },
        { "Int", 1.0, "1" },
        { "Int", 1.5, "ERR Int cannot represent non-integer value: 1.5" },
        { "Int", 2147483647L, "2147483647" },
        { "Int", 2147483648L, "ERR Int cannot represent non 32-bit signed integer value: 2147483648" },
        { "Int", -2147483649.0, "ERR Int cannot represent non 32-bit signed integer value: -2147483649" },
        { "Int", 1e100, "ERR Int cannot represent non 32-bit signed integer value: 1e+100" },
        { "Int", true, "1" },
        { "Int", false, "0" },
        { "Int", "12", "12" },
        { "Int", "1.5", "ERR Int cannot represent non-integer value: \"1.5\"" },
        { "Int", "abc", "ERR Int cannot represent non-integer value: \"abc\"" },
        { "Int", "", "ERR Int cannot represent non-integer value: \"\"" },
        { "Int", double.NaN, "ERR Int cannot represent non-integer value: NaN" },
        { "Int", double.PositiveInfinity, "ERR Int cannot represent non-integer value: Infinity" },
        { "Int", new List<object?> { 1 }, "ERR Int cannot represent non-integer value: [1]" },
        { "Int", new Dictionary<string, object?> { ["a"] = 1 }, "ERR Int cannot represent non-integer value: { a: 1 }" },
        { "Float", 1, "1" },
        { "Float", 1.5, "1.5" },
        { "Float", 2147483648L, "2147483648" },
        { "Float", true, "1" },
        { "Float", "1.5", "1.5" },
        { "Float", "abc", "ERR Float cannot represent non numeric value: \"abc\"" },
        { "Float", "", "ERR Float cannot represent non numeric value: \"\"" },
        { "Float", double.NaN, "ERR Float cannot represent non numeric value: NaN" },
        { "Float", double.PositiveInfinity, "ERR Float cannot represent non numeric value: Infinity" },
        { "String", 1, "\"1\"" },
        { "String", 1.5, "\"1.5\"" },
        { "String", 1e100, "\"1e+100\"" },
        { "String", true, "\"true\"" },
        { "String", "abc", "\"abc\"" },
        { "String", double.NaN, "ERR String cannot represent value: NaN" },
        { "String", new List<object?> { 1 }, "ERR String cannot represent value: [1]" },
        { "Boolean", 1, "true" },
        { "Boolean", 0, "false" },
        { "Boolean", 1.5, "true" },
        { "Boolean", true, "true" },
        { "Boolean", "12", "ERR Boolean cannot represent a non boolean value: \"12\"" },
        { "Boolean", double.NaN, "ERR Boolean cannot represent a non boolean value: NaN" },
        { "ID", 1, "\"1\"" },
        { "ID", -1, "\"-1\"" },
        { "ID", 1.5, "ERR ID cannot represent value: 1.5" },
        { "ID", 1e100, "\"1e+100\"" },
        { "ID", true, "ERR ID cannot represent value: true" },
        { "ID", "abc", "\"abc\"" },
        { "ID", new Dictionary<string, object?> { ["a"] = 1 }, "ERR ID cannot represent value: { a: 1 }" },
        { "Long", 9007199254740993L, "9007199254740993" },
        { "Long", 1, "1" },
        { "Long", 1.5, "ERR Long cannot represent non-integer value: 1.5" },
        { "Long", "1", "ERR Long cannot represent non-integer value: \"1\"" },
        { "Long", ulong.MaxValue, "ERR Long cannot represent non 64-bit signed integer value: 18446744073709551615" },
        { "Decimal", 12.5m, "12.5" },
        { "Decimal", 3, "3" },
        { "Decimal", "x", "ERR Decimal cannot represent non numeric value: \"x\"" },
        { "DateTime", new DateTimeOffset(2026, 11, 22, 9, 30, 0, TimeSpan.FromHours(9)), "\"2026-11-22T09:30:00.000+09:00\"" },
        { "DateTime", new DateTimeOffset(2026, 11, 22, 0, 0, 0, 250, TimeSpan.Zero), "\"2026-11-22T00:00:00.250Z\"" },
        { "DateTime", new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc), "\"2026-01-02T03:04:05.000Z\"" },
        { "DateTime", 5, "ERR DateTime cannot represent value: 5" },
        { "Date", new DateOnly(2026, 3, 1), "\"2026-03-01\"" },
        { "Date", new DateTime(2026, 3, 1, 10, 0, 0), "\"2026-03-01\"" },
        { "Date", "tomorrow", "ERR Date cannot represent value: \"tomorrow\"" },
        { "YearMonth", new DateOnly(2026, 3, 1), "\"2026-03\"" },
        { "YearMonth", "2026-11", "\"2026-11\"" },
        { "YearMonth", "2026-13", "ERR YearMonth cannot represent value: \"2026-13\"" },
        { "UUID", Guid.Parse("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"), "\"0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b\"" },
        { "UUID", "nope", "ERR UUID cannot represent value: \"nope\"" },
        { "URL", new Uri("https://example.com/a?b=c"), "\"https://example.com/a?b=c\"" },
        { "URL", "not a url", "ERR URL cannot represent value: \"not a url\"" },
    };

    [Theory]
    [MemberData(nameof(Outputs))]
    public void Serializes_results(string scalar, object value, string expected) =>
        Assert.Equal(expected, Outcome(() => Scalar(scalar).Serialize(value)));

    public static TheoryData<string, object, string> Inputs => new()
    {
        { "Int", 1, "1" },
        { "Int", 1.0, "1" },
        { "Int", 1.5, "ERR Int cannot represent non-integer value: 1.5" },
        { "Int", 2147483648L, "ERR Int cannot represent non 32-bit signed integer value: 2147483648" },
        { "Int", 1e100, "ERR Int cannot represent non 32-bit signed integer value: 1e+100" },
        { "Int", true, "ERR Int cannot represent non-integer value: true" },
        { "Int", "12", "ERR Int cannot represent non-integer value: \"12\"" },
        { "Int", new List<object?> { 1 }, "ERR Int cannot represent non-integer value: [1]" },
        { "Float", 1, "1" },
        { "Float", 1.5, "1.5" },
        { "Float", true, "ERR Float cannot represent non numeric value: true" },
        { "Float", "1.5", "ERR Float cannot represent non numeric value: \"1.5\"" },
        { "String", "abc", "\"abc\"" },
        { "String", 1, "ERR String cannot represent a non string value: 1" },
        { "String", true, "ERR String cannot represent a non string value: true" },
        { "Boolean", true, "true" },
        { "Boolean", 1, "ERR Boolean cannot represent a non boolean value: 1" },
        { "Boolean", "true", "ERR Boolean cannot represent a non boolean value: \"true\"" },
        { "ID", "abc", "\"abc\"" },
        { "ID", 12, "\"12\"" },
        { "ID", 1.5, "ERR ID cannot represent value: 1.5" },
        { "ID", true, "ERR ID cannot represent value: true" },
        { "Long", 9007199254740993L, "9007199254740993" },
        { "Long", 3, "3" },
        { "Long", 2.5, "ERR Long cannot represent non-integer value: 2.5" },
        { "Long", "3", "ERR Long cannot represent non-integer value: \"3\"" },
        { "Decimal", 2.25, "2.25" },
        { "Decimal", true, "ERR Decimal cannot represent non numeric value: true" },
        { "DateTime", "2026-11-22T09:30:00+09:00", "11/22/2026 09:30:00 +09:00" },
        { "DateTime", "2026-11-22T00:30:00.5Z", "11/22/2026 00:30:00 +00:00" },
        { "DateTime", "2026-11-22T09:30:00", "ERR DateTime cannot represent an invalid date-time string: \"2026-11-22T09:30:00\"" },
        { "DateTime", "2026-02-30T09:30:00Z", "ERR DateTime cannot represent an invalid date-time string: \"2026-02-30T09:30:00Z\"" },
        { "DateTime", 5, "ERR DateTime cannot represent a non string value: 5" },
        { "Date", "2026-02-28", "02/28/2026" },
        { "Date", "2026-02-30", "ERR Date cannot represent an invalid date string: \"2026-02-30\"" },
        { "Date", "20260228", "ERR Date cannot represent an invalid date string: \"20260228\"" },
        { "Date", 1, "ERR Date cannot represent a non string value: 1" },
        { "YearMonth", "2026-02", "\"2026-02\"" },
        { "YearMonth", "2026-2", "ERR YearMonth cannot represent an invalid year-month string: \"2026-2\"" },
        { "YearMonth", 202602, "ERR YearMonth cannot represent a non string value: 202602" },
        { "UUID", "0193A1B2-C3D4-7E5F-8A9B-0C1D2E3F4A5B", "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b" },
        { "UUID", "0193", "ERR UUID cannot represent value: \"0193\"" },
        { "URL", "https://example.com/x", "https://example.com/x" },
        { "URL", "/relative", "ERR URL cannot represent value: \"/relative\"" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Parses_variable_values(string scalar, object value, string expected) =>
        Assert.Equal(expected, Outcome(() => Scalar(scalar).ParseValue(value)));

    public static TheoryData<string, string, string> Literals => new()
    {
        { "Int", "1", "1" },
        { "Int", "-1", "-1" },
        { "Int", "1.5", "ERR Int cannot represent non-integer value: 1.5" },
        { "Int", "2147483648", "ERR Int cannot represent non 32-bit signed integer value: 2147483648" },
        { "Int", "\"1\"", "ERR Int cannot represent non-integer value: \"1\"" },
        { "Int", "ENUM", "ERR Int cannot represent non-integer value: ENUM" },
        { "Int", "[1]", "ERR Int cannot represent non-integer value: [1]" },
        { "Int", "{a: 1}", "ERR Int cannot represent non-integer value: { a: 1 }" },
        { "Int", "1e3", "ERR Int cannot represent non-integer value: 1e3" },
        { "Float", "1", "1" },
        { "Float", "1.5", "1.5" },
        { "Float", "1e3", "1000" },
        { "Float", "\"1\"", "ERR Float cannot represent non numeric value: \"1\"" },
        { "String", "\"abc\"", "\"abc\"" },
        { "String", "1", "ERR String cannot represent a non string value: 1" },
        { "String", "ENUM", "ERR String cannot represent a non string value: ENUM" },
        { "Boolean", "true", "true" },
        { "Boolean", "1", "ERR Boolean cannot represent a non boolean value: 1" },
        { "ID", "1", "\"1\"" },
        { "ID", "\"abc\"", "\"abc\"" },
        { "ID", "1.5", "ERR ID cannot represent a non-string and non-integer value: 1.5" },
        { "ID", "true", "ERR ID cannot represent a non-string and non-integer value: true" },
        { "Long", "9223372036854775807", "9223372036854775807" },
        { "Long", "9223372036854775808", "ERR Long cannot represent non 64-bit signed integer value: 9223372036854775808" },
        { "Long", "1.0", "ERR Long cannot represent non-integer value: 1.0" },
        { "Decimal", "12.345", "12.345" },
        { "Decimal", "7", "7" },
        { "Decimal", "\"7\"", "ERR Decimal cannot represent non numeric value: \"7\"" },
        { "DateTime", "\"2026-11-22T09:30:00.123+09:00\"", "11/22/2026 09:30:00 +09:00" },
        { "DateTime", "\"yesterday\"", "ERR DateTime cannot represent an invalid date-time string: \"yesterday\"" },
        { "DateTime", "1", "ERR DateTime cannot represent a non string value: 1" },
        { "Date", "\"2024-02-29\"", "02/29/2024" },
        { "Date", "\"2023-02-29\"", "ERR Date cannot represent an invalid date string: \"2023-02-29\"" },
        { "YearMonth", "\"2026-11\"", "\"2026-11\"" },
        { "YearMonth", "\"2026-00\"", "ERR YearMonth cannot represent an invalid year-month string: \"2026-00\"" },
        { "UUID", "\"0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b\"", "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b" },
        { "UUID", "1", "ERR UUID cannot represent value: 1" },
        { "URL", "\"mailto:a@b.kr\"", "mailto:a@b.kr" },
        { "URL", "\"no\"", "ERR URL cannot represent value: \"no\"" },
    };

    [Theory]
    [MemberData(nameof(Literals))]
    public void Parses_literals(string scalar, string literal, string expected) =>
        Assert.Equal(expected, Outcome(() => Scalar(scalar).ParseLiteral(Parser.ParseConstValue(literal))));

    [Fact]
    public void Custom_scalars_carry_specified_by_urls()
    {
        Assert.Equal("https://www.graphql-scalars.com/date-time", Scalars.DateTime.SpecifiedByUrl);
        Assert.Equal("https://tools.ietf.org/html/rfc4122", Scalars.UUID.SpecifiedByUrl);
        Assert.Equal("https://tools.ietf.org/html/rfc3986", Scalars.URL.SpecifiedByUrl);
        Assert.All(Scalars.Specified, s => Assert.Null(s.SpecifiedByUrl));
    }

    [Theory]
    [InlineData("Int", 5, "5")]
    [InlineData("Float", 1.0, "1")]
    [InlineData("Float", 0.5, "0.5")]
    [InlineData("ID", "123", "123")]
    [InlineData("ID", "abc", "\"abc\"")]
    [InlineData("String", "a\nb", "\"a\\nb\"")]
    [InlineData("Boolean", true, "true")]
    public void Converts_values_to_literals(string scalar, object value, string expected) =>
        Assert.Equal(expected, Printer.Print(Scalar(scalar).ValueToLiteral(value)!));
}
