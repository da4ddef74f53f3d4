using GraphQL.Execution;
using GraphQL.Language;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.Types;

public sealed class CodeFirstTests
{
    public enum HousingKind
    {
        Apartment,
        MixedUse,
        [GraphQLDescription("Row houses")]
        RowHouse,
        [GraphQLDeprecated("Merged into APARTMENT")]
        HighRiseApartment,
    }

    [GraphQLDescription("An apartment complex.")]
    public sealed record Complex(string KaptCode, string Name, HousingKind Kind, int Households, long? TotalArea, DateOnly ApprovedOn, IReadOnlyList<Building> Buildings)
        : ISearchable
    {
        [GraphQLIgnore]
        public string InternalNote => "hidden";

        [GraphQLDeprecated("Use households.")]
        public int? HouseholdCount => Households;
    }

    public sealed record Building(string Dong, int Floors, string? Nickname) : ISearchable;

    public interface ISearchable;

    public interface INamed
    {
        string Name { get; }
    }

    public sealed record Resident(string Name, Guid Id) : INamed;

    public sealed record RegisterComplexInput(string KaptCode, string Name, HousingKind Kind = HousingKind.Apartment, int? Households = null, IReadOnlyList<string>? Tags = null);

    public sealed class ComplexType : ObjectType<Complex>
    {
        protected override void Configure(ObjectTypeDescriptor<Complex> descriptor)
        {
            descriptor.Field(c => c.KaptCode).Type("ID!").Description("The K-apt code.");
            descriptor.Field(c => c.Buildings)
                .Argument<int?>("minFloors")
                .Resolve(ctx => ctx.Parent<Complex>().Buildings.Where(b => b.Floors >= (ctx.ArgumentValue<int?>("minFloors") ?? 0)).ToList());
            descriptor.Field("buildingCount").Resolve(ctx => ctx.Parent<Complex>().Buildings.Count);
        }
    }

    private static readonly Complex Sample = new("A10027875", "Yeouido Sibeom", HousingKind.Apartment, 1790, 123456789012L, new DateOnly(1971, 12, 1),
        [new Building("101", 13, null), new Building("102", 5, "small")]);

    private static Schema BuildSchema() => new SchemaBuilder()
        .AddType<ComplexType>()
        .AddType(new UnionType<ISearchable>())
        .AddType(new InterfaceType<INamed>())
        .AddObjectType<Resident>()
        .AddQueryType(q =>
        {
            q.Field("complex").Argument("kaptCode", "ID!").Type<ComplexType>().Resolve(ctx => ctx.ArgumentValue<string>("kaptCode") == Sample.KaptCode ? Sample : null);
            q.Field("complexes").Argument<HousingKind?>("kind").Resolve(ctx =>
                new List<Complex> { Sample }.Where(c => ctx.ArgumentValue<HousingKind?>("kind") is not { } kind || c.Kind == kind).ToList());
            q.Field("search").Type("[Searchable!]!").Resolve(_ => new List<ISearchable> { Sample, Sample.Buildings[1] });
            q.Field("someone").Type("Named").Resolve(_ => new Resident("Kim", Guid.Parse("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b")));
            q.Field("slow").ResolveAsync(async _ =>
            {
                await Task.Yield();
                return "done";
            });
        })
        .AddMutationType(m => m.Field("registerComplex")
            .Argument("input", "RegisterComplexInput!")
            .Resolve(ctx => ctx.ArgumentValue<RegisterComplexInput>("input")))
        .AddObjectType<RegisterComplexInput>(d => d.Name("RegisteredComplex"))
        .AddInputObjectType<RegisterComplexInput>()
        .Build();

    [Fact]
    public void Infers_the_sdl_from_clr_types()
    {
        var schema = BuildSchema();
        Assert.Empty(schema.ValidationErrors);
        Snapshot.Match(SchemaPrinter.Print(schema), "Snapshots/code-first.graphql");
    }

