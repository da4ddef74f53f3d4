using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation.Rules;

// Every expected error is graphql-js 17.1's for the same document, schema (TestSchema.graphql) and rule.
public class ValuesOfCorrectTypeRuleTests
{
    [Theory]
    [InlineData("{ args { int(value: 1) float(value: 1) float2: float(value: 1.5) string(value: \"s\") block: string(value: \"\"\"b\"\"\") boolean(value: true) id(value: 1) id2: id(value: \"x\") enum(value: SMALL) } }")]
    [InlineData("{ args { int(value: null) string(value: null) list(value: null) filter(value: null) } }")]
    [InlineData("{ args { list(value: [\"a\", \"b\"]) list2: list(value: \"single\") list3: list(value: [null]) list4: list(value: []) } }")]
    [InlineData("{ args { filter(value: { required: true }) f2: filter(value: { required: false, name: \"n\", minLegs: 4, size: LARGE, tags: [\"a\"], nested: { required: true } }) } }")]
    [InlineData("{ args { oneOf(value: { id: 1 }) o2: oneOf(value: { name: \"n\" }) } }")]
    [InlineData("query Q($a: Int) { args { int(value: $a) filter(value: { required: $a, minLegs: $a }) } }")]
    [InlineData("{ args { unknownArg: int(unknown: \"x\") } }")]
    [InlineData("{ args { float(value: 9007199254740993) } }")]
    [InlineData("{ args { string(value: $undefinedVar) } }")]
    public void Accepts(string document) => RuleAssert.Valid(ValuesOfCorrectTypeRule.Instance, document);

