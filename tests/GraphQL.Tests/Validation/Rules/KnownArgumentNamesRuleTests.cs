using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation.Rules;

// Every expected error is graphql-js 17.1's for the same document, schema (TestSchema.graphql) and rule.
public class KnownArgumentNamesRuleTests
{
    [Theory]
    [InlineData("{ dog { isHousetrained(atOtherHomes: true) doesKnowCommand(command: SIT) name @include(if: true) } }")]
    [InlineData("{ dog { unknownField(arg: 1) } }")]
    [InlineData("{ dog { name @unknown(arg: 1) } }")]
    public void Accepts(string document) => RuleAssert.Valid(KnownArgumentNamesRule.Instance, document);

    [Theory]
    [InlineData("{ dog { isHousetrained(atOtherHome: true) } }", new[] { "Unknown argument \"atOtherHome\" on field \"Dog.isHousetrained\". Did you mean \"atOtherHomes\"? (1:24)" })]
    [InlineData("{ dog { name(unknown: 1, short: true) } }", new[] { "Unknown argument \"unknown\" on field \"Dog.name\". (1:14)" })]
    [InlineData("{ dog { name @skip(iff: true) @tag(name: \"a\", wieght: 2) } }", new[] { "Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"? (1:20)", "Unknown argument \"wieght\" on directive \"@tag\". Did you mean \"weight\"? (1:47)" })]
    [InlineData("{ args { multiple(req1: 1, req2: 2, opt3: 3) } }", new[] { "Unknown argument \"opt3\" on field \"Arguments.multiple\". Did you mean \"opt1\" or \"opt2\"? (1:37)" })]
    [InlineData("{ dog { doesKnowCommand(command: SIT, commands: HEEL) } }", new[] { "Unknown argument \"commands\" on field \"Dog.doesKnowCommand\". Did you mean \"command\"? (1:39)" })]
    [InlineData("{ __type(nme: \"Dog\") { name } __typename(a: 1) }", new[] { "Unknown argument \"nme\" on field \"<meta>.__type\". Did you mean \"name\"? (1:10)", "Unknown argument \"a\" on field \"<meta>.__typename\". (1:42)" })]
    public void Rejects(string document, string[] errors) => RuleAssert.Errors(KnownArgumentNamesRule.Instance, document, errors);
}
