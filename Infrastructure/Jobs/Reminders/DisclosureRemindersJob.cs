using System.Text;
using Housing.Domain.Common;
using Housing.Domain.Disclosures;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Housing.Infrastructure.Jobs.Reminders;

/// <summary>
/// After the deadline of a month (the end of the following month, 공동주택관리법 §23), reminds the managers of every
/// complex that has not disclosed it and sends the district officers the list. One fact per complex-month.
/// </summary>
public sealed class DisclosureRemindersJob(IServiceScopeFactory scopes) : HousingJob(scopes)
{
    protected override async Task<string> RunAsync(IServiceProvider services, IJobExecutionContext context, CancellationToken ct) =>
        JobSummary.Of("reminders-queued", await RemindAsync(services, ct)).Stored;

    public static async Task<int> RemindAsync(IServiceProvider services, CancellationToken ct)
    {
        var store = services.GetRequiredService<IHousingStore>();
        var clock = services.GetRequiredService<TimeProvider>();
        var queue = services.GetRequiredService<INotificationQueue>();
        var today = KoreanCalendar.Today(clock);
        var month = DisclosureCompliance.LastDueMonth(today);
        var missing = await new DisclosureService(store, clock).ComplexesMissingMonthAsync(month, today, ct);
        var staff = new StaffContacts(store);
        var managers = await staff.ManagersOfAsync([.. missing.Select(c => c.Id)], today, ct);
        var queued = 0;
        foreach (var complex in missing)
            queued += await queue.SmsAsync(managers.GetValueOrDefault(complex.Id) ?? [],
                $"[관리비 공개] {complex.Name}의 {month:yyyy-MM} 관리비가 공개 기한({DisclosureCompliance.DueDate(month):M/d})까지 공개되지 않았습니다.",
                $"disclosure-missing:{complex.Id}:{month.Number}", ct);
        if (missing.Count > 0)
        {
            var list = new StringBuilder($"{month}분 관리비 미공개 단지 {missing.Count}곳 (기한 {DisclosureCompliance.DueDate(month):yyyy-MM-dd}):\n");
            foreach (var complex in missing.OrderBy(c => c.Name)) list.Append($"- {complex.Name} ({complex.KaptCode})\n");
            queued += await queue.EmailAsync(await staff.InRoleAsync(Roles.DistrictOfficer, ct),
                $"[관리비 공개] {month} 미공개 단지 목록", list.ToString(), $"disclosure-missing-list:{month.Number}", ct);
        }
        await store.SaveChangesAsync(ct);
        return queued;
    }
}
