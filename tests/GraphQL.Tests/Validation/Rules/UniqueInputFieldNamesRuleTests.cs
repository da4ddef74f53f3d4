using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation.Rules;

// Every expected error is graphql-js 17.1's for the same document, schema (TestSchema.graphql) and rule.
public class UniqueInputFieldNamesRuleTests
{
    [Theory]
    [InlineData("{ args { filter(value: { required: true, name: \"a\", nested: { required: true, name: \"b\" } }) } }")]
    public void Accepts(string document) => RuleAssert.Valid(UniqueInputFieldNamesRule.Instance, document);

    [Theory]
    [InlineData("{ args { filter(value: { required: true, required: false }) } }", new[] { "There can be only one input field named \"required\". (1:26) (1:42)" })]
    [InlineData("{ args { filter(value: { name: \"a\", name: \"b\", name: \"c\", required: true }) } }", new[] { "There can be only one input field named \"name\". (1:26) (1:37)", "There can be only one input field named \"name\". (1:26) (1:48)" })]
    [InlineData("{ args { filter(value: { required: true, nested: { name: \"a\", name: \"b\", required: true } }) } }", new[] { "There can be only one input field named \"name\". (1:52) (1:63)" })]
    public void Rejects(string document, string[] errors) => RuleAssert.Errors(UniqueInputFieldNamesRule.Instance, document, errors);
}
