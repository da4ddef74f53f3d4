using System.Globalization;
using System.Net;
using Housing.Domain.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace Housing.Infrastructure.Kapt;

/// <summary>One page of the complex list of a sigungu.</summary>
public sealed record KaptComplexPage(IReadOnlyList<KaptRecord> Complexes, int PageNo, int TotalCount);

/// <summary>
/// Calls the K-apt open-data services: paces requests to the configured rate, retries transient failures and
/// throttling with exponential backoff, and turns the portal's error codes into typed exceptions.
/// </summary>
public sealed class KaptClient
{
    private readonly HttpClient _http;
    private readonly KaptOptions _options;
    private readonly KaptRequestPacer _pacer;
    private readonly ILogger<KaptClient> _log;
    private readonly ResiliencePipeline _retry;
    private int _requests;

    public KaptClient(HttpClient http, IOptions<KaptOptions> options, KaptRequestPacer pacer, TimeProvider clock, ILogger<KaptClient> log)
    {
        _http = http;
        _options = options.Value;
        _pacer = pacer;
        _log = log;
        _retry = new ResiliencePipelineBuilder { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<KaptTransientException>().Handle<KaptThrottledException>(),
                MaxRetryAttempts = Math.Max(1, _options.MaxRetries),
                BackoffType = DelayBackoffType.Exponential,
                Delay = _options.RetryBaseDelay,
                UseJitter = false,
                // Throttling waits four times longer than a transient error: the limit is per second and per key.
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(args.Outcome.Exception is KaptThrottledException
                    ? _options.RetryBaseDelay * Math.Pow(2, args.AttemptNumber) * 4
                    : null),
                OnRetry = args =>
                {
                    _log.LogWarning("K-apt request failed ({Error}); retry {Attempt} in {Delay}",
                        args.Outcome.Exception?.Message, args.AttemptNumber + 1, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <summary>HTTP requests sent so far, retries included.</summary>
    public int RequestCount => _requests;

    public async Task<KaptComplexPage> GetSigunguComplexesAsync(string sigunguCode, int pageNo, CancellationToken ct)
    {
        var response = await CallAsync(KaptCatalog.ListService, KaptCatalog.ListOperation, new()
        {
            ["sigunguCode"] = sigunguCode,
            ["pageNo"] = pageNo.ToString(CultureInfo.InvariantCulture),
            ["numOfRows"] = _options.PageSize.ToString(CultureInfo.InvariantCulture),
        }, ct);
        return new KaptComplexPage(response.Items, pageNo, response.TotalCount ?? response.Items.Count);
    }

    /// <summary>The basic information of a complex, or null when K-apt has none for the code.</summary>
    public async Task<KaptRecord?> GetBasicInfoAsync(string kaptCode, CancellationToken ct)
    {
        var response = await CallAsync(KaptCatalog.BasicInfoService, KaptCatalog.BasicInfoOperation, new() { ["kaptCode"] = kaptCode }, ct);
        return response.Items.FirstOrDefault();
    }

    /// <summary>One fee item of a complex-month; a month not disclosed comes back as an item whose fields are all null.</summary>
    public async Task<KaptRecord?> GetFeeAsync(KaptFeeOperation operation, string kaptCode, YearMonth month, CancellationToken ct)
    {
        var response = await CallAsync(operation.Service, operation.Operation, new()
        {
            ["kaptCode"] = kaptCode,
            ["searchDate"] = month.Number.ToString(CultureInfo.InvariantCulture),
        }, ct);
        return response.Items.FirstOrDefault();
    }

    public Task<KaptResponse> CallAsync(string service, string operation, Dictionary<string, string> parameters, CancellationToken ct) =>
        _retry.ExecuteAsync(async token => await SendOnceAsync(service, operation, parameters, token), ct).AsTask();

    private async Task<KaptResponse> SendOnceAsync(string service, string operation, Dictionary<string, string> parameters, CancellationToken ct)
    {
        await _pacer.WaitTurnAsync(ct);
        Interlocked.Increment(ref _requests);
        var query = new List<string> { "serviceKey=" + Uri.EscapeDataString(_options.ServiceKey) };
        if (_options.PreferJson) query.Add("_type=json");
        query.AddRange(parameters.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
        var uri = new Uri(_options.BaseUrl, $"{service}/{operation}?{string.Join('&', query)}");
        HttpResponseMessage http;
        string body;
        try
        {
            http = await _http.GetAsync(uri, ct);
            body = await http.Content.ReadAsStringAsync(ct);
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !ct.IsCancellationRequested))
        {
            throw new KaptTransientException(service, "NETWORK", $"K-apt service {service} could not be reached: {e.Message}", e);
        }
        using (http)
        {
            if (http.IsSuccessStatusCode)
                return KaptResponseReader.Read(service, body);
            // An error envelope in the body says more than the status line.
            if (body.Contains("OpenAPI_ServiceResponse", StringComparison.OrdinalIgnoreCase))
                KaptResponseReader.Read(service, body);
            var status = ((int)http.StatusCode).ToString(CultureInfo.InvariantCulture);
            throw http.StatusCode switch
            {
                HttpStatusCode.TooManyRequests => new KaptThrottledException(service, status, $"K-apt service {service} answered HTTP 429 (too many requests)."),
                >= HttpStatusCode.InternalServerError or HttpStatusCode.RequestTimeout =>
                    new KaptTransientException(service, status, $"K-apt service {service} answered HTTP {status}."),
                _ => new KaptConfigurationException(service, status,
                    $"K-apt service {service}/{operation} answered HTTP {status}. Check Kapt:BaseUrl ({_options.BaseUrl}) and the service name."),
            };
        }
    }
}
