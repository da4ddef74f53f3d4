using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Tests.Language;

// Edge cases of numbers, strings, escapes and surrogates; every expectation is graphql-js 17.1's parseConstValue.
public class LiteralTests
{
    [Theory]
    [InlineData("\"\\u{0}\"", "StringValue", "\u0000")]
    [InlineData("\"\\u{10FFFF}\"", "StringValue", "\udbff\udfff")]
    [InlineData("\"\\u{00000041}\"", "StringValue", "A")]
    [InlineData("\"\\u{E000}\"", "StringValue", "\ue000")]
    [InlineData("\"\\uD83D\\uDE00\"", "StringValue", "\ud83d\ude00")]
    [InlineData("\"\\u{1F600}\\u0041\"", "StringValue", "\ud83d\ude00A")]
    [InlineData("\"\"\"a\\\"\"\"b\"\"\"", "StringValue", "a\"\"\"b")]
    [InlineData("\"\"\"  \n  a\n    b\n  \"\"\"", "StringValue", "a\n  b")]
    [InlineData("\"\"\"\\u0041\"\"\"", "StringValue", "\\u0041")]
    [InlineData("\"\"\"a\r\n b\r c\"\"\"", "StringValue", "a\nb\nc")]
    [InlineData("1e-2", "FloatValue", "1e-2")]
    [InlineData("-0.0", "FloatValue", "-0.0")]
    [InlineData("12E3", "FloatValue", "12E3")]
    [InlineData("\"\u0000\"", "StringValue", "\u0000")]
    [InlineData("\"\u001f\"", "StringValue", "\u001f")]
    [InlineData("\"\t\"", "StringValue", "\t")]
    [InlineData("\ufeff1", "IntValue", "1")]
    [InlineData("\"\ud83d\ude00\"", "StringValue", "\ud83d\ude00")]
    [InlineData("# comment \u0000 x\n1", "IntValue", "1")]
    [InlineData("0.1e10", "FloatValue", "0.1e10")]
    [InlineData("\"\u2028\"", "StringValue", "\u2028")]
    public void Reads_literals_as_graphql_js_does(string literal, string kind, string value)
    {
        var node = Parser.ParseConstValue(literal);

        var (actualKind, actualValue) = node switch
        {
            StringValueNode s => ("StringValue", s.Value),
            IntValueNode i => ("IntValue", i.Value),
            FloatValueNode f => ("FloatValue", f.Value),
            EnumValueNode e => ("EnumValue", e.Value),
            _ => (node.Kind.ToString(), ""),
        };
        Assert.Equal(kind, actualKind);
        Assert.Equal(value, actualValue);
    }

    [Theory]
    [InlineData("\"\\u{000000041}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{000000041\".", 1, 2)]
    [InlineData("\"\\u{110000}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 2)]
    [InlineData("\"\\u{D800}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{D800}\".", 1, 2)]
    [InlineData("\"\\u{DFFF}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{DFFF}\".", 1, 2)]
    [InlineData("\"\\uDE00\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uDE00\".", 1, 2)]
    [InlineData("\"\\uD83D\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 2)]
    [InlineData("\"\\uD83Dx\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 2)]
    [InlineData("\"\\uD83D\\u0041\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 2)]
    [InlineData("\"\\u00ZZ\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u00ZZ\".", 1, 2)]
    [InlineData("\"\\u{FFFFFFFF}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FFFFFFFF\".", 1, 2)]
    [InlineData("\"\\u{7FFFFFFF}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{7FFFFFFF}\".", 1, 2)]
    [InlineData("\"\\u{-1}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{-\".", 1, 2)]
    [InlineData("\"\\u{ 41}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{ \".", 1, 2)]
    [InlineData("\"\\\"", "Syntax Error: Unterminated string.", 1, 4)]
    [InlineData("\"\\", "Syntax Error: Invalid character escape sequence: \"\\\".", 1, 2)]
    [InlineData("\"abc", "Syntax Error: Unterminated string.", 1, 5)]
    [InlineData("1.0e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 5)]
    [InlineData("1e+", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 4)]
    [InlineData("0x", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 2)]
    [InlineData("01", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 2)]
    [InlineData("-01", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 3)]
    [InlineData("1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData(".1", "Syntax Error: Invalid number, expected digit before \".\", did you mean \"0.1\"?", 1, 1)]
    [InlineData("1..2", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 3)]
    [InlineData("1.2.3", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 4)]
    [InlineData("1a", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 2)]
    [InlineData("1_", "Syntax Error: Invalid number, expected digit but got: \"_\".", 1, 2)]
    [InlineData("1e1a", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 4)]
    [InlineData("\u0000", "Syntax Error: Unexpected character: U+0000.", 1, 1)]
    [InlineData("\u200b", "Syntax Error: Unexpected character: U+200B.", 1, 1)]
    [InlineData("\ud83d\ude00", "Syntax Error: Unexpected character: U+1F600.", 1, 1)]
    [InlineData("-", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 2)]
    [InlineData("--1", "Syntax Error: Invalid number, expected digit but got: \"-\".", 1, 2)]
    [InlineData("- 1", "Syntax Error: Invalid number, expected digit but got: \" \".", 1, 2)]
    [InlineData("+1", "Syntax Error: Unexpected character: \"+\".", 1, 1)]
    [InlineData("1E", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("\u2028 1", "Syntax Error: Unexpected character: U+2028.", 1, 1)]
    public void Rejects_literals_as_graphql_js_does(string literal, string message, int line, int column)
    {
        var exception = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseConstValue(literal));

        Assert.Equal(message, exception.Message);
        Assert.Equal([new SourceLocation(line, column)], exception.Error.Locations);
    }
}
