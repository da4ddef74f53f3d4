using Housing.Domain.Common;

namespace Housing.Domain.Welfare;

/// <summary>The acting staff member and their center, resolved from the <see cref="Actor"/> for one use case.</summary>
public sealed record WelfareStaffContext(WelfareStaff Staff, WelfareCenter Center)
{
    public CaseVisibility Visibility => CaseVisibility.For(Staff, Center);

    public bool IsCentral => Center.IsCentral;

    /// <summary>
    /// Resolves the actor's active staff record. Only the welfare roles qualify, and the platform role must match
    /// the staff record's role; anyone else sees no welfare data at all.
    /// </summary>
    public static async Task<WelfareStaffContext> ResolveAsync(IHousingStore store, Actor actor, CancellationToken ct)
    {
        actor.Require(Roles.WelfareCaseworker, Roles.WelfareCenterManager, Roles.CentralCenterStaff);
        var staff = await store.FirstOrDefaultAsync(store.Query<WelfareStaff>().Where(s => s.UserId == actor.UserId && s.Active), ct)
            ?? throw new ForbiddenException("You are not registered as active staff of a welfare center.");
        if (!actor.IsIn(staff.PlatformRole))
            throw new ForbiddenException($"Your staff record is {ApiNames.Of(staff.Role)}; sign in with the matching role.");
        var center = await store.FirstOrDefaultAsync(store.Query<WelfareCenter>().Where(c => c.Id == staff.CenterId), ct)
            ?? throw new NotFoundException(nameof(WelfareCenter), staff.CenterId);
        return new WelfareStaffContext(staff, center);
    }

    /// <summary>A visible case, or not found (a case the caller may not see does not exist for them).</summary>
    public async Task<WelfareCase> VisibleCaseAsync(IHousingStore store, Guid caseId, CancellationToken ct) =>
        await store.FirstOrDefaultAsync(Visibility.Apply(store.Query<WelfareCase>()).Where(c => c.Id == caseId), ct)
        ?? throw new NotFoundException("Case", caseId);

    /// <summary>A case the caller's center owns; read-only visibility (a referral sender) is not enough.</summary>
    public async Task<WelfareCase> OwnedCaseAsync(IHousingStore store, Guid caseId, CancellationToken ct)
    {
        var c = await VisibleCaseAsync(store, caseId, ct);
        if (c.CenterId != Center.Id)
            throw new ForbiddenException("Only staff of the center that owns the case may change it.");
        return c;
    }

    /// <summary>Clients the caller may see: those its center registered or whose cases it may see; all for the central center.</summary>
    public IQueryable<Client> VisibleClients(IHousingStore store)
    {
        if (IsCentral) return store.Query<Client>();
        var centerId = Center.Id;
        var visibleCases = Visibility.Apply(store.Query<WelfareCase>());
        return store.Query<Client>().Where(cl => cl.RegisteredByCenterId == centerId || visibleCases.Any(c => c.ClientId == cl.Id));
    }
}