    [Theory]
    [InlineData("{ args { int(value: \"1\") } }", new[] { "Int cannot represent non-integer value: \"1\" (1:21)" })]
    [InlineData("{ args { int(value: 1.5) } }", new[] { "Int cannot represent non-integer value: 1.5 (1:21)" })]
    [InlineData("{ args { int(value: 2147483648) } }", new[] { "Int cannot represent non 32-bit signed integer value: 2147483648 (1:21)" })]
    [InlineData("{ args { int(value: -2147483649) } }", new[] { "Int cannot represent non 32-bit signed integer value: -2147483649 (1:21)" })]
    [InlineData("{ args { int(value: SMALL) } }", new[] { "Int cannot represent non-integer value: SMALL (1:21)" })]
    [InlineData("{ args { float(value: \"1.5\") } }", new[] { "Float cannot represent non numeric value: \"1.5\" (1:23)" })]
    [InlineData("{ args { float(value: true) } }", new[] { "Float cannot represent non numeric value: true (1:23)" })]
    [InlineData("{ args { string(value: 1) } }", new[] { "String cannot represent a non string value: 1 (1:24)" })]
    [InlineData("{ args { string(value: UNQUOTED) } }", new[] { "String cannot represent a non string value: UNQUOTED (1:24)" })]
    [InlineData("{ args { boolean(value: 1) } }", new[] { "Boolean cannot represent a non boolean value: 1 (1:25)" })]
    [InlineData("{ args { boolean(value: \"true\") } }", new[] { "Boolean cannot represent a non boolean value: \"true\" (1:25)" })]
    [InlineData("{ args { id(value: 1.5) } }", new[] { "ID cannot represent a non-string and non-integer value: 1.5 (1:20)" })]
    [InlineData("{ args { id(value: true) } }", new[] { "ID cannot represent a non-string and non-integer value: true (1:20)" })]
    [InlineData("{ args { enum(value: \"SMALL\") } }", new[] { "Enum \"Size\" cannot represent non-enum value: \"SMALL\". Did you mean the enum value \"SMALL\"? (1:22)" })]
    [InlineData("{ args { enum(value: small) } }", new[] { "Value \"small\" does not exist in \"Size\" enum. Did you mean the enum value \"SMALL\"? (1:22)" })]
    [InlineData("{ args { enum(value: HUGE) } }", new[] { "Value \"HUGE\" does not exist in \"Size\" enum. (1:22)" })]
    [InlineData("{ args { enum(value: 1) } }", new[] { "Enum \"Size\" cannot represent non-enum value: 1. (1:22)" })]
    [InlineData("{ args { enum(value: SMAL) } }", new[] { "Value \"SMAL\" does not exist in \"Size\" enum. Did you mean the enum value \"SMALL\"? (1:22)" })]
    [InlineData("{ args { nonNullInt(value: null) } }", new[] { "Expected value of non-null type \"Int!\" not to be null. (1:28)" })]
    [InlineData("{ args { list(value: [\"a\", 2, true]) } }", new[] { "String cannot represent a non string value: 2 (1:28)", "String cannot represent a non string value: true (1:31)" })]
    [InlineData("{ args { list(value: 1) } }", new[] { "String cannot represent a non string value: 1 (1:22)" })]
    [InlineData("{ args { nonNullList(value: [null, \"a\"]) } }", new[] { "Expected value of non-null type \"String!\" not to be null. (1:30)" })]
    [InlineData("{ args { filter(value: {}) } }", new[] { "Expected value of type \"Filter\" to include required field \"required\", found: {  }. (1:24)" })]
    [InlineData("{ args { filter(value: { required: null }) } }", new[] { "Expected value of non-null type \"Boolean!\" not to be null. (1:36)" })]
    [InlineData("{ args { filter(value: { required: true, nme: \"x\" }) } }", new[] { "Expected value of type \"Filter\" not to include unknown field \"nme\". Did you mean \"name\"? Found: { required: true, nme: \"x\" }. (1:42)" })]
    [InlineData("{ args { filter(value: { required: true, unknownField: 1 }) } }", new[] { "Expected value of type \"Filter\" not to include unknown field \"unknownField\", found: { required: true, unknownField: 1 }. (1:42)" })]
    [InlineData("{ args { filter(value: { required: true, nested: { name: 1 } }) } }", new[] { "String cannot represent a non string value: 1 (1:58)", "Expected value of type \"Filter\" to include required field \"required\", found: { name: 1 }. (1:50)" })]
    [InlineData("{ args { filter(value: \"not an object\") } }", new[] { "Expected value of type \"Filter\" to be an object, found: \"not an object\". (1:24)" })]
    [InlineData("{ args { filter(value: [{ required: true }]) } }", new[] { "Expected value of type \"Filter\" to be an object, found: [{ required: true }]. (1:24)" })]
    [InlineData("{ args { oneOf(value: { id: 1, name: \"n\" }) } }", new[] { "Within OneOf Input Object type \"OneOfKey\", exactly one field must be specified, and the value for that field must be non-null. (1:23)" })]
    [InlineData("{ args { oneOf(value: {}) } }", new[] { "Within OneOf Input Object type \"OneOfKey\", exactly one field must be specified, and the value for that field must be non-null. (1:23)" })]
    [InlineData("{ args { oneOf(value: { id: null }) } }", new[] { "Within OneOf Input Object type \"OneOfKey\", exactly one field must be specified, and the value for that field must be non-null. (1:23)" })]
    [InlineData("{ dog { isHousetrained(atOtherHomes: \"yes\") doesKnowCommand(command: \"SIT\") } }", new[] { "Boolean cannot represent a non boolean value: \"yes\" (1:38)", "Enum \"Command\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"? (1:70)" })]
    [InlineData("query Q($a: Int = \"one\", $b: Filter = { required: 1 }, $c: [Size] = [SMALL, HUGE]) { __typename }", new[] { "Int cannot represent non-integer value: \"one\" (1:19)", "Boolean cannot represent a non boolean value: 1 (1:51)", "Value \"HUGE\" does not exist in \"Size\" enum. (1:77)" })]
    [InlineData("{ dog @include(if: \"yes\") { name @skip(if: 1) } }", new[] { "Boolean cannot represent a non boolean value: \"yes\" (1:20)", "Boolean cannot represent a non boolean value: 1 (1:44)" })]
    [InlineData("{ dog @tag(name: 1, weight: \"heavy\") { name } }", new[] { "String cannot represent a non string value: 1 (1:18)", "Int cannot represent non-integer value: \"heavy\" (1:29)" })]
    [InlineData("{ args { int(value: 1e3) } }", new[] { "Int cannot represent non-integer value: 1e3 (1:21)" })]
    public void Rejects(string document, string[] errors) => RuleAssert.Errors(ValuesOfCorrectTypeRule.Instance, document, errors);
}
