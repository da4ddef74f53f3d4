using System.ComponentModel.DataAnnotations;

namespace Housing.Infrastructure.Notifications;

/// <summary>Settings of outgoing SMS and e-mail, bound from the <c>Notifications</c> section.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>The SMS provider; without a base URL SMS are kept in the outbox only.</summary>
    public SmsProviderOptions Sms { get; set; } = new();

    /// <summary>The SMTP server; without a host e-mails are kept in the outbox only.</summary>
    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Start of the hours no SMS is sent (KST, 21:00): messages due then are held until <see cref="QuietHoursEnd"/>.</summary>
    public TimeOnly QuietHoursStart { get; set; } = new(21, 0);

    public TimeOnly QuietHoursEnd { get; set; } = new(8, 0);

    /// <summary>Attempts, over every dispatch run, before a message that keeps failing transiently is given up.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Retries inside one dispatch run (Polly), before the message waits for a later run.</summary>
    [Range(0, 10)]
    public int RetriesPerRun { get; set; } = 2;

    /// <summary>First backoff after a transient failure; each following one doubles.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A message still in Sending this long after its attempt began was interrupted.</summary>
    public TimeSpan SendingLease { get; set; } = TimeSpan.FromMinutes(5);

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 100;
}

public sealed class SmsProviderOptions
{
    /// <summary>Address of the provider's send endpoint, e.g. https://sms.example.kr/v1/messages.</summary>
    public Uri? BaseUrl { get; set; }

    public string ApiKey { get; set; } = "";

    /// <summary>The registered caller number shown to recipients (발신번호), e.g. 02-2670-3114.</summary>
    public string SenderNumber { get; set; } = "";
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    public bool EnableSsl { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string FromAddress { get; set; } = "noreply@housing.local";

    public string FromName { get; set; } = "Housing platform";
}
