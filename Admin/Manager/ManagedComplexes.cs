using Housing.Domain.Common;
using Housing.Domain.Complexes;

namespace Housing.Admin.Manager;

/// <summary>The complexes a manager is assigned to today; the pages work for one of them at a time (the first by name unless chosen).</summary>
public sealed class ManagedComplexes(IHousingStore store, TimeProvider clock)
{
    public Task<List<Complex>> OfAsync(Actor actor, CancellationToken ct) =>
        store.ToListAsync(store.Query<Complex>().ManagedBy(actor.UserId, KoreanCalendar.Today(clock)).OrderBy(c => c.Name), ct);

    /// <summary>The chosen complex, or the first; a manager with no assignment today is refused.</summary>
    public async Task<ComplexChoice> ChooseAsync(Actor actor, Guid? complexId, CancellationToken ct)
    {
        var all = await OfAsync(actor, ct);
        var current = complexId is { } id ? all.FirstOrDefault(c => c.Id == id) : all.FirstOrDefault();
        return current is null
            ? throw new ForbiddenException("The user manages no complex today (or not the one asked for).")
            : new ComplexChoice(current, all);
    }
}
