using GraphQL.Error;
using GraphQL.Language;

namespace GraphQL.Tests.Language;

public class LexerTests
{
    private static Token LexOne(string body) => new Lexer(new Source(body)).Advance();

    [Theory]
    [InlineData("\uFEFF foo", TokenKind.Name, 2, 5, "foo")]
    [InlineData("\n\r\n\r  foo\n", TokenKind.Name, 6, 9, "foo")]
    [InlineData("#comment\r\n  foo#comment", TokenKind.Name, 12, 15, "foo")]
    [InlineData(",,,foo,,,", TokenKind.Name, 3, 6, "foo")]
    [InlineData("_under_score9", TokenKind.Name, 0, 13, "_under_score9")]
    [InlineData("4", TokenKind.Int, 0, 1, "4")]
    [InlineData("-0", TokenKind.Int, 0, 2, "-0")]
    [InlineData("9007199254740993", TokenKind.Int, 0, 16, "9007199254740993")]
    [InlineData("4.123", TokenKind.Float, 0, 5, "4.123")]
    [InlineData("-1.123e4", TokenKind.Float, 0, 8, "-1.123e4")]
    [InlineData("123E-4", TokenKind.Float, 0, 6, "123E-4")]
    [InlineData("0.5e+10", TokenKind.Float, 0, 7, "0.5e+10")]
    [InlineData("\"simple\"", TokenKind.String, 0, 8, "simple")]
    [InlineData("\"\"", TokenKind.String, 0, 2, "")]
    [InlineData("\" white space \"", TokenKind.String, 0, 15, " white space ")]
    [InlineData("\"quote \\\"\"", TokenKind.String, 0, 10, "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\\/\\\\\"", TokenKind.String, 0, 24, "escaped \n\r\b\t\f/\\")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", TokenKind.String, 0, 34, "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"\\u{1F600} \\u{0041}\"", TokenKind.String, 0, 20, "\U0001F600 A")]
    [InlineData("\"\\uD83D\\uDE00\"", TokenKind.String, 0, 14, "\U0001F600")]
    [InlineData("\"\U0001F600 literal\"", TokenKind.String, 0, 12, "\U0001F600 literal")]
    [InlineData("\"\"\"\n    block\n      indented\n\"\"\"", TokenKind.BlockString, 0, 32, "block\n  indented")]
    [InlineData("\"\"\"contains \\\"\"\" escaped\"\"\"", TokenKind.BlockString, 0, 27, "contains \"\"\" escaped")]
    [InlineData("\"\"\"no \\n escapes\"\"\"", TokenKind.BlockString, 0, 19, "no \\n escapes")]
    public void Reads_tokens_with_their_offsets_and_values(string body, TokenKind kind, int start, int end, string value)
    {
        var token = LexOne(body);

        Assert.Equal(kind, token.Kind);
        Assert.Equal(start, token.Start);
        Assert.Equal(end, token.End);
        Assert.Equal(value, token.Value);
    }

    [Fact]
    public void Reads_every_punctuator_and_then_stays_at_the_end()
    {
        var lexer = new Lexer(new Source("! $ & ( ) ... : = @ [ ] { | }"));
        var kinds = new List<TokenKind>();
        while (lexer.Advance().Kind != TokenKind.EndOfFile)
        {
            kinds.Add(lexer.Token.Kind);
        }

        Assert.Equal(
            [
                TokenKind.Bang, TokenKind.Dollar, TokenKind.Amp, TokenKind.ParenL, TokenKind.ParenR, TokenKind.Spread,
                TokenKind.Colon, TokenKind.Equals, TokenKind.At, TokenKind.BracketL, TokenKind.BracketR,
                TokenKind.BraceL, TokenKind.Pipe, TokenKind.BraceR,
            ],
            kinds);
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance().Kind);
        Assert.Null(lexer.Token.Value);
    }

    [Fact]
    public void Lookahead_does_not_move()
    {
        var lexer = new Lexer(new Source("a b"));
        lexer.Advance();

        Assert.Equal("b", lexer.Lookahead().Value);
        Assert.Equal("a", lexer.Token.Value);
        Assert.Equal("b", lexer.Advance().Value);
    }

    [Fact]
    public void A_lone_surrogate_ends_a_comment_and_is_reported()
    {
        var exception = Assert.Throws<GraphQLSyntaxException>(() => new Lexer(new Source("# x\uDC00")).Advance());

        Assert.Equal("Syntax Error: Invalid character: U+DC00.", exception.Message);
    }

    [Fact]
    public void Describes_tokens_as_graphql_js_does()
    {
        Assert.Equal("Name \"foo\"", LexOne("foo").ToString());
        Assert.Equal("\"...\"", LexOne("...").ToString());
        Assert.Equal("<EOF>", LexOne("").ToString());
        Assert.Equal("BlockString \"x\"", LexOne("\"\"\"x\"\"\"").ToString());
    }

    [Fact]
    public void Locations_count_every_kind_of_line_terminator()
    {
        var source = new Source("a\nb\r\nc\rd");

        Assert.Equal(new SourceLocation(1, 1), source.GetLocation(0));
        Assert.Equal(new SourceLocation(2, 1), source.GetLocation(2));
        Assert.Equal(new SourceLocation(3, 1), source.GetLocation(5));
        Assert.Equal(new SourceLocation(4, 1), source.GetLocation(7));
        Assert.Equal(new SourceLocation(4, 2), source.GetLocation(8));
    }
}
