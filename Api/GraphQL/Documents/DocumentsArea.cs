namespace Housing.Api.GraphQL.Documents;

/// <summary>The documents area of DESIGN.md in the schema.</summary>
internal sealed class DocumentsArea : IHousingSchemaArea
{
    public void Configure(HousingSchemaBuilder schema)
    {
    }
}
