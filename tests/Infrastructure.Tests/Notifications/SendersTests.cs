using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Housing.Domain.Common;
using Housing.Infrastructure.Notifications;
using Infrastructure.Tests.Jobs.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Infrastructure.Tests.Notifications;

public sealed class SendersTests
{
    private static OutboundMessage Message(NotificationChannel channel, string to) =>
        OutboundMessage.Queue(new Notification(channel, to, "회신 요청", "[영등포구] 회신 기한이 1일 남았습니다.", "doc:9:d-1"), DateTimeOffset.UtcNow);

    private static IOptions<NotificationOptions> Options(Uri? sms = null, int smtpPort = 0) => Microsoft.Extensions.Options.Options.Create(new NotificationOptions
    {
        Sms = new SmsProviderOptions { BaseUrl = sms, ApiKey = "sms-key", SenderNumber = "02-2670-3114" },
        Smtp = new SmtpOptions { Host = "127.0.0.1", Port = smtpPort, EnableSsl = false, FromAddress = "noreply@ydp.example.kr" },
    });

    [Fact]
    public async Task Sms_goes_to_the_provider_with_key_sender_recipient_and_an_idempotency_key()
    {
        string? body = null, key = null, idempotency = null;
        await using var server = await LocalHttpServer.StartAsync(async context =>
        {
            key = context.Request.Headers["X-Api-Key"];
            idempotency = context.Request.Headers["Idempotency-Key"];
            body = await new StreamReader(context.Request.Body).ReadToEndAsync();
            await context.Response.WriteAsJsonAsync(new { messageId = "M-77" });
        });
        var message = Message(NotificationChannel.Sms, "010-1234-5678");
        var receipt = await new SmsHttpSender(new HttpClient(), Options(new Uri(server.Address, "v1/messages"))).SendAsync(message, default);

        Assert.Equal("M-77", receipt.ProviderMessageId);
        Assert.Equal("sms-key", key);
        Assert.Equal(message.Id.ToString("N"), idempotency);
        using var json = JsonDocument.Parse(body!);
        Assert.Equal("02-2670-3114", json.RootElement.GetProperty("from").GetString());
        Assert.Equal("010-1234-5678", json.RootElement.GetProperty("to").GetString());
        Assert.Equal("doc:9:d-1", json.RootElement.GetProperty("reference").GetString());
    }

    [Theory]
    [InlineData(503, typeof(TransientSendException))]
    [InlineData(429, typeof(TransientSendException))]
    [InlineData(400, typeof(PermanentSendException))]
    [InlineData(401, typeof(PermanentSendException))]
    public async Task Provider_errors_are_transient_or_permanent_by_status(int status, Type expected)
    {
        await using var server = await LocalHttpServer.StartAsync(context => { context.Response.StatusCode = status; return Task.CompletedTask; });
        var sender = new SmsHttpSender(new HttpClient(), Options(server.Address));
        await Assert.ThrowsAsync(expected, () => sender.SendAsync(Message(NotificationChannel.Sms, "010-1234-5678"), default));
    }

    [Fact]
    public async Task E_mail_goes_over_smtp_with_a_stable_message_id()
    {
        using var smtp = new FakeSmtpServer(reject: false);
        var message = Message(NotificationChannel.Email, "manager@complex.example.kr");
        var receipt = await new SmtpEmailSender(Options(smtpPort: smtp.Port)).SendAsync(message, default);

        Assert.Equal($"<{message.Id:N}@ydp.example.kr>", receipt.ProviderMessageId);
        var mail = await smtp.ReceivedAsync();
        Assert.Contains("RCPT TO:<manager@complex.example.kr>", mail);
        Assert.Contains($"Message-ID: <{message.Id:N}@ydp.example.kr>", mail);
    }

    [Fact]
    public async Task A_busy_smtp_server_is_a_transient_failure()
    {
        using var smtp = new FakeSmtpServer(reject: true);
        await Assert.ThrowsAsync<TransientSendException>(() =>
            new SmtpEmailSender(Options(smtpPort: smtp.Port)).SendAsync(Message(NotificationChannel.Email, "manager@complex.example.kr"), default));
    }

    [Fact]
    public async Task A_malformed_address_is_a_permanent_failure()
    {
        await Assert.ThrowsAsync<PermanentSendException>(() =>
            new SmtpEmailSender(Options(smtpPort: 25)).SendAsync(Message(NotificationChannel.Email, "not an address"), default));
    }

    [Theory]
    [InlineData(20, 59, null)]
    [InlineData(21, 0, "2026-11-24T08:00+09:00")]
    [InlineData(23, 30, "2026-11-24T08:00+09:00")]
    [InlineData(3, 0, "2026-11-23T08:00+09:00")]
    [InlineData(8, 0, null)]
    public void Quiet_hours_run_from_nine_at_night_to_eight_in_the_morning_kst(int hour, int minute, string? heldUntil)
    {
        var now = TestClock.Kst(2026, 11, 23, hour, minute);
        var until = new QuietHours(new TimeOnly(21, 0), new TimeOnly(8, 0)).HeldUntil(now);
        Assert.Equal(heldUntil is null ? null : DateTimeOffset.Parse(heldUntil, System.Globalization.CultureInfo.InvariantCulture), until);
    }
}

/// <summary>An SMTP server on 127.0.0.1 that takes one message (or answers 451 to the recipient) and hands over what it received.</summary>
public sealed class FakeSmtpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Task<string> _session;

    public FakeSmtpServer(bool reject)
    {
        _listener.Start();
        _session = Task.Run(() => ServeAsync(reject));
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public Task<string> ReceivedAsync() => _session.WaitAsync(TimeSpan.FromSeconds(10));

    private async Task<string> ServeAsync(bool reject)
    {
        using var client = await _listener.AcceptTcpClientAsync();
        var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        var log = new StringBuilder();
        await writer.WriteLineAsync("220 fake ESMTP");
        while (await reader.ReadLineAsync() is { } line)
        {
            log.AppendLine(line);
            var verb = line.Split(' ')[0].ToUpperInvariant();
            if (verb is "EHLO" or "HELO") await writer.WriteLineAsync("250 fake");
            else if (verb == "MAIL") await writer.WriteLineAsync("250 OK");
            else if (verb == "RCPT") await writer.WriteLineAsync(reject ? "451 4.3.0 try again later" : "250 OK");
            else if (verb == "DATA")
            {
                await writer.WriteLineAsync("354 go ahead");
                while (await reader.ReadLineAsync() is { } data && data != ".") log.AppendLine(data);
                await writer.WriteLineAsync("250 queued");
            }
            else if (verb == "QUIT") { await writer.WriteLineAsync("221 bye"); break; }
            else if (verb == "RSET") await writer.WriteLineAsync("250 OK");
            else await writer.WriteLineAsync("250 OK");
        }
        return log.ToString();
    }

    public void Dispose() => _listener.Stop();
}
