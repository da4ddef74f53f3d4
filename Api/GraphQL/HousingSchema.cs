using GraphQL.Authorization;
using GraphQL.Cost;
using GraphQL.Relay;
using GraphQL.Types;
using Housing.Api.GraphQL.Support;

namespace Housing.Api.GraphQL;

/// <summary>
/// The housing platform's GraphQL schema: each area contributes its types, queries and mutations through an
/// <see cref="IHousingSchemaArea"/>, and this class puts them together in a fixed order so the printed schema is stable.
/// </summary>
public static class HousingSchema
{
    /// <summary>The areas in the order their fields appear in the schema.</summary>
    public static IReadOnlyList<IHousingSchemaArea> Areas { get; } =
    [
        new CallerArea(),
        new Complexes.ComplexesArea(),
        new Documents.DocumentsArea(),
        new Listings.ListingsArea(),
        new Points.PointsArea(),
        new Disclosures.DisclosuresArea(),
        new Analytics.AnalyticsArea(),
        new Disclosures.DisclosureExportsArea(),
        new Community.CommunityArea(),
        new Welfare.WelfareArea(),
    ];

    /// <summary>The schema with the default weights of <paramref name="cost"/> written in as <c>@cost</c> and <c>@listSize</c>.</summary>
    public static Schema Build(CostOptions? cost = null)
    {
        var builder = new HousingSchemaBuilder();
        foreach (var area in Areas)
            area.Configure(builder);
        var schema = builder.Build();
        CostDefaults.Apply(schema, cost ?? HousingGraphQLExtensions.CostOptionsOf(new GraphQLSettings()));
        return schema;
    }
}

/// <summary>One area of DESIGN.md in the schema: its object types, root query fields and mutations.</summary>
public interface IHousingSchemaArea
{
    void Configure(HousingSchemaBuilder schema);
}

/// <summary>
/// Collects what the areas declare. Root fields are gathered first and the root types created once, so an area only
/// says which fields it adds; types and everything else go straight to the engine's <see cref="SchemaBuilder"/>.
/// </summary>
public sealed class HousingSchemaBuilder
{
    private readonly List<Action<ObjectTypeDescriptor<object>>> _queries = [];
    private readonly List<Action<ObjectTypeDescriptor<object>>> _mutations = [];
    private readonly List<Action<ObjectTypeDescriptor<object>>> _subscriptions = [];

    public HousingSchemaBuilder()
    {
        Types = new SchemaBuilder().AddGlobalObjectIdentification().AddAuthorization().AddCostDirectives();
        foreach (var scalar in HousingScalars.All)
            Types.BindScalar(scalar.ClrType, scalar.Scalar);
    }

    /// <summary>The engine's builder, for object, input, enum and union types.</summary>
    public SchemaBuilder Types { get; }

    /// <summary>Adds fields to <c>Query</c>.</summary>
    public HousingSchemaBuilder Query(Action<ObjectTypeDescriptor<object>> fields)
    {
        _queries.Add(fields);
        return this;
    }

    /// <summary>Adds fields to <c>Mutation</c>; mutations follow the conventions of <see cref="HousingErrors"/>.</summary>
    public HousingSchemaBuilder Mutation(Action<ObjectTypeDescriptor<object>> fields)
    {
        _mutations.Add(fields);
        return this;
    }

    /// <summary>Adds fields to <c>Subscription</c>.</summary>
    public HousingSchemaBuilder Subscription(Action<ObjectTypeDescriptor<object>> fields)
    {
        _subscriptions.Add(fields);
        return this;
    }

    public Schema Build()
    {
        Types.AddQueryType(query => _queries.ForEach(add => add(query)));
        if (_mutations.Count > 0)
            Types.AddMutationType(mutation => _mutations.ForEach(add => add(mutation)));
        if (_subscriptions.Count > 0)
            Types.AddSubscriptionType(subscription => _subscriptions.ForEach(add => add(subscription)));
        return Types.Build();
    }
}
