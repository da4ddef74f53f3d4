using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation.Rules;

// Every expected error is graphql-js 17.1's for the same document, schema (TestSchema.graphql) and rule.
public class UniqueDirectivesPerLocationRuleTests
{
    [Theory]
    [InlineData("{ dog @onField { name } }")]
    [InlineData("{ dog @repeatable @repeatable { name @tag(name: \"a\") @tag(name: \"b\") } }")]
    [InlineData("{ dog @unknown @unknown { name } }")]
    public void Accepts(string document) => RuleAssert.Valid(UniqueDirectivesPerLocationRule.Instance, document);

    [Theory]
    [InlineData("{ dog @onField @onField { name } }", new[] { "The directive \"@onField\" can only be used once at this location. (1:7) (1:16)" })]
    [InlineData("{ dog @skip(if: true) @skip(if: false) @include(if: true) @skip(if: true) { name } }", new[] { "The directive \"@skip\" can only be used once at this location. (1:7) (1:23)", "The directive \"@skip\" can only be used once at this location. (1:7) (1:59)" })]
    [InlineData("query Q($v: Int @onVariableDefinition @onVariableDefinition) { dog { ...F @onFragmentSpread @onFragmentSpread } } fragment F on Dog @onFragmentDefinition @onFragmentDefinition { name }", new[] { "The directive \"@onVariableDefinition\" can only be used once at this location. (1:17) (1:39)", "The directive \"@onFragmentSpread\" can only be used once at this location. (1:75) (1:93)", "The directive \"@onFragmentDefinition\" can only be used once at this location. (1:133) (1:155)" })]
    [InlineData("type T @onField @onField { a: Int } extend type T @onField", new[] { "The directive \"@onField\" can only be used once at this location. (1:8) (1:17)", "The directive \"@onField\" can only be used once at this location. (1:8) (1:51)" })]
    public void Rejects(string document, string[] errors) => RuleAssert.Errors(UniqueDirectivesPerLocationRule.Instance, document, errors);
}
