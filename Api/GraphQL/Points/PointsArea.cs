namespace Housing.Api.GraphQL.Points;

/// <summary>The points area of DESIGN.md in the schema.</summary>
internal sealed class PointsArea : IHousingSchemaArea
{
    public void Configure(HousingSchemaBuilder schema)
    {
    }
}
