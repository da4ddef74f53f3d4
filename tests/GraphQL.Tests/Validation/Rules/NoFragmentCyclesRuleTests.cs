using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation.Rules;

// Every expected error is graphql-js 17.1's for the same document, schema (TestSchema.graphql) and rule.
public class NoFragmentCyclesRuleTests
{
    [Theory]
    [InlineData("{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { name }")]
    [InlineData("fragment A on Dog { ...Missing }")]
    public void Accepts(string document) => RuleAssert.Valid(NoFragmentCyclesRule.Instance, document);

    [Theory]
    [InlineData("fragment A on Dog { ...A }", new[] { "Cannot spread fragment \"A\" within itself. (1:21)" })]
    [InlineData("fragment A on Dog { ...B } fragment B on Dog { ...A }", new[] { "Cannot spread fragment \"A\" within itself via \"B\". (1:21) (1:48)" })]
    [InlineData("fragment A on Dog { ...B } fragment B on Dog { ...C } fragment C on Dog { ...A ...B }", new[] { "Cannot spread fragment \"A\" within itself via \"B\", \"C\". (1:21) (1:48) (1:75)", "Cannot spread fragment \"B\" within itself via \"C\". (1:48) (1:80)" })]
    [InlineData("fragment A on Dog { owner { ...B } } fragment B on Person { pets { ... on Dog { ...A } } }", new[] { "Cannot spread fragment \"A\" within itself via \"B\". (1:29) (1:81)" })]
    [InlineData("fragment A on Dog { ...B ...C } fragment B on Dog { ...A } fragment C on Dog { ...A }", new[] { "Cannot spread fragment \"A\" within itself via \"B\". (1:21) (1:53)", "Cannot spread fragment \"A\" within itself via \"C\". (1:26) (1:80)" })]
    public void Rejects(string document, string[] errors) => RuleAssert.Errors(NoFragmentCyclesRule.Instance, document, errors);
}
