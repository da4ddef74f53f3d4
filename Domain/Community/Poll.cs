using Housing.Domain.Common;

namespace Housing.Domain.Community;

public enum PollKind
{
    /// <summary>설문: questions may be skipped, allow several choices or free text.</summary>
    Survey,

    /// <summary>주민투표: every question answered with exactly one option.</summary>
    Vote,
}

public enum QuestionKind
{
    SingleChoice,
    MultipleChoice,

    /// <summary>Free text, surveys only.</summary>
    FreeText,
}

public enum PollStatus
{
    Scheduled,
    Open,

    /// <summary>The closing time has passed; the tally has not run yet.</summary>
    AwaitingTally,
    Closed,
    Cancelled,
}

/// <summary>
/// A survey or vote among the households of a complex. One ballot per household. Secret: a ballot's answers carry
/// no household, no time and a random (not time-ordered) key, and participation is recorded separately, so the
/// stored data cannot tell who chose what. Results exist only after the poll is closed and tallied.
/// </summary>
public sealed class Poll : AggregateRoot
{
    public const int MaxFreeTextLength = 2000;

    private readonly List<PollQuestion> _questions = [];
    private readonly List<PollParticipation> _participations = [];
    private readonly List<BallotAnswer> _answers = [];

    private Poll() { }

    private Poll(Guid complexId, PollKind kind, string title, string? description, DateTimeOffset opensAt, DateTimeOffset closesAt,
        Guid createdBy, DateTimeOffset now)
    {
        ComplexId = complexId;
        Kind = kind;
        Title = title;
        Description = description;
        OpensAt = opensAt.ToUniversalTime();
        ClosesAt = closesAt.ToUniversalTime();
        CreatedByUserId = createdBy;
        CreatedAt = now;
    }

    public Guid ComplexId { get; private set; }

    public PollKind Kind { get; private set; }

    public string Title { get; private set; } = "";

    public string? Description { get; private set; }

    public DateTimeOffset OpensAt { get; private set; }

    public DateTimeOffset ClosesAt { get; private set; }

    public Guid CreatedByUserId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the tally ran; null until then.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>Households of the complex when the poll closed (the turnout's denominator).</summary>
    public int? EligibleHouseholds { get; private set; }

    public IReadOnlyList<PollQuestion> Questions => _questions;

    /// <summary>Which households took part and when; never what they chose.</summary>
    public IReadOnlyList<PollParticipation> Participations => _participations;

    /// <summary>The ballots' answers, unlinkable to households.</summary>
    public IReadOnlyList<BallotAnswer> Answers => _answers;

    public bool IsClosed => ClosedAt is not null;

    public PollStatus StatusAt(DateTimeOffset now) => StatusOf(OpensAt, ClosesAt, ClosedAt, CancelledAt, now);

    /// <summary>The status of a poll with these instants at <paramref name="now"/>, for readers holding only its columns.</summary>
    public static PollStatus StatusOf(DateTimeOffset opensAt, DateTimeOffset closesAt, DateTimeOffset? closedAt, DateTimeOffset? cancelledAt, DateTimeOffset now) =>
        cancelledAt is not null ? PollStatus.Cancelled
        : closedAt is not null ? PollStatus.Closed
        : now < opensAt ? PollStatus.Scheduled
        : now < closesAt ? PollStatus.Open
        : PollStatus.AwaitingTally;

    public bool HasParticipated(Guid householdId) => _participations.Any(p => p.HouseholdId == householdId);

    internal static Poll Create(Guid complexId, CreatePollCommand cmd, Guid createdBy, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(cmd.Title))
            throw new DomainException("POLL_TITLE_REQUIRED", "A poll needs a title.");
        if (cmd.ClosesAt <= cmd.OpensAt)
            throw new DomainException("POLL_PERIOD_INVALID", "A poll closes after it opens.");
        if (cmd.ClosesAt <= now)
            throw new DomainException("POLL_PERIOD_INVALID", "A poll's closing time must be in the future.");
        if (cmd.Questions.Count == 0)
            throw new DomainException("POLL_QUESTIONS_REQUIRED", "A poll needs at least one question.");
        var poll = new Poll(complexId, cmd.Kind, cmd.Title.Trim(), string.IsNullOrWhiteSpace(cmd.Description) ? null : cmd.Description.Trim(),
            cmd.OpensAt, cmd.ClosesAt, createdBy, now);
        for (var i = 0; i < cmd.Questions.Count; i++)
            poll._questions.Add(PollQuestion.Create(i + 1, cmd.Kind, cmd.Questions[i]));
        return poll;
    }

    internal void Cancel(DateTimeOffset now)
    {
        if (StatusAt(now) != PollStatus.Scheduled)
            throw new DomainException("POLL_ALREADY_OPEN", "Only a poll that has not opened yet can be cancelled.");
        CancelledAt = now;
        Touch();
    }

