using Housing.Domain.Common;
using Housing.Domain.Complexes;

namespace Housing.Domain.Community;

/// <summary>Average handling figures of a complex's complaints.</summary>
public sealed record ComplaintStatistics(int Filed, int Open, int Resolved, TimeSpan? AverageTimeTaken, double? AverageSatisfaction);

/// <summary>
/// Complaints and defect reports: filed by residents, handled by the complex's managers and the staff they assign.
/// The filer reopens, closes and rates; managers may also close a resolved complaint.
/// </summary>
public sealed class ComplaintService(IHousingStore store, TimeProvider clock)
{
    public async Task<Complaint> FileComplaintAsync(Actor actor, FileComplaintCommand cmd, CancellationToken ct = default)
    {
        var resident = await ComplexAccess.RequireResidentAsync(store, actor, ct);
        var complaint = Complaint.File(resident.ComplexId, resident.Id, resident.HouseholdId, resident.UserId ?? actor.UserId, cmd, clock.GetUtcNow());
        store.Add(complaint);
        await store.SaveChangesAsync(ct);
        return complaint;
    }

    /// <summary>A manager assigns (or reassigns) the complaint to a staff member.</summary>
    public async Task<Complaint> AssignComplaintAsync(Actor actor, Guid complaintId, Guid assigneeUserId, string assigneeName,
        CancellationToken ct = default)
    {
        var c = await ComplaintAsync(complaintId, ct);
        await ComplexAccess.RequireManagerOrAdminAsync(store, clock, actor, c.ComplexId, ct);
        c.Assign(assigneeUserId, assigneeName, actor.UserId, clock.GetUtcNow());
        await store.SaveChangesAsync(ct);
        return c;
    }

    public Task<Complaint> StartComplaintAsync(Actor actor, Guid complaintId, CancellationToken ct = default) =>
        AsHandlerAsync(actor, complaintId, c => c.Start(actor.UserId, clock.GetUtcNow()), ct);

    public Task<Complaint> ResolveComplaintAsync(Actor actor, Guid complaintId, string resolution, CancellationToken ct = default) =>
        AsHandlerAsync(actor, complaintId, c => c.Resolve(actor.UserId, resolution, clock.GetUtcNow()), ct);

    public Task<Complaint> ReopenComplaintAsync(Actor actor, Guid complaintId, string reason, CancellationToken ct = default) =>
        AsFilerAsync(actor, complaintId, c => c.Reopen(actor.UserId, reason, clock.GetUtcNow()), ct);

    public Task<Complaint> RateComplaintAsync(Actor actor, Guid complaintId, int satisfaction, string? comment = null,
        CancellationToken ct = default) =>
        AsFilerAsync(actor, complaintId, c => c.Rate(satisfaction, comment), ct);

    /// <summary>The filer confirms, or a manager closes, a resolved complaint.</summary>
    public async Task<Complaint> CloseComplaintAsync(Actor actor, Guid complaintId, CancellationToken ct = default)
    {
        var c = await ComplaintAsync(complaintId, ct);
        if (!await IsFilerAsync(actor, c, ct))
            await ComplexAccess.RequireManagerOrAdminAsync(store, clock, actor, c.ComplexId, ct);
        c.Close(actor.UserId, clock.GetUtcNow());
        await store.SaveChangesAsync(ct);
        return c;
    }

    /// <summary>One complaint, to its filer's household, its assignee, the complex's managers and admins.</summary>
    public async Task<Complaint> GetComplaintAsync(Actor actor, Guid complaintId, CancellationToken ct = default)
    {
        var c = await ComplaintAsync(complaintId, ct);
        if (await IsOfFilersHouseholdOrAssigneeAsync(store, actor, c, ct)) return c;
        await ComplexAccess.RequireManagerOrAdminAsync(store, clock, actor, c.ComplexId, ct);
        return c;
    }

    /// <summary>
    /// A complaint's photos are read like the complaint (<see cref="AttachedFileAccess"/>): by its filer's household, its
    /// assignee, the managers of its complex and platform admins.
    /// </summary>
    public static async Task<AttachmentAccess> FileAccessAsync(IHousingStore store, TimeProvider clock, Actor actor, Guid fileId, CancellationToken ct = default)
    {
        var complaints = await store.ToListAsync(store.Query<Complaint>().Where(c => c.Photos.Any(p => p.FileId == fileId)), ct);
        if (complaints.Count == 0) return AttachmentAccess.NotAttached;
        foreach (var c in complaints)
            if (actor.IsIn(Roles.PlatformAdmin) || await IsOfFilersHouseholdOrAssigneeAsync(store, actor, c, ct)
                || await ComplexAccess.IsManagerOfAsync(store, clock, actor, c.ComplexId, ct))
                return AttachmentAccess.Allowed;
        return AttachmentAccess.Denied;
    }

