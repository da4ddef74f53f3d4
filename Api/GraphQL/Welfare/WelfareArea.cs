namespace Housing.Api.GraphQL.Welfare;

/// <summary>The welfare area of DESIGN.md in the schema.</summary>
internal sealed class WelfareArea : IHousingSchemaArea
{
    public void Configure(HousingSchemaBuilder schema)
    {
    }
}
