using Housing.Domain.Common;
using Housing.Domain.Complexes;

namespace Housing.Domain.Community;

/// <summary>
/// The welfare newsroom. Platform admins, district officers and welfare center staff publish for any scope;
/// a complex manager publishes only for their own complex. Published items are public.
/// </summary>
public sealed class NewsroomService(IHousingStore store, TimeProvider clock)
{
    private static readonly string[] Publishers =
        [Roles.PlatformAdmin, Roles.DistrictOfficer, Roles.WelfareCenterManager, Roles.CentralCenterStaff];

    public async Task<NewsItem> PostNewsAsync(Actor actor, NewsContent content, bool publish = true, CancellationToken ct = default)
    {
        await RequirePublisherAsync(actor, content, ct);
        var now = clock.GetUtcNow();
        var item = NewsItem.Create(content, actor.UserId, now);
        if (publish) item.Publish(now);
        store.Add(item);
        await store.SaveChangesAsync(ct);
        return item;
    }

    public async Task<NewsItem> EditNewsAsync(Actor actor, Guid newsId, NewsContent content, CancellationToken ct = default)
    {
        var item = await ItemAsync(newsId, ct);
        await RequireEditorAsync(actor, item, ct);
        await RequirePublisherAsync(actor, content, ct);
        item.Edit(content);
        await store.SaveChangesAsync(ct);
        return item;
    }

    public async Task<NewsItem> PublishNewsAsync(Actor actor, Guid newsId, CancellationToken ct = default)
    {
        var item = await ItemAsync(newsId, ct);
        await RequireEditorAsync(actor, item, ct);
        item.Publish(clock.GetUtcNow());
        await store.SaveChangesAsync(ct);
        return item;
    }

    public async Task<NewsItem> WithdrawNewsAsync(Actor actor, Guid newsId, CancellationToken ct = default)
    {
        var item = await ItemAsync(newsId, ct);
        await RequireEditorAsync(actor, item, ct);
        item.Withdraw();
        await store.SaveChangesAsync(ct);
        return item;
    }

    /// <summary>Published items for a complex's residents: everywhere, its district and the complex itself; newest first.</summary>
    public async Task<IQueryable<NewsItem>> NewsForComplexAsync(Guid complexId, CancellationToken ct = default)
    {
        var complex = await store.FirstOrDefaultAsync(store.Query<Complex>().Where(c => c.Id == complexId), ct)
            ?? throw new NotFoundException(nameof(Complex), complexId);
        var region = await store.FirstOrDefaultAsync(store.Query<Region>().Where(r => r.Id == complex.RegionId), ct);
        var sigungu = region?.SigunguCode;
        return store.Query<NewsItem>()
            .Where(n => n.Status == NewsStatus.Published
                && (n.Scope == NewsScope.Everywhere
                    || (n.Scope == NewsScope.Region && n.SigunguCode == sigungu)
                    || (n.Scope == NewsScope.Complex && n.ComplexId == complexId)))
            .OrderByDescending(n => n.PublishedAt);
    }

    /// <summary>Every published item (the public newsroom), newest first.</summary>
    public IQueryable<NewsItem> PublishedNews() =>
        store.Query<NewsItem>().Where(n => n.Status == NewsStatus.Published).OrderByDescending(n => n.PublishedAt);

    private async Task RequirePublisherAsync(Actor actor, NewsContent content, CancellationToken ct)
    {
        if (actor.IsAnyOf(Publishers)) return;
        if (content.Scope == NewsScope.Complex && content.ComplexId is { } complexId
            && await ComplexAccess.IsManagerOfAsync(store, clock, actor, complexId, ct))
            return;
        throw new ForbiddenException("Newsroom items are published by admins, district officers and welfare centers; a complex manager publishes for their own complex.");
    }

    private async Task RequireEditorAsync(Actor actor, NewsItem item, CancellationToken ct)
    {
        if (actor.IsAnyOf(Publishers)) return;
        if (item.AuthorUserId == actor.UserId && item.ComplexId is { } complexId
            && await ComplexAccess.IsManagerOfAsync(store, clock, actor, complexId, ct))
            return;
        throw new ForbiddenException("Only newsroom publishers, or the manager who wrote a complex's item, may change it.");
    }

    private async Task<NewsItem> ItemAsync(Guid id, CancellationToken ct) =>
        await store.FirstOrDefaultAsync(store.Query<NewsItem>().Where(n => n.Id == id), ct)
        ?? throw new NotFoundException(nameof(NewsItem), id);
}
