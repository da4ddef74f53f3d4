using Housing.Domain.Common;
using Housing.Domain.Community;

namespace Domain.Tests.Community;

public sealed class PollTests
{
    private static CreatePollCommand Vote(CommunityWorld w, int hours = 48) => new(w.Complex.Id, PollKind.Vote, "동대표 선출",
        "101동 동대표 선출 투표", w.Now, w.Now.AddHours(hours),
        [new QuestionInput("101동 동대표로 누구를 선출하시겠습니까?", QuestionKind.SingleChoice, ["기호 1 김철수", "기호 2 이영희"])]);

    private static BallotAnswerInput[] Choose(Poll poll, int option) =>
        [new BallotAnswerInput(poll.Questions[0].Id, poll.Questions[0].Options[option].Id)];

    [Fact]
    public async Task A_second_ballot_from_one_household_is_refused_even_from_another_member()
    {
        var w = await CommunityWorld.CreateAsync();
        var poll = await w.Polls.CreatePollAsync(w.Manager, Vote(w));
        await w.Polls.CastBallotAsync(w.Resident, poll.Id, Choose(poll, 0));

        var again = await Assert.ThrowsAsync<DomainException>(() => w.Polls.CastBallotAsync(w.Resident, poll.Id, Choose(poll, 1)));
        Assert.Equal("ALREADY_VOTED", again.Code);
        var member = await w.HouseholdMemberOfAsync(w.Resident);
        var family = await Assert.ThrowsAsync<DomainException>(() => w.Polls.CastBallotAsync(member, poll.Id, Choose(poll, 1)));
        Assert.Equal("ALREADY_VOTED", family.Code);

        Assert.Single(poll.Participations);
        Assert.Single(poll.Answers);
        Assert.True(await w.Polls.HasMyHouseholdParticipatedAsync(member, poll.Id));
    }

    [Fact]
    public async Task A_ballot_holds_no_link_to_its_household()
    {
        var w = await CommunityWorld.CreateAsync();
        var poll = await w.Polls.CreatePollAsync(w.Manager, Vote(w));
        await w.Polls.CastBallotAsync(w.Resident, poll.Id, Choose(poll, 0));
        var answer = Assert.Single(poll.Answers);
        var household = w.Resident.HouseholdId!.Value;
        var answerValues = typeof(BallotAnswer).GetProperties().Select(p => p.GetValue(answer)).OfType<Guid>().ToList();
        Assert.DoesNotContain(household, answerValues);
        Assert.DoesNotContain(w.Resident.ResidentId!.Value, answerValues);
        Assert.DoesNotContain(typeof(BallotAnswer).GetProperties(), p => p.PropertyType == typeof(DateTimeOffset) || p.PropertyType == typeof(DateTimeOffset?));
        Assert.Equal(4, answer.Id.Version);
        Assert.Equal(4, answer.BallotKey.Version);
        Assert.Equal(household, Assert.Single(poll.Participations).HouseholdId);
    }

    [Fact]
    public async Task Results_exist_only_after_close_and_are_tallied_at_close()
    {
        var w = await CommunityWorld.CreateAsync();
        var poll = await w.Polls.CreatePollAsync(w.Manager, Vote(w));
        var second = await w.NewHouseholdAsync("박주민");
        var third = await w.NewHouseholdAsync("최주민");
        await w.Polls.CastBallotAsync(w.Resident, poll.Id, Choose(poll, 0));
        await w.Polls.CastBallotAsync(second, poll.Id, Choose(poll, 1));
        await w.Polls.CastBallotAsync(third, poll.Id, Choose(poll, 0));

        var early = await Assert.ThrowsAsync<DomainException>(() => w.Polls.GetResultsAsync(w.Resident, poll.Id));
        Assert.Equal("POLL_NOT_CLOSED", early.Code);
        Assert.All(poll.Questions[0].Options, o => Assert.Null(o.Votes));

        w.World.Clock.Advance(TimeSpan.FromHours(47));
        Assert.Equal(0, await w.Polls.ClosePollsDueAsync(w.Now));
        w.World.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await w.Polls.ClosePollsDueAsync(w.Now));
        var closedAt = poll.ClosedAt;
        var version = poll.Version;
        Assert.Equal(0, await w.Polls.ClosePollsDueAsync(w.Now.AddHours(1)));
        Assert.Equal(closedAt, poll.ClosedAt);
        Assert.Equal(version, poll.Version);

        var results = await w.Polls.GetResultsAsync(w.Resident, poll.Id);
        Assert.Equal(3, results.Ballots);
        Assert.Equal(3, results.EligibleHouseholds);
        Assert.Equal(1.0, results.Turnout);
        Assert.Equal([2, 1], results.Questions[0].Options.Select(o => o.Votes));
        Assert.Equal(2 / 3.0, results.Questions[0].Options[0].Share, 6);

