using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Documents;
using Housing.Infrastructure.Jobs.Reminders;
using Housing.Infrastructure.Notifications;
using Infrastructure.Tests.Jobs.Support;
using Infrastructure.Tests.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Infrastructure.Tests.Jobs;

public sealed class DocumentDeadlineRemindersTests : IDisposable
{
    private readonly JobsTestDatabase _db = new();
    private readonly TestClock _clock = new(TestClock.Kst(2026, 11, 23, 10, 0));

    public void Dispose() => _db.Dispose();

    private ServiceProvider Provider(ScriptedSender sms)
    {
        var services = _db.Services(_clock);
        services.AddHousingNotifications(new NotificationOptions());
        services.AddSingleton<INotificationSender>(sms);
        return services.BuildServiceProvider();
    }

    private async Task<Guid> SendDocumentDueAsync(DateTimeOffset dueAt)
    {
        var store = _db.CreateStore();
        var complex = await new ComplexService(store, _clock).UpsertComplexFromKaptAsync(Actor.System, new KaptComplexInfo(
            "A11500001", "여의도 시범아파트", "1156011000", "서울특별시 영등포구 여의도동 50", null, "아파트", "분양", "개별난방", "자치관리",
            1584, 24, "19710101", 200000, 180000, 120000, "02-780-1234", "서울특별시", "영등포구"));
        var region = await store.FirstOrDefaultAsync(store.Query<Region>());
        var document = await new DocumentService(store, _clock, new DocumentPostage()).SendDocumentAsync(Actor.System, new SendDocumentCommand(
            region!.Id, "주택과", "공동주택 안전점검 결과 회신", "점검 결과를 회신해 주십시오.", DocumentCategory.Request, [complex.ComplexId],
            RequiresReply: true, ReplyDueAt: dueAt));
        return document.Deliveries.Single().Id;
    }

    private async Task<int> RemindAsync(ServiceProvider sp)
    {
        using var scope = sp.CreateScope();
        return await DocumentDeadlineRemindersJob.RemindAsync(scope.ServiceProvider, default);
    }

    private List<OutboundMessage> Messages()
    {
        using var context = _db.CreateContext();
        return [.. context.Set<OutboundMessage>().AsNoTracking().OrderBy(m => m.CreatedAt)];
    }

    [Fact]
    public async Task Managers_are_reminded_three_days_and_one_day_before_and_once_overdue_each_only_once()
    {
        var sms = new ScriptedSender(NotificationChannel.Sms, _clock);
        await using var sp = Provider(sms);
        var delivery = await SendDocumentDueAsync(TestClock.Kst(2026, 11, 26, 9, 0));

        Assert.Equal(1, await RemindAsync(sp));
        Assert.Equal(0, await RemindAsync(sp));
        _clock.Set(TestClock.Kst(2026, 11, 25, 10, 0));
        Assert.Equal(1, await RemindAsync(sp));
        Assert.Equal(0, await RemindAsync(sp));
        _clock.Set(TestClock.Kst(2026, 11, 26, 10, 0));
        Assert.Equal(1, await RemindAsync(sp));
        Assert.Equal(0, await RemindAsync(sp));

        var messages = Messages();
        Assert.Equal([$"document:{delivery}:d-3:sms:02-780-1234", $"document:{delivery}:d-1:sms:02-780-1234", $"document:{delivery}:overdue:sms:02-780-1234"],
            messages.Select(m => m.DedupKey));
        Assert.Contains("3일 남았습니다", messages[0].Body);
        Assert.Contains("지났습니다", messages[2].Body);
    }

    [Fact]
    public async Task A_reminder_raised_at_night_reaches_the_manager_at_eight_in_the_morning()
    {
        var sms = new ScriptedSender(NotificationChannel.Sms, _clock);
        await using var sp = Provider(sms);
        await SendDocumentDueAsync(TestClock.Kst(2026, 11, 24, 18, 0));
        _clock.Set(TestClock.Kst(2026, 11, 23, 23, 0));
        Assert.Equal(1, await RemindAsync(sp));

        var dispatcher = sp.GetRequiredService<OutboxDispatcher>();
        await dispatcher.DispatchDueAsync(default);
        Assert.Empty(sms.Delivered);
        _clock.Set(TestClock.Kst(2026, 11, 24, 8, 0));
        await dispatcher.DispatchDueAsync(default);
        Assert.Equal(TestClock.Kst(2026, 11, 24, 8, 0), Assert.Single(sms.Delivered).At);
    }
}
