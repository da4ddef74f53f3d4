using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace GraphQL.Http;

/// <summary>The response media types of GraphQL over HTTP and the choice between them from an Accept header.</summary>
public static class GraphQLMediaTypes
{
    /// <summary>The GraphQL response media type: request errors get 4xx.</summary>
    public const string GraphQLResponseJson = "application/graphql-response+json";

    /// <summary>The legacy media type: every well-formed request gets 200.</summary>
    public const string Json = "application/json";

    /// <summary>
    /// Chooses the response media type for an Accept header: the acceptable type with the highest quality,
    /// <see cref="GraphQLResponseJson"/> on a tie, <see cref="Json"/> for wildcards and when the header is absent;
    /// null when nothing acceptable remains.
    /// </summary>
    public static string? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept))
        {
            return Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var mediaTypes))
        {
            return null;
        }

        string? best = null;
        var bestQuality = 0.0;
        var bestIsExplicit = false;
        foreach (var mediaType in mediaTypes)
        {
            var quality = mediaType.Quality ?? 1.0;
            if (quality <= 0 || !HasUtf8Charset(mediaType))
            {
                continue;
            }

            var (candidate, isExplicit) = Candidate(mediaType.MediaType);
            if (candidate is null)
            {
                continue;
            }

            var better = quality > bestQuality
                || (quality == bestQuality && isExplicit && !bestIsExplicit)
                || (quality == bestQuality && isExplicit == bestIsExplicit && candidate == GraphQLResponseJson && best != GraphQLResponseJson);
            if (better)
            {
                best = candidate;
                bestQuality = quality;
                bestIsExplicit = isExplicit;
            }
        }

        return best;
    }

    private static (string? MediaType, bool IsExplicit) Candidate(StringSegment mediaType)
    {
        if (mediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
        {
            return (GraphQLResponseJson, true);
        }

        if (mediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
        {
            return (Json, true);
        }

        if (mediaType.Equals("*/*", StringComparison.Ordinal) || mediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase))
        {
            return (Json, false);
        }

        return (null, false);
    }

    private static bool HasUtf8Charset(MediaTypeHeaderValue mediaType)
    {
        var charset = mediaType.Charset;
        return !charset.HasValue
            || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }
}
