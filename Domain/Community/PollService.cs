using Housing.Domain.Common;
using Housing.Domain.Complexes;

namespace Housing.Domain.Community;

/// <summary>Surveys and resident votes: created by managers, answered once per household, tallied at close.</summary>
public sealed class PollService(IHousingStore store, TimeProvider clock)
{
    public async Task<Poll> CreatePollAsync(Actor actor, CreatePollCommand cmd, CancellationToken ct = default)
    {
        if (!await store.AnyAsync(store.Query<Complex>().Where(c => c.Id == cmd.ComplexId), ct))
            throw new NotFoundException(nameof(Complex), cmd.ComplexId);
        await ComplexAccess.RequireManagerOrAdminAsync(store, clock, actor, cmd.ComplexId, ct);
        var poll = Poll.Create(cmd.ComplexId, cmd, actor.UserId, clock.GetUtcNow());
        store.Add(poll);
        await store.SaveChangesAsync(ct);
        return poll;
    }

    public async Task<Poll> CancelPollAsync(Actor actor, Guid pollId, CancellationToken ct = default)
    {
        var poll = await PollAsync(pollId, ct);
        await ComplexAccess.RequireManagerOrAdminAsync(store, clock, actor, poll.ComplexId, ct);
        poll.Cancel(clock.GetUtcNow());
        await store.SaveChangesAsync(ct);
        return poll;
    }

    /// <summary>
    /// Casts the ballot of the actor's household (a resident of the poll's complex, or a partner app acting for one).
    /// A second ballot from the same household is refused, whoever in it casts it.
    /// </summary>
    public async Task CastBallotAsync(Actor actor, Guid pollId, IReadOnlyList<BallotAnswerInput> answers, CancellationToken ct = default)
    {
        var resident = await ComplexAccess.RequireResidentAsync(store, actor, ct);
        var poll = await PollAsync(pollId, ct);
        if (resident.ComplexId != poll.ComplexId)
            throw new ForbiddenException("Only households of the poll's complex may take part.");
        poll.Cast(resident.HouseholdId, answers, clock.GetUtcNow());
        await store.SaveChangesAsync(ct);
    }

    public async Task<bool> HasMyHouseholdParticipatedAsync(Actor actor, Guid pollId, CancellationToken ct = default)
    {
        var resident = await ComplexAccess.RequireResidentAsync(store, actor, ct);
        return (await PollAsync(pollId, ct)).HasParticipated(resident.HouseholdId);
    }

    /// <summary>A manager closes an open poll early; it is tallied at once.</summary>
    public async Task<Poll> ClosePollAsync(Actor actor, Guid pollId, CancellationToken ct = default)
    {
        var poll = await PollAsync(pollId, ct);
        await ComplexAccess.RequireManagerOrAdminAsync(store, clock, actor, poll.ComplexId, ct);
        poll.CloseEarly(clock.GetUtcNow(), await EligibleHouseholdsAsync(poll.ComplexId, ct));
        await store.SaveChangesAsync(ct);
        return poll;
    }

    /// <summary>
    /// Closes and tallies every poll whose closing time has come by <paramref name="asOf"/>; returns how many it closed.
    /// Idempotent: polls already closed are untouched, so the job may run again or twice.
    /// </summary>
    public async Task<int> ClosePollsDueAsync(DateTimeOffset asOf, CancellationToken ct = default)
    {
        var due = await store.ToListAsync(store.Query<Poll>()
            .Where(p => p.ClosedAt == null && p.CancelledAt == null && p.ClosesAt <= asOf), ct);
        var closed = 0;
        foreach (var poll in due)
            if (poll.Close(asOf, await EligibleHouseholdsAsync(poll.ComplexId, ct)))
                closed++;
        if (closed > 0) await store.SaveChangesAsync(ct);
        return closed;
    }

    /// <summary>The results, once the poll is closed: to its complex's residents, its managers and admins.</summary>
    public async Task<PollResults> GetResultsAsync(Actor actor, Guid pollId, CancellationToken ct = default)
    {
        var poll = await PollAsync(pollId, ct);
        await RequireMemberAsync(actor, poll.ComplexId, ct);
        return poll.Results();
    }

    /// <summary>Polls of a complex, newest first (cancelled ones only for managers).</summary>
    public async Task<IQueryable<Poll>> PollsOfComplexAsync(Actor actor, Guid complexId, CancellationToken ct = default)
    {
        var manager = await RequireMemberAsync(actor, complexId, ct);
        var q = store.Query<Poll>().Where(p => p.ComplexId == complexId);
        if (!manager) q = q.Where(p => p.CancelledAt == null);
        return q.OrderByDescending(p => p.OpensAt);
    }

    /// <summary>Returns whether the actor manages the complex; refuses anyone who neither manages nor lives there.</summary>
    private async Task<bool> RequireMemberAsync(Actor actor, Guid complexId, CancellationToken ct)
    {
        if (actor.IsIn(Roles.PlatformAdmin) || await ComplexAccess.IsManagerOfAsync(store, clock, actor, complexId, ct))
            return true;
        var resident = await ComplexAccess.RequireResidentAsync(store, actor, ct);
        if (resident.ComplexId != complexId)
            throw new ForbiddenException("Polls are shown to the complex's own residents and managers.");
        return false;
    }

    private Task<int> EligibleHouseholdsAsync(Guid complexId, CancellationToken ct) =>
        store.CountAsync(store.Query<Household>().Where(h => h.ComplexId == complexId && h.MovedOutOn == null), ct);

    private async Task<Poll> PollAsync(Guid pollId, CancellationToken ct) =>
        await store.FirstOrDefaultAsync(store.Query<Poll>().Where(p => p.Id == pollId), ct)
        ?? throw new NotFoundException(nameof(Poll), pollId);
}
