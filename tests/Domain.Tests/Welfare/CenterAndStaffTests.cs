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
