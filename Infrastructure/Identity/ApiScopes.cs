namespace Housing.Infrastructure.Identity;

/// <summary>
/// The scopes a partner app (API client) may be registered with and ask for in a token: the platform's parts it calls.
/// A client is registered only with these; the token endpoint grants a client only the scopes it was registered with.
/// </summary>
public static class ApiScopes
{
    /// <summary>The GraphQL API at <c>/graphql</c>.</summary>
    public const string GraphQL = "graphql";

    /// <summary>Uploads and downloads of attachments at <c>/api/files</c>.</summary>
    public const string Files = "files";

    public static readonly IReadOnlyList<string> All = [GraphQL, Files];

    /// <summary>The scopes of <paramref name="scopes"/> the platform does not know, in the order given.</summary>
    public static IReadOnlyList<string> UnknownOf(IEnumerable<string> scopes) => [.. scopes.Where(s => !All.Contains(s, StringComparer.Ordinal))];
}
