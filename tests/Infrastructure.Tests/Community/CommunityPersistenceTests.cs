using Housing.Domain.Common;
using Housing.Domain.Community;
using Infrastructure.Tests.Complexes;
using Infrastructure.Tests.Jobs.Support;
using Microsoft.EntityFrameworkCore;

namespace Infrastructure.Tests.Community;

public sealed class CommunityPersistenceTests
{
    private readonly TestClock _clock = new(TimeProvider.System.GetUtcNow());

    private PollService Polls(EfWorld w) => new(w.Database.CreateStore(), _clock);
    private ComplaintService Complaints(EfWorld w) => new(w.Database.CreateStore(), _clock);

    private CreatePollCommand Vote(Guid complexId) => new(complexId, PollKind.Vote, "경비 용역 재계약", null,
        _clock.GetUtcNow(), _clock.GetUtcNow().AddDays(3),
        [
            new QuestionInput("재계약에 찬성하십니까?", QuestionKind.SingleChoice, ["찬성", "반대"]),
            new QuestionInput("계약 기간", QuestionKind.SingleChoice, ["1년", "2년"]),
        ]);

    [Fact]
    public async Task A_poll_round_trips_and_its_tally_and_secrecy_hold_in_the_database()
    {
        using var w = await EfWorld.CreateAsync();
        var complexId = await w.AddComplexAsync();
        var poll = await Polls(w).CreatePollAsync(EfWorld.Admin, Vote(complexId));
        var voters = new List<Actor>();
        for (var i = 0; i < 3; i++) voters.Add((await w.AddResidentAsync(complexId, $"주민{i}")).Actor);
        for (var i = 0; i < voters.Count; i++)
            await Polls(w).CastBallotAsync(voters[i], poll.Id,
                [new(poll.Questions[0].Id, poll.Questions[0].Options[i == 2 ? 1 : 0].Id), new(poll.Questions[1].Id, poll.Questions[1].Options[1].Id)]);

        var again = await Assert.ThrowsAsync<DomainException>(() => Polls(w).CastBallotAsync(voters[0], poll.Id,
            [new(poll.Questions[0].Id, poll.Questions[0].Options[1].Id), new(poll.Questions[1].Id, poll.Questions[1].Options[1].Id)]));
        Assert.Equal("ALREADY_VOTED", again.Code);
        await Assert.ThrowsAsync<DomainException>(() => Polls(w).GetResultsAsync(voters[0], poll.Id));

        _clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(1, await Polls(w).ClosePollsDueAsync(_clock.GetUtcNow()));
        Assert.Equal(0, await Polls(w).ClosePollsDueAsync(_clock.GetUtcNow()));

        var results = await Polls(w).GetResultsAsync(voters[1], poll.Id);
        Assert.Equal(3, results.Ballots);
        Assert.Equal(3, results.EligibleHouseholds);
        Assert.Equal([2, 1], results.Questions[0].Options.Select(o => o.Votes));
        Assert.Equal([0, 3], results.Questions[1].Options.Select(o => o.Votes));

        using var db = w.Database.CreateContext();
        var answerColumns = db.Model.FindEntityType(typeof(BallotAnswer))!.GetProperties().Select(p => p.Name).ToList();
        Assert.DoesNotContain(answerColumns, c => c.Contains("Household") || c.Contains("Resident") || c.Contains("At"));
        Assert.Equal(3, await db.Set<PollParticipation>().CountAsync());
        Assert.Equal(6, await db.Set<BallotAnswer>().CountAsync());
    }

    [Fact]
    public async Task A_second_ballot_racing_the_first_from_one_household_is_refused()
    {
        using var w = await EfWorld.CreateAsync();
        var complexId = await w.AddComplexAsync();
        var poll = await Polls(w).CreatePollAsync(EfWorld.Admin, Vote(complexId));
        var (voter, _) = await w.AddResidentAsync(complexId);
        BallotAnswerInput[] ballot = [new(poll.Questions[0].Id, poll.Questions[0].Options[0].Id), new(poll.Questions[1].Id, poll.Questions[1].Options[0].Id)];
        var first = Polls(w);
        var second = Polls(w);
        // Both requests read the poll before either saves (each checks "not yet voted" and passes).
        await first.HasMyHouseholdParticipatedAsync(voter, poll.Id);
        await second.HasMyHouseholdParticipatedAsync(voter, poll.Id);
        await first.CastBallotAsync(voter, poll.Id, ballot);
        var refused = await Assert.ThrowsAsync<DomainException>(() => second.CastBallotAsync(voter, poll.Id, ballot));
        Assert.Equal("ALREADY_VOTED", refused.Code);
        using var db = w.Database.CreateContext();
        Assert.Equal(1, await db.Set<PollParticipation>().CountAsync());
        // Had the second request passed the check, the poll's version and this unique index would still stop it.
        var unique = db.Model.FindEntityType(typeof(PollParticipation))!.GetIndexes().Single(i => i.IsUnique);
        Assert.Equal(["PollId", "HouseholdId"], unique.Properties.Select(p => p.Name));
    }

