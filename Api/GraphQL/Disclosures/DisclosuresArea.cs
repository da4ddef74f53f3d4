namespace Housing.Api.GraphQL.Disclosures;

/// <summary>The disclosures area of DESIGN.md in the schema.</summary>
internal sealed class DisclosuresArea : IHousingSchemaArea
{
    public void Configure(HousingSchemaBuilder schema)
    {
    }
}