    /// <summary>Casts the household's one ballot; a second from the same household is refused.</summary>
    internal void Cast(Guid householdId, IReadOnlyList<BallotAnswerInput> answers, DateTimeOffset now)
    {
        var status = StatusAt(now);
        if (status != PollStatus.Open)
            throw new DomainException("POLL_NOT_OPEN", status == PollStatus.Scheduled
                ? $"The poll opens at {OpensAt:yyyy-MM-dd HH:mm} UTC."
                : "The poll is closed.");
        if (HasParticipated(householdId))
            throw new DomainException("ALREADY_VOTED", "Your household has already cast its ballot; one ballot per household.");
        var validated = Validate(answers);
        var ballotKey = Guid.NewGuid();
        foreach (var (question, optionId, text) in validated)
            _answers.Add(new BallotAnswer(ballotKey, question.Id, optionId, text));
        _participations.Add(new PollParticipation(householdId, now));
        Touch();
    }

    /// <summary>
    /// Closes and tallies the poll once its closing time has come; returns false (and changes nothing) when it is
    /// already closed, cancelled, or not due yet — so the closing job can run any number of times.
    /// </summary>
    internal bool Close(DateTimeOffset asOf, int eligibleHouseholds)
    {
        if (ClosedAt is not null || CancelledAt is not null || asOf < ClosesAt) return false;
        foreach (var option in _questions.SelectMany(q => q.Options))
            option.SetVotes(_answers.Count(a => a.OptionId == option.Id));
        EligibleHouseholds = eligibleHouseholds;
        ClosedAt = asOf;
        Touch();
        return true;
    }

    /// <summary>A manager ends the poll early: it closes now and is tallied at once.</summary>
    internal void CloseEarly(DateTimeOffset now, int eligibleHouseholds)
    {
        if (StatusAt(now) is not (PollStatus.Open or PollStatus.AwaitingTally))
            throw new DomainException("POLL_NOT_OPEN", "Only an open poll can be closed.");
        if (now < ClosesAt) ClosesAt = now;
        Close(now, eligibleHouseholds);
    }

    public PollResults Results()
    {
        if (ClosedAt is null)
            throw new DomainException("POLL_NOT_CLOSED", "Results are shown after the poll is closed and tallied.");
        var ballots = _participations.Count;
        return new PollResults(Id, Kind, ballots, EligibleHouseholds ?? 0,
            EligibleHouseholds is > 0 ? (double)ballots / EligibleHouseholds.Value : 0,
            _questions.OrderBy(q => q.Order).Select(q => new QuestionResult(q.Id, q.Text, q.Kind,
                q.Options.OrderBy(o => o.Order).Select(o => new OptionResult(o.Id, o.Text, o.Votes ?? 0,
                    ballots > 0 ? (double)(o.Votes ?? 0) / ballots : 0)).ToList(),
                _answers.Where(a => a.QuestionId == q.Id && a.Text != null).Select(a => a.Text!).Order(StringComparer.Ordinal).ToList()))
                .ToList());
    }

    private List<(PollQuestion Question, Guid? OptionId, string? Text)> Validate(IReadOnlyList<BallotAnswerInput> answers)
    {
        var result = new List<(PollQuestion, Guid?, string?)>();
        foreach (var group in answers.GroupBy(a => a.QuestionId))
        {
            var question = _questions.FirstOrDefault(q => q.Id == group.Key)
                ?? throw new DomainException("BALLOT_INVALID", $"Question {group.Key} is not part of this poll.");
            result.AddRange(question.Validate(group.ToList()).Select(x => (question, x.OptionId, x.Text)));
        }
        if (Kind == PollKind.Vote)
        {
            var unanswered = _questions.Where(q => !answers.Any(a => a.QuestionId == q.Id)).Select(q => q.Order).ToList();
            if (unanswered.Count > 0)
                throw new DomainException("BALLOT_INCOMPLETE", $"A vote answers every question; missing question(s) {string.Join(", ", unanswered)}.");
        }
        if (result.Count == 0)
            throw new DomainException("BALLOT_EMPTY", "The ballot answers no question.");
        return result;
    }
}

public sealed class PollQuestion : Entity
{
    private readonly List<PollOption> _options = [];

    private PollQuestion() { }

    private PollQuestion(int order, string text, QuestionKind kind)
    {
        Order = order;
        Text = text;
        Kind = kind;
    }

    public int Order { get; private set; }

    public string Text { get; private set; } = "";

    public QuestionKind Kind { get; private set; }

    public IReadOnlyList<PollOption> Options => _options;

