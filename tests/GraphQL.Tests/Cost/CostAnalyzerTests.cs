using GraphQL.Cost;
using GraphQL.Error;
using GraphQL.Execution;
using GraphQL.Relay;
using GraphQL.Types;
using GraphQL.Utilities;

namespace GraphQL.Tests.Cost;

/// <summary>Costs of representative operations, each checked against numbers computed by hand in the comment beside it.</summary>
public sealed class CostAnalyzerTests
{
    private readonly RequestExecutor _executor;
    private readonly CostAnalyzer _analyzer;

    public CostAnalyzerTests()
    {
        _executor = new RequestExecutor(CostTestSchema.Build());
        _analyzer = new CostAnalyzer(_executor.Schema, new CostOptions());
    }

    public static TheoryData<string, string?, double, double> Operations => new()
    {
        // book: resolver 10 + author object 1; types: Query, Book, Author.
        { "{ book(id: 1) { title author { name } } }", null, 11, 3 },
        // HotChocolate's own example: books 10 + edges 1 + 50 × (node 1 + author 1) = 111; types 1 + 1 + 50 × (edge + book + author) = 152.
        { "{ books(first: 50) { edges { node { title author { name } } } } }", null, 111, 152 },
        // No slicing argument: the assumed page of 50. books 10 + nodes 1; types 1 + 1 + 50 books.
        { "{ books { nodes { title } } }", null, 11, 52 },
        // first from a variable (3): 10 + nodes (1 + 3 × author 1) = 14; types 1 + 1 + 3 × (book + author) = 8.
        { "query($n: Int) { books(first: $n) { nodes { author { name } } } }", """{"n":3}""", 14, 8 },
        // An absent optional variable is no slicing argument: 10 + 1 + 50 × 1 = 61; types 1 + 1 + 50 × 2 = 102.
        { "query($n: Int) { books(first: $n) { nodes { author { name } } } }", null, 61, 102 },
        // last counts like first; the larger of the two when both are given.
        { "{ books(first: 2, last: 7) { nodes { author { name } } } }", null, 18, 16 },
        // where: 10 + title (input object) 1 + contains 20 = 31; order: 10 + title 10 = 20; books 10 + nodes 1 → 62; types 1 + 1 + 2.
        { """{ books(first: 2, where: { title: { contains: "a" } }, order: [{ title: ASC }]) { nodes { title } } }""", null, 62, 4 },
        // The same filter and sort from variables cost the same.
        {
            """query($w: BookFilterInput, $o: [BookSortInput!]) { books(first: 2, where: $w, order: $o) { nodes { title } } }""",
            """{"w":{"title":{"contains":"a"}},"o":[{"title":"ASC"}]}""", 62, 4
        },
        // and/or lists: where 10 + and (list of input objects) 1 + 2 × (title 1 + eq 10) = 33; books 10 + nodes 1 → 44.
        { """{ books(first: 1, where: { and: [{ title: { eq: "a" } }, { title: { eq: "b" } }] }) { nodes { id } } }""", null, 44, 3 },
        // Nested connection through a fragment: Author.books = 10 + edges (1 + 5 × node 1) = 16; author 1 + 16 = 17;
        // nodes 1 + 10 × 17 = 171; books 10 + 171 = 181. Types: inner 1 + 5 × 2 = 11; author 12; nodes 10 × 13 = 130; 1 + 1 + 130 = 132.
        {
            "{ books(first: 10) { nodes { ...B } } } fragment B on Book { author { books(first: 5) { edges { node { title } } } } }",
            null, 181, 132
        },
        // A list sliced by limit (4), no sized fields: resolver 10 + 4 × name 0; types 1 + 4 authors.
        { "{ authors(limit: 4) { name } }", null, 10, 5 },
        // An explicit @cost(weight: 400).
        { "{ expensive }", null, 400, 1 },
        // An argument weighted in code (7) counts when given; search's assumed 3 books multiply the book's author: 10 + 7 + 3 × 1.
        { "{ search(term: \"a\") { author { name } } }", null, 20, 7 },
        { "{ search { title } }", null, 10, 4 },
        // A type weighted in code: a review weighs 4 in the type cost; resolver 10 + book 1.
        { "{ review { stars book { title } } }", null, 11, 6 },
        // @skip with a variable leaves the author out: 10.
        { "query($s: Boolean!) { book(id: 1) { author @skip(if: $s) { name } } }", """{"s":true}""", 10, 2 },
        { "query($s: Boolean!) { book(id: 1) { author @skip(if: $s) { name } } }", """{"s":false}""", 11, 3 },
        // Introspection costs nothing beyond the root type.
        { "{ __schema { types { name fields { name } } } }", null, 0, 1 },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public void Operation_costs_what_was_computed_by_hand(string query, string? variables, double fieldCost, double typeCost)
    {
        var metrics = Analyze(query, variables);

        Assert.Equal(new CostMetrics(fieldCost, typeCost), metrics);
    }

    [Theory]
    [InlineData("{ authors { name } }")]
    [InlineData("query($l: Int) { authors(limit: $l) { name } }")]
    public void A_list_requiring_one_slicing_argument_refuses_none(string query)
    {
        var exception = Assert.Throws<GraphQLException>(() => Analyze(query, null));

        var error = Assert.Single(exception.Errors);
        Assert.Equal(CostErrorCodes.SlicingArgumentRequired, error.Extensions!["code"]);
        Assert.Contains("Query.authors", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Limits_name_the_cost_that_is_over_and_its_maximum()
    {
        var analyzer = new CostAnalyzer(_executor.Schema, new CostOptions { MaxFieldCost = 100, MaxTypeCost = 100 });

        var fieldError = Assert.Single(analyzer.CheckLimits(new CostMetrics(111, 152)));
        var typeError = Assert.Single(analyzer.CheckLimits(new CostMetrics(11, 152)));

        Assert.Equal(CostErrorCodes.CostLimitExceeded, fieldError.Extensions!["code"]);
        Assert.Equal(111.0, fieldError.Extensions["fieldCost"]);
        Assert.Equal(100.0, fieldError.Extensions["maxFieldCost"]);
        Assert.Equal(152.0, typeError.Extensions!["typeCost"]);
        Assert.Equal(100.0, typeError.Extensions["maxTypeCost"]);
        Assert.Empty(analyzer.CheckLimits(new CostMetrics(100, 100)));
    }

    [Fact]
    public void The_sdl_declares_the_directives_and_prints_the_defaults_where_they_apply()
    {
        var sdl = SchemaPrinter.Print(_executor.Schema);

        Assert.Contains("directive @cost(\n", sdl, StringComparison.Ordinal);
        Assert.Contains("directive @listSize(\n", sdl, StringComparison.Ordinal);
        Assert.Contains(
            """): BooksConnection! @listSize(assumedSize: 50, slicingArguments: ["first", "last"], sizedFields: ["edges", "nodes"], requireOneSlicingArgument: false) @cost(weight: "10")""",
            sdl, StringComparison.Ordinal);
        Assert.Contains("""book(id: Int!): Book @cost(weight: "10")""", sdl, StringComparison.Ordinal);
        Assert.Contains("""authors(limit: Int): [Author] @listSize(slicingArguments: ["limit"], requireOneSlicingArgument: true) @cost(weight: "10")""", sdl, StringComparison.Ordinal);
        Assert.Contains("""expensive: String @cost(weight: "400")""", sdl, StringComparison.Ordinal);
        Assert.Contains("""where: BookFilterInput @cost(weight: "10")""", sdl, StringComparison.Ordinal);
        Assert.Contains("""order: [BookSortInput!] @cost(weight: "10")""", sdl, StringComparison.Ordinal);
        Assert.Contains("""contains: String @cost(weight: "20")""", sdl, StringComparison.Ordinal);
        Assert.Contains("""eq: String @cost(weight: "10")""", sdl, StringComparison.Ordinal);
        Assert.Contains("""title: SortEnumType @cost(weight: "10")""", sdl, StringComparison.Ordinal);
        Assert.Contains("""search(term: String @cost(weight: "7")): [Book] @listSize(assumedSize: 3, requireOneSlicingArgument: true) @cost(weight: "10")""", sdl, StringComparison.Ordinal);
        Assert.Contains("""type Review @cost(weight: "4") {""", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("title: String @cost", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public void Impossible_limits_are_refused_when_the_endpoint_is_mapped()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CostAnalyzer(_executor.Schema, new CostOptions { MaxFieldCost = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CostAnalyzer(_executor.Schema, new CostOptions { AssumedPageSize = -5 }));
    }

    [Fact]
    public void Applying_the_defaults_twice_adds_nothing()
    {
        CostDefaults.Apply(_executor.Schema, new CostOptions());

        var books = _executor.Schema.QueryType!.GetField("books")!;
        Assert.Equal(2, books.AppliedDirectives.Count);
    }

    [Fact]
    public void Weights_set_on_built_elements_replace_the_defaults()
    {
        var schema = CostTestSchema.Build();
        schema.QueryType!.GetField("book")!.WithCost(2);
        ((ObjectType)schema.GetType("Book")!).WithCost(5);
        var analyzer = new CostAnalyzer(schema, new CostOptions());
        var plan = new RequestExecutor(schema).Prepare(new GraphQLRequest { Query = "{ book(id: 1) { title } }" }).Plan!;

        var metrics = analyzer.Analyze(plan, new Dictionary<string, object?>());

        Assert.Equal(new CostMetrics(2, 6), metrics);
    }

    private CostMetrics Analyze(string query, string? variablesJson)
    {
        var variables = variablesJson is null ? null : GraphQLRequest.ToDictionary(System.Text.Json.JsonDocument.Parse(variablesJson).RootElement);
        var prepared = _executor.Prepare(new GraphQLRequest { Query = query });
        Assert.True(prepared.Plan is not null, string.Join("; ", prepared.Errors.Select(e => e.Message)));
        var (coerced, errors) = VariableValues.Coerce(_executor.Schema, prepared.Plan.Operation.VariableDefinitions, variables);
        Assert.Empty(errors);
        return _analyzer.Analyze(prepared.Plan, coerced);
    }
}

/// <summary>Weights written in SDL (schema first), and abstract types costed by their costliest possible type.</summary>
public sealed class CostSchemaFirstTests
{
    private const string Sdl = """
        directive @cost(weight: String!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR
        directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION

        interface Notice { title: String! }
        type Announcement implements Notice { title: String! body: String! }
        type Poll implements Notice @cost(weight: "3") { title: String! options(top: Int): [String!]! @listSize(slicingArguments: ["top"]) voters: [Voter!]! @listSize(assumedSize: 20) }
        type Voter { name: String! }
        scalar Photo @cost(weight: "2.5")
        union Attachment = Poll | Announcement

        type Query {
          notices(max: Int): [Notice!]! @listSize(slicingArguments: ["max"], requireOneSlicingArgument: false, assumedSize: 8) @cost(weight: "4")
          attachment: Attachment
          photos: [Photo!]! @listSize(assumedSize: 4)
        }
        """;

    public static TheoryData<string, double, double> Operations => new()
    {
        // notices 4 + 3 × max over Announcement (0) and Poll (voters 1 + 20 × 0 = 1) = 7; types 1 + 3 × max(1, Poll 3 + 20 voters) = 70.
        { "{ notices(max: 3) { title ... on Poll { voters { name } } } }", 7, 70 },
        // No max: the assumed 8. notices 4; types 1 + 8 × max(Announcement 1, Poll 3) = 25.
        { "{ notices { title } }", 4, 25 },
        // A union: Poll wins with its weight 3 (types 1 + 3); fields: attachment 1 + options (0 + 0) = 1.
        { "{ attachment { ... on Poll { options(top: 5) } ... on Announcement { body } } }", 1, 4 },
        // A scalar's weight counts in the type cost: 4 photos × 2.5 = 10, plus Query.
        { "{ photos }", 0, 11 },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public void Sdl_weights_and_abstract_types_cost_what_was_computed_by_hand(string query, double fieldCost, double typeCost)
    {
        var schema = SchemaBuilder.FromSdl(Sdl).Build();
        var plan = new RequestExecutor(schema).Prepare(new GraphQLRequest { Query = query });
        Assert.True(plan.Plan is not null, string.Join("; ", plan.Errors.Select(e => e.Message)));

        var metrics = new CostAnalyzer(schema, new CostOptions()).Analyze(plan.Plan, new Dictionary<string, object?>());

        Assert.Equal(new CostMetrics(fieldCost, typeCost), metrics);
    }

    [Fact]
    public void A_slicing_argument_required_by_default_in_sdl_is_enforced()
    {
        var schema = SchemaBuilder.FromSdl(Sdl).Build();
        var plan = new RequestExecutor(schema).Prepare(new GraphQLRequest { Query = "{ attachment { ... on Poll { options } } }" }).Plan!;

        var exception = Assert.Throws<GraphQLException>(() => new CostAnalyzer(schema, new CostOptions()).Analyze(plan, new Dictionary<string, object?>()));

        Assert.Equal(CostErrorCodes.SlicingArgumentRequired, exception.Errors[0].Extensions!["code"]);
    }
}

/// <summary>Relay's <c>nodes(ids:)</c> is sized by the ids it is given.</summary>
public sealed class CostRelayTests
{
    [Fact]
    public void Nodes_cost_one_fetch_per_id()
    {
        var schema = new SchemaBuilder()
            .AddCostDirectives()
            .AddGlobalObjectIdentification()
            .AddObjectType<Book>(type => type.ImplementsNode(b => b.Id, (_, id) => ValueTask.FromResult(CostTestSchema.Books.FirstOrDefault(b => b.Id == id))))
            .AddQueryType(query => query.Field("first").Resolve(_ => CostTestSchema.Books[0]))
            .Build();
        var analyzer = new CostAnalyzer(schema, new CostOptions());
        var plan = new RequestExecutor(schema).Prepare(new GraphQLRequest { Query = """{ nodes(ids: ["a", "b", "c"]) { ... on Book { author { name } } } }""" }).Plan!;

        var metrics = analyzer.Analyze(plan, new Dictionary<string, object?>());

        // nodes 10 + 3 × author 1 = 13; types 1 + 3 × (Book 1 + Author 1) = 7.
        Assert.Equal(new CostMetrics(13, 7), metrics);
        Assert.Contains("""nodes(ids: [ID!]!): [Node]! @listSize(slicingArguments: ["ids"], requireOneSlicingArgument: false) @cost(weight: "10")""", SchemaPrinter.Print(schema), StringComparison.Ordinal);
    }
}
