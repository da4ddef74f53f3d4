using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation.Rules;

// Every expected error is graphql-js 17.1's for the same document, schema (TestSchema.graphql) and rule.
public class MaxIntrospectionDepthRuleTests
{
    [Theory]
    [InlineData("{ __schema { types { fields { type { name } } } } }")]
    [InlineData("{ __schema { types { fields { type { fields { name } } } } } }")]
    [InlineData("{ __schema { ...F } } fragment F on __Schema { types { inputFields { type { inputFields { name } } } } }")]
    [InlineData("{ __schema { types { ...T } } } fragment T on __Type { fields { type { ...U } } } fragment U on __Type { fields { name } }")]
    public void Accepts(string document) => RuleAssert.Valid(MaxIntrospectionDepthRule.Instance, document);

    [Theory]
    [InlineData("{ __type(name: \"Dog\") { interfaces { possibleTypes { interfaces { name } } } } }", new[] { "Maximum introspection depth exceeded (1:3)" })]
    public void Rejects(string document, string[] errors) => RuleAssert.Errors(MaxIntrospectionDepthRule.Instance, document, errors);
}
