using Microsoft.AspNetCore.Http;
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

    /// <summary>Server-sent events: the results of a subscription (or of any operation) as a stream.</summary>
    public const string EventStream = "text/event-stream";
}

/// <summary>
/// What an Accept header allows of the media types the endpoint produces (RFC 9110 §12.5.1): each type takes the
/// quality of the most specific entry that matches it (the type itself, then <c>type/*</c>, then <c>*/*</c>), so
/// <c>text/event-stream;q=0, */*</c> refuses the event stream. A JSON entry with a charset other than UTF-8 matches nothing.
/// </summary>
public sealed class AcceptedMediaTypes
{
    private static readonly AcceptedMediaTypes Absent = new(Offer.Range(1, 0), Offer.Range(1, 0), Offer.Range(1, 0));
    private static readonly AcceptedMediaTypes Unreadable = new(Offer.None, Offer.None, Offer.None);

    private readonly Offer _graphQLResponse;
    private readonly Offer _json;
    private readonly Offer _eventStream;

    private AcceptedMediaTypes(Offer graphQLResponse, Offer json, Offer eventStream)
    {
        _graphQLResponse = graphQLResponse;
        _json = json;
        _eventStream = eventStream;
    }

    /// <summary>
    /// The JSON media type a single result is answered with: the acceptable one of higher quality; on equal quality
    /// the one named explicitly over one a range (<c>*/*</c>, <c>application/*</c>) allows, then the one named first.
    /// A range alone, like an absent header, gets <see cref="GraphQLMediaTypes.Json"/> (GraphQL over HTTP's legacy
    /// default, which its audit suite still expects). Null when neither is acceptable.
    /// </summary>
    public string? Json
    {
        get
        {
            if (!_graphQLResponse.IsAcceptable)
            {
                return _json.IsAcceptable ? GraphQLMediaTypes.Json : null;
            }

            if (!_json.IsAcceptable)
            {
                return GraphQLMediaTypes.GraphQLResponseJson;
            }

            return _graphQLResponse.IsPreferredTo(_json) ? GraphQLMediaTypes.GraphQLResponseJson : GraphQLMediaTypes.Json;
        }
    }

    /// <summary>Whether <c>text/event-stream</c> is acceptable (named, or allowed by <c>text/*</c> or <c>*/*</c>, with a quality above 0).</summary>
    public bool AcceptsEventStream => _eventStream.IsAcceptable;

    /// <summary>The request's Accept header, read once per request however many endpoints ask.</summary>
    public static AcceptedMediaTypes Of(HttpContext context)
    {
        if (context.Items.TryGetValue(typeof(AcceptedMediaTypes), out var read) && read is AcceptedMediaTypes accepted)
        {
            return accepted;
        }

        accepted = Parse(context.Request.Headers.Accept);
        context.Items[typeof(AcceptedMediaTypes)] = accepted;
        return accepted;
    }

    /// <summary>Reads an Accept header; an absent one accepts everything, an unreadable one nothing.</summary>
    public static AcceptedMediaTypes Parse(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept))
        {
            return Absent;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var entries))
        {
            return Unreadable;
        }

        return new AcceptedMediaTypes(
            Match(entries, GraphQLMediaTypes.GraphQLResponseJson, isJson: true),
            Match(entries, GraphQLMediaTypes.Json, isJson: true),
            Match(entries, GraphQLMediaTypes.EventStream, isJson: false));
    }

    private static Offer Match(IList<MediaTypeHeaderValue> entries, string mediaType, bool isJson)
    {
        var type = mediaType[..mediaType.IndexOf('/')];
        var best = Offer.None;
        for (var index = 0; index < entries.Count; index++)
        {
            var entry = entries[index];
            var specificity = entry.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase) ? Offer.Exact
                : entry.MatchesAllSubTypes && entry.Type.Equals(type, StringComparison.OrdinalIgnoreCase) ? Offer.SubTypeRange
                : entry.MatchesAllTypes ? Offer.AnyRange
                : 0;
            if (specificity == 0 || (isJson && !IsUtf8(entry)) || specificity <= best.Specificity)
            {
                continue;
            }

            best = new Offer(entry.Quality ?? 1.0, specificity, index);
        }

        return best;
    }

    private static bool IsUtf8(MediaTypeHeaderValue entry)
    {
        var charset = entry.Charset;
        return !charset.HasValue
            || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>How the header allows one media type: the quality, how specific the matching entry is, and its position.</summary>
    private readonly record struct Offer(double Quality, int Specificity, int Index)
    {
        public const int AnyRange = 1;
        public const int SubTypeRange = 2;
        public const int Exact = 3;

        public static readonly Offer None = new(0, 0, int.MaxValue);

        public bool IsAcceptable => Specificity > 0 && Quality > 0;

        public static Offer Range(double quality, int index) => new(quality, AnyRange, index);

        // Higher quality; then named over allowed by a range; then named first. A range alone prefers neither.
        public bool IsPreferredTo(Offer other) =>
            Quality != other.Quality ? Quality > other.Quality
            : Specificity != other.Specificity ? Specificity > other.Specificity
            : Specificity == Exact && Index < other.Index;
    }
}
