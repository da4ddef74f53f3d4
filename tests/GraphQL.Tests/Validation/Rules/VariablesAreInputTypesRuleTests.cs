using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation.Rules;

// Every expected error is graphql-js 17.1's for the same document, schema (TestSchema.graphql) and rule.
public class VariablesAreInputTypesRuleTests
{
    [Theory]
    [InlineData("query Q($a: String, $b: [Boolean!]!, $c: Filter, $d: Size, $e: OneOfKey) { __typename }")]
    [InlineData("query Q($a: Unknown) { __typename }")]
    public void Accepts(string document) => RuleAssert.Valid(VariablesAreInputTypesRule.Instance, document);

    [Theory]
    [InlineData("query Q($a: Dog, $b: [[Pet!]!], $c: Named!) { __typename }", new[] { "Variable \"$a\" cannot be non-input type \"Dog\". (1:13)", "Variable \"$b\" cannot be non-input type \"[[Pet!]!]\". (1:22)", "Variable \"$c\" cannot be non-input type \"Named!\". (1:37)" })]
    public void Rejects(string document, string[] errors) => RuleAssert.Errors(VariablesAreInputTypesRule.Instance, document, errors);
}
