using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation.Rules;

// Every expected error is graphql-js 17.1's for the same document, schema (TestSchema.graphql) and rule.
public class ScalarLeafsRuleTests
{
    [Theory]
    [InlineData("{ dog { barks size } }")]
    [InlineData("{ dog { owner {} } }")]
    public void Accepts(string document) => RuleAssert.Valid(ScalarLeafsRule.Instance, document);

    [Theory]
    [InlineData("{ dog }", new[] { "Field \"dog\" of type \"Dog\" must have a selection of subfields. Did you mean \"dog { ... }\"? (1:3)" })]
    [InlineData("{ dogs }", new[] { "Field \"dogs\" of type \"[Dog!]!\" must have a selection of subfields. Did you mean \"dogs { ... }\"? (1:3)" })]
    [InlineData("{ dog { barks { length } } }", new[] { "Field \"barks\" must not have a selection since type \"Boolean\" has no subfields. (1:15)" })]
    [InlineData("{ dog { isHousetrained(atOtherHomes: false) { x } } }", new[] { "Field \"isHousetrained\" must not have a selection since type \"Boolean!\" has no subfields. (1:45)" })]
    [InlineData("{ dog { size { SMALL } } }", new[] { "Field \"size\" must not have a selection since type \"Size\" has no subfields. (1:14)" })]
    [InlineData("{ pet }", new[] { "Field \"pet\" of type \"Pet\" must have a selection of subfields. Did you mean \"pet { ... }\"? (1:3)" })]
    [InlineData("{ dog { owner } }", new[] { "Field \"owner\" of type \"Person\" must have a selection of subfields. Did you mean \"owner { ... }\"? (1:9)" })]
    [InlineData("{ __typename { a } }", new[] { "Field \"__typename\" must not have a selection since type \"String!\" has no subfields. (1:14)" })]
    public void Rejects(string document, string[] errors) => RuleAssert.Errors(ScalarLeafsRule.Instance, document, errors);
}
