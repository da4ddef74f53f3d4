using System.ComponentModel.DataAnnotations;

namespace Housing.Infrastructure.Kapt;

/// <summary>Settings of the K-apt open-data sync, bound from the <c>Kapt</c> configuration section.</summary>
public sealed class KaptOptions
{
    public const string Section = "Kapt";

    /// <summary>Base address of the public data portal's K-apt services.</summary>
    [Required]
    public Uri BaseUrl { get; set; } = new("https://apis.data.go.kr/1613000/");

    /// <summary>The portal's service key in its decoded form; it is URL-encoded on every request.</summary>
    public string ServiceKey { get; set; } = "";

    /// <summary>Five-digit sigungu codes whose complexes are synced, e.g. 11560 (영등포구).</summary>
    public List<string> SigunguCodes { get; set; } = [];

    /// <summary>Upper bound of requests sent per second (the portal allows bursts of about 20).</summary>
    [Range(0.1, 50)]
    public double RequestsPerSecond { get; set; } = 5;

    /// <summary>Rows asked for per page of the complex list.</summary>
    [Range(1, 1000)]
    public int PageSize { get; set; } = 100;

    /// <summary>How many closed months back from the current one are synced (the current month is never disclosed yet).</summary>
    [Range(1, 120)]
    public int MonthsBack { get; set; } = 12;

    /// <summary>Ask for JSON (<c>_type=json</c>); the portal still answers some errors in XML, which is read too.</summary>
    public bool PreferJson { get; set; } = true;

    /// <summary>Retries of one request after a transient failure (code 04, HTTP 5xx) or throttling (code 23, HTTP 429).</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 4;

    /// <summary>First retry delay; each following retry waits twice as long.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Whether the sync is scheduled at all; without a service key nothing can be fetched.</summary>
    public bool Enabled { get; set; }
}
