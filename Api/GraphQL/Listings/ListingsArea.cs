namespace Housing.Api.GraphQL.Listings;

/// <summary>The listings area of DESIGN.md in the schema.</summary>
internal sealed class ListingsArea : IHousingSchemaArea
{
    public void Configure(HousingSchemaBuilder schema)
    {
    }
}
