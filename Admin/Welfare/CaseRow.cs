using Housing.Domain.Common;
using Housing.Domain.Welfare;

namespace Housing.Admin.Welfare;

/// <summary>One case as lists show it: the client only by masked name, the worker and center by name.</summary>
public sealed record CaseRow(
    Guid Id,
    Guid ClientId,
    string ClientMaskedName,
    CaseStatus Status,
    IReadOnlyList<CrisisType> Crises,
    Urgency Urgency,
    DateOnly IntakeDate,
    string WorkerName,
    string CenterName,
    bool AssessmentOverdue,
    bool PlanOverdue,
    DateOnly? NextFollowUp)
{
    /// <summary>A follow-up's date has passed without it being recorded.</summary>
    public bool FollowUpOverdue { get; init; }

    public static async Task<IReadOnlyList<CaseRow>> ForAsync(IHousingStore store, IReadOnlyList<WelfareCase> cases, DateOnly today,
        CancellationToken ct)
    {
        var clientIds = cases.Select(c => c.ClientId).Distinct().ToList();
        var workerIds = cases.Select(c => c.AssignedWorkerId).Distinct().ToList();
        var centerIds = cases.Select(c => c.CenterId).Distinct().ToList();
        var clients = (await store.ToListAsync(store.Query<Client>().Where(c => clientIds.Contains(c.Id)), ct)).ToDictionary(c => c.Id, c => c.MaskedName);
        var workers = await WelfareNames.StaffAsync(store, workerIds, ct);
        var centers = await WelfareNames.CentersAsync(store, centerIds, ct);
        return cases.Select(c => new CaseRow(c.Id, c.ClientId, clients.GetValueOrDefault(c.ClientId, "?"), c.Status,
                c.Crises.Select(x => x.Type).ToList(), c.Urgency, c.IntakeDate, workers.GetValueOrDefault(c.AssignedWorkerId, "?"),
                centers.GetValueOrDefault(c.CenterId, "?"), c.IsAssessmentOverdue(today), c.IsPlanOverdue(today),
                c.FollowUps.Where(f => !f.IsDone).Select(f => (DateOnly?)f.DueDate).Min())
            {
                FollowUpOverdue = c.IsFollowUpOverdue(today),
            })
            .ToList();
    }
}

/// <summary>Names of staff and centers by id, for pages that show who did what.</summary>
public static class WelfareNames
{
    public static async Task<Dictionary<Guid, string>> StaffAsync(IHousingStore store, IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        (await store.ToListAsync(store.Query<WelfareStaff>().Where(s => ids.Contains(s.Id)), ct)).ToDictionary(s => s.Id, s => s.Name);

    public static async Task<Dictionary<Guid, string>> CentersAsync(IHousingStore store, IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        (await store.ToListAsync(store.Query<WelfareCenter>().Where(c => ids.Contains(c.Id)), ct)).ToDictionary(c => c.Id, c => c.Name);
}
