using Admin.Tests.Support;
using Api.Tests.Support;
using Housing.Domain.Common;
using Housing.Infrastructure.Identity;
using Housing.Infrastructure.Jobs;
using Housing.Infrastructure.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Platform;

/// <summary>
/// A host with a platform admin (<c>admin</c>), a district officer (<c>officer</c>, refused), 24 residents for paging,
/// and outgoing messages in every final state. The outbox is never dispatched here, so message states stay as made.
/// </summary>
public class PlatformWorld : IAsyncLifetime
{
    public PlatformWorld()
        : this(live: false)
    {
    }

    /// <summary>With <paramref name="live"/>, the host also listens on a free port of 127.0.0.1, for a real browser.</summary>
    protected PlatformWorld(bool live)
    {
        if (live)
            BaseAddress = LiveHost.ListenOnLoopback(Factory);
    }

    public HousingApiFactory Factory { get; } = new AdminHostFactory(("Jobs:Schedules:outbox-dispatch", "0 0 0 1 1 ? 2099"));

    public string BaseAddress { get; } = "";

    public Guid AdminId { get; private set; }

    public async Task InitializeAsync()
    {
        AdminId = (await Factory.CreateUserAsync("admin", Roles.PlatformAdmin)).Id;
        await Factory.CreateUserAsync("officer", Roles.DistrictOfficer);
        for (var i = 1; i <= 24; i++)
            await Factory.CreateUserAsync($"resident{i:D2}", Roles.Resident);
        await using var scope = Factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IHousingStore>();
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < 30; i++)
            store.Add(Message(NotificationChannel.Sms, $"010-0000-{i:D4}", $"sms:{i}", now.AddMinutes(-i), m =>
                m.Delivered(m.BeginAttempt("sms-http", now), $"provider-{i}", recordedOnly: false, now)));
        store.Add(Message(NotificationChannel.Email, "manager@example.kr", "mail:failed", now.AddHours(-2), m =>
            m.FailedPermanently(m.BeginAttempt("smtp", now), "550 mailbox unavailable", now)));
        store.Add(Message(NotificationChannel.Sms, "010-9999-0000", "sms:unknown", now.AddHours(-3), m =>
        {
            m.BeginAttempt("sms-http", now);
            m.Interrupted(now);
        }));
        await store.SaveChangesAsync();
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    public async Task<AdminBrowser> SignedInAsync(string userName, string password = HousingApiFactory.Password)
    {
        var browser = new AdminBrowser(Factory);
        var (response, _) = await browser.SignInAsync(userName, password);
        AdminBrowser.AssertRedirectsTo(response, "/admin");
        return browser;
    }

    public async Task<T> ReadAsync<T>(Func<IServiceProvider, Task<T>> read)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider);
    }

    public Task<HousingUser?> UserAsync(string userName) =>
        ReadAsync(sp => sp.GetRequiredService<UserManager<HousingUser>>().FindByNameAsync(userName));

    public Task<IList<string>> RolesOfAsync(string userName) => ReadAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<HousingUser>>();
        return await users.GetRolesAsync((await users.FindByNameAsync(userName))!);
    });

    public Task<OutboundMessage?> MessageAsync(string dedupKey) => ReadAsync(sp =>
    {
        var store = sp.GetRequiredService<IHousingStore>();
        return store.FirstOrDefaultAsync(store.Query<OutboundMessage>().Where(m => m.DedupKey == dedupKey));
    });

    /// <summary>Waits (at most 30 s) for a finished run of the job.</summary>
    public async Task<JobRun> FinishedRunAsync(string jobName)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var run = await ReadAsync(sp =>
            {
                var store = sp.GetRequiredService<IHousingStore>();
                return store.FirstOrDefaultAsync(store.Query<JobRun>().Where(r => r.JobName == jobName && r.FinishedAt != null));
            });
            if (run is not null) return run;
            await Task.Delay(200);
        }
        throw new TimeoutException($"No finished run of {jobName} within 30 s.");
    }

    private static OutboundMessage Message(NotificationChannel channel, string recipient, string key, DateTimeOffset at, Action<OutboundMessage> fate)
    {
        var message = OutboundMessage.Queue(new Notification(channel, recipient, channel == NotificationChannel.Email ? "[알림] 점검" : "", "본문 " + key, key), at);
        fate(message);
        return message;
    }
}
