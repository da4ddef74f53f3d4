using System.Security.Claims;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.Types;

public sealed class MethodFieldTests
{
    public sealed record Unit(string Dong, string Ho, decimal ExclusiveArea);

    public sealed record Building(string Dong)
    {
        public static Building Parse(string text) => new(text.TrimEnd('동'));

        public string Label() => Dong + "동";
    }

    public sealed class BuildingQueries
    {
        public Building Building() => new("101");
    }

    public sealed class UnitCatalog
    {
        public IReadOnlyList<Unit> Units { get; } = [new("101", "1001", 84.97m), new("101", "1002", 59.9m), new("102", "301", 114.5m)];
    }

    public sealed class UnitQueries(UnitCatalog catalog)
    {
        [GraphQLDescription("One unit by dong and ho.")]
        public Unit? GetUnit(string dong, string ho) => catalog.Units.FirstOrDefault(u => u.Dong == dong && u.Ho == ho);

        public async Task<IReadOnlyList<Unit>> GetUnitsAsync(string? dong, int first = 10, CancellationToken cancellationToken = default)
        {
            await Task.Delay(1, cancellationToken);
            return catalog.Units.Where(u => dong is null || u.Dong == dong).Take(first).ToList();
        }

        public string Whoami(ClaimsPrincipal? user) => user?.Identity?.Name ?? "anonymous";

        public int CountOf([GraphQLService] UnitCatalog units, IResolverContext context) => units.Units.Count + context.Path.Depth - 1;
    }

    private static Schema BuildSchema() => new SchemaBuilder().AddQueryType<UnitQueries>().Build();

    [Fact]
    public void A_models_instance_methods_become_fields_and_its_static_factories_do_not()
    {
        var building = (ObjectType)new SchemaBuilder().AddQueryType<BuildingQueries>().Build().GetType("Building")!;

        Assert.NotNull(building.GetField("label"));
        Assert.Null(building.GetField("parse"));
    }

    [Fact]
    public void Methods_become_fields_with_arguments_from_their_parameters()
    {
        Assert.Equal(
            """"
            type Query {
              """One unit by dong and ho."""
              unit(dong: String!, ho: String!): Unit
              units(dong: String, first: Int! = 10): [Unit!]!
              whoami: String!
              countOf: Int!
            }

            type Unit {
              dong: String!
              ho: String!
              exclusiveArea: Decimal!
            }

            """The built-in `Decimal` scalar type."""
            scalar Decimal
            """",
            SchemaPrinter.Print(BuildSchema()));
    }

    [Fact]
    public async Task Method_fields_receive_arguments_services_user_and_cancellation()
    {
        var services = new ServiceCollection().AddSingleton<UnitCatalog>().BuildServiceProvider();
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "manager-7")], "test"));
        var result = await new RequestExecutor(BuildSchema()).ExecuteAsync(
            new GraphQLRequest { Query = "{ unit(dong: \"101\", ho: \"1002\") { exclusiveArea } units(dong: \"101\", first: 1) { ho } whoami countOf }" },
            new RequestContext { RequestServices = services, User = user });
        Assert.Equal(
            "{\"data\":{\"unit\":{\"exclusiveArea\":59.9},\"units\":[{\"ho\":\"1001\"}],\"whoami\":\"manager-7\",\"countOf\":3}}",
            result.ToJson());
    }

    public sealed class AreaQueries
    {
        public int UnitCount([GraphQLService] UnitCatalog catalog) => catalog.Units.Count;
    }

    public sealed class UnitExtensions
    {
        public string Label([GraphQLParent] Unit unit) => unit.Dong + "-" + unit.Ho;
    }

    [Fact]
    public async Task Feature_classes_extend_existing_types()
    {
        var schema = new SchemaBuilder()
            .AddQueryType<UnitQueries>()
            .ExtendType<AreaQueries>("Query")
            .ExtendType<UnitExtensions>("Unit")
            .ExtendType("Query", q => q.Field("version").Resolve(_ => "1"))
            .Build();
        var services = new ServiceCollection().AddSingleton<UnitCatalog>().BuildServiceProvider();
        var result = await new RequestExecutor(schema).ExecuteAsync(
            new GraphQLRequest { Query = "{ unitCount version units(first: 1) { label } }" },
            new RequestContext { RequestServices = services });
        Assert.Equal("{\"data\":{\"unitCount\":3,\"version\":\"1\",\"units\":[{\"label\":\"101-1001\"}]}}", result.ToJson());
    }
}