    [Fact]
    public async Task A_complaint_round_trips_with_photos_history_and_time_taken()
    {
        using var w = await EfWorld.CreateAsync();
        var complexId = await w.AddComplexAsync();
        var (resident, _) = await w.AddResidentAsync(complexId);
        var photo = Guid.NewGuid();
        var id = (await Complaints(w).FileComplaintAsync(resident, new FileComplaintCommand(ComplaintKind.Defect, ComplaintCategory.Leak,
            "천장 누수", "욕실 천장에서 물이 떨어집니다", "101동 502호", [photo]))).Id;
        await Complaints(w).AssignComplaintAsync(EfWorld.Admin, id, Guid.NewGuid(), "설비기사");
        await Complaints(w).StartComplaintAsync(EfWorld.Admin, id);
        _clock.Advance(TimeSpan.FromHours(26));
        await Complaints(w).ResolveComplaintAsync(EfWorld.Admin, id, "배관 교체");
        await Complaints(w).RateComplaintAsync(resident, id, 4, "만족");

        var c = await Complaints(w).GetComplaintAsync(resident, id);
        Assert.Equal(ComplaintStatus.Resolved, c.Status);
        Assert.Equal(photo, Assert.Single(c.Photos).FileId);
        Assert.Equal(4, c.History.Count);
        Assert.Equal(TimeSpan.FromHours(26), c.TimeTaken);
        Assert.Equal(4, c.Satisfaction);
        var stats = await Complaints(w).StatisticsAsync(EfWorld.Admin, complexId);
        Assert.Equal(TimeSpan.FromHours(26), stats.AverageTimeTaken);
    }

    [Fact]
    public async Task Notices_and_news_round_trip_and_filter_in_sql()
    {
        using var w = await EfWorld.CreateAsync();
        var complexId = await w.AddComplexAsync();
        var notices = new NoticeService(w.Database.CreateStore(), _clock);
        var file = Guid.NewGuid();
        await notices.PostNoticeAsync(EfWorld.Admin, new PostNoticeCommand(complexId,
            new NoticeContent("정전 안내", "변압기 교체로 정전됩니다", [new AttachmentInput(file, "안내문.pdf")]), Pinned: true));
        await new NoticeService(w.Database.CreateStore(), _clock).PostNoticeAsync(EfWorld.Admin,
            new PostNoticeCommand(complexId, new NoticeContent("초안", "작성 중"), Publish: false));
        var (resident, _) = await w.AddResidentAsync(complexId);
        var store = w.Database.CreateStore();
        var visible = await store.ToListAsync(await new NoticeService(store, _clock).NoticesOfComplexAsync(resident, complexId));
        var notice = Assert.Single(visible);
        Assert.True(notice.Pinned);
        Assert.Equal(file, Assert.Single(notice.Attachments).FileId);

        var officer = new Actor(Guid.NewGuid(), "주택과", new HashSet<string> { Roles.DistrictOfficer });
        await new NewsroomService(w.Database.CreateStore(), _clock).PostNewsAsync(officer,
            new NewsContent("집수리 지원", "요약", "본문", NewsCategory.HousingSupport, NewsScope.Region, "11560"));
        await new NewsroomService(w.Database.CreateStore(), _clock).PostNewsAsync(officer,
            new NewsContent("다른 구", "요약", "본문", NewsCategory.Event, NewsScope.Region, "11530"));
        var newsStore = w.Database.CreateStore();
        var news = await newsStore.ToListAsync(await new NewsroomService(newsStore, _clock).NewsForComplexAsync(complexId));
        Assert.Equal("집수리 지원", Assert.Single(news).Title);
    }
}
