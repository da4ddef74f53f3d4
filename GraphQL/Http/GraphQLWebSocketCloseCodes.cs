namespace GraphQL.Http;

/// <summary>The close codes of the <c>graphql-transport-ws</c> protocol.</summary>
public static class GraphQLWebSocketCloseCodes
{
    /// <summary>A message the protocol does not allow: malformed, of an unknown type, or out of place.</summary>
    public const int BadRequest = 4400;

    /// <summary>An operation before the connection was acknowledged, or no authenticated user where one is required.</summary>
    public const int Unauthorized = 4401;

    /// <summary>The server refused <c>connection_init</c>.</summary>
    public const int Forbidden = 4403;

    /// <summary>The client did not ask for the <c>graphql-transport-ws</c> sub-protocol.</summary>
    public const int SubprotocolNotAcceptable = 4406;

    /// <summary>No <c>connection_init</c> within the allowed time.</summary>
    public const int ConnectionInitialisationTimeout = 4408;

    /// <summary>A <c>subscribe</c> with the id of an operation still running.</summary>
    public const int SubscriberAlreadyExists = 4409;

    /// <summary>A second <c>connection_init</c>.</summary>
    public const int TooManyInitialisationRequests = 4429;

    /// <summary>The server failed while deciding on the connection.</summary>
    public const int InternalServerError = 4500;
}
