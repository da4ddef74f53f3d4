using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Housing.Domain.Common;
using Microsoft.Extensions.Options;

namespace Housing.Infrastructure.Notifications;

/// <summary>
/// SMS through an HTTP provider: <c>POST {BaseUrl}</c> with the API key in <c>X-Api-Key</c>, a JSON body
/// <c>{"from","to","text","reference"}</c> and the message id as <c>Idempotency-Key</c>, so a provider that honours it
/// never delivers a retried request twice. 2xx with <c>{"messageId"}</c> is sent; 408, 429 and 5xx are transient;
/// other 4xx are permanent.
/// </summary>
public sealed class SmsHttpSender(HttpClient http, IOptions<NotificationOptions> options) : INotificationSender
{
    public NotificationChannel Channel => NotificationChannel.Sms;

    public string Transport => "sms-http";

    public async Task<SendReceipt> SendAsync(OutboundMessage message, CancellationToken ct)
    {
        var sms = options.Value.Sms;
        using var request = new HttpRequestMessage(HttpMethod.Post, sms.BaseUrl)
        {
            Content = JsonContent.Create(new SmsRequest(sms.SenderNumber, message.Recipient, message.Body, message.DedupKey)),
        };
        request.Headers.Add("X-Api-Key", sms.ApiKey);
        request.Headers.Add("Idempotency-Key", message.Id.ToString("N"));
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, ct);
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !ct.IsCancellationRequested))
        {
            throw new TransientSendException($"SMS provider unreachable: {e.Message}", e);
        }
        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                var answer = await response.Content.ReadFromJsonAsync<SmsAnswer>(ct);
                return new SendReceipt(answer?.MessageId);
            }
            var detail = await response.Content.ReadAsStringAsync(ct);
            var text = $"SMS provider answered HTTP {(int)response.StatusCode}: {(detail.Length > 300 ? detail[..300] : detail)}";
            if (response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500)
                throw new TransientSendException(text);
            throw new PermanentSendException(text);
        }
    }

    private sealed record SmsRequest(
        [property: JsonPropertyName("from")] string From,
        [property: JsonPropertyName("to")] string To,
        [property: JsonPropertyName("text")] string Text,
        [property: JsonPropertyName("reference")] string Reference);

    private sealed record SmsAnswer([property: JsonPropertyName("messageId")] string? MessageId);
}
