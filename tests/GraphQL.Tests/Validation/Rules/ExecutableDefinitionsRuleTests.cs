using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation.Rules;

// Every expected error is graphql-js 17.1's for the same document, schema (TestSchema.graphql) and rule.
public class ExecutableDefinitionsRuleTests
{
    [Theory]
    [InlineData("query Q { dog { name } } fragment F on Dog { name }")]
    public void Accepts(string document) => RuleAssert.Valid(ExecutableDefinitionsRule.Instance, document);

    [Theory]
    [InlineData("{ dog { name } } type Extra { a: Int } extend type Dog { extra: Int }", new[] { "The \"Extra\" definition is not executable. (1:18)", "The \"Dog\" definition is not executable. (1:40)" })]
    [InlineData("schema { query: Query } extend schema @onQuery { mutation: Mutation } directive @d on FIELD scalar S", new[] { "The schema definition is not executable. (1:1)", "The schema definition is not executable. (1:25)", "The \"d\" definition is not executable. (1:71)", "The \"S\" definition is not executable. (1:93)" })]
    [InlineData("{ dog { name } } extend directive @onField @onQuery", new[] { "The \"onField\" definition is not executable. (1:18)" })]
    public void Rejects(string document, string[] errors) => RuleAssert.Errors(ExecutableDefinitionsRule.Instance, document, errors);
}
