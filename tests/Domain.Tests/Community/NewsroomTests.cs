using Housing.Domain.Common;
using Housing.Domain.Community;

namespace Domain.Tests.Community;

public sealed class NewsroomTests
{
    private static readonly Actor Officer = new(Guid.NewGuid(), "주택과", new HashSet<string> { Roles.DistrictOfficer });

    private static NewsContent News(string title, NewsScope scope, string? sigungu = null, Guid? complexId = null) =>
        new(title, "요약", "본문", NewsCategory.HousingSupport, scope, sigungu, complexId, "https://example.org/apply",
            new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30));

    [Fact]
    public async Task A_complex_sees_news_for_everywhere_its_district_and_itself()
    {
        var w = await CommunityWorld.CreateAsync();
        var other = await w.World.AddComplexAsync("다른 단지");
        var everywhere = await w.Newsroom.PostNewsAsync(Officer, News("청년 월세 지원", NewsScope.Everywhere));
        w.World.Clock.AdvanceDays(1);
        var district = await w.Newsroom.PostNewsAsync(Officer, News("영등포 집수리 지원", NewsScope.Region, "11560"));
        await w.Newsroom.PostNewsAsync(Officer, News("구로 행사", NewsScope.Region, "11530"));
        w.World.Clock.AdvanceDays(1);
        var own = await w.Newsroom.PostNewsAsync(w.Manager, News("우리 단지 나눔장터", NewsScope.Complex, complexId: w.Complex.Id));
        await w.Newsroom.PostNewsAsync(Officer, News("다른 단지 소식", NewsScope.Complex, complexId: other.Id));
        await w.Newsroom.PostNewsAsync(Officer, News("초안", NewsScope.Everywhere), publish: false);

        Assert.Equal([own.Id, district.Id, everywhere.Id], (await w.Newsroom.NewsForComplexAsync(w.Complex.Id)).Select(n => n.Id));
    }

    [Fact]
    public async Task A_complex_manager_publishes_only_for_their_own_complex()
    {
        var w = await CommunityWorld.CreateAsync();
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Newsroom.PostNewsAsync(w.Manager, News("전체 공지", NewsScope.Everywhere)));
        var other = await w.World.AddComplexAsync("다른 단지");
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            w.Newsroom.PostNewsAsync(w.Manager, News("남의 단지", NewsScope.Complex, complexId: other.Id)));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Newsroom.PostNewsAsync(w.Resident, News("주민 글", NewsScope.Everywhere)));
    }

    [Fact]
    public async Task A_withdrawn_item_leaves_the_newsroom_and_scopes_are_validated()
    {
        var w = await CommunityWorld.CreateAsync();
        var item = await w.Newsroom.PostNewsAsync(Officer, News("공지", NewsScope.Everywhere));
        await w.Newsroom.WithdrawNewsAsync(Officer, item.Id);
        Assert.Empty(w.Newsroom.PublishedNews());
        var badScope = await Assert.ThrowsAsync<DomainException>(() => w.Newsroom.PostNewsAsync(Officer, News("지역", NewsScope.Region)));
        Assert.Equal("NEWS_SCOPE_INVALID", badScope.Code);
        var badLink = await Assert.ThrowsAsync<DomainException>(() =>
            w.Newsroom.PostNewsAsync(Officer, News("링크", NewsScope.Everywhere) with { Link = "javascript:alert(1)" }));
        Assert.Equal("NEWS_LINK_INVALID", badLink.Code);
    }

    [Fact]
    public async Task A_draft_is_edited_and_published_by_its_author_manager()
    {
        var w = await CommunityWorld.CreateAsync();
        var draft = await w.Newsroom.PostNewsAsync(w.Manager, News("초안", NewsScope.Complex, complexId: w.Complex.Id), publish: false);
        Assert.Empty(await w.Newsroom.NewsForComplexAsync(w.Complex.Id));
        await w.Newsroom.EditNewsAsync(w.Manager, draft.Id, News("단지 벼룩시장", NewsScope.Complex, complexId: w.Complex.Id));
        await w.Newsroom.PublishNewsAsync(w.Manager, draft.Id);
        Assert.Equal("단지 벼룩시장", Assert.Single(await w.Newsroom.NewsForComplexAsync(w.Complex.Id)).Title);
        var twice = await Assert.ThrowsAsync<DomainException>(() => w.Newsroom.PublishNewsAsync(w.Manager, draft.Id));
        Assert.Equal("NEWS_ALREADY_PUBLISHED", twice.Code);
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Newsroom.WithdrawNewsAsync(w.Resident, draft.Id));
    }
}
