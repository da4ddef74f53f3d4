using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Infrastructure.Identity;

namespace Housing.Infrastructure.Jobs.Reminders;

/// <summary>A person to remind and how to reach them.</summary>
public sealed record StaffContact(Guid? UserId, string Name, string? Phone, string? Email);

/// <summary>Finds the phone numbers and addresses of the staff a reminder goes to, from their accounts.</summary>
public sealed class StaffContacts(IHousingStore store)
{
    /// <summary>The managers assigned to each complex on <paramref name="on"/>; a complex without one is reached at its office phone.</summary>
    public async Task<Dictionary<Guid, List<StaffContact>>> ManagersOfAsync(IReadOnlyCollection<Guid> complexIds, DateOnly on, CancellationToken ct)
    {
        var complexes = await store.ToListAsync(store.Query<Complex>().Where(c => complexIds.Contains(c.Id)), ct);
        var userIds = complexes.SelectMany(c => c.Managers.Where(m => m.IsActiveOn(on)).Select(m => m.UserId)).Distinct().ToList();
        var users = await UsersAsync(userIds, ct);
        return complexes.ToDictionary(c => c.Id, c =>
        {
            var managers = c.Managers.Where(m => m.IsActiveOn(on) && users.ContainsKey(m.UserId)).Select(m => users[m.UserId]).ToList();
            return managers.Count > 0 || c.OfficePhone is null ? managers : [new StaffContact(null, c.Name, c.OfficePhone, null)];
        });
    }

    public async Task<Dictionary<Guid, StaffContact>> UsersAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct)
    {
        var users = await store.ToListAsync(store.Query<HousingUser>().Where(u => userIds.Contains(u.Id)), ct);
        return users.ToDictionary(u => u.Id, u => new StaffContact(u.Id, u.DisplayName, u.PhoneNumber, u.Email));
    }

    /// <summary>Users holding a role (for example the district officers who receive the late-disclosure list).</summary>
    public async Task<List<StaffContact>> InRoleAsync(string role, CancellationToken ct)
    {
        var roleIds = store.Query<HousingRole>().Where(r => r.Name == role).Select(r => r.Id);
        var userIds = store.Query<Microsoft.AspNetCore.Identity.IdentityUserRole<Guid>>().Where(ur => roleIds.Contains(ur.RoleId)).Select(ur => ur.UserId);
        var users = await store.ToListAsync(store.Query<HousingUser>().Where(u => userIds.Contains(u.Id)).OrderBy(u => u.DisplayName), ct);
        return [.. users.Select(u => new StaffContact(u.Id, u.DisplayName, u.PhoneNumber, u.Email))];
    }
}

/// <summary>Queues one notification per contact and channel they can be reached on, each under its own dedup key.</summary>
public static class ReminderQueue
{
    public static async Task<int> SmsAsync(this INotificationQueue queue, IEnumerable<StaffContact> contacts, string body, string fact, CancellationToken ct)
    {
        var queued = 0;
        foreach (var contact in contacts.Where(c => !string.IsNullOrWhiteSpace(c.Phone)))
            if (await queue.EnqueueAsync(new Notification(NotificationChannel.Sms, contact.Phone!, "", body, $"{fact}:sms:{contact.Phone}"), ct))
                queued++;
        return queued;
    }

    public static async Task<int> EmailAsync(this INotificationQueue queue, IEnumerable<StaffContact> contacts, string subject, string body, string fact, CancellationToken ct)
    {
        var queued = 0;
        foreach (var contact in contacts.Where(c => !string.IsNullOrWhiteSpace(c.Email)))
            if (await queue.EnqueueAsync(new Notification(NotificationChannel.Email, contact.Email!, subject, body, $"{fact}:mail:{contact.Email}"), ct))
                queued++;
        return queued;
    }
}
