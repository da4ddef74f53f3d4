using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation.Rules;

// Every expected error is graphql-js 17.1's for the same document, schema (TestSchema.graphql) and rule.
public class KnownOperationTypesRuleTests
{
    [Theory]
    [InlineData("query { dog { name } } mutation { adopt(petId: 1) { __typename } } subscription { petAdopted { __typename } }")]
    public void Accepts(string document) => RuleAssert.Valid(KnownOperationTypesRule.Instance, document);
}
