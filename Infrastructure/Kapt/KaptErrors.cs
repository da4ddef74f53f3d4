namespace Housing.Infrastructure.Kapt;

/// <summary>K-apt refused or failed a request; <see cref="Code"/> is the portal's <c>returnReasonCode</c> (or the HTTP status).</summary>
public abstract class KaptException(string service, string code, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Service { get; } = service;

    public string Code { get; } = code;
}

/// <summary>Worth retrying after a pause: code 04 (HTTP_ERROR), 99, HTTP 5xx or a broken connection.</summary>
public sealed class KaptTransientException(string service, string code, string message, Exception? inner = null)
    : KaptException(service, code, message, inner);

/// <summary>Too many requests per second: code 23 or HTTP 429. Back off and retry.</summary>
public sealed class KaptThrottledException(string service, string code, string message)
    : KaptException(service, code, message);

/// <summary>Code 22: the day's quota of this service key is spent. Nothing more can be fetched until the quota resets.</summary>
public sealed class KaptQuotaExceededException(string service, string message)
    : KaptException(service, "22", message);

/// <summary>The sync cannot work until someone changes its settings or the portal registration (codes 12, 20, 30, 31, 32).</summary>
public sealed class KaptConfigurationException(string service, string code, string message)
    : KaptException(service, code, message);

/// <summary>Builds the exception for an error code, with a message naming the service and what to do.</summary>
internal static class KaptErrorCodes
{
    public static KaptException ToException(string service, string code, string? portalMessage)
    {
        var said = string.IsNullOrWhiteSpace(portalMessage) ? code : $"{code} {portalMessage}";
        return code switch
        {
            "22" => new KaptQuotaExceededException(service,
                $"K-apt service {service} answered {said}: the daily request quota of the service key is spent. The sync stops here and resumes from its checkpoint after the quota resets at midnight KST."),
            "23" => new KaptThrottledException(service, code,
                $"K-apt service {service} answered {said}: too many requests per second. Lower Kapt:RequestsPerSecond if this repeats."),
            "12" => new KaptConfigurationException(service, code,
                $"K-apt service {service} answered {said}: the portal no longer offers this service (retired). Check data.go.kr for its successor and update the sync to call it."),
            "20" => new KaptConfigurationException(service, code,
                $"K-apt service {service} answered {said}: access to the service is denied for this key. Apply for the service (활용신청) on data.go.kr with the key in Kapt:ServiceKey."),
            "30" => new KaptConfigurationException(service, code,
                $"K-apt service {service} answered {said}: the service key is not registered for this service. Check Kapt:ServiceKey (the decoded key) and apply for {service} (활용신청) on data.go.kr; approval can take a few hours."),
            "31" => new KaptConfigurationException(service, code,
                $"K-apt service {service} answered {said}: the key's period of use has ended. Extend it on data.go.kr."),
            "32" => new KaptConfigurationException(service, code,
                $"K-apt service {service} answered {said}: requests from this server's IP address are not registered. Register it on data.go.kr."),
            _ => new KaptTransientException(service, code, $"K-apt service {service} answered {said}: a transient error."),
        };
    }
}