    internal static PollQuestion Create(int order, PollKind pollKind, QuestionInput input)
    {
        if (string.IsNullOrWhiteSpace(input.Text))
            throw new DomainException("QUESTION_TEXT_REQUIRED", $"Question {order} needs its text.");
        if (pollKind == PollKind.Vote && input.Kind != QuestionKind.SingleChoice)
            throw new DomainException("VOTE_QUESTION_KIND", "Every question of a vote is single choice.");
        var options = (input.Options ?? []).Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim()).ToList();
        if (input.Kind == QuestionKind.FreeText ? options.Count > 0 : options.Count < 2)
            throw new DomainException("QUESTION_OPTIONS_INVALID",
                $"Question {order}: a choice question needs at least two options; a free-text question has none.");
        if (options.Distinct().Count() != options.Count)
            throw new DomainException("QUESTION_OPTIONS_INVALID", $"Question {order} lists an option twice.");
        var q = new PollQuestion(order, input.Text.Trim(), input.Kind);
        for (var i = 0; i < options.Count; i++) q._options.Add(new PollOption(i + 1, options[i]));
        return q;
    }

    internal IEnumerable<(Guid? OptionId, string? Text)> Validate(IReadOnlyList<BallotAnswerInput> answers)
    {
        if (Kind == QuestionKind.FreeText)
        {
            var text = answers.Count == 1 ? answers[0].Text?.Trim() : null;
            if (string.IsNullOrEmpty(text) || text.Length > Poll.MaxFreeTextLength || answers[0].OptionId is not null)
                throw new DomainException("BALLOT_INVALID", $"Question {Order} takes one text answer of up to {Poll.MaxFreeTextLength} characters.");
            return [(null, text)];
        }
        var ids = answers.Select(a => a.OptionId).ToList();
        if (ids.Any(id => id is null || _options.All(o => o.Id != id)) || ids.Distinct().Count() != ids.Count)
            throw new DomainException("BALLOT_INVALID", $"Question {Order}: choose among its options, each at most once.");
        if (Kind == QuestionKind.SingleChoice && ids.Count != 1)
            throw new DomainException("BALLOT_INVALID", $"Question {Order} takes exactly one option.");
        return ids.Select(id => (id, (string?)null));
    }
}

public sealed class PollOption : Entity
{
    private PollOption() { }

    internal PollOption(int order, string text)
    {
        Order = order;
        Text = text;
    }

    public int Order { get; private set; }

    public string Text { get; private set; } = "";

    /// <summary>Set by the tally at close; null before.</summary>
    public int? Votes { get; private set; }

    internal void SetVotes(int votes) => Votes = votes;
}

/// <summary>That a household took part, and when. Holds nothing of what it chose.</summary>
public sealed class PollParticipation : Entity
{
    private PollParticipation() { }

    internal PollParticipation(Guid householdId, DateTimeOffset castAt)
    {
        HouseholdId = householdId;
        CastAt = castAt;
    }

    public Guid HouseholdId { get; private set; }

    public DateTimeOffset CastAt { get; private set; }
}

/// <summary>
/// One answer of one ballot. The row id and the ballot key are random (v4) Guids, not time-ordered, and there is no
/// timestamp, so answers cannot be matched to participations by order or time.
/// </summary>
public sealed class BallotAnswer : Entity
{
    private BallotAnswer() : base(Guid.NewGuid()) { }

    internal BallotAnswer(Guid ballotKey, Guid questionId, Guid? optionId, string? text) : base(Guid.NewGuid())
    {
        BallotKey = ballotKey;
        QuestionId = questionId;
        OptionId = optionId;
        Text = text;
    }

    /// <summary>Groups the answers of one ballot.</summary>
    public Guid BallotKey { get; private set; }

    public Guid QuestionId { get; private set; }

    public Guid? OptionId { get; private set; }

    public string? Text { get; private set; }
}

public sealed record QuestionInput(string Text, QuestionKind Kind, IReadOnlyList<string>? Options = null);

public sealed record CreatePollCommand(
    Guid ComplexId,
    PollKind Kind,
    string Title,
    string? Description,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    IReadOnlyList<QuestionInput> Questions);

/// <summary>An answer on a ballot: an option of a choice question, or the text of a free-text question.</summary>
public sealed record BallotAnswerInput(Guid QuestionId, Guid? OptionId = null, string? Text = null);

public sealed record OptionResult(Guid OptionId, string Text, int Votes, double Share);

public sealed record QuestionResult(Guid QuestionId, string Text, QuestionKind Kind, IReadOnlyList<OptionResult> Options,
    IReadOnlyList<string> TextAnswers);

public sealed record PollResults(Guid PollId, PollKind Kind, int Ballots, int EligibleHouseholds, double Turnout,
    IReadOnlyList<QuestionResult> Questions);
