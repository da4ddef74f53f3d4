namespace Housing.Api.GraphQL.Community;

/// <summary>The community area of DESIGN.md in the schema.</summary>
internal sealed class CommunityArea : IHousingSchemaArea
{
    public void Configure(HousingSchemaBuilder schema)
    {
    }
}
