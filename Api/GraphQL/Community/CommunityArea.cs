using GraphQL.Authorization;
using GraphQL.Conventions;
using GraphQL.Data;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Relay;
using GraphQL.Types;
using Housing.Api.Files;
using Housing.Api.GraphQL.Complexes;
using Housing.Api.GraphQL.Listings;
using Housing.Api.GraphQL.Support;
using Housing.Domain.Common;
using Housing.Domain.Community;
using Housing.Domain.Documents;
using Housing.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace Housing.Api.GraphQL.Community;

/// <summary>
/// The community area of DESIGN.md (우리단지): notices of the management office, surveys and secret resident votes (one ballot
/// per household, results only after the tally), complaints and defect reports (민원/하자접수), and the welfare newsroom.
/// </summary>
internal sealed class CommunityArea : IHousingSchemaArea
{
    private static readonly string[] Members = [Roles.Resident, Roles.ApiClient, Roles.ComplexManager, Roles.PlatformAdmin];
    private static readonly string[] Managers = [Roles.ComplexManager, Roles.PlatformAdmin];
    private static readonly string[] Residents = [Roles.Resident, Roles.ApiClient];

    private static readonly string[] NewsPublishers =
        [Roles.PlatformAdmin, Roles.DistrictOfficer, Roles.WelfareCenterManager, Roles.CentralCenterStaff, Roles.ComplexManager];

    public void Configure(HousingSchemaBuilder schema)
    {
        AddNotices(schema);
        AddPolls(schema);
        AddComplaints(schema);
        AddNewsroom(schema);
    }

    private static NoticeService ReadNotices(IResolverContext context) => new(context.ReadStore(), context.Use<TimeProvider>());

    private static PollService ReadPolls(IResolverContext context) => new(context.ReadStore(), context.Use<TimeProvider>());

    private static ComplaintService ReadComplaints(IResolverContext context) => new(context.ReadStore(), context.Use<TimeProvider>());

    private static NewsroomService ReadNewsroom(IResolverContext context) => new(context.ReadStore(), context.Use<TimeProvider>());

    /// <summary>A poll the caller may see (its complex's residents and managers), as its node resolves it; null otherwise.</summary>
    private static async ValueTask<PollView?> VisiblePollAsync(IResolverContext context, Guid id)
    {
        var poll = await PollView.Of(context.ReadDb().Set<Poll>()).FirstOrDefaultAsync(p => p.Id == id, context.CancellationToken);
        return poll is null ? null : await HousingErrors.AnsweringAsync(async () =>
            await PollView.Of(await ReadPolls(context).PollsOfComplexAsync(context.Actor(), poll.ComplexId, context.CancellationToken))
                .FirstOrDefaultAsync(p => p.Id == id, context.CancellationToken));
    }

    /// <summary>An uploaded file as the File type shows it, batched across the request; null once the file is gone.</summary>
    private static Task<Attachment?> StoredFileAsync(IResolverContext context, Guid fileId) =>
        context.BatchDataLoader<Guid, Attachment>("community.storedFiles", async (ids, ct) =>
                (await context.Use<FileStore>().FindManyAsync(ids, ct)).ToDictionary(f => f.Key, f => FileAttachments.ToAttachment(f.Value)))
            .LoadAsync(fileId);

    /// <summary>A notice's attachments: files the caller uploaded (the same check as documents' attachments), each under its given or uploaded name.</summary>
    private static async Task<IReadOnlyList<AttachmentInput>?> NoticeAttachmentsAsync(IResolverContext context, IReadOnlyList<AttachmentFileInput>? attachments)
    {
        if (attachments is null) return null;
        var stored = (await context.Use<FileAttachments>().AttachmentsAsync(context.Actor(), [.. attachments.Select(a => a.FileId)], context.CancellationToken))
            .ToDictionary(f => f.FileId);
        return [.. attachments.Select(a => stored[FileAttachments.ParseId(a.FileId)]).Zip(attachments,
            (file, a) => new AttachmentInput(file.FileId, string.IsNullOrWhiteSpace(a.FileName) ? file.FileName : a.FileName))];
    }

