using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation.Rules;

// Every expected error is graphql-js 17.1's for the same document, schema (TestSchema.graphql) and rule.
public class OverlappingFieldsCanBeMergedRuleTests
{
    [Theory]
    [InlineData("{ dog { name name } }")]
    [InlineData("{ dog { otherName: name otherName: name } }")]
    [InlineData("{ dog { doesKnowCommand(command: SIT) doesKnowCommand(command: SIT) } }")]
    [InlineData("query Q($a: Command!) { dog { doesKnowCommand(command: $a) doesKnowCommand(command: $a) } }")]
    [InlineData("{ args { filter(value: { required: true, name: \"a\" }) filter(value: { name: \"a\", required: true }) } }")]
    [InlineData("{ named { ... on Dog { x: legs } ... on Cat { x: legs } } }")]
    [InlineData("{ dog { owner { id } owner { name } } }")]
    [InlineData("{ dog { ...F } dog { ...F } } fragment F on Dog { name x: barks }")]
    [InlineData("{ dog { ...F ...F } } fragment F on Dog { name }")]
    [InlineData("{ dog { ...F } } fragment F on Dog { name ...F }")]
    [InlineData("{ dog { x: name ...Missing } }")]
    [InlineData("{ dog { x: legs } cat { x: lives } }")]
    [InlineData("{ pet { ... on Dog { friends { x: name } } ... on Cat { owner { x: iq } } } }")]
    public void Accepts(string document) => RuleAssert.Valid(OverlappingFieldsCanBeMergedRule.Instance, document);

    [Theory]
    [InlineData("{ dog { name: barks name } }", new[] { "Fields \"name\" conflict because \"barks\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:9) (1:21)" })]
    [InlineData("{ dog { barks: name barks } }", new[] { "Fields \"barks\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:9) (1:21)" })]
    [InlineData("{ dog { doesKnowCommand(command: SIT) doesKnowCommand(command: HEEL) } }", new[] { "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. (1:9) (1:39)" })]
    [InlineData("{ dog { doesKnowCommand(command: SIT) doesKnowCommand } }", new[] { "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. (1:9) (1:39)" })]
    [InlineData("query Q($a: Command!, $b: Command!) { dog { doesKnowCommand(command: $a) doesKnowCommand(command: $b) } }", new[] { "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. (1:45) (1:74)" })]
    [InlineData("{ dog { isHousetrained(atOtherHomes: true) isHousetrained } }", new[] { "Fields \"isHousetrained\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. (1:9) (1:44)" })]
    [InlineData("{ args { string(value: \"a\") string(value: \"\"\"a\"\"\") } }", new[] { "Fields \"string\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. (1:10) (1:29)" })]
    [InlineData("{ args { float(value: 1) float(value: 1.0) } }", new[] { "Fields \"float\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. (1:10) (1:26)" })]
    [InlineData("{ dog { ...A ...B } } fragment A on Dog { x: name } fragment B on Dog { x: barks }", new[] { "Fields \"x\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:43) (1:73)" })]
    [InlineData("{ dog { x: name ...B } } fragment B on Dog { x: barks }", new[] { "Fields \"x\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:9) (1:46)" })]
    [InlineData("{ dog { ...A } ...B } fragment A on Dog { name } fragment B on Query { dog { name: barks } }", new[] { "Fields \"dog\" conflict because subfields \"name\" conflict because \"barks\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:3) (1:78) (1:72) (1:43)" })]
    [InlineData("{ pet { ... on Dog { name } ... on Cat { name: meows } } }", new[] { "Fields \"name\" conflict because they return conflicting types \"String\" and \"Boolean\". Use different aliases on the fields to fetch both if this was intentional. (1:22) (1:42)" })]
    [InlineData("{ pet { ... on Dog { x: legs } ... on Cat { x: mood } } }", new[] { "Fields \"x\" conflict because they return conflicting types \"Int\" and \"Mood\". Use different aliases on the fields to fetch both if this was intentional. (1:22) (1:45)" })]
    [InlineData("{ pet { ... on Dog { x: size } ... on Cat { x: mood } } }", new[] { "Fields \"x\" conflict because they return conflicting types \"Size\" and \"Mood\". Use different aliases on the fields to fetch both if this was intentional. (1:22) (1:45)" })]
    [InlineData("{ animal { ... on Animal { x: legs } ... on Dog { x: barks } } }", new[] { "Fields \"x\" conflict because \"legs\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:28) (1:51)" })]
    [InlineData("{ dog { owner { x: id } owner { x: name } } }", new[] { "Fields \"owner\" conflict because subfields \"x\" conflict because \"id\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:9) (1:17) (1:25) (1:33)" })]
    [InlineData("{ dog { owner { x: id } owner { x: iq } } }", new[] { "Fields \"owner\" conflict because subfields \"x\" conflict because \"id\" and \"iq\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:9) (1:17) (1:25) (1:33)" })]
    [InlineData("{ dog { owner { bestFriend { x: id } } owner { bestFriend { x: name } } } }", new[] { "Fields \"owner\" conflict because subfields \"bestFriend\" conflict because subfields \"x\" conflict because \"id\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:9) (1:17) (1:30) (1:40) (1:48) (1:61)" })]
    [InlineData("{ dog { friends { name } friends: owner { name } } }", new[] { "Fields \"friends\" conflict because \"friends\" and \"owner\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:9) (1:26)" })]
    [InlineData("{ a: dog { name } a: cat { name } }", new[] { "Fields \"a\" conflict because \"dog\" and \"cat\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:3) (1:19)" })]
    [InlineData("{ dog { ... { name } ... { name: barks } } }", new[] { "Fields \"name\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:15) (1:28)" })]
    [InlineData("{ dog { name } ... on Query { dog { name: barks } } }", new[] { "Fields \"dog\" conflict because subfields \"name\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:3) (1:9) (1:31) (1:37)" })]
    [InlineData("{ unknown { a } unknown { a: b } }", new[] { "Fields \"unknown\" conflict because subfields \"a\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:3) (1:13) (1:17) (1:27)" })]
    [InlineData("{ dog { x: unknownA x: unknownB } }", new[] { "Fields \"x\" conflict because \"unknownA\" and \"unknownB\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:9) (1:21)" })]
    [InlineData("{ args { x: int(value: 1) x: string(value: \"1\") } }", new[] { "Fields \"x\" conflict because \"int\" and \"string\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:10) (1:27)" })]
    public void Rejects(string document, string[] errors) => RuleAssert.Errors(OverlappingFieldsCanBeMergedRule.Instance, document, errors);
}
