using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation;

// Where the expectation is graphql-js 17.1's, the document was validated there with its specifiedRules and options.
public class DocumentValidatorTests
{
    [Theory]
    [InlineData("{ dog { name } }", new string[0])]
    [InlineData("{ dog { nam } pet { nme } }", new[] { "Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"? (1:9)", "Cannot query field \"nme\" on type \"Pet\". (1:21)" })]
    [InlineData("query Q($v: Flter) { __typename }", new[] { "Variable \"$v\" is never used in operation \"Q\". (1:9)", "Unknown type \"Flter\". Did you mean \"Filter\" or \"Float\"? (1:13)" })]
    [InlineData(
        "{ args { enum(value: SMAL) filter(value: { required: true, nme: \"x\" }) } dog { isHousetrained(atOtherHome: true) } }",
        new[]
        {
            "Value \"SMAL\" does not exist in \"Size\" enum. Did you mean the enum value \"SMALL\"? (1:22)",
            "Expected value of type \"Filter\" not to include unknown field \"nme\". Did you mean \"name\"? Found: { required: true, nme: \"x\" }. (1:60)",
            "Unknown argument \"atOtherHome\" on field \"Dog.isHousetrained\". Did you mean \"atOtherHomes\"? (1:95)",
        })]
    public void Runs_every_specified_rule_in_one_walk(string document, string[] expected)
    {
        Assert.Equal(expected, RuleAssert.All(document));
    }

    [Theory]
    [InlineData("{ dog { nam } pet { nme } }", new[] { "Cannot query field \"nam\" on type \"Dog\". (1:9)", "Cannot query field \"nme\" on type \"Pet\". (1:21)" })]
    [InlineData("query Q($v: Flter) { __typename }", new[] { "Variable \"$v\" is never used in operation \"Q\". (1:9)", "Unknown type \"Flter\". (1:13)" })]
    [InlineData(
        "{ args { enum(value: SMAL) filter(value: { required: true, nme: \"x\" }) } dog { isHousetrained(atOtherHome: true) } }",
        new[]
        {
            "Value \"SMAL\" does not exist in \"Size\" enum. (1:22)",
            "Expected value of type \"Filter\" not to include unknown field \"nme\", found: { required: true, nme: \"x\" }. (1:60)",
            "Unknown argument \"atOtherHome\" on field \"Dog.isHousetrained\". (1:95)",
        })]
    public void Hidden_suggestions_leave_out_every_did_you_mean(string document, string[] expected)
    {
        Assert.Equal(expected, RuleAssert.All(document, new ValidationOptions { HideSuggestions = true }));
    }

