using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation.Rules;

// Every expected error is graphql-js 17.1's for the same document, schema (TestSchema.graphql) and rule.
public class FieldsOnCorrectTypeRuleTests
{
    [Theory]
    [InlineData("{ dog { name barks __typename } pet { __typename ... on Dog { barks } } }")]
    [InlineData("{ __schema { queryType { name } } __type(name: \"Dog\") { name } }")]
    public void Accepts(string document) => RuleAssert.Valid(FieldsOnCorrectTypeRule.Instance, document);

    [Theory]
    [InlineData("{ dog { meows } }", new[] { "Cannot query field \"meows\" on type \"Dog\". Did you mean \"legs\"? (1:9)" })]
    [InlineData("{ dog { nam } }", new[] { "Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"? (1:9)" })]
    [InlineData("{ pet { name } }", new[] { "Cannot query field \"name\" on type \"Pet\". Did you mean to use an inline fragment on \"Named\", \"Animal\", \"Cat\", or \"Dog\"? (1:9)" })]
    [InlineData("{ named { legs } }", new[] { "Cannot query field \"legs\" on type \"Named\". Did you mean to use an inline fragment on \"Animal\", \"Cat\", or \"Dog\"? (1:11)" })]
    [InlineData("{ animal { barks } }", new[] { "Cannot query field \"barks\" on type \"Animal\". Did you mean to use an inline fragment on \"Dog\"? (1:12)" })]
    [InlineData("{ being { name } }", new[] { "Cannot query field \"name\" on type \"Being\". Did you mean to use an inline fragment on \"Named\", \"Person\", or \"Robot\"? (1:11)" })]
    [InlineData("{ dog { unknown { deeper } } }", new[] { "Cannot query field \"unknown\" on type \"Dog\". (1:9)" })]
    [InlineData("{ unknownRoot }", new[] { "Cannot query field \"unknownRoot\" on type \"Query\". (1:3)" })]
    [InlineData("fragment F on Dog { a: meows b: barks c: purrs }", new[] { "Cannot query field \"meows\" on type \"Dog\". Did you mean \"legs\"? (1:21)", "Cannot query field \"purrs\" on type \"Dog\". Did you mean \"barks\"? (1:39)" })]
    [InlineData("{ dog { __schema { types { name } } } }", new[] { "Cannot query field \"__schema\" on type \"Dog\". (1:9)" })]
    public void Rejects(string document, string[] errors) => RuleAssert.Errors(FieldsOnCorrectTypeRule.Instance, document, errors);
}
