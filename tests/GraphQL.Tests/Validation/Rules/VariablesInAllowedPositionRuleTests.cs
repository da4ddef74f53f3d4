using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation.Rules;

// Every expected error is graphql-js 17.1's for the same document, schema (TestSchema.graphql) and rule.
public class VariablesInAllowedPositionRuleTests
{
    [Theory]
    [InlineData("query Q($a: Int, $b: Int!, $c: [String], $d: Size, $e: Boolean!) { args { int(value: $a) i2: int(value: $b) nonNullInt(value: $b) list(value: $c) enum(value: $d) } dog @include(if: $e) { name } }")]
    [InlineData("query Q($a: Int = 1) { args { nonNullInt(value: $a) } }")]
    [InlineData("query Q($a: Int) { args { withDefault(value: $a) } }")]
    [InlineData("query Q($a: [String!]!) { args { list(value: $a) } }")]
    [InlineData("query Q($a: Boolean) { dog { isHousetrained(atOtherHomes: $a) } }")]
    [InlineData("query Q($a: ID!) { args { oneOf(value: { id: $a }) } }")]
    [InlineData("query Q($a: Int) { args { filter(value: { required: true, minLegs: $a }) } }")]
    [InlineData("query Q($a: Filter) { args { filter(value: { required: true, nested: $a }) } }")]
    [InlineData("query Q($a: Size) { dogs(size: $a) { name } }")]
    [InlineData("query Q($a: Unknown) { args { int(value: $a) } }")]
    [InlineData("query Q($a: ID!) { args { boolean(value: [$a]) } }")]
    public void Accepts(string document) => RuleAssert.Valid(VariablesInAllowedPositionRule.Instance, document);

    [Theory]
    [InlineData("query Q($a: Int) { args { nonNullInt(value: $a) } }", new[] { "Variable \"$a\" of type \"Int\" used in position expecting type \"Int!\". (1:9) (1:45)" })]
    [InlineData("query Q($a: Int = null) { args { nonNullInt(value: $a) } }", new[] { "Variable \"$a\" of type \"Int\" used in position expecting type \"Int!\". (1:9) (1:52)" })]
    [InlineData("query Q($a: String) { args { int(value: $a) } }", new[] { "Variable \"$a\" of type \"String\" used in position expecting type \"Int\". (1:9) (1:41)" })]
    [InlineData("query Q($a: [String]) { args { nonNullList(value: $a) } }", new[] { "Variable \"$a\" of type \"[String]\" used in position expecting type \"[String!]!\". (1:9) (1:51)" })]
    [InlineData("query Q($a: String) { args { list(value: [$a]) nonNullList(value: [$a]) } }", new[] { "Variable \"$a\" of type \"String\" used in position expecting type \"String!\". (1:9) (1:68)" })]
    [InlineData("query Q($a: Boolean) { dog @include(if: $a) { name } }", new[] { "Variable \"$a\" of type \"Boolean\" used in position expecting type \"Boolean!\". (1:9) (1:41)" })]
    [InlineData("query Q($a: Int) { args { ...F } } fragment F on Arguments { nonNullInt(value: $a) }", new[] { "Variable \"$a\" of type \"Int\" used in position expecting type \"Int!\". (1:9) (1:80)" })]
    [InlineData("query Q($a: ID) { args { oneOf(value: { id: $a }) } }", new[] { "Variable \"$a\" is of type \"ID\" but must be non-nullable to be used for OneOf Input Object \"OneOfKey\". (1:9) (1:45)" })]
    [InlineData("query Q($a: Boolean) { args { filter(value: { required: $a }) } }", new[] { "Variable \"$a\" of type \"Boolean\" used in position expecting type \"Boolean!\". (1:9) (1:57)" })]
    [InlineData("query Q($a: Command) { dog { doesKnowCommand(command: $a) } }", new[] { "Variable \"$a\" of type \"Command\" used in position expecting type \"Command!\". (1:9) (1:55)" })]
    public void Rejects(string document, string[] errors) => RuleAssert.Errors(VariablesInAllowedPositionRule.Instance, document, errors);
}
