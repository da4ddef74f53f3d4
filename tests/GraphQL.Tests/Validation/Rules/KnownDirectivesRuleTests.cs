using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation.Rules;

// Every expected error is graphql-js 17.1's for the same document, schema (TestSchema.graphql) and rule.
public class KnownDirectivesRuleTests
{
    [Theory]
    [InlineData("query Q($v: Int @onVariableDefinition) @onQuery { dog @onField { ...F @onFragmentSpread ... @onInlineFragment { name } } } fragment F on Dog @onFragmentDefinition { name }")]
    [InlineData("{ dog { name @skip(if: true) @include(if: false) } }")]
    public void Accepts(string document) => RuleAssert.Valid(KnownDirectivesRule.Instance, document);

    [Theory]
    [InlineData("{ dog @unknown { name @include(if: true) } }", new[] { "Unknown directive \"@unknown\". (1:7)" })]
    [InlineData("query Q @onField { dog @onQuery { ...F @onInlineFragment } } fragment F on Dog @onFragmentSpread { name }", new[] { "Directive \"@onField\" may not be used on QUERY. (1:9)", "Directive \"@onQuery\" may not be used on FIELD. (1:24)", "Directive \"@onInlineFragment\" may not be used on FRAGMENT_SPREAD. (1:40)", "Directive \"@onFragmentSpread\" may not be used on FRAGMENT_DEFINITION. (1:80)" })]
    [InlineData("mutation M @onQuery { adopt(petId: 1) @onMutation { __typename } } subscription S @onQuery { petAdopted { __typename } }", new[] { "Directive \"@onQuery\" may not be used on MUTATION. (1:12)", "Directive \"@onMutation\" may not be used on FIELD. (1:39)", "Directive \"@onQuery\" may not be used on SUBSCRIPTION. (1:83)" })]
    [InlineData("query Q($v: Int @onField) { __typename }", new[] { "Directive \"@onField\" may not be used on VARIABLE_DEFINITION. (1:17)" })]
    [InlineData("{ dog @deprecated { name } }", new[] { "Directive \"@deprecated\" may not be used on FIELD. (1:7)" })]
    [InlineData("schema @onQuery { query: Query } type T @onField { f(a: Int @onField): Int @onQuery } input I { f: Int @onField } enum E @onField { A @onField } directive @d(a: Int @onField) on FIELD", new[] { "Directive \"@onQuery\" may not be used on SCHEMA. (1:8)", "Directive \"@onField\" may not be used on OBJECT. (1:41)", "Directive \"@onField\" may not be used on ARGUMENT_DEFINITION. (1:61)", "Directive \"@onQuery\" may not be used on FIELD_DEFINITION. (1:76)", "Directive \"@onField\" may not be used on INPUT_FIELD_DEFINITION. (1:104)", "Directive \"@onField\" may not be used on ENUM. (1:122)", "Directive \"@onField\" may not be used on ENUM_VALUE. (1:135)", "Directive \"@onField\" may not be used on ARGUMENT_DEFINITION. (1:166)" })]
    public void Rejects(string document, string[] errors) => RuleAssert.Errors(KnownDirectivesRule.Instance, document, errors);
}
