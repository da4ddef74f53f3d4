using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation.Rules;

// Every expected error is graphql-js 17.1's for the same document, schema (TestSchema.graphql) and rule.
public class UniqueFragmentNamesRuleTests
{
    [Theory]
    [InlineData("{ dog { ...A ...B } } fragment A on Dog { name } fragment B on Dog { name }")]
    public void Accepts(string document) => RuleAssert.Valid(UniqueFragmentNamesRule.Instance, document);

    [Theory]
    [InlineData("{ dog { ...A } } fragment A on Dog { name } fragment A on Dog { barks }", new[] { "There can be only one fragment named \"A\". (1:27) (1:54)" })]
    [InlineData("{ dog { ...A } } fragment A on Dog { name } fragment A on Dog { barks } fragment A on Dog { size }", new[] { "There can be only one fragment named \"A\". (1:27) (1:54)", "There can be only one fragment named \"A\". (1:27) (1:82)" })]
    public void Rejects(string document, string[] errors) => RuleAssert.Errors(UniqueFragmentNamesRule.Instance, document, errors);
}
