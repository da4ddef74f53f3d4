using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation.Rules;

// Every expected error is graphql-js 17.1's for the same document, schema (TestSchema.graphql) and rule.
public class UniqueVariableNamesRuleTests
{
    [Theory]
    [InlineData("query Q($a: Int, $b: Int) { __typename }")]
    [InlineData("query Q($a: Int) { __typename } query R($a: Int) { __typename }")]
    public void Accepts(string document) => RuleAssert.Valid(UniqueVariableNamesRule.Instance, document);

    [Theory]
    [InlineData("query Q($a: Int, $a: Int, $b: Int, $a: String, $b: Int) { __typename }", new[] { "There can be only one variable named \"$a\". (1:10) (1:19) (1:37)", "There can be only one variable named \"$b\". (1:28) (1:49)" })]
    public void Rejects(string document, string[] errors) => RuleAssert.Errors(UniqueVariableNamesRule.Instance, document, errors);
}
