using GraphQL.Error;
using GraphQL.Relay;
using Housing.Domain.Common;

namespace Housing.Api.GraphQL.Support;

/// <summary>Global ids inside mutation inputs: anything but an id of the expected type is a rule violation the payload reports.</summary>
public static class HousingIds
{
    public static Guid Parse(string id, string typeName)
    {
        try
        {
            return GlobalId.ParseKey<Guid>(id, typeName);
        }
        catch (GraphQLException)
        {
            throw new DomainException("INVALID_ID", $"'{id}' is not the id of a {typeName}.");
        }
    }
}
