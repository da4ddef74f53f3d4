using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation.Rules;

// Every expected error is graphql-js 17.1's for the same document, schema (TestSchema.graphql) and rule.
public class PossibleFragmentSpreadsRuleTests
{
    [Theory]
    [InlineData("{ dog { ...DogFields ...NamedFields ...PetFields } } fragment DogFields on Dog { barks } fragment NamedFields on Named { name } fragment PetFields on Pet { __typename }")]
    [InlineData("{ named { ... on Robot { model } ... on Pet { __typename } ... on Being { __typename } } }")]
    [InlineData("{ dog { ...Missing ... on Unknown { name } } }")]
    public void Accepts(string document) => RuleAssert.Valid(PossibleFragmentSpreadsRule.Instance, document);

    [Theory]
    [InlineData("{ dog { ... on Cat { meows } } }", new[] { "Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\". (1:9)" })]
    [InlineData("{ dog { ...CatFields } } fragment CatFields on Cat { meows }", new[] { "Fragment \"CatFields\" cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\". (1:9)" })]
    [InlineData("{ person { ... on Pet { __typename } } }", new[] { "Fragment cannot be spread here as objects of type \"Person\" can never be of type \"Pet\". (1:12)" })]
    [InlineData("{ being { ... on Animal { legs } ...PetFields } } fragment PetFields on Pet { __typename }", new[] { "Fragment cannot be spread here as objects of type \"Being\" can never be of type \"Animal\". (1:11)", "Fragment \"PetFields\" cannot be spread here as objects of type \"Being\" can never be of type \"Pet\". (1:34)" })]
    [InlineData("{ pet { ... on Animal { legs } ... on Node { id } ... on Person { iq } } }", new[] { "Fragment cannot be spread here as objects of type \"Pet\" can never be of type \"Person\". (1:51)" })]
    [InlineData("{ animal { ... on Node { id } ... on Being { __typename } } }", new[] { "Fragment cannot be spread here as objects of type \"Animal\" can never be of type \"Being\". (1:31)" })]
    public void Rejects(string document, string[] errors) => RuleAssert.Errors(PossibleFragmentSpreadsRule.Instance, document, errors);
}
