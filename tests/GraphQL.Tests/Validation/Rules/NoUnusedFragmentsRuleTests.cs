using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation.Rules;

// Every expected error is graphql-js 17.1's for the same document, schema (TestSchema.graphql) and rule.
public class NoUnusedFragmentsRuleTests
{
    [Theory]
    [InlineData("{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { name }")]
    public void Accepts(string document) => RuleAssert.Valid(NoUnusedFragmentsRule.Instance, document);

    [Theory]
    [InlineData("{ dog { name } } fragment Unused on Dog { name }", new[] { "Fragment \"Unused\" is never used. (1:18)" })]
    [InlineData("query A { dog { ...X } } query B { cat { ...Y } } fragment X on Dog { name } fragment Y on Cat { name } fragment Z on Dog { ...W } fragment W on Dog { name }", new[] { "Fragment \"Z\" is never used. (1:105)", "Fragment \"W\" is never used. (1:132)" })]
    [InlineData("fragment A on Dog { ...B } fragment B on Dog { ...A }", new[] { "Fragment \"A\" is never used. (1:1)", "Fragment \"B\" is never used. (1:28)" })]
    [InlineData("{ dog { ...Missing } } fragment Unused on Dog { name }", new[] { "Fragment \"Unused\" is never used. (1:24)" })]
    public void Rejects(string document, string[] errors) => RuleAssert.Errors(NoUnusedFragmentsRule.Instance, document, errors);
}
