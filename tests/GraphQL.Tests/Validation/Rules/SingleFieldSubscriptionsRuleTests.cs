using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation.Rules;

// Every expected error is graphql-js 17.1's for the same document, schema (TestSchema.graphql) and rule.
public class SingleFieldSubscriptionsRuleTests
{
    [Theory]
    [InlineData("subscription S { petAdopted { __typename } }")]
    [InlineData("subscription S { ...F } fragment F on Subscription { petAdopted { __typename } }")]
    [InlineData("subscription S { ...F ...F } fragment F on Subscription { petAdopted { __typename } }")]
    [InlineData("subscription S { petAdopted { __typename } petAdopted { __typename } }")]
    public void Accepts(string document) => RuleAssert.Valid(SingleFieldSubscriptionsRule.Instance, document);

    [Theory]
    [InlineData("subscription S { petAdopted { __typename } personUpdated { id } }", new[] { "Subscription \"S\" must select only one top level field. (1:44)" })]
    [InlineData("subscription { petAdopted { __typename } a: petAdopted { __typename } b: personUpdated { id } }", new[] { "Anonymous Subscription must select only one top level field. (1:42) (1:71)" })]
    [InlineData("subscription S { __typename }", new[] { "Subscription \"S\" must not select an introspection top level field. (1:18)" })]
    [InlineData("subscription S { petAdopted { __typename } __typename }", new[] { "Subscription \"S\" must select only one top level field. (1:44)", "Subscription \"S\" must not select an introspection top level field. (1:44)" })]
    [InlineData("subscription S { petAdopted @skip(if: true) { __typename } }", new[] { "Subscription \"S\" must not use `@skip` or `@include` directives in the top level selection. (1:29)" })]
    [InlineData("subscription S { ... @include(if: false) { petAdopted { __typename } } }", new[] { "Subscription \"S\" must not use `@skip` or `@include` directives in the top level selection. (1:22)" })]
    [InlineData("subscription S { ... on Subscription { petAdopted { __typename } } ... on Subscription { personUpdated { id } } }", new[] { "Subscription \"S\" must select only one top level field. (1:90)" })]
    [InlineData("subscription S { ...Missing }", new[] { "Subscription \"S\" must select one top level field. (1:16)" })]
    [InlineData("subscription { __schema { types { name } } }", new[] { "Anonymous Subscription must not select an introspection top level field. (1:16)" })]
    public void Rejects(string document, string[] errors) => RuleAssert.Errors(SingleFieldSubscriptionsRule.Instance, document, errors);
}
