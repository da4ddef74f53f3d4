using Housing.Domain.Common;

namespace Housing.Domain.Complexes;

/// <summary>
/// The authorization questions every area asks about complexes: is this actor a manager of that complex
/// today, and which resident is this actor. Other areas call these instead of repeating the rules.
/// </summary>
public static class ComplexAccess
{
    /// <summary>True when the actor holds the ComplexManager role and an assignment to the complex active today (KST).</summary>
    public static async Task<bool> IsManagerOfAsync(IHousingStore store, TimeProvider clock, Actor actor, Guid complexId, CancellationToken ct = default)
    {
        if (!actor.IsIn(Roles.ComplexManager)) return false;
        var today = KoreanCalendar.Today(clock);
        return await store.AnyAsync(store.Query<Complex>().Where(c => c.Id == complexId).ManagedBy(actor.UserId, today), ct);
    }

    /// <summary>Passes a platform admin or a manager of the complex; otherwise throws <see cref="ForbiddenException"/>.</summary>
    public static async Task RequireManagerOrAdminAsync(IHousingStore store, TimeProvider clock, Actor actor, Guid complexId, CancellationToken ct = default)
    {
        if (actor.IsIn(Roles.PlatformAdmin)) return;
        if (await IsManagerOfAsync(store, clock, actor, complexId, ct)) return;
        var name = await store.FirstOrDefaultAsync(store.Query<Complex>().Where(c => c.Id == complexId).Select(c => c.Name), ct);
        throw new ForbiddenException($"Only a manager of {name ?? "the complex"} (or a platform admin) may do this.");
    }

    /// <summary>The active resident the actor speaks for (a resident, or an API client acting for one).</summary>
    public static async Task<Resident> RequireResidentAsync(IHousingStore store, Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsAnyOf(Roles.Resident, Roles.ApiClient) || actor.ResidentId is not { } residentId)
            throw new ForbiddenException("This action is for residents (or partner apps acting for a resident).");
        var resident = await store.FirstOrDefaultAsync(store.Query<Resident>().Where(r => r.Id == residentId), ct)
            ?? throw new NotFoundException(nameof(Resident), residentId);
        resident.RequireActive();
        return resident;
    }
}