    private static void AddNotices(HousingSchemaBuilder schema)
    {
        schema.Types.AddObjectType<NoticeView>(t =>
        {
            t.Description("A notice of the management office on the complex's homepage (공지사항).").BindFieldsExplicitly();
            t.ImplementsNode(n => n.Id, async (context, id) =>
            {
                var notice = await NoticeView.Of(context.ReadDb().Set<Notice>()).FirstOrDefaultAsync(n => n.Id == id, context.CancellationToken);
                return notice is null ? null : await NoticeView.Of(await ReadNotices(context).NoticesOfComplexAsync(context.Actor(), notice.ComplexId, context.CancellationToken))
                    .FirstOrDefaultAsync(n => n.Id == id, context.CancellationToken);
            });
            t.Field(n => n.Title).Description("The title.");
            t.Field(n => n.Body).Description("The text.");
            t.Field(n => n.Pinned).Description("Pinned at the top of the list.");
            t.Field(n => n.Status).Description("Draft, published or taken down; residents see published notices only.");
            t.Field(n => n.CreatedAt).Description("When it was written.");
            t.Field(n => n.UpdatedAt).Description("When it last changed.");
            t.Field(n => n.PublishedAt).Description("When it was first published.");
            t.Field("attachments").Type("[NoticeAttachment!]!").Description("Files attached, by the uploaded file's id.")
                .ResolveAsync(async context => (await context.GroupedDataLoader<Guid, NoticeAttachment>("community.noticeAttachments", async (ids, ct) =>
                        (await context.ReadDb().Set<NoticeAttachment>().Where(a => ids.Contains(EF.Property<Guid>(a, "NoticeId")))
                            .Select(a => new { NoticeId = EF.Property<Guid>(a, "NoticeId"), Attachment = a }).ToListAsync(ct))
                        .ToLookup(a => a.NoticeId, a => a.Attachment))
                    .LoadAsync(context.Parent<NoticeView>().Id)).ToList());
        });
        schema.Types.AddObjectType<NoticeAttachment>(t =>
        {
            t.Description("A file attached to a notice.").BindFieldsExplicitly();
            t.Field("file").Type("File!").Description("The uploaded file (POST /api/files): its id, type, size and download path.")
                .ResolveAsync(async context => await StoredFileAsync(context, context.Parent<NoticeAttachment>().FileId));
            t.Field(a => a.FileName).Description("The file's name as shown.");
        });
        schema.Query(query => query.Field("notices")
            .Description("The notices of a complex: published ones for everyone, drafts and taken-down ones too for its managers.")
            .Authorize()
            .Argument("complexId", "ID!", a => a.Description("The complex."))
            .UsePaging<NoticeView, Guid>(n => n.Id)
            .UseFiltering<NoticeView>()
            .UseSorting<NoticeView>()
            .ResolveAsync(async context => NoticeView.Of(await ReadNotices(context).NoticesOfComplexAsync(
                context.Actor(), DomainReads.Key(context.ArgumentValue<string>("complexId"), "Complex"), context.CancellationToken))));
        schema.Mutation(mutation =>
        {
            mutation.Field("createNotice")
                .Description("A manager of the complex posts a notice, published at once unless saved as a draft.")
                .Authorize(Managers)
                .UseMutationConvention<CreateNoticeInput, NoticeView>(HousingErrors.Registry, "notice", async (context, input) =>
                    NoticeView.Of(await context.Use<NoticeService>().PostNoticeAsync(context.Actor(), new PostNoticeCommand(
                        DomainReads.Key(input.ComplexId, "Complex"), new NoticeContent(input.Title, input.Body, await NoticeAttachmentsAsync(context, input.Attachments)),
                        input.Publish, input.Pinned), context.CancellationToken)),
                    HousingErrors.Common);
            mutation.Field("updateNotice")
                .Description("A manager of the complex changes a notice's title, text and attachments.")
                .Authorize(Managers)
                .UseMutationConvention<UpdateNoticeInput, NoticeView>(HousingErrors.Registry, "notice", async (context, input) =>
                    NoticeView.Of(await context.Use<NoticeService>().EditNoticeAsync(context.Actor(), DomainReads.Key(input.NoticeId, "Notice"),
                        new NoticeContent(input.Title, input.Body, await NoticeAttachmentsAsync(context, input.Attachments)),
                        context.CancellationToken)),
                    HousingErrors.Common);
        });
    }

