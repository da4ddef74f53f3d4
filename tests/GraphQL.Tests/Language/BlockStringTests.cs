using GraphQL.Language;

namespace GraphQL.Tests.Language;

public class BlockStringTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("\n  \n  hello\n    world\n  \n", "hello\n  world")]
    [InlineData("  first line kept\n    second\n    third", "  first line kept\nsecond\nthird")]
    [InlineData("\r\n  a\r  b\n", "a\nb")]
    [InlineData("\t  tabs\n\t  and spaces", "\t  tabs\nand spaces")]
    [InlineData("   \n   ", "")]
    public void Dedents_as_the_spec_describes(string raw, string expected)
    {
        Assert.Equal(expected, BlockString.DedentValue(raw));
    }

    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("short", "\"\"\"short\"\"\"")]
    [InlineData("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\"")]
    [InlineData(" leading space", "\"\"\" leading space\"\"\"")]
    [InlineData("trailing quote\"", "\"\"\"\ntrailing quote\"\n\"\"\"")]
    [InlineData("trailing backslash\\", "\"\"\"\ntrailing backslash\\\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("first\n  indented rest", "\"\"\"\nfirst\n  indented rest\n\"\"\"")]
    public void Prints_like_graphql_js(string value, string expected)
    {
        Assert.Equal(expected, BlockString.Print(value));
    }

    [Theory]
    [InlineData("plain", true)]
    [InlineData("", true)]
    [InlineData("\u0007bell", false)]
    [InlineData("carriage\rreturn", false)]
    [InlineData("\nleading newline", false)]
    [InlineData("trailing newline\n", false)]
    [InlineData("  common\n  indent", false)]
    [InlineData("no common\n  indent", true)]
    public void Knows_which_values_survive_a_block_string(string value, bool printable)
    {
        Assert.Equal(printable, BlockString.IsPrintable(value));
    }
}
