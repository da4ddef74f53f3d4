using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation.Rules;

// Every expected error is graphql-js 17.1's for the same document, schema (TestSchema.graphql) and rule.
public class FragmentsOnCompositeTypesRuleTests
{
    [Theory]
    [InlineData("fragment F on Dog { name } fragment G on Named { name } fragment H on Pet { __typename }")]
    [InlineData("{ dog { ... { name } ... on Named { name } } }")]
    [InlineData("fragment F on Unknown { __typename }")]
    public void Accepts(string document) => RuleAssert.Valid(FragmentsOnCompositeTypesRule.Instance, document);

    [Theory]
    [InlineData("fragment F on Boolean { __typename }", new[] { "Fragment \"F\" cannot condition on non composite type \"Boolean\". (1:15)" })]
    [InlineData("fragment F on Size { __typename }", new[] { "Fragment \"F\" cannot condition on non composite type \"Size\". (1:15)" })]
    [InlineData("fragment F on Filter { __typename }", new[] { "Fragment \"F\" cannot condition on non composite type \"Filter\". (1:15)" })]
    [InlineData("{ dog { ... on String { length } } }", new[] { "Fragment cannot condition on non composite type \"String\". (1:16)" })]
    public void Rejects(string document, string[] errors) => RuleAssert.Errors(FragmentsOnCompositeTypesRule.Instance, document, errors);
}