    private static void AddPolls(HousingSchemaBuilder schema)
    {
        schema.Types.AddEnumType<PollStatus>();
        schema.Types.AddObjectType<PollView>(t =>
        {
            t.Description("A survey (설문) or resident vote (주민투표) of a complex: one ballot per household, secret, tallied at close.").BindFieldsExplicitly();
            t.ImplementsNode(p => p.Id, VisiblePollAsync);
            t.Field(p => p.Kind).Description("Survey or vote.");
            t.Field(p => p.Title).Description("The title.");
            t.Field(p => p.Description).Description("What it is about.");
            t.Field(p => p.OpensAt).Description("When ballots are accepted from.");
            t.Field(p => p.ClosesAt).Description("When ballots close.");
            t.Field(p => p.ClosedAt).Description("When it was tallied; results exist from then on.");
            t.Field(p => p.CreatedAt).Description("When it was created.");
            t.Field("status").Type("PollStatus!").Description("Scheduled, open, awaiting the tally, closed or cancelled, now.")
                .Resolve(context =>
                {
                    var p = context.Parent<PollView>();
                    return Poll.StatusOf(p.OpensAt, p.ClosesAt, p.ClosedAt, p.CancelledAt, context.Use<TimeProvider>().GetUtcNow());
                });
            t.Field("questions").Type("[PollQuestion!]!").Description("The questions in order.")
                .ResolveAsync(async context => (await context.GroupedDataLoader<Guid, PollQuestionView>("community.pollQuestions", async (ids, ct) =>
                        (await PollQuestionView.OfPolls(context.ReadDb(), ids).ToListAsync(ct)).ToLookup(q => q.PollId))
                    .LoadAsync(context.Parent<PollView>().Id)).ToList());
            t.Field("myHouseholdHasVoted").Type("Boolean!").Description("Whether the caller's household has cast its ballot (never what it chose).")
                .Authorize(Residents)
                .ResolveAsync(async context =>
                {
                    var household = context.Actor().HouseholdId;
                    var voted = await context.BatchDataLoader<Guid, bool>("community.householdVoted", async (ids, ct) =>
                            await context.ReadDb().Set<PollParticipation>()
                                .Where(p => p.HouseholdId == household && ids.Contains(EF.Property<Guid>(p, "PollId")))
                                .Select(p => EF.Property<Guid>(p, "PollId")).Distinct().ToDictionaryAsync(id => id, _ => true, ct))
                        .LoadAsync(context.Parent<PollView>().Id);
                    return voted;
                });
            t.Field("results").Type("PollResults").Description("The tally: only once the poll is closed (POLL_NOT_CLOSED before).")
                .ResolveAsync(context => HousingErrors.AnsweringAsync(() =>
                    ReadPolls(context).GetResultsAsync(context.Actor(), context.Parent<PollView>().Id, context.CancellationToken)));
        });
        schema.Types.AddObjectType<PollQuestionView>(t =>
        {
            t.Description("A question of a poll; its id answers it in a ballot.").BindFieldsExplicitly();
            t.ImplementsNode(q => q.Id, async (context, id) =>
                await PollQuestionView.ById(context.ReadDb(), id).FirstOrDefaultAsync(context.CancellationToken) is { } question
                && await VisiblePollAsync(context, question.PollId) is not null ? question : null);
            t.Field(q => q.Order).Description("Its place in the poll, from 1.");
            t.Field(q => q.Text).Description("The question.");
            t.Field(q => q.Kind).Description("Single choice, multiple choice or free text (surveys only).");
            t.Field("options").Type("[PollOption!]!").Description("The choices, in order.")
                .ResolveAsync(async context => (await context.GroupedDataLoader<Guid, PollOptionView>("community.pollOptions", async (ids, ct) =>
                        (await PollOptionView.OfQuestions(context.ReadDb(), ids).ToListAsync(ct)).ToLookup(o => o.QuestionId))
                    .LoadAsync(context.Parent<PollQuestionView>().Id)).ToList());
        });
        schema.Types.AddObjectType<PollOptionView>(t =>
        {
            t.Description("A choice of a question; its id chooses it in a ballot.").BindFieldsExplicitly();
            t.ImplementsNode(o => o.Id, async (context, id) =>
                await PollOptionView.ById(context.ReadDb(), id).FirstOrDefaultAsync(context.CancellationToken) is { } option
                && await PollQuestionView.ById(context.ReadDb(), option.QuestionId).FirstOrDefaultAsync(context.CancellationToken) is { } question
                && await VisiblePollAsync(context, question.PollId) is not null ? option : null);
            t.Field(o => o.Order).Description("Its place among the choices, from 1.");
            t.Field(o => o.Text).Description("The choice.");
        });
        schema.Types.AddObjectType<PollResults>(t =>
        {
            t.Description("A closed poll's tally: counts only, never who chose what.").BindFieldsExplicitly();
            t.Field(r => r.Ballots).Description("Ballots cast (one per household).");
            t.Field(r => r.EligibleHouseholds).Description("Households of the complex at close.");
            t.Field(r => r.Turnout).Description("Ballots ÷ eligible households (투표율).");
            t.Field(r => r.Questions).Description("Each question's counts.");
        });
        schema.Types.AddObjectType<QuestionResult>(t =>
        {
            t.Description("The tally of one question.").BindFieldsExplicitly();
            t.Field(r => r.Text).Description("The question.");
            t.Field(r => r.Options).Description("Votes per option.");
            t.Field(r => r.TextAnswers).Description("Free-text answers, sorted, unattributed.");
        });
        schema.Types.AddObjectType<OptionResult>(t =>
        {
            t.Description("Votes for one option.").BindFieldsExplicitly();
            t.Field(r => r.Text).Description("The option.");
            t.Field(r => r.Votes).Description("Ballots that chose it.");
            t.Field(r => r.Share).Description("Votes ÷ ballots.");
        });
        schema.Query(query => query.Field("polls")
            .Description("The surveys and votes of a complex, for its residents and managers (cancelled ones for managers only).")
            .Authorize(Members)
            .Argument("complexId", "ID!", a => a.Description("The complex."))
            .UsePaging<PollView, Guid>(p => p.Id)
            .UseFiltering<PollView>()
            .UseSorting<PollView>()
            .ResolveAsync(context => HousingErrors.AnsweringAsync(async () => PollView.Of(await ReadPolls(context).PollsOfComplexAsync(
                context.Actor(), DomainReads.Key(context.ArgumentValue<string>("complexId"), "Complex"), context.CancellationToken)))));
        schema.Mutation(mutation =>
        {
            mutation.Field("createPoll")
                .Description("A manager of the complex opens a survey or vote with its questions and period.")
                .Authorize(Managers)
                .UseMutationConvention<CreatePollInput, PollView>(HousingErrors.Registry, "poll", async (context, input) =>
                    PollView.Of(await context.Use<PollService>().CreatePollAsync(context.Actor(), new CreatePollCommand(
                        DomainReads.Key(input.ComplexId, "Complex"), input.Kind, input.Title, input.Description, input.OpensAt, input.ClosesAt,
                        [.. input.Questions.Select(q => new QuestionInput(q.Text, q.Kind, q.Options))]), context.CancellationToken)),
                    HousingErrors.Common);
            mutation.Field("castBallot")
                .Description("Casts the caller's household's one ballot; secret: nothing stored ties the answers to the household.")
                .Authorize(Residents)
                .UseMutationConvention<CastBallotInput, PollView>(HousingErrors.Registry, "poll", async (context, input) =>
                {
                    var pollId = DomainReads.Key(input.PollId, "Poll");
                    await context.Use<PollService>().CastBallotAsync(context.Actor(), pollId,
                        [.. input.Answers.Select(a => new BallotAnswerInput(HousingIds.Parse(a.QuestionId, "PollQuestion"),
                            a.OptionId is null ? null : HousingIds.Parse(a.OptionId, "PollOption"), a.Text))], context.CancellationToken);
                    return (await PollView.Of(context.ReadDb().Set<Poll>()).FirstOrDefaultAsync(p => p.Id == pollId, context.CancellationToken))!;
                }, HousingErrors.Common);
            mutation.Field("closePoll")
                .Description("A manager closes an open poll early; it is tallied at once.")
                .Authorize(Managers)
                .UseMutationConvention<ClosePollInput, PollView>(HousingErrors.Registry, "poll", async (context, input) =>
                    PollView.Of(await context.Use<PollService>().ClosePollAsync(context.Actor(), DomainReads.Key(input.PollId, "Poll"), context.CancellationToken)),
                    HousingErrors.Common);
        });
    }

