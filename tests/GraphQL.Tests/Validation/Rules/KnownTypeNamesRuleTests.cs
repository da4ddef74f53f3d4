using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation.Rules;

// Every expected error is graphql-js 17.1's for the same document, schema (TestSchema.graphql) and rule.
public class KnownTypeNamesRuleTests
{
    [Theory]
    [InlineData("query Q($a: Int, $b: [String!], $c: Filter) { dog { name } }")]
    [InlineData("{ dog { ... on Dog { ... on Named { name } } } }")]
    public void Accepts(string document) => RuleAssert.Valid(KnownTypeNamesRule.Instance, document);

    [Theory]
    [InlineData("query Q($a: Jumbo, $b: [Strin!]) { dog { ... on Dgo { name } ...F } } fragment F on Persn { name }", new[] { "Unknown type \"Jumbo\". (1:13)", "Unknown type \"Strin\". Did you mean \"String\"? (1:25)", "Unknown type \"Dgo\". Did you mean \"Dog\"? (1:49)", "Unknown type \"Persn\". Did you mean \"Person\" or \"Pet\"? (1:85)" })]
    [InlineData("query Q($a: Floot) { __typename }", new[] { "Unknown type \"Floot\". Did you mean \"Float\", \"Mood\", or \"Robot\"? (1:13)" })]
    [InlineData("{ pet { ... on Cat1 { name } } }", new[] { "Unknown type \"Cat1\". Did you mean \"Cat\"? (1:16)" })]
    [InlineData("type T { a: Type b: Strin c: Do } extend union U = Vido", new[] { "Unknown type \"Type\". Did you mean \"__Type\"? (1:13)", "Unknown type \"Strin\". Did you mean \"String\"? (1:21)", "Unknown type \"Do\". Did you mean \"Dog\"? (1:30)", "Unknown type \"Vido\". Did you mean \"ID\"? (1:52)" })]
    public void Rejects(string document, string[] errors) => RuleAssert.Errors(KnownTypeNamesRule.Instance, document, errors);
}
