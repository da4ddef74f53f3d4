using Housing.Domain.Common;

namespace Housing.Domain.Welfare;

/// <summary>Centers and their staff: set up by platform admins; a center manager manages their own center's staff.</summary>
public sealed class WelfareCenterService(IHousingStore store)
{
    public async Task<WelfareCenter> CreateCentralCenterAsync(Actor actor, string name, string? phone = null, string? address = null,
        CancellationToken ct = default)
    {
        actor.Require(Roles.PlatformAdmin);
        if (await store.AnyAsync(store.Query<WelfareCenter>().Where(c => c.Kind == CenterKind.Central), ct))
            throw new DomainException("CENTRAL_CENTER_EXISTS", "There is already a central center; there can be only one.");
        var center = WelfareCenter.CreateCentral(name, phone, address);
        store.Add(center);
        await store.SaveChangesAsync(ct);
        return center;
    }

    public async Task<WelfareCenter> CreateDistrictCenterAsync(Actor actor, string name, string sigunguCode, string? phone = null,
        string? address = null, CancellationToken ct = default)
    {
        actor.Require(Roles.PlatformAdmin);
        if (await store.AnyAsync(store.Query<WelfareCenter>().Where(c => c.SigunguCode == sigunguCode), ct))
            throw new DomainException("DISTRICT_CENTER_EXISTS", $"District {sigunguCode} already has a center.");
        var center = WelfareCenter.CreateDistrict(name, sigunguCode, phone, address);
        store.Add(center);
        await store.SaveChangesAsync(ct);
        return center;
    }

    /// <summary>Renames a center or changes its contact details: a platform admin or the center's own manager.</summary>
    public async Task<WelfareCenter> UpdateCenterContactAsync(Actor actor, Guid centerId, string name, string? phone, string? address,
        CancellationToken ct = default)
    {
        var center = await ManagedCenterAsync(actor, centerId, ct);
        center.UpdateContact(name, phone, address);
        await store.SaveChangesAsync(ct);
        return center;
    }

    public async Task<WelfareStaff> RegisterStaffAsync(Actor actor, Guid centerId, Guid userId, string name, StaffRole role,
        CancellationToken ct = default)
    {
        var center = await ManagedCenterAsync(actor, centerId, ct);
        if (await store.AnyAsync(store.Query<WelfareStaff>().Where(s => s.UserId == userId && s.Active), ct))
            throw new DomainException("STAFF_EXISTS", "This user is already active staff of a center.");
        var staff = WelfareStaff.Create(userId, center, name, role);
        store.Add(staff);
        await store.SaveChangesAsync(ct);
        return staff;
    }

    public async Task<WelfareStaff> ChangeStaffRoleAsync(Actor actor, Guid staffId, StaffRole role, CancellationToken ct = default)
    {
        var staff = await StaffAsync(staffId, ct);
        var center = await ManagedCenterAsync(actor, staff.CenterId, ct);
        staff.ChangeRole(role, center);
        await store.SaveChangesAsync(ct);
        return staff;
    }

    public async Task<WelfareStaff> DeactivateStaffAsync(Actor actor, Guid staffId, CancellationToken ct = default)
    {
        var staff = await StaffAsync(staffId, ct);
        await ManagedCenterAsync(actor, staff.CenterId, ct);
        staff.Deactivate();
        await store.SaveChangesAsync(ct);
        return staff;
    }

    private async Task<WelfareStaff> StaffAsync(Guid staffId, CancellationToken ct) =>
        await store.FirstOrDefaultAsync(store.Query<WelfareStaff>().Where(s => s.Id == staffId), ct)
        ?? throw new NotFoundException(nameof(WelfareStaff), staffId);

    private async Task<WelfareCenter> ManagedCenterAsync(Actor actor, Guid centerId, CancellationToken ct)
    {
        var center = await store.FirstOrDefaultAsync(store.Query<WelfareCenter>().Where(c => c.Id == centerId), ct)
            ?? throw new NotFoundException(nameof(WelfareCenter), centerId);
        if (actor.IsIn(Roles.PlatformAdmin)) return center;
        var ctx = await WelfareStaffContext.ResolveAsync(store, actor, ct);
        if (!ctx.Staff.IsManager || ctx.Center.Id != centerId)
            throw new ForbiddenException("Only a platform admin or the center's own manager manages its staff.");
        return center;
    }
}