    private static void AddComplaints(HousingSchemaBuilder schema)
    {
        schema.Types.AddObjectType<ComplaintView>(t =>
        {
            t.Description("A complaint or defect report (민원/하자접수): filed by a resident, assigned and resolved by the management office, rated by the filer.")
                .BindFieldsExplicitly();
            t.ImplementsNode(c => c.Id, async (context, id) =>
                await HousingErrors.NodeAsync(() => ReadComplaints(context).GetComplaintAsync(context.Actor(), id, context.CancellationToken)) is { } complaint
                    ? ComplaintView.Of(complaint) : null);
            t.Field(c => c.Kind).Description("Complaint (민원) or defect (하자).");
            t.Field(c => c.Category).Description("Noise, parking, facility, leak, …");
            t.Field(c => c.Title).Description("The title.");
            t.Field(c => c.Description).Description("The problem described.");
            t.Field(c => c.Location).Description("Where, e.g. 101동 1203호 욕실.");
            t.Field(c => c.Status).Description("Received → Assigned → In progress → Resolved → Closed.");
            t.Field(c => c.FiledAt).Description("When it was filed.");
            t.Field(c => c.AssigneeName).Description("The staff member handling it.");
            t.Field(c => c.AssignedAt).Description("When it was (last) assigned.");
            t.Field(c => c.ResolvedAt).Description("When it was resolved.");
            t.Field(c => c.ClosedAt).Description("When it was closed.");
            t.Field(c => c.Resolution).Description("What was done.");
            t.Field(c => c.Satisfaction).Description("The filer's satisfaction, 1 to 5.");
            t.Field(c => c.SatisfactionComment).Description("The filer's comment on the handling.");
            t.Field(c => c.ReopenCount).Description("Times the filer reopened it.");
            t.Field("hoursTaken").Type("Float").Description("Hours from filing to resolution; null while unresolved.")
                .Resolve(context => context.Parent<ComplaintView>() is { ResolvedAt: { } resolved } c ? (resolved - c.FiledAt).TotalHours : (double?)null);
            t.Field("photos").Type("[File!]!").Description("The photos attached, in order.")
                .ResolveAsync(async context =>
                {
                    var fileIds = await context.GroupedDataLoader<Guid, Guid>("community.complaintPhotos", async (ids, ct) =>
                            (await context.ReadDb().Set<ComplaintPhoto>().Where(p => ids.Contains(EF.Property<Guid>(p, "ComplaintId")))
                                .OrderBy(p => p.Order)
                                .Select(p => new { ComplaintId = EF.Property<Guid>(p, "ComplaintId"), p.FileId }).ToListAsync(ct))
                            .ToLookup(p => p.ComplaintId, p => p.FileId))
                        .LoadAsync(context.Parent<ComplaintView>().Id);
                    var files = await Task.WhenAll(fileIds.Select(id => StoredFileAsync(context, id)));
                    return files.OfType<Attachment>().ToList();
                });
        });
        schema.Query(query =>
        {
            query.Field("complaints")
                .Description("The complaints queue of a complex, for its managers.")
                .Authorize(Managers)
                .Argument("complexId", "ID!", a => a.Description("The complex."))
                .UsePaging<ComplaintView, Guid>(c => c.Id)
                .UseFiltering<ComplaintView>()
                .UseSorting<ComplaintView>()
                .ResolveAsync(context => HousingErrors.AnsweringAsync(async () => ComplaintView.Of(await ReadComplaints(context).ComplaintsOfComplexAsync(
                    context.Actor(), DomainReads.Key(context.ArgumentValue<string>("complexId"), "Complex"), context.CancellationToken))));
            query.Field("myComplaints")
                .Description("The complaints filed by the caller's household.")
                .Authorize(Residents)
                .UsePaging<ComplaintView, Guid>(c => c.Id)
                .UseFiltering<ComplaintView>()
                .UseSorting<ComplaintView>()
                .ResolveAsync(context => HousingErrors.AnsweringAsync(async () =>
                    ComplaintView.Of(await ReadComplaints(context).MyHouseholdsComplaintsAsync(context.Actor(), context.CancellationToken))));
        });
        schema.Mutation(mutation =>
        {
            mutation.Field("fileComplaint")
                .Description("A resident files a complaint or defect report with up to 10 photos uploaded beforehand (POST /files).")
                .Authorize(Residents)
                .UseMutationConvention<FileComplaintInput, ComplaintView>(HousingErrors.Registry, "complaint", async (context, input) =>
                {
                    var actor = context.Actor();
                    var photos = await context.Use<FileAttachments>().AttachmentsAsync(actor, input.PhotoFileIds, context.CancellationToken);
                    return ComplaintView.Of(await context.Use<ComplaintService>().FileComplaintAsync(actor, new FileComplaintCommand(
                        input.Kind, input.Category, input.Title, input.Description, input.Location, [.. photos.Select(p => p.FileId)]), context.CancellationToken));
                }, HousingErrors.Common);
            mutation.Field("assignComplaint")
                .Description("A manager assigns (or reassigns) the complaint to a manager of its complex (a `ComplexManager` of `Complex.managers`).")
                .Authorize(Managers)
                .UseMutationConvention<AssignComplaintInput, ComplaintView>(HousingErrors.Registry, "complaint", async (context, input) =>
                {
                    var complaintId = DomainReads.Key(input.ComplaintId, "Complaint");
                    var assignee = await context.ManagerAsync(HousingIds.Parse(input.AssigneeId, "ComplexManager"))
                        ?? throw new NotFoundException("ComplexManager", input.AssigneeId);
                    var complexId = await context.ReadDb().Set<Complaint>().Where(c => c.Id == complaintId).Select(c => (Guid?)c.ComplexId)
                        .FirstOrDefaultAsync(context.CancellationToken);
                    if (complexId is { } complex && assignee.ComplexId != complex)
                        throw new DomainException("ASSIGNEE_NOT_MANAGER", $"{assignee.Name} does not manage the complaint's complex; pick one of its managers.");
                    return ComplaintView.Of(await context.Use<ComplaintService>().AssignComplaintAsync(context.Actor(), complaintId,
                        assignee.UserId, assignee.Name, context.CancellationToken));
                }, HousingErrors.Common);
            mutation.Field("startComplaint")
                .Description("The assignee (or a manager) starts work on an assigned complaint.")
                .Authorize(Roles.ComplexManager, Roles.PlatformAdmin)
                .UseMutationConvention<StartComplaintInput, ComplaintView>(HousingErrors.Registry, "complaint", async (context, input) =>
                    ComplaintView.Of(await context.Use<ComplaintService>().StartComplaintAsync(context.Actor(), DomainReads.Key(input.ComplaintId, "Complaint"),
                        context.CancellationToken)),
                    HousingErrors.Common);
            mutation.Field("resolveComplaint")
                .Description("The assignee (or a manager) resolves a complaint in progress, saying what was done.")
                .Authorize(Roles.ComplexManager, Roles.PlatformAdmin)
                .UseMutationConvention<ResolveComplaintInput, ComplaintView>(HousingErrors.Registry, "complaint", async (context, input) =>
                    ComplaintView.Of(await context.Use<ComplaintService>().ResolveComplaintAsync(context.Actor(), DomainReads.Key(input.ComplaintId, "Complaint"),
                        input.Resolution, context.CancellationToken)),
                    HousingErrors.Common);
            mutation.Field("rateComplaint")
                .Description("The filer gives their satisfaction (1 to 5) with a resolved complaint, once.")
                .Authorize(Residents)
                .UseMutationConvention<RateComplaintInput, ComplaintView>(HousingErrors.Registry, "complaint", async (context, input) =>
                    ComplaintView.Of(await context.Use<ComplaintService>().RateComplaintAsync(context.Actor(), DomainReads.Key(input.ComplaintId, "Complaint"),
                        input.Satisfaction, input.Comment, context.CancellationToken)),
                    HousingErrors.Common);
        });
    }

