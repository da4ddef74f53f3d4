using Housing.Domain.Common;
using Housing.Domain.Welfare;
using Housing.Infrastructure.Persistence;
using Infrastructure.Tests.Jobs.Support;
using Infrastructure.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Infrastructure.Tests.Welfare;

/// <summary>
/// The welfare rules that lean on the database, on PostgreSQL: instants kept to microseconds must still verify the
/// hash chain, and the visibility and time-limit queries must translate.
/// </summary>
public sealed class WelfarePostgresTests
{
    [PostgresFact]
    public async Task The_access_log_chain_and_case_queries_hold_on_postgresql()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        var options = new DbContextOptionsBuilder<PostgresHousingDbContext>().UseNpgsql(database.ConnectionString).Options;
        await using (var create = new PostgresHousingDbContext(options))
            await create.Database.EnsureCreatedAsync();
        IHousingStore Store() => new EfHousingStore(new PostgresHousingDbContext(options));
        var clock = new TestClock(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(1_234_567));
        var protector = new XorProtector();

        var ydp = await new WelfareCenterService(Store()).CreateDistrictCenterAsync(Actor.System, "영등포주거복지센터", "11560");
        var guro = await new WelfareCenterService(Store()).CreateDistrictCenterAsync(Actor.System, "구로주거복지센터", "11530");
        async Task<Actor> StaffAsync(Guid center, StaffRole role)
        {
            var staff = await new WelfareCenterService(Store()).RegisterStaffAsync(Actor.System, center, Guid.NewGuid(), "직원", role);
            return new Actor(staff.UserId, "직원", new HashSet<string> { staff.PlatformRole }, IpAddress: "2001:db8::7");
        }
        var worker = await StaffAsync(ydp.Id, StaffRole.Caseworker);
        var manager = await StaffAsync(ydp.Id, StaffRole.CenterManager);
        var guroWorker = await StaffAsync(guro.Id, StaffRole.Caseworker);

        var client = await new WelfareClientService(Store(), clock, protector).RegisterClientAsync(worker, new RegisterClientCommand(
            new ClientDetails("김민수", new DateOnly(1980, 1, 2), null, null, IncomeLevel.NearPoverty),
            new RegistrationNumberInput("800102-1234567", "주거급여법")));
        for (var i = 0; i < 5; i++)
        {
            await new WelfareClientService(Store(), clock, protector).RevealClientPersonalDataAsync(worker, client.Id, $"사유 {i}");
            clock.Advance(TimeSpan.FromTicks(7_654_321));
        }
        var verification = await new AccessLogService(Store(), clock).VerifyAccessLogAsync(manager);
        Assert.True(verification.Intact, verification.Problem);
        Assert.Equal(5, verification.EntriesChecked);

        var opened = await new WelfareCaseService(Store(), clock).OpenCaseAsync(worker, new OpenCaseCommand(client.Id,
            new OpenCaseDetails(IntakeChannel.Phone, [CrisisType.HomelessnessRisk], Urgency.High, "고시원 퇴실 예정")));
        await new WelfareCaseService(Store(), clock).ReferCaseAsync(worker, opened.Id, guro.Id, null, "구로구 전입");
        Assert.Equal(opened.Id, (await new WelfareCaseService(Store(), clock).GetCaseAsync(guroWorker, opened.Id)).Id);
        var today = KoreanCalendar.Today(clock);
        Assert.Single(await new WelfareCaseService(Store(), clock).CasesBreachingTimeLimitsAsync(manager, today.AddDays(11)));

        await using (var db = new PostgresHousingDbContext(options))
            await db.Database.ExecuteSqlAsync($"UPDATE \"WelfareAccessLog\" SET \"IpAddress\" = '10.0.0.1' WHERE \"Sequence\" = 2");
        var tampered = await new AccessLogService(Store(), clock).VerifyAccessLogAsync(manager);
        Assert.False(tampered.Intact);
        Assert.Equal(2, tampered.FirstBrokenSequence);
    }
}
