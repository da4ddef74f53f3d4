using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation.Rules;

// Every expected error is graphql-js 17.1's for the same document, schema (TestSchema.graphql) and rule.
public class NoUndefinedVariablesRuleTests
{
    [Theory]
    [InlineData("query Q($a: Int, $b: Boolean) { args { int(value: $a) } dog @include(if: $b) { name } }")]
    public void Accepts(string document) => RuleAssert.Valid(NoUndefinedVariablesRule.Instance, document);

    [Theory]
    [InlineData("query Q { args { int(value: $a) } }", new[] { "Variable \"$a\" is not defined by operation \"Q\". (1:29) (1:1)" })]
    [InlineData("{ args { int(value: $a) string(value: $b) } }", new[] { "Variable \"$a\" is not defined. (1:21) (1:1)", "Variable \"$b\" is not defined. (1:39) (1:1)" })]
    [InlineData("query Q($a: Int) { args { ...F } } fragment F on Arguments { int(value: $a) string(value: $b) }", new[] { "Variable \"$b\" is not defined by operation \"Q\". (1:91) (1:1)" })]
    [InlineData("query A { args { ...F } } query B($a: Int) { args { ...F } } fragment F on Arguments { int(value: $a) }", new[] { "Variable \"$a\" is not defined by operation \"A\". (1:99) (1:1)" })]
    [InlineData("query Q { args { filter(value: { name: $n, nested: { tags: [$t] } }) } }", new[] { "Variable \"$n\" is not defined by operation \"Q\". (1:40) (1:1)", "Variable \"$t\" is not defined by operation \"Q\". (1:61) (1:1)" })]
    [InlineData("query A { args { ...F } dog { ... on Dog { ...G } } } query B { dog { ...G } args { ...F } } fragment F on Arguments { int(value: $f) } fragment G on Dog { isHousetrained(atOtherHomes: $g) }", new[] { "Variable \"$g\" is not defined by operation \"A\". (1:186) (1:1)", "Variable \"$f\" is not defined by operation \"A\". (1:131) (1:1)", "Variable \"$g\" is not defined by operation \"B\". (1:186) (1:55)", "Variable \"$f\" is not defined by operation \"B\". (1:131) (1:55)" })]
    public void Rejects(string document, string[] errors) => RuleAssert.Errors(NoUndefinedVariablesRule.Instance, document, errors);
}