    private static void AddNewsroom(HousingSchemaBuilder schema)
    {
        schema.Types.AddObjectType<NewsItemView>(t =>
        {
            t.Description("An item of the welfare newsroom (복지 뉴스룸): a support programme or notice for residents of a scope.").BindFieldsExplicitly();
            t.ImplementsNode(n => n.Id, async (context, id) =>
                await NewsItemView.Of(ReadNewsroom(context).PublishedNews()).FirstOrDefaultAsync(n => n.Id == id, context.CancellationToken));
            t.Field(n => n.Title).Description("The title.");
            t.Field(n => n.Summary).Description("A short summary.");
            t.Field(n => n.Body).Description("The full text.");
            t.Field(n => n.Category).Description("Housing support, rental housing, welfare service, employment, event or other.");
            t.Field(n => n.Scope).Description("Everywhere, one district or one complex.");
            t.Field(n => n.SigunguCode).Description("The district (시군구 code) of a regional item.");
            t.Field(n => n.Link).Description("Where to apply or read more.");
            t.Field(n => n.ApplyFrom).Description("First day to apply.");
            t.Field(n => n.ApplyUntil).Description("Last day to apply.");
            t.Field(n => n.PublishedAt).Description("When it was published.");
        });
        schema.Query(query => query.Field("newsItems")
            .Description("Published newsroom items, newest first by default; for one complex, those of everywhere, its district and itself. Open to everyone.")
            .Argument("complexId", "ID", a => a.Description("Only items that concern this complex's residents."))
            .UsePaging<NewsItemView, Guid>(n => n.Id)
            .UseFiltering<NewsItemView>()
            .UseSorting<NewsItemView>()
            .ResolveAsync(async context =>
            {
                var newsroom = ReadNewsroom(context);
                return NewsItemView.Of(context.ArgumentValue<string?>("complexId") is { } complex
                    ? await HousingErrors.AnsweringAsync(() => newsroom.NewsForComplexAsync(DomainReads.Key(complex, "Complex"), context.CancellationToken))
                    : newsroom.PublishedNews());
            }));
        schema.Mutation(mutation => mutation.Field("postNewsItem")
            .Description("Publishes a newsroom item: admins, district officers and welfare centers for any scope, a manager for their own complex.")
            .Authorize(NewsPublishers)
            .UseMutationConvention<PostNewsItemInput, NewsItemView>(HousingErrors.Registry, "newsItem", async (context, input) =>
                NewsItemView.Of(await context.Use<NewsroomService>().PostNewsAsync(context.Actor(), new NewsContent(
                    input.Title, input.Summary, input.Body, input.Category, input.Scope, input.SigunguCode,
                    input.ComplexId is null ? null : DomainReads.Key(input.ComplexId, "Complex"), input.Link, input.ApplyFrom, input.ApplyUntil),
                    publish: true, context.CancellationToken)),
                HousingErrors.Common));
    }
}

