using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation.Rules;

// Every expected error is graphql-js 17.1's for the same document, schema (TestSchema.graphql) and rule.
public class NoUnusedVariablesRuleTests
{
    [Theory]
    [InlineData("query Q($a: Int) { args { int(value: $a) } }")]
    [InlineData("query Q($a: Int, $b: Int) { args { ...F } } fragment F on Arguments { int(value: $a) ...G } fragment G on Arguments { int(value: $b) }")]
    public void Accepts(string document) => RuleAssert.Valid(NoUnusedVariablesRule.Instance, document);

    [Theory]
    [InlineData("query Q($a: Int, $b: String) { args { int(value: $a) } }", new[] { "Variable \"$b\" is never used in operation \"Q\". (1:18)" })]
    [InlineData("query ($a: Int) { __typename }", new[] { "Variable \"$a\" is never used. (1:8)" })]
    [InlineData("query A($a: Int) { args { ...F } } query B($a: Int, $b: Int) { args { ...F } } fragment F on Arguments { int(value: $a) }", new[] { "Variable \"$b\" is never used in operation \"B\". (1:53)" })]
    public void Rejects(string document, string[] errors) => RuleAssert.Errors(NoUnusedVariablesRule.Instance, document, errors);
}
