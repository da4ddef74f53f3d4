namespace Housing.Api.GraphQL.Complexes;

/// <summary>The complexes area of DESIGN.md in the schema.</summary>
internal sealed class ComplexesArea : IHousingSchemaArea
{
    public void Configure(HousingSchemaBuilder schema)
    {
    }
}
