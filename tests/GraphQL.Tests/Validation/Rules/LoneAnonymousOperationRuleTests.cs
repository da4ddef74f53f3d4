using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation.Rules;

// Every expected error is graphql-js 17.1's for the same document, schema (TestSchema.graphql) and rule.
public class LoneAnonymousOperationRuleTests
{
    [Theory]
    [InlineData("{ dog { name } }")]
    [InlineData("{ dog { name } } fragment F on Dog { name }")]
    [InlineData("query A { dog { name } } query B { cat { name } }")]
    public void Accepts(string document) => RuleAssert.Valid(LoneAnonymousOperationRule.Instance, document);

    [Theory]
    [InlineData("{ dog { name } } { cat { name } }", new[] { "This anonymous operation must be the only defined operation. (1:1)", "This anonymous operation must be the only defined operation. (1:18)" })]
    [InlineData("{ dog { name } } query Named { cat { name } }", new[] { "This anonymous operation must be the only defined operation. (1:1)" })]
    [InlineData("{ dog { name } } mutation { adopt(petId: 1) { __typename } }", new[] { "This anonymous operation must be the only defined operation. (1:1)", "This anonymous operation must be the only defined operation. (1:18)" })]
    public void Rejects(string document, string[] errors) => RuleAssert.Errors(LoneAnonymousOperationRule.Instance, document, errors);
}