public sealed record AttachmentFileInput(
    [property: GraphQLType("ID!"), GraphQLDescription("The id POST /api/files returned for a file the caller uploaded.")] string FileId,
    [property: GraphQLDescription("The name to show; the uploaded file's name when omitted.")] string? FileName = null);

public sealed record CreateNoticeInput(
    [property: GraphQLType("ID!")] string ComplexId,
    string Title,
    string Body,
    IReadOnlyList<AttachmentFileInput>? Attachments,
    [property: GraphQLDescription("Publish now (true) or keep as a draft.")] bool Publish = true,
    bool Pinned = false);

public sealed record UpdateNoticeInput([property: GraphQLType("ID!")] string NoticeId, string Title, string Body, IReadOnlyList<AttachmentFileInput>? Attachments);

public sealed record PollQuestionInput(string Text, QuestionKind Kind, IReadOnlyList<string>? Options);

public sealed record CreatePollInput(
    [property: GraphQLType("ID!")] string ComplexId,
    PollKind Kind,
    string Title,
    string? Description,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    IReadOnlyList<PollQuestionInput> Questions);

public sealed record BallotAnswerFieldInput(
    [property: GraphQLType("ID!"), GraphQLDescription("The PollQuestion answered.")] string QuestionId,
    [property: GraphQLType("ID"), GraphQLDescription("The PollOption chosen, for a choice question.")] string? OptionId,
    [property: GraphQLDescription("For a free-text question.")] string? Text);