    [Fact]
    public void Every_error_carries_the_validation_failed_code()
    {
        var errors = DocumentValidator.Validate(RuleAssert.Schema, Parser.Parse("{ nope dog { alsoNope } }"));

        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal("GRAPHQL_VALIDATION_FAILED", e.Extensions!["code"]));
    }

    [Fact]
    public void Operations_the_schema_has_no_root_for_are_rejected()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int }").Build();

        Assert.Equal(
            [
                "The mutation operation is not supported by the schema. (1:1)",
                "This anonymous operation must be the only defined operation. (1:1)",
                "The subscription operation is not supported by the schema. (1:16)",
            ],
            RuleAssert.All("mutation { a } subscription S { a }", schema: schema));
    }

    [Fact]
    public void Stops_after_the_error_limit_like_graphql_js()
    {
        var document = "{ " + string.Join(" ", Enumerable.Range(0, 150).Select(i => "f" + i)) + " }";

        var errors = RuleAssert.All(document);

        Assert.Equal(101, errors.Length);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[100]);
        Assert.Equal(4, RuleAssert.All(document, new ValidationOptions { MaxErrors = 3 }).Length);
    }

    [Fact]
    public void Empty_selection_sets_can_be_refused()
    {
        Assert.Empty(RuleAssert.All("{ dog { owner {} } }"));
        Assert.Equal(
            ["Field \"owner\" of type \"Person\" must have at least one field selected. (1:9)"],
            RuleAssert.All("{ dog { owner {} } }", new ValidationOptions { AllowEmptySelectionSets = false }));
    }

    [Fact]
    public void Introspection_can_be_disabled()
    {
        var options = new ValidationOptions { DisableIntrospection = true };

        Assert.Equal(
            [
                "GraphQL introspection has been disabled, but the requested query contained the field \"__schema\". (1:3)",
                "GraphQL introspection has been disabled, but the requested query contained the field \"__type\". (1:31)",
            ],
            RuleAssert.All("{ __schema { types { name } } __type(name: \"Dog\") { name } }", options));
        Assert.Empty(RuleAssert.All("{ dog { __typename name } }", options));
    }

    [Theory]
    [InlineData("{ dog { owner { name } } }", 3, 0)]
    [InlineData("{ dog { owner { bestFriend { name } } } }", 3, 1)]
    [InlineData("{ dog { ...F } } fragment F on Dog { owner { bestFriend { name } } }", 3, 1)]
    [InlineData("{ dog { ... on Dog { owner { bestFriend { name } } } } }", 4, 0)]
    public void Depth_is_limited_through_fragments(string document, int maxDepth, int errorCount)
    {
        var errors = RuleAssert.All(document, new ValidationOptions { MaxDepth = maxDepth });

        Assert.Equal(errorCount, errors.Length);
        Assert.All(errors, e => Assert.StartsWith("The GraphQL document has an execution depth of 4 which exceeds the max allowed execution depth of 3.", e));
    }

    [Fact]
    public void Aliases_and_directives_are_limited()
    {
        const string document = "{ a: dog { b: name c: barks } d: cat @onField { name @onField @repeatable @repeatable } }";

        Assert.Empty(RuleAssert.All(document, new ValidationOptions { MaxAliases = 4, MaxDirectives = 4 }));
        Assert.Equal(
            [
                "The GraphQL document uses 4 aliases, more than the 3 allowed. (1:1)",
                "The GraphQL document applies 4 directives, more than the 2 allowed. (1:1)",
            ],
            RuleAssert.All(document, new ValidationOptions { MaxAliases = 3, MaxDirectives = 2 }));
    }

    [Fact]
    public void A_fragment_fan_out_is_aborted_instead_of_exploding()
    {
        // Each fragment spreads the next one twice: naive merging would compare 2^40 pairs.
        var fragments = string.Concat(Enumerable.Range(0, 40).Select(i => $"fragment F{i} on Dog {{ name ...F{i + 1} ...F{i + 1} }} "));
        var document = "{ dog { ...F0 } } " + fragments + "fragment F40 on Dog { name }";

        // Following fragments spends a counted work budget; no "Validation aborted." means the fan-out stayed within it.
        Assert.Empty(RuleAssert.All(document));
    }

    [Theory]
    [InlineData(500, new string[0])]
    [InlineData(708, new[] { "Validation aborted." })]
    [InlineData(5000, new[] { "Validation aborted." })]
    public void Comparing_repeated_fields_spends_a_bounded_budget_as_graphql_js_does(int repeats, string[] expected)
    {
        var document = "{ dog { " + string.Concat(Enumerable.Repeat("name ", repeats)) + "} }";

        Assert.Equal(expected, RuleAssert.All(document));
    }

    [Fact]
    public void Hostile_lists_of_names_are_checked_in_linear_time()
    {
        var errors = ValidateDuplicates(20_000);

        Assert.Equal(20_000, errors.Count);
        Assert.Equal("There can be only one variable named \"$v0\".", errors[0].Message);
        Assert.Equal("There can be only one argument named \"a0\".", errors[10_000].Message);
        Assert.Equal(2, errors[10_000].Locations!.Count);

    }

    [Theory]
    [InlineData(2_500)]
    [InlineData(20_000)]
    public void Duplicate_names_are_found_reading_each_name_once(int count)
    {
        // Counted work instead of a stopwatch: a pairwise check would read names count² / 2 times.
        var names = Enumerable.Range(0, count).Select(i => new NameNode("n" + (i % (count / 2)))).ToList();
        var reads = 0;

        var duplicates = DuplicateNames.Find(names, name => { reads++; return name; });

        Assert.Equal(count / 2, duplicates.Count);
        Assert.All(duplicates, d => Assert.Equal(2, d.Nodes.Count));
        Assert.Equal("n0", duplicates[0].Name);
        Assert.Equal(count, reads);
    }

    [Fact]
    public void Short_lists_of_names_keep_the_order_of_first_use()
    {
        var names = new[] { "b", "a", "b", "c", "a", "b" }.Select(n => new NameNode(n)).ToList();

        var duplicates = DuplicateNames.Find(names, name => name);

        Assert.Equal(["b", "a"], duplicates.Select(d => d.Name));
        Assert.Equal([3, 2], duplicates.Select(d => d.Nodes.Count));
    }

    private static IReadOnlyList<GraphQL.Error.GraphQLError> ValidateDuplicates(int count)
    {
        var half = count / 2;
        var arguments = string.Join(", ", Enumerable.Range(0, count).Select(i => "a" + (i % half) + ": 1"));
        var variables = string.Join(", ", Enumerable.Range(0, count).Select(i => "$v" + (i % half) + ": Int"));
        var document = Parser.Parse("query Q(" + variables + ") { dog { name(" + arguments + ") } }");
        return DocumentValidator.Validate(
            RuleAssert.Schema, document, [UniqueArgumentNamesRule.Instance, UniqueVariableNamesRule.Instance], new ValidationOptions { MaxErrors = 100_000 });
    }

    [Fact]
    public void Refuses_to_validate_against_an_invalid_schema()
    {
        var schema = new Schema(new ObjectType("Query"));

        var exception = Assert.Throws<GraphQL.Error.GraphQLException>(() => DocumentValidator.Validate(schema, Parser.Parse("{ a }")));

        Assert.NotEmpty(exception.Errors);
    }

    [Fact]
    public void A_custom_rule_list_runs_only_those_rules()
    {
        var errors = DocumentValidator.Validate(RuleAssert.Schema, Parser.Parse("{ nope }"), [UniqueOperationNamesRule.Instance]);

        Assert.Empty(errors);
        Assert.Equal(28, SpecifiedRules.All.Count);
    }
}