    private static async Task<bool> IsOfFilersHouseholdOrAssigneeAsync(IHousingStore store, Actor actor, Complaint c, CancellationToken ct)
    {
        if (c.AssigneeUserId == actor.UserId) return true;
        if (actor.ResidentId is not { } residentId || !actor.IsAnyOf(Roles.Resident, Roles.ApiClient)) return false;
        var resident = await store.FirstOrDefaultAsync(store.Query<Resident>().Where(r => r.Id == residentId), ct);
        return resident is { IsActive: true } && resident.HouseholdId == c.FiledByHouseholdId;
    }

    /// <summary>The complaints queue of a complex (managers and admins), newest first.</summary>
    public async Task<IQueryable<Complaint>> ComplaintsOfComplexAsync(Actor actor, Guid complexId, CancellationToken ct = default)
    {
        await ComplexAccess.RequireManagerOrAdminAsync(store, clock, actor, complexId, ct);
        return store.Query<Complaint>().Where(c => c.ComplexId == complexId).OrderByDescending(c => c.FiledAt);
    }

    /// <summary>The complaints of the actor's household, newest first.</summary>
    public async Task<IQueryable<Complaint>> MyHouseholdsComplaintsAsync(Actor actor, CancellationToken ct = default)
    {
        var resident = await ComplexAccess.RequireResidentAsync(store, actor, ct);
        var household = resident.HouseholdId;
        return store.Query<Complaint>().Where(c => c.FiledByHouseholdId == household).OrderByDescending(c => c.FiledAt);
    }

    /// <summary>The complaints assigned to the actor that are not resolved yet.</summary>
    public IQueryable<Complaint> AssignedTo(Actor actor)
    {
        var userId = actor.UserId;
        return store.Query<Complaint>()
            .Where(c => c.AssigneeUserId == userId && (c.Status == ComplaintStatus.Assigned || c.Status == ComplaintStatus.InProgress))
            .OrderBy(c => c.FiledAt);
    }

    public async Task<ComplaintStatistics> StatisticsAsync(Actor actor, Guid complexId, CancellationToken ct = default)
    {
        var complaints = await store.ToListAsync(await ComplaintsOfComplexAsync(actor, complexId, ct), ct);
        var resolved = complaints.Where(c => c.TimeTaken is not null).ToList();
        var rated = complaints.Where(c => c.Satisfaction is not null).ToList();
        return new ComplaintStatistics(
            complaints.Count,
            complaints.Count(c => c.Status is ComplaintStatus.Received or ComplaintStatus.Assigned or ComplaintStatus.InProgress),
            resolved.Count,
            resolved.Count == 0 ? null : TimeSpan.FromTicks((long)resolved.Average(c => c.TimeTaken!.Value.Ticks)),
            rated.Count == 0 ? null : rated.Average(c => c.Satisfaction!.Value));
    }

    private async Task<Complaint> AsHandlerAsync(Actor actor, Guid complaintId, Action<Complaint> change, CancellationToken ct)
    {
        var c = await ComplaintAsync(complaintId, ct);
        if (c.AssigneeUserId != actor.UserId)
            await ComplexAccess.RequireManagerOrAdminAsync(store, clock, actor, c.ComplexId, ct);
        change(c);
        await store.SaveChangesAsync(ct);
        return c;
    }

    private async Task<Complaint> AsFilerAsync(Actor actor, Guid complaintId, Action<Complaint> change, CancellationToken ct)
    {
        var c = await ComplaintAsync(complaintId, ct);
        if (!await IsFilerAsync(actor, c, ct))
            throw new ForbiddenException("Only the resident who filed the complaint may do this.");
        change(c);
        await store.SaveChangesAsync(ct);
        return c;
    }

    private async Task<bool> IsFilerAsync(Actor actor, Complaint c, CancellationToken ct)
    {
        if (actor.ResidentId is null || !actor.IsAnyOf(Roles.Resident, Roles.ApiClient)) return false;
        var resident = await ComplexAccess.RequireResidentAsync(store, actor, ct);
        return resident.Id == c.FiledByResidentId;
    }

    private async Task<Complaint> ComplaintAsync(Guid id, CancellationToken ct) =>
        await store.FirstOrDefaultAsync(store.Query<Complaint>().Where(c => c.Id == id), ct)
        ?? throw new NotFoundException(nameof(Complaint), id);
}
