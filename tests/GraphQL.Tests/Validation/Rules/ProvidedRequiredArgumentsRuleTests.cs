using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation.Rules;

// Every expected error is graphql-js 17.1's for the same document, schema (TestSchema.graphql) and rule.
public class ProvidedRequiredArgumentsRuleTests
{
    [Theory]
    [InlineData("{ dog { isHousetrained doesKnowCommand(command: SIT) } args { multiple(req1: 1, req2: 2) withDefault } }")]
    [InlineData("{ dog { unknownField } }")]
    [InlineData("{ args { nonNullInt(value: null) } }")]
    public void Accepts(string document) => RuleAssert.Valid(ProvidedRequiredArgumentsRule.Instance, document);

    [Theory]
    [InlineData("{ dog { doesKnowCommand } }", new[] { "Argument \"Dog.doesKnowCommand(command:)\" of type \"Command!\" is required, but it was not provided. (1:9)" })]
    [InlineData("{ args { multiple(req1: 1) } }", new[] { "Argument \"Arguments.multiple(req2:)\" of type \"Int!\" is required, but it was not provided. (1:10)" })]
    [InlineData("{ args { multiple } }", new[] { "Argument \"Arguments.multiple(req1:)\" of type \"Int!\" is required, but it was not provided. (1:10)", "Argument \"Arguments.multiple(req2:)\" of type \"Int!\" is required, but it was not provided. (1:10)" })]
    [InlineData("{ args { nonNullInt nonNullList } }", new[] { "Argument \"Arguments.nonNullInt(value:)\" of type \"Int!\" is required, but it was not provided. (1:10)", "Argument \"Arguments.nonNullList(value:)\" of type \"[String!]!\" is required, but it was not provided. (1:21)" })]
    [InlineData("{ dog @include { name @skip } }", new[] { "Argument \"@include(if:)\" of type \"Boolean!\" is required, but it was not provided. (1:7)", "Argument \"@skip(if:)\" of type \"Boolean!\" is required, but it was not provided. (1:23)" })]
    [InlineData("{ dog @tag { name } }", new[] { "Argument \"@tag(name:)\" of type \"String!\" is required, but it was not provided. (1:7)" })]
    [InlineData("{ __type { name } }", new[] { "Argument \"<meta>.__type(name:)\" of type \"String!\" is required, but it was not provided. (1:3)" })]
    public void Rejects(string document, string[] errors) => RuleAssert.Errors(ProvidedRequiredArgumentsRule.Instance, document, errors);
}