    [Theory]
    [InlineData(
        "{ complex(kaptCode: \"A10027875\") { kaptCode name kind households totalArea approvedOn buildingCount buildings(minFloors: 10) { dong floors nickname } } }",
        "{\"data\":{\"complex\":{\"kaptCode\":\"A10027875\",\"name\":\"Yeouido Sibeom\",\"kind\":\"APARTMENT\",\"households\":1790,\"totalArea\":123456789012,\"approvedOn\":\"1971-12-01\",\"buildingCount\":2,\"buildings\":[{\"dong\":\"101\",\"floors\":13,\"nickname\":null}]}}}")]
    [InlineData("{ complexes(kind: MIXED_USE) { name } all: complexes { name } }", "{\"data\":{\"complexes\":[],\"all\":[{\"name\":\"Yeouido Sibeom\"}]}}")]
    [InlineData(
        "{ search { __typename ... on Complex { name } ... on Building { dong } } someone { __typename name ... on Resident { id } } slow }",
        "{\"data\":{\"search\":[{\"__typename\":\"Complex\",\"name\":\"Yeouido Sibeom\"},{\"__typename\":\"Building\",\"dong\":\"102\"}],\"someone\":{\"__typename\":\"Resident\",\"name\":\"Kim\",\"id\":\"0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b\"},\"slow\":\"done\"}}")]
    [InlineData(
        "mutation { registerComplex(input: { kaptCode: \"A1\", name: \"New\", tags: [\"x\"] }) { kaptCode name kind households tags } }",
        "{\"data\":{\"registerComplex\":{\"kaptCode\":\"A1\",\"name\":\"New\",\"kind\":\"APARTMENT\",\"households\":null,\"tags\":[\"x\"]}}}")]
    public async Task Executes_against_clr_objects(string query, string expected)
    {
        var result = await new RequestExecutor(BuildSchema()).ExecuteAsync(new GraphQLRequest { Query = query });
        Assert.Equal(expected, result.ToJson());
    }

    [Theory]
    [InlineData("HouseholdCount", "householdCount")]
    [InlineData("ID", "id")]
    [InlineData("URLPath", "urlPath")]
    [InlineData("kaptCode", "kaptCode")]
    public void Camel_cases_member_names(string name, string expected) => Assert.Equal(expected, GraphQLNaming.CamelCase(name));

    [Theory]
    [InlineData("InProgress", "IN_PROGRESS")]
    [InlineData("HTTPError", "HTTP_ERROR")]
    [InlineData("Level2Alert", "LEVEL2_ALERT")]
    public void Upper_snake_cases_enum_members(string name, string expected) => Assert.Equal(expected, GraphQLNaming.UpperSnakeCase(name));

    [Fact]
    public async Task Field_middleware_wraps_resolvers_in_order()
    {
        var schema = new SchemaBuilder()
            .AddQueryType(q => q.Field("word")
                .Use(next => async ctx => "[" + await next(ctx) + "]")
                .Use(next => async ctx => "(" + await next(ctx) + ")")
                .Resolve(_ => "x"))
            .UseField(next => async ctx => ctx.Field.Name == "word" ? "<" + await next(ctx) + ">" : await next(ctx))
            .Build();
        var result = await Executor.ExecuteAsync(schema, Parser.Parse("{ word }"));
        Assert.Equal("{\"data\":{\"word\":\"<[(x)]>\"}}", result.ToJson());
    }

    [Fact]
    public void Custom_directives_are_printed_and_applied_directives_kept()
    {
        var cost = new DirectiveDefinition("cost", [GraphQL.Language.DirectiveLocation.FieldDefinition, GraphQL.Language.DirectiveLocation.Object], isRepeatable: true)
        {
            Description = "Weight of a field.",
        };
        cost.AddArgument(new ArgumentDefinition("weight", new NonNullType(Scalars.Int)));
        var schema = new SchemaBuilder()
            .AddDirective(cost)
            .AddQueryType(q => q.Field("total").Directive("cost", new Dictionary<string, object?> { ["weight"] = 5 }).Resolve(_ => 1))
            .Build();
        Assert.Equal(
            "\"\"\"Weight of a field.\"\"\"\ndirective @cost(weight: Int!) repeatable on FIELD_DEFINITION | OBJECT\n\ntype Query {\n  total: Int!\n}",
            SchemaPrinter.Print(schema));
        var applied = Assert.Single(schema.QueryType!.GetField("total")!.AppliedDirectives);
        Assert.Equal(5, applied.Arguments["weight"]);
    }

    [Fact]
    public async Task Resolvers_get_services_from_the_request_scope()
    {
        var services = new ServiceCollection()
            .AddSingleton(new Greeting("annyeong"))
            .BuildServiceProvider();
        var schema = new SchemaBuilder().AddQueryType(q => q.Field("greeting").Resolve(ctx => ctx.Service<Greeting>().Text)).Build();
        var result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = "{ greeting }" }, new RequestContext { RequestServices = services });
        Assert.Equal("{\"data\":{\"greeting\":\"annyeong\"}}", result.ToJson());
    }

    private sealed record Greeting(string Text);
}
