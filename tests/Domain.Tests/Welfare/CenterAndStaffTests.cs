using Housing.Domain.Common;
using Housing.Domain.Welfare;

namespace Domain.Tests.Welfare;

public sealed class CenterAndStaffTests
{
    [Fact]
    public async Task There_is_one_central_center_and_one_center_per_district()
    {
        var w = await WelfareWorld.CreateAsync();
        var central = await Assert.ThrowsAsync<DomainException>(() => w.Centers.CreateCentralCenterAsync(w.Admin, "또 다른 중앙"));
        Assert.Equal("CENTRAL_CENTER_EXISTS", central.Code);
        var district = await Assert.ThrowsAsync<DomainException>(() => w.Centers.CreateDistrictCenterAsync(w.Admin, "영등포 2", "11560"));
        Assert.Equal("DISTRICT_CENTER_EXISTS", district.Code);
        var code = await Assert.ThrowsAsync<DomainException>(() => w.Centers.CreateDistrictCenterAsync(w.Admin, "이상한", "115"));
        Assert.Equal("INVALID_SIGUNGU_CODE", code.Code);
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Centers.CreateDistrictCenterAsync(w.YdpManager, "마포", "11440"));
    }

    [Fact]
    public async Task A_center_manager_registers_staff_only_at_their_own_center()
    {
        var w = await WelfareWorld.CreateAsync();
        var staff = await w.Centers.RegisterStaffAsync(w.YdpManager, w.Yeongdeungpo.Id, Guid.NewGuid(), "신입", StaffRole.Caseworker);
        Assert.Equal(w.Yeongdeungpo.Id, staff.CenterId);
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            w.Centers.RegisterStaffAsync(w.YdpManager, w.Guro.Id, Guid.NewGuid(), "월권", StaffRole.Caseworker));
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            w.Centers.RegisterStaffAsync(w.YdpWorker, w.Yeongdeungpo.Id, Guid.NewGuid(), "월권", StaffRole.Caseworker));
        var central = await Assert.ThrowsAsync<DomainException>(() =>
            w.Centers.RegisterStaffAsync(w.Admin, w.Guro.Id, Guid.NewGuid(), "중앙", StaffRole.CentralStaff));
        Assert.Equal("CENTRAL_STAFF_AT_DISTRICT", central.Code);
        var twice = await Assert.ThrowsAsync<DomainException>(() =>
            w.Centers.RegisterStaffAsync(w.Admin, w.Guro.Id, w.YdpWorker.UserId, "중복", StaffRole.Caseworker));
        Assert.Equal("STAFF_EXISTS", twice.Code);
    }

    [Fact]
    public async Task A_promoted_worker_acts_with_the_new_role()
    {
        var w = await WelfareWorld.CreateAsync();
        var staff = w.StaffOf(w.YdpWorker2);
        await w.Centers.ChangeStaffRoleAsync(w.YdpManager, staff.Id, StaffRole.CenterManager);
        await Assert.ThrowsAsync<ForbiddenException>(() => w.AccessLog.VerifyAccessLogAsync(w.YdpWorker2));
        var promoted = w.YdpWorker2 with { RoleSet = new HashSet<string> { Roles.WelfareCenterManager } };
        Assert.True((await w.AccessLog.VerifyAccessLogAsync(promoted)).Intact);
    }
}

public sealed class CenterContactTests
{
    [Fact]
    public async Task A_center_manager_updates_their_centers_contact_details()
    {
        var w = await WelfareWorld.CreateAsync();
        var center = await w.Centers.UpdateCenterContactAsync(w.YdpManager, w.Yeongdeungpo.Id, "영등포구 주거복지센터", "02-2670-0000", "영등포로 1");
        Assert.Equal("02-2670-0000", center.Phone);
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Centers.UpdateCenterContactAsync(w.GuroManager, w.Yeongdeungpo.Id, "x", null, null));
        var blank = await Assert.ThrowsAsync<DomainException>(() => w.Centers.UpdateCenterContactAsync(w.Admin, w.Yeongdeungpo.Id, " ", null, null));
        Assert.Equal("CENTER_NAME_REQUIRED", blank.Code);
    }

    [Fact]
    public async Task A_client_is_updated_by_a_center_that_sees_them()
    {
        var w = await WelfareWorld.CreateAsync();
        var client = await w.ClientAsync(w.YdpWorker);
        await w.Clients.UpdateClientAsync(w.YdpWorker, client.Id,
            new ClientDetails("홍길동", new DateOnly(1971, 12, 31), "010-9999-0000", "서울 영등포구 새주소", IncomeLevel.BasicLivelihoodRecipient));
        Assert.Equal("010-9999-0000", client.Phone);
        Assert.Empty(client.HouseholdMembers);
        await Assert.ThrowsAsync<NotFoundException>(() => w.Clients.UpdateClientAsync(w.GuroWorker, client.Id,
            new ClientDetails("홍길동", new DateOnly(1971, 12, 31), null, null, IncomeLevel.Unknown)));
        var future = await Assert.ThrowsAsync<DomainException>(() => w.Clients.UpdateClientAsync(w.YdpWorker, client.Id,
            new ClientDetails("홍길동", new DateOnly(2030, 1, 1), null, null, IncomeLevel.Unknown)));
        Assert.Equal("BIRTH_DATE_IN_FUTURE", future.Code);
    }

    [Fact]
    public async Task The_visibility_specification_also_judges_loaded_cases()
    {
        var w = await WelfareWorld.CreateAsync();
        var c = await w.OpenCaseAsync();
        Assert.True(CaseVisibility.ForCenter(w.Yeongdeungpo.Id).Allows(c));
        Assert.False(CaseVisibility.ForCenter(w.Guro.Id).Allows(c));
        Assert.True(CaseVisibility.For(w.StaffOf(w.CentralStaff), w.Central).Allows(c));
        Assert.False(CaseVisibility.For(w.StaffOf(w.GuroWorker), w.Yeongdeungpo).Allows(c));
        Assert.True(c.HasCrisis(CrisisType.Eviction));
        Assert.False(c.HasCrisis(CrisisType.Disaster));
    }
}
