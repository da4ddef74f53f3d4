using GraphQL.Error;
using GraphQL.Language;

namespace GraphQL.Tests.Language;

// Every message and location below is what graphql-js 17.1 reports for the same document.
public class SyntaxErrorTests
{
    [Theory]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ a", "Syntax Error: Expected Name, found <EOF>.", 1, 4)]
    [InlineData("{ a }}", "Syntax Error: Unexpected \"}\".", 1, 6)]
    [InlineData("query", "Syntax Error: Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("query Foo", "Syntax Error: Expected \"{\", found <EOF>.", 1, 10)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("fragment on on T { a }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("fragment F on T", "Syntax Error: Expected \"{\", found <EOF>.", 1, 16)]
    [InlineData("{ a(b: $) }", "Syntax Error: Expected Name, found \")\".", 1, 9)]
    [InlineData("query Q($v: Int = $w) { a }", "Syntax Error: Unexpected variable \"$w\" in constant value.", 1, 19)]
    [InlineData("{ a(b: ) }", "Syntax Error: Unexpected \")\".", 1, 8)]
    [InlineData("notanoperation { a }", "Syntax Error: Unexpected Name \"notanoperation\".", 1, 1)]
    [InlineData("{ ?? }", "Syntax Error: Unexpected character: \"?\".", 1, 3)]
    [InlineData("{ a: }", "Syntax Error: Expected Name, found \"}\".", 1, 6)]
    [InlineData("{ a(b: \"unterminated) }", "Syntax Error: Unterminated string.", 1, 24)]
    [InlineData("{ a(b: 1.) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10)]
    [InlineData("{ a(b: 00) }", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 1, 9)]
    [InlineData("{ a(b: 1x) }", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 9)]
    [InlineData("{ a(b: .5) }", "Syntax Error: Invalid number, expected digit before \".\", did you mean \"0.5\"?", 1, 8)]
    [InlineData("{ a(b: 1.5e) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 12)]
    [InlineData("{ a(b: -) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 9)]
    [InlineData("{ a(b: 1_000) }", "Syntax Error: Invalid number, expected digit but got: \"_\".", 1, 9)]
    [InlineData("{ a .. b }", "Syntax Error: Unexpected \"..\", did you mean \"...\"?", 1, 5)]
    [InlineData("{ a(b: \"\\x\") }", "Syntax Error: Invalid character escape sequence: \"\\x\".", 1, 9)]
    [InlineData("{ a(b: \"\\u12\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u12\")\".", 1, 9)]
    [InlineData("{ a(b: \"\\uD800\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 1, 9)]
    [InlineData("{ a(b: \"\\uDC00\\uD800\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uDC00\".", 1, 9)]
    [InlineData("{ a(b: \"\\u{110000}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 9)]
    [InlineData("{ a(b: \"\\u{}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 1, 9)]
    [InlineData("{ a(b: \"\\u{FFFFFFFFF}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FFFFFFFF\".", 1, 9)]
    [InlineData("{ a(b: \"\"\"open) }", "Syntax Error: Unterminated string.", 1, 18)]
    [InlineData("{ 'single' }", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 3)]
    [InlineData("{ a\u00a0b }", "Syntax Error: Unexpected character: U+00A0.", 1, 4)]
    [InlineData("\"desc\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"desc\" extend type A @d", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("extend type A", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend scalar S", "Syntax Error: Unexpected <EOF>.", 1, 16)]
    [InlineData("extend schema", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend directive @d", "Syntax Error: Unexpected <EOF>.", 1, 20)]
    [InlineData("extend foo X", "Syntax Error: Unexpected Name \"foo\".", 1, 8)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { null }", "Syntax Error: Name \"null\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("directive @d on UNKNOWN", "Syntax Error: Unexpected Name \"UNKNOWN\".", 1, 17)]
    [InlineData("directive @d on", "Syntax Error: Expected Name, found <EOF>.", 1, 16)]
    [InlineData("directive @d(a: Int) FIELD", "Syntax Error: Expected \"on\", found Name \"FIELD\".", 1, 22)]
    [InlineData("type T { a: }", "Syntax Error: Expected Name, found \"}\".", 1, 13)]
    [InlineData("type T implements & { a: Int }", "Syntax Error: Expected Name, found \"{\".", 1, 21)]
    [InlineData("union U = | | A", "Syntax Error: Expected Name, found \"|\".", 1, 13)]
    [InlineData("input I { a: Int = $x }", "Syntax Error: Unexpected variable \"$x\" in constant value.", 1, 20)]
    [InlineData("schema { }", "Syntax Error: Expected Name, found \"}\".", 1, 10)]
    [InlineData("schema { query Q }", "Syntax Error: Expected \":\", found Name \"Q\".", 1, 16)]
    [InlineData("scalar", "Syntax Error: Expected Name, found <EOF>.", 1, 7)]
    [InlineData("{ a @ }", "Syntax Error: Expected Name, found \"}\".", 1, 7)]
    [InlineData("{ ... on T }", "Syntax Error: Expected \"{\", found \"}\".", 1, 12)]
    [InlineData("query Q($a) { a }", "Syntax Error: Expected \":\", found \")\".", 1, 11)]
    [InlineData("query Q($a: [Int) { a }", "Syntax Error: Expected \"]\", found \")\".", 1, 17)]
    [InlineData("query Q($a: Int!!) { a }", "Syntax Error: Expected \"$\", found \"!\".", 1, 17)]
    [InlineData("{ a(o: {x 1}) }", "Syntax Error: Expected \":\", found Int \"1\".", 1, 11)]
    [InlineData("type T { f(a: Int = { b: $c }): Int }", "Syntax Error: Unexpected variable \"$c\" in constant value.", 1, 26)]
    [InlineData("subscription", "Syntax Error: Expected \"{\", found <EOF>.", 1, 13)]
    [InlineData("{ a(b: \"\\u{D800}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{D800}\".", 1, 9)]
    [InlineData("{ a(b: \"\\uD800\\u0041\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 1, 9)]
    [InlineData("# only a comment", "Syntax Error: Unexpected <EOF>.", 1, 17)]
    [InlineData("{ a }\n\n  query {", "Syntax Error: Expected Name, found <EOF>.", 3, 10)]
    [InlineData("{ a(b: \"line\nbreak\") }", "Syntax Error: Unterminated string.", 1, 13)]
    [InlineData("{ a(b: 0xF) }", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 9)]
    public void Reports_syntax_errors_worded_and_located_like_graphql_js(string document, string message, int line, int column)
    {
        var exception = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(document));

        Assert.Equal(message, exception.Message);
        Assert.Equal([new SourceLocation(line, column)], exception.Error.Locations);
    }

    [Fact]
    public void A_lone_surrogate_in_a_string_is_an_invalid_character()
    {
        var exception = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a(b: \"\ud800\") }"));

        Assert.Equal("Syntax Error: Invalid character within String: U+D800.", exception.Message);
        Assert.Equal([new SourceLocation(1, 9)], exception.Error.Locations);
    }

    [Fact]
    public void Token_limit_turns_a_long_document_into_a_syntax_error()
    {
        var options = new ParserOptions { MaxTokens = 4 };

        Assert.Equal(4, Parser.Parse("{ a b }", options).TokenCount);
        var exception = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a b c }", options));
        Assert.Equal("Syntax Error: Document contains more than 4 tokens. Parsing aborted.", exception.Message);
        Assert.Equal([new SourceLocation(1, 9)], exception.Error.Locations);
    }

    [Theory]
    [InlineData("{", "a {", "}")]
    [InlineData("{ a(b: ", "[", "]) }")]
    [InlineData("{ a(b: ", "{c: ", "}) }")]
    [InlineData("query Q($v: ", "[", "Int]) { a }")]
    public void Nesting_one_hundred_thousand_deep_is_a_syntax_error_not_a_stack_overflow(string prefix, string open, string close)
    {
        const int depth = 100_000;
        var document = prefix + string.Concat(Enumerable.Repeat(open, depth)) + "x" + string.Concat(Enumerable.Repeat(close, depth));

        var exception = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(document));

        Assert.Equal("Syntax Error: Document nesting is deeper than 1000 levels. Parsing aborted.", exception.Message);
    }

    [Fact]
    public void Nesting_within_the_limit_parses()
    {
        var document = "{" + string.Concat(Enumerable.Repeat("a {", 999)) + "b" + new string('}', 1000);

        var parsed = Parser.Parse(document);

        Assert.Single(parsed.Definitions);
    }

    [Fact]
    public void Empty_selection_sets_are_accepted_by_default_and_rejected_when_asked()
    {
        Assert.Empty(((GraphQL.Language.Ast.OperationDefinitionNode)Parser.Parse("{}").Definitions[0]).SelectionSet.Selections);

        var exception = Assert.Throws<GraphQLSyntaxException>(
            () => Parser.Parse("{ a {} }", new ParserOptions { AllowEmptySelectionSets = false }));
        Assert.Equal("Syntax Error: Expected Name, found \"}\".", exception.Message);
    }
}
