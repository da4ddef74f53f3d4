using Housing.Domain.Common;

namespace Housing.Infrastructure.Notifications;

/// <summary>One page of the outgoing message log, newest first.</summary>
public sealed record OutboxPage(IReadOnlyList<OutboundMessage> Messages, int TotalCount, int Page, int PageSize);

/// <summary>
/// The admin's outgoing SMS/e-mail log: messages with every attempt, filtered by status and channel, and the resend of
/// a failed message or of one whose fate is unknown (a person's decision, never automatic).
/// </summary>
public sealed class OutboxLog(IHousingStore store, TimeProvider clock)
{
    public async Task<OutboxPage> ListAsync(Actor actor, OutboundMessageStatus? status = null, NotificationChannel? channel = null,
        int page = 1, int pageSize = 50, CancellationToken ct = default)
    {
        actor.Require(Roles.PlatformAdmin);
        if (page < 1 || pageSize is < 1 or > 200)
            throw new DomainException("INVALID_PAGE", "Pages start at 1 and hold 1 to 200 messages.");
        var query = store.Query<OutboundMessage>();
        if (status is { } s) query = query.Where(m => m.Status == s);
        if (channel is { } c) query = query.Where(m => m.Channel == c);
        var total = await store.CountAsync(query, ct);
        var messages = await store.ToListAsync(query.OrderByDescending(m => m.CreatedAt).Skip((page - 1) * pageSize).Take(pageSize), ct);
        return new OutboxPage(messages, total, page, pageSize);
    }

    public async Task<OutboundMessage> ResendAsync(Actor actor, Guid messageId, CancellationToken ct = default)
    {
        actor.Require(Roles.PlatformAdmin);
        var message = await store.FirstOrDefaultAsync(store.Query<OutboundMessage>().Where(m => m.Id == messageId), ct)
            ?? throw new NotFoundException("Outbound message", messageId);
        message.Resend(clock.GetUtcNow());
        await store.SaveChangesAsync(ct);
        return message;
    }
}
