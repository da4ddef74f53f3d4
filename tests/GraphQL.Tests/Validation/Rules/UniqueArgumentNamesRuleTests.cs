using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation.Rules;

// Every expected error is graphql-js 17.1's for the same document, schema (TestSchema.graphql) and rule.
public class UniqueArgumentNamesRuleTests
{
    [Theory]
    [InlineData("{ args { multiple(req1: 1, req2: 2) } dog @tag(name: \"a\", weight: 1) { name } }")]
    [InlineData("{ a: args { int(value: 1) } b: args { int(value: 1) } }")]
    public void Accepts(string document) => RuleAssert.Valid(UniqueArgumentNamesRule.Instance, document);

    [Theory]
    [InlineData("{ args { multiple(req1: 1, req1: 2, req2: 3) } }", new[] { "There can be only one argument named \"req1\". (1:19) (1:28)" })]
    [InlineData("{ args { multiple(req1: 1, req1: 2, req1: 3, req2: 1, req2: 2) } }", new[] { "There can be only one argument named \"req1\". (1:19) (1:28) (1:37)", "There can be only one argument named \"req2\". (1:46) (1:55)" })]
    [InlineData("{ dog @tag(name: \"a\", name: \"b\") { name } }", new[] { "There can be only one argument named \"name\". (1:12) (1:23)" })]
    public void Rejects(string document, string[] errors) => RuleAssert.Errors(UniqueArgumentNamesRule.Instance, document, errors);
}
