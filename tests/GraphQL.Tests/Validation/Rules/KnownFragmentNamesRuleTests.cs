using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation.Rules;

// Every expected error is graphql-js 17.1's for the same document, schema (TestSchema.graphql) and rule.
public class KnownFragmentNamesRuleTests
{
    [Theory]
    [InlineData("{ dog { ...A ... on Dog { ...B } } } fragment A on Dog { name } fragment B on Dog { barks }")]
    public void Accepts(string document) => RuleAssert.Valid(KnownFragmentNamesRule.Instance, document);

    [Theory]
    [InlineData("{ dog { ...Missing ... on Dog { ...AlsoMissing } } }", new[] { "Unknown fragment \"Missing\". (1:12)", "Unknown fragment \"AlsoMissing\". (1:36)" })]
    [InlineData("fragment A on Dog { ...B } fragment B on Dog { ...C }", new[] { "Unknown fragment \"C\". (1:51)" })]
    public void Rejects(string document, string[] errors) => RuleAssert.Errors(KnownFragmentNamesRule.Instance, document, errors);
}
