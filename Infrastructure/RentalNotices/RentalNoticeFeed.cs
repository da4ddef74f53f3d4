using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace Housing.Infrastructure.RentalNotices;

/// <summary>Settings of the public rental notice import (docs/rental-notices-feed.md), bound from <c>RentalNotices</c>.</summary>
public sealed class RentalNoticeOptions
{
    public const string Section = "RentalNotices";

    public Uri? FeedUrl { get; set; }
}

public sealed record RentalNoticePublisher(string Name, string BusinessNumber, string Phone);

/// <summary>One notice of the feed, as documented in docs/rental-notices-feed.md.</summary>
public sealed record RentalNoticeItem(
    string Id,
    RentalNoticePublisher Publisher,
    string Title,
    string SupplyType,
    string? SigunguCode,
    string Address,
    double ExclusiveArea,
    long Deposit,
    long MonthlyRent,
    string? Eligibility,
    DateOnly ApplicationStart,
    DateOnly ApplicationEnd,
    string? Url);

public sealed record RentalNoticePage(int Page, int TotalPages, IReadOnlyList<RentalNoticeItem> Notices);

/// <summary>Thrown for answers worth asking again: 429, 5xx, a broken connection.</summary>
public sealed class RentalFeedTransientException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Reads pages of the feed.</summary>
public sealed class RentalNoticeFeed(HttpClient http)
{
    public async Task<RentalNoticePage> PageAsync(Uri feed, int page, CancellationToken ct)
    {
        var uri = new UriBuilder(feed) { Query = string.IsNullOrEmpty(feed.Query) ? $"page={page}" : $"{feed.Query.TrimStart('?')}&page={page}" }.Uri;
        HttpResponseMessage response;
        try
        {
            response = await http.GetAsync(uri, ct);
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !ct.IsCancellationRequested))
        {
            throw new RentalFeedTransientException($"Rental notice feed {feed} could not be reached: {e.Message}", e);
        }
        using (response)
        {
            if (response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500)
                throw new RentalFeedTransientException($"Rental notice feed {feed} answered HTTP {(int)response.StatusCode}.");
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadFromJsonAsync<RentalNoticePage>(ct)
                ?? throw new InvalidOperationException($"Rental notice feed {feed} sent an empty page {page}.");
        }
    }
}