public sealed record CastBallotInput([property: GraphQLType("ID!")] string PollId, IReadOnlyList<BallotAnswerFieldInput> Answers);

public sealed record ClosePollInput([property: GraphQLType("ID!")] string PollId);

public sealed record FileComplaintInput(
    ComplaintKind Kind,
    ComplaintCategory Category,
    string Title,
    string Description,
    string? Location,
    [property: GraphQLType("[ID!]"), GraphQLDescription("Ids of photos the caller uploaded beforehand (POST /api/files), at most 10.")] IReadOnlyList<string>? PhotoFileIds);

public sealed record AssignComplaintInput(
    [property: GraphQLType("ID!")] string ComplaintId,
    [property: GraphQLType("ID!"), GraphQLDescription("The ComplexManager (a manager assignment of the complaint's complex) who handles it.")] string AssigneeId);

public sealed record StartComplaintInput([property: GraphQLType("ID!")] string ComplaintId);

public sealed record ResolveComplaintInput([property: GraphQLType("ID!")] string ComplaintId, string Resolution);

public sealed record RateComplaintInput([property: GraphQLType("ID!")] string ComplaintId, int Satisfaction, string? Comment);

public sealed record PostNewsItemInput(
    string Title,
    string Summary,
    string Body,
    NewsCategory Category,
    NewsScope Scope,
    string? SigunguCode,
    [property: GraphQLType("ID")] string? ComplexId,
    string? Link,
    DateOnly? ApplyFrom,
    DateOnly? ApplyUntil);