        var late = await w.NewHouseholdAsync("늦은 주민");
        var closed = await Assert.ThrowsAsync<DomainException>(() => w.Polls.CastBallotAsync(late, poll.Id, Choose(poll, 1)));
        Assert.Equal("POLL_NOT_OPEN", closed.Code);
    }

    [Fact]
    public async Task A_poll_not_yet_open_refuses_ballots_and_can_be_cancelled()
    {
        var w = await CommunityWorld.CreateAsync();
        var poll = await w.Polls.CreatePollAsync(w.Manager, Vote(w) with { OpensAt = w.Now.AddDays(1), ClosesAt = w.Now.AddDays(3) });
        Assert.Equal(PollStatus.Scheduled, poll.StatusAt(w.Now));
        var notOpen = await Assert.ThrowsAsync<DomainException>(() => w.Polls.CastBallotAsync(w.Resident, poll.Id, Choose(poll, 0)));
        Assert.Equal("POLL_NOT_OPEN", notOpen.Code);
        await w.Polls.CancelPollAsync(w.Manager, poll.Id);
        Assert.Equal(PollStatus.Cancelled, poll.StatusAt(w.Now.AddDays(2)));
        Assert.Equal(0, await w.Polls.ClosePollsDueAsync(w.Now.AddDays(4)));
    }

    [Fact]
    public async Task Only_households_of_the_complex_vote()
    {
        var w = await CommunityWorld.CreateAsync();
        var poll = await w.Polls.CreatePollAsync(w.Manager, Vote(w));
        var other = await w.World.AddComplexAsync("옆 단지");
        var (outsider, _) = await w.World.AddResidentAsync(other.Id, "외부인");
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Polls.CastBallotAsync(outsider, poll.Id, Choose(poll, 0)));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Polls.CastBallotAsync(w.Manager, poll.Id, Choose(poll, 0)));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Polls.CreatePollAsync(w.Resident, Vote(w)));
    }

    [Fact]
    public async Task A_vote_takes_exactly_one_option_per_question()
    {
        var w = await CommunityWorld.CreateAsync();
        var poll = await w.Polls.CreatePollAsync(w.Manager, Vote(w));
        var q = poll.Questions[0];
        var two = await Assert.ThrowsAsync<DomainException>(() => w.Polls.CastBallotAsync(w.Resident, poll.Id,
            [new BallotAnswerInput(q.Id, q.Options[0].Id), new BallotAnswerInput(q.Id, q.Options[1].Id)]));
        Assert.Equal("BALLOT_INVALID", two.Code);
        var none = await Assert.ThrowsAsync<DomainException>(() => w.Polls.CastBallotAsync(w.Resident, poll.Id, []));
        Assert.Equal("BALLOT_INCOMPLETE", none.Code);
        var foreign = await Assert.ThrowsAsync<DomainException>(() => w.Polls.CastBallotAsync(w.Resident, poll.Id,
            [new BallotAnswerInput(q.Id, Guid.NewGuid())]));
        Assert.Equal("BALLOT_INVALID", foreign.Code);
        Assert.Empty(poll.Participations);

        var multiple = await Assert.ThrowsAsync<DomainException>(() => w.Polls.CreatePollAsync(w.Manager, Vote(w) with
        {
            Questions = [new QuestionInput("복수 선택?", QuestionKind.MultipleChoice, ["a", "b"])],
        }));
        Assert.Equal("VOTE_QUESTION_KIND", multiple.Code);
    }

    [Fact]
    public async Task A_survey_allows_several_choices_free_text_and_skipped_questions()
    {
        var w = await CommunityWorld.CreateAsync();
        var poll = await w.Polls.CreatePollAsync(w.Manager, new CreatePollCommand(w.Complex.Id, PollKind.Survey, "커뮤니티 시설 만족도", null,
            w.Now, w.Now.AddDays(7),
            [
                new QuestionInput("자주 쓰는 시설은?", QuestionKind.MultipleChoice, ["헬스장", "독서실", "놀이터"]),
                new QuestionInput("바라는 점", QuestionKind.FreeText),
                new QuestionInput("만족하십니까?", QuestionKind.SingleChoice, ["예", "아니오"]),
            ]));
        var (gym, reading) = (poll.Questions[0].Options[0].Id, poll.Questions[0].Options[1].Id);
        await w.Polls.CastBallotAsync(w.Resident, poll.Id,
            [new(poll.Questions[0].Id, gym), new(poll.Questions[0].Id, reading), new(poll.Questions[1].Id, Text: "독서실 연장 운영")]);
        var second = await w.NewHouseholdAsync();
        await w.Polls.CastBallotAsync(second, poll.Id, [new(poll.Questions[0].Id, gym), new(poll.Questions[2].Id, poll.Questions[2].Options[0].Id)]);

        await w.Polls.ClosePollAsync(w.Manager, poll.Id);
        var results = await w.Polls.GetResultsAsync(w.Manager, poll.Id);
        Assert.Equal([2, 1, 0], results.Questions[0].Options.Select(o => o.Votes));
        Assert.Equal(["독서실 연장 운영"], results.Questions[1].TextAnswers);
        Assert.Equal([1, 0], results.Questions[2].Options.Select(o => o.Votes));
        Assert.Equal(PollStatus.Closed, poll.StatusAt(w.Now));
    }

    [Fact]
    public async Task A_poll_needs_a_future_closing_and_choice_questions_need_two_options()
    {
        var w = await CommunityWorld.CreateAsync();
        var past = await Assert.ThrowsAsync<DomainException>(() => w.Polls.CreatePollAsync(w.Manager,
            Vote(w) with { OpensAt = w.Now.AddDays(-2), ClosesAt = w.Now.AddDays(-1) }));
        Assert.Equal("POLL_PERIOD_INVALID", past.Code);
        var oneOption = await Assert.ThrowsAsync<DomainException>(() => w.Polls.CreatePollAsync(w.Manager,
            Vote(w) with { Questions = [new QuestionInput("찬성?", QuestionKind.SingleChoice, ["찬성"])] }));
        Assert.Equal("QUESTION_OPTIONS_INVALID", oneOption.Code);
    }
}
