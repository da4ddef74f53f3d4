using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation.Rules;

// Every expected error is graphql-js 17.1's for the same document, schema (TestSchema.graphql) and rule.
public class UniqueOperationNamesRuleTests
{
    [Theory]
    [InlineData("query A { dog { name } } query B { cat { name } }")]
    [InlineData("query A { dog { name } } fragment A on Dog { name }")]
    [InlineData("{ dog { name } } { cat { name } }")]
    public void Accepts(string document) => RuleAssert.Valid(UniqueOperationNamesRule.Instance, document);

    [Theory]
    [InlineData("query A { dog { name } } query A { cat { name } }", new[] { "There can be only one operation named \"A\". (1:7) (1:32)" })]
    [InlineData("query A { dog { name } } mutation A { adopt(petId: 1) { __typename } } subscription A { petAdopted { __typename } }", new[] { "There can be only one operation named \"A\". (1:7) (1:35)", "There can be only one operation named \"A\". (1:7) (1:85)" })]
    public void Rejects(string document, string[] errors) => RuleAssert.Errors(UniqueOperationNamesRule.Instance, document, errors);
}
