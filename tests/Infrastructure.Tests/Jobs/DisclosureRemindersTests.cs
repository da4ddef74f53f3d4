using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Infrastructure.Identity;
using Housing.Infrastructure.Jobs.Reminders;
using Housing.Infrastructure.Notifications;
using Infrastructure.Tests.Jobs.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Infrastructure.Tests.Jobs;

public sealed class DisclosureRemindersTests : IDisposable
{
    private readonly JobsTestDatabase _db = new();
    private readonly TestClock _clock = new(TestClock.Kst(2026, 11, 1, 9, 0));

    public void Dispose() => _db.Dispose();

    private async Task SeedAsync()
    {
        var store = _db.CreateStore();
        var complexes = new ComplexService(store, _clock);
        var complex = await complexes.UpsertComplexFromKaptAsync(Actor.System, new KaptComplexInfo(
            "A11500001", "여의도 시범아파트", "1156011000", "서울특별시 영등포구 여의도동 50", null, "아파트", "분양", "개별난방", "자치관리",
            1584, 24, "19710101", 200000, 180000, 120000, "02-780-1234", "서울특별시", "영등포구"));
        using var context = _db.CreateContext();
        var manager = new HousingUser("manager1", "김관리") { PhoneNumber = "010-1111-2222" };
        var officer = new HousingUser("officer1", "이주무관") { Email = "housing@ydp.example.kr" };
        var role = new HousingRole { Name = Roles.DistrictOfficer, NormalizedName = Roles.DistrictOfficer.ToUpperInvariant() };
        context.AddRange(manager, officer, role);
        context.Add(new IdentityUserRole<Guid> { UserId = officer.Id, RoleId = role.Id });
        await context.SaveChangesAsync();
        await complexes.AssignManagerAsync(Actor.System, complex.ComplexId, manager.Id, new DateOnly(2026, 1, 1));
    }

    [Fact]
    public async Task After_the_deadline_the_manager_is_reminded_and_the_district_gets_the_list_once()
    {
        await SeedAsync();
        var services = _db.Services(_clock);
        services.AddHousingNotifications(new NotificationOptions());
        await using var sp = services.BuildServiceProvider();

        int Remind()
        {
            using var scope = sp.CreateScope();
            return DisclosureRemindersJob.RemindAsync(scope.ServiceProvider, default).GetAwaiter().GetResult();
        }

        Assert.Equal(2, Remind());
        Assert.Equal(0, Remind());

        using var context = _db.CreateContext();
        var messages = context.Set<OutboundMessage>().AsNoTracking().ToList();
        var sms = Assert.Single(messages, m => m.Channel == NotificationChannel.Sms);
        Assert.Equal("010-1111-2222", sms.Recipient);
        Assert.Contains("2026-09", sms.Body);
        var mail = Assert.Single(messages, m => m.Channel == NotificationChannel.Email);
        Assert.Equal("housing@ydp.example.kr", mail.Recipient);
        Assert.Contains("여의도 시범아파트 (A11500001)", mail.Body);
    }
}
