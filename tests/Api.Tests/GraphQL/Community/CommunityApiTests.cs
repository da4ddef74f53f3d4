using System.Net;
using System.Text.Json;
using Api.Tests.Files;
using Api.Tests.GraphQL.Listings;
using Api.Tests.Support;
using Housing.Domain.Common;
using Housing.Domain.Complexes;

namespace Api.Tests.GraphQL.Community;

/// <summary>A host with a complex with residents and a manager, another complex, staff.</summary>
public sealed class CommunityHost : ClassHost
{
    private int _next;

    public HousingWorld World { get; private set; } = null!;
    public Complex Complex { get; private set; } = null!;
    public Person Resident { get; private set; } = null!;
    public Person Stranger { get; private set; } = null!;
    public Person Manager { get; private set; } = null!;
    public Person OtherManager { get; private set; } = null!;
    public Person Officer { get; private set; } = null!;
    public Person Admin { get; private set; } = null!;
    public Person Analyst { get; private set; } = null!;

    public string ComplexId => HousingWorld.IdOf("Complex", Complex.Id);

    protected override async Task PopulateAsync()
    {
        World = await HousingWorld.CreateAsync(Api);
        Complex = await World.AddComplexAsync("양평 한신");
        var other = await World.AddComplexAsync("여의도 시범", HousingOperator.None);
        Resident = await World.AddResidentAsync(Complex.Id, "resident.hong");
        Stranger = await World.AddResidentAsync(other.Id, "stranger.kang");
        Manager = await World.AddManagerAsync(Complex.Id, "manager.lee");
        OtherManager = await World.AddManagerAsync(other.Id, "manager.oh");
        Officer = await World.AddStaffAsync(Roles.DistrictOfficer, "officer.jung");
        Admin = await World.AddStaffAsync(Roles.PlatformAdmin, "admin.choi");
        Analyst = await World.AddStaffAsync(Roles.Analyst, "analyst.han");
    }

    public Task<Person> ResidentAsync() => World.AddResidentAsync(Complex.Id, $"resident.{Interlocked.Increment(ref _next)}");
}

public sealed class CommunityApiTests(ClassHosts<CommunityHost> hosts) : ClassHostTests<CommunityHost>(hosts)
{
    private const string CreateNotice = """
        mutation($input: CreateNoticeInput!) {
          createNotice(input: $input) { notice { id title status pinned attachments { file { id contentType } fileName } } errors { __typename ... on Error { message } ... on RuleViolationError { code } } }
        }
        """;

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task A_managers_notice_reaches_residents_and_a_draft_stays_with_the_managers(string provider)
    {
        await UseAsync(provider);
        var fileId = (await Api.UploadedAsync(Host.Manager.Token, "inspection.pdf", FileUploads.Pdf)).GetProperty("id").GetString();
        var notice = (await Api.DataAsync(CreateNotice, new { input = new { complexId = Host.ComplexId, title = "[공지] 승강기 점검", body = "10일 오전", pinned = true,
            attachments = new[] { new { fileId, fileName = "점검표.pdf" } } } }, Host.Manager.Token)).GetProperty("createNotice").GetProperty("notice");
        Assert.Equal((fileId, "application/pdf"), (notice.GetProperty("attachments")[0].GetProperty("file").GetProperty("id").GetString(),
            notice.GetProperty("attachments")[0].GetProperty("file").GetProperty("contentType").GetString()));
        await Api.DataAsync(CreateNotice, new { input = new { complexId = Host.ComplexId, title = "[공지] 초안", body = "작성 중", publish = false } }, Host.Manager.Token);

        const string list = "query($c: ID!) { notices(complexId: $c, where: { title: { startsWith: \"[공지]\" } }, order: [{ title: ASC }]) { nodes { title attachments { fileName } } } }";
        var seenByResident = (await Api.DataAsync(list, new { c = Host.ComplexId }, Host.Resident.Token)).GetProperty("notices").GetProperty("nodes");
        var seenByManager = (await Api.DataAsync(list, new { c = Host.ComplexId }, Host.Manager.Token)).GetProperty("notices").GetProperty("nodes");

        Assert.Equal(("PUBLISHED", true), (notice.GetProperty("status").GetString(), notice.GetProperty("pinned").GetBoolean()));
        Assert.Equal(["[공지] 승강기 점검"], seenByResident.EnumerateArray().Select(n => n.GetProperty("title").GetString()));
        Assert.Equal("점검표.pdf", seenByResident[0].GetProperty("attachments")[0].GetProperty("fileName").GetString());
        Assert.Equal(2, seenByManager.GetArrayLength());

        var updated = (await Api.DataAsync("mutation($i: UpdateNoticeInput!) { updateNotice(input: $i) { notice { title } } }",
            new { i = new { noticeId = notice.GetProperty("id").GetString(), title = "[공지] 승강기 점검 (변경)", body = "11일 오전" } }, Host.Manager.Token));
        Assert.Equal("[공지] 승강기 점검 (변경)", updated.GetProperty("updateNotice").GetProperty("notice").GetProperty("title").GetString());
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task A_notice_without_a_body_is_a_typed_error_and_a_foreign_manager_is_refused(string provider)
    {
        await UseAsync(provider);
        var blank = (await Api.DataAsync(CreateNotice, new { input = new { complexId = Host.ComplexId, title = "[빈] 제목", body = " " } }, Host.Manager.Token))
            .GetProperty("createNotice");
        var foreign = (await Api.DataAsync(CreateNotice, new { input = new { complexId = Host.ComplexId, title = "[빈] 남의 단지", body = "x" } }, Host.OtherManager.Token))
            .GetProperty("createNotice");

        Assert.Equal("NOTICE_BODY_REQUIRED", blank.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal("NotAllowedError", foreign.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal("Only a manager of 양평 한신 (or a platform admin) may do this.", foreign.GetProperty("errors")[0].GetProperty("message").GetString());
        var all = (await Api.DataAsync("query($c: ID!) { notices(complexId: $c, where: { title: { startsWith: \"[빈]\" } }) { totalCount } }",
            new { c = Host.ComplexId }, Host.Manager.Token)).GetProperty("notices").GetProperty("totalCount").GetInt32();
        Assert.Equal(0, all);
    }

    /// <summary>The download status of a file's <c>downloadUrl</c> for each caller, in order.</summary>
    private async Task<HttpStatusCode[]> DownloadStatusesAsync(string downloadUrl, params Person[] callers)
    {
        Assert.StartsWith(FileEndpointsPath + "/", downloadUrl);
        var statuses = new List<HttpStatusCode>();
        foreach (var caller in callers)
        {
            using var response = await Api.DownloadAsync(caller.Token, downloadUrl[(FileEndpointsPath.Length + 1)..]);
            statuses.Add(response.StatusCode);
        }
        return [.. statuses];
    }

    private const string FileEndpointsPath = "/api/files";

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task A_notices_attachments_are_downloaded_by_whoever_may_read_the_notice(string provider)
    {
        await UseAsync(provider);
        var published = (await Api.UploadedAsync(Host.Manager.Token, "plan.png", FileUploads.Png)).GetProperty("id").GetString();
        var drafted = (await Api.UploadedAsync(Host.Manager.Token, "draft.png", FileUploads.Png)).GetProperty("id").GetString();
        await Api.DataAsync(CreateNotice, new { input = new { complexId = Host.ComplexId, title = "[첨부] 배치도", body = "주차 배치도",
            attachments = new[] { new { fileId = published, fileName = "배치도.png" } } } }, Host.Manager.Token);
        await Api.DataAsync(CreateNotice, new { input = new { complexId = Host.ComplexId, title = "[첨부] 초안", body = "작성 중", publish = false,
            attachments = new[] { new { fileId = drafted, fileName = "초안.png" } } } }, Host.Manager.Token);

        const string list = "query($c: ID!) { notices(complexId: $c, where: { title: { startsWith: \"[첨부]\" } }, order: [{ title: ASC }]) { nodes { title attachments { file { downloadUrl } } } } }";
        string UrlOf(JsonElement nodes, string title) => nodes.EnumerateArray().Single(n => n.GetProperty("title").GetString() == title)
            .GetProperty("attachments")[0].GetProperty("file").GetProperty("downloadUrl").GetString()!;
        var seenByResident = (await Api.DataAsync(list, new { c = Host.ComplexId }, Host.Resident.Token)).GetProperty("notices").GetProperty("nodes");
        var seenByManager = (await Api.DataAsync(list, new { c = Host.ComplexId }, Host.Manager.Token)).GetProperty("notices").GetProperty("nodes");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK],
            await DownloadStatusesAsync(UrlOf(seenByResident, "[첨부] 배치도"), Host.Resident, Host.Stranger, Host.Manager, Host.Admin));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.NotFound],
            await DownloadStatusesAsync(UrlOf(seenByManager, "[첨부] 초안"), Host.Manager, Host.Admin, Host.Resident, Host.OtherManager));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task A_complaints_photos_are_downloaded_by_the_filer_the_complexs_managers_and_admins_only(string provider)
    {
        await UseAsync(provider);
        var resident = await Host.ResidentAsync();
        var photo = (await Api.UploadedAsync(resident.Token, "crack.png", FileUploads.Png)).GetProperty("id").GetString();
        var complaintId = (await Api.DataAsync(File, new { input = new { kind = "DEFECT", category = "FACILITY", title = "벽 균열", description = "거실 벽에 금이 갔습니다",
            photoFileIds = new[] { photo } } }, resident.Token)).GetProperty("fileComplaint").GetProperty("complaint").GetProperty("id").GetString();
        var queue = (await Api.DataAsync("query($c: ID!) { complaints(complexId: $c, where: { title: { eq: \"벽 균열\" } }) { nodes { id photos { downloadUrl } } } }",
            new { c = Host.ComplexId }, Host.Manager.Token)).GetProperty("complaints").GetProperty("nodes");
        var seen = queue.EnumerateArray().Single(c => c.GetProperty("id").GetString() == complaintId);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound],
            await DownloadStatusesAsync(seen.GetProperty("photos")[0].GetProperty("downloadUrl").GetString()!,
                resident, Host.Manager, Host.Admin, Host.Resident, Host.OtherManager, Host.Officer));

        // By id the complaint is a node for the same people; for another complex's manager it is null, as a missing one is.
        const string byId = "query($id: ID!) { node(id: $id) { ... on Complaint { title } } }";
        var foreign = await Api.GraphQLAsync(byId, new { id = complaintId }, Host.OtherManager.Token);
        Assert.Equal(JsonValueKind.Null, foreign.GetProperty("data").GetProperty("node").ValueKind);
        Assert.False(foreign.TryGetProperty("errors", out _));
        Assert.Equal("벽 균열", (await Api.DataAsync(byId, new { id = complaintId }, Host.Manager.Token)).GetProperty("node").GetProperty("title").GetString());
    }

    private async Task<JsonElement> CreatePollAsync(string title, string kind = "VOTE", string? complexId = null, Person? manager = null)
    {
        const string create = """
            mutation($input: CreatePollInput!) {
              createPoll(input: $input) { poll { id status questions { id text options { id text } } } errors { __typename ... on Error { message } } }
            }
            """;
        var payload = (await Api.DataAsync(create, new
        {
            input = new
            {
                complexId = complexId ?? Host.ComplexId, kind, title, description = "관리규약 개정",
                opensAt = DateTimeOffset.UtcNow.AddMinutes(-1), closesAt = DateTimeOffset.UtcNow.AddDays(7),
                questions = new[] { new { text = "개정안에 찬성하십니까?", kind = "SINGLE_CHOICE", options = new[] { "찬성", "반대", "기권" } } },
            },
        }, (manager ?? Host.Manager).Token)).GetProperty("createPoll");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        return payload.GetProperty("poll");
    }

    private const string Cast = """
        mutation($input: CastBallotInput!) {
          castBallot(input: $input) { poll { myHouseholdHasVoted } errors { __typename ... on RuleViolationError { code } ... on Error { message } } }
        }
        """;

    private static object Ballot(JsonElement poll, int option) => new
    {
        input = new
        {
            pollId = poll.GetProperty("id").GetString(),
            answers = new[]
            {
                new { questionId = poll.GetProperty("questions")[0].GetProperty("id").GetString(), optionId = poll.GetProperty("questions")[0].GetProperty("options")[option].GetProperty("id").GetString() },
            },
        },
    };

    [Fact]
    public async Task Questions_options_files_and_assignees_are_global_ids_of_their_type()
    {
        await UseAsync();
        var poll = await CreatePollAsync("[투표] 전역 아이디");
        var question = poll.GetProperty("questions")[0];
        var voter = await Host.ResidentAsync();
        var resident = await Host.ResidentAsync();
        object BallotWith(string? questionId, string? optionId) =>
            new { input = new { pollId = poll.GetProperty("id").GetString(), answers = new[] { new { questionId, optionId } } } };

        var node = (await Api.DataAsync("query($q: ID!, $o: ID!) { q: node(id: $q) { ... on PollQuestion { text } } o: node(id: $o) { ... on PollOption { text } } }",
            new { q = question.GetProperty("id").GetString(), o = question.GetProperty("options")[1].GetProperty("id").GetString() }, voter.Token));
        var hidden = await Api.GraphQLAsync("query($q: ID!) { node(id: $q) { id } }", new { q = question.GetProperty("id").GetString() }, Host.Stranger.Token);
        var swapped = (await Api.DataAsync(Cast, BallotWith(question.GetProperty("options")[0].GetProperty("id").GetString(), question.GetProperty("id").GetString()), voter.Token))
            .GetProperty("castBallot");
        var cast = (await Api.DataAsync(Cast, BallotWith(question.GetProperty("id").GetString(), question.GetProperty("options")[0].GetProperty("id").GetString()), voter.Token))
            .GetProperty("castBallot");
        var unknownPhoto = (await Api.DataAsync(File, new { input = new { kind = "COMPLAINT", category = "NOISE", title = "소음", description = "밤마다",
            photoFileIds = new[] { HousingWorld.IdOf("File", Guid.CreateVersion7()) } } }, resident.Token)).GetProperty("fileComplaint");
        var othersPhoto = (await Api.UploadedAsync(voter.Token, "noise.jpg", FileUploads.Jpeg)).GetProperty("id").GetString();
        var borrowed = (await Api.DataAsync(File, new { input = new { kind = "COMPLAINT", category = "NOISE", title = "소음", description = "밤마다",
            photoFileIds = new[] { othersPhoto } } }, resident.Token)).GetProperty("fileComplaint");
        var filed = (await Api.DataAsync(File, new { input = new { kind = "COMPLAINT", category = "NOISE", title = "소음", description = "밤마다" } }, resident.Token))
            .GetProperty("fileComplaint").GetProperty("complaint");
        var other = await Host.World.AddComplexAsync("다른 단지 " + Guid.NewGuid().ToString("N")[..6]);
        var elsewhere = await Host.World.AddManagerAsync(other.Id, "manager.other." + Guid.NewGuid().ToString("N")[..6]);
        var foreignManager = (await Api.DataAsync("query($c: ID!) { node(id: $c) { ... on Complex { managers { id } } } }",
            new { c = HousingWorld.IdOf("Complex", other.Id) }, elsewhere.Token)).GetProperty("node").GetProperty("managers")[0].GetProperty("id").GetString();
        var misassigned = await StepAsync("assignComplaint", new { complaintId = filed.GetProperty("id").GetString(), assigneeId = foreignManager }, Host.Manager);
        var wrongType = await StepAsync("assignComplaint", new { complaintId = filed.GetProperty("id").GetString(), assigneeId = poll.GetProperty("id").GetString() }, Host.Manager);

        Assert.Equal("개정안에 찬성하십니까?", node.GetProperty("q").GetProperty("text").GetString());
        Assert.Equal("반대", node.GetProperty("o").GetProperty("text").GetString());
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], hidden.ErrorCodes());
        Assert.Equal("INVALID_ID", swapped.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.True(cast.GetProperty("poll").GetProperty("myHouseholdHasVoted").GetBoolean());
        Assert.Equal("NotFoundError", unknownPhoto.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal("NotAllowedError", borrowed.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal("ASSIGNEE_NOT_MANAGER", misassigned.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal("INVALID_ID", wrongType.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task One_ballot_per_household_secret_until_the_tally(string provider)
    {
        await UseAsync(provider);
        var poll = await CreatePollAsync("[투표] 관리규약");
        var voter = await Host.ResidentAsync();
        var second = await Host.ResidentAsync();

        var cast = (await Api.DataAsync(Cast, Ballot(poll, 0), voter.Token)).GetProperty("castBallot");
        var again = (await Api.DataAsync(Cast, Ballot(poll, 1), voter.Token)).GetProperty("castBallot");
        await Api.DataAsync(Cast, Ballot(poll, 1), second.Token);
        var stranger = (await Api.DataAsync(Cast, Ballot(poll, 1), Host.Stranger.Token)).GetProperty("castBallot");
        var early = await Api.GraphQLAsync("query($id: ID!) { node(id: $id) { ... on Poll { results { ballots } } } }", new { id = poll.GetProperty("id").GetString() }, voter.Token);

        Assert.True(cast.GetProperty("poll").GetProperty("myHouseholdHasVoted").GetBoolean());
        Assert.Equal("ALREADY_VOTED", again.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal("NotAllowedError", stranger.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal(["POLL_NOT_CLOSED"], early.ErrorCodes());

        await Api.DataAsync("mutation($i: ClosePollInput!) { closePoll(input: $i) { poll { status } } }", new { i = new { pollId = poll.GetProperty("id").GetString() } }, Host.Manager.Token);
        var results = (await Api.DataAsync("query($id: ID!) { node(id: $id) { ... on Poll { status results { ballots questions { options { text votes } } } } } }",
            new { id = poll.GetProperty("id").GetString() }, voter.Token)).GetProperty("node");

        Assert.Equal("CLOSED", results.GetProperty("status").GetString());
        Assert.Equal(2, results.GetProperty("results").GetProperty("ballots").GetInt32());
        Assert.Equal([1, 1, 0], results.GetProperty("results").GetProperty("questions")[0].GetProperty("options").EnumerateArray().Select(o => o.GetProperty("votes").GetInt32()));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task A_ballot_is_recorded_without_anything_that_names_the_household(string provider)
    {
        await UseAsync(provider);
        var ballotFields = await Api.DataAsync("""{ __type(name: "Poll") { fields { name } } }""");
        var names = ballotFields.GetProperty("__type").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToList();

        Assert.DoesNotContain("ballots", names);
        Assert.DoesNotContain("participations", names);
        Assert.DoesNotContain("answers", names);
    }

    private const string File = """
        mutation($input: FileComplaintInput!) {
          fileComplaint(input: $input) { complaint { id status photos { id } } errors { __typename ... on RuleViolationError { code } } }
        }
        """;

    private async Task<JsonElement> StepAsync(string mutation, object input, Person who) =>
        (await Api.DataAsync($"mutation($i: {char.ToUpperInvariant(mutation[0]) + mutation[1..]}Input!) {{ {mutation}(input: $i) {{ complaint {{ status satisfaction hoursTaken assigneeName }} errors {{ __typename ... on RuleViolationError {{ code }} }} }} }}",
            new { i = input }, who.Token)).GetProperty(mutation);

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task A_complaint_is_filed_with_photos_assigned_resolved_and_rated(string provider)
    {
        await UseAsync(provider);
        var resident = await Host.ResidentAsync();
        var photo = (await Api.UploadedAsync(resident.Token, "leak.jpg", FileUploads.Jpeg)).GetProperty("id").GetString();
        var filed = (await Api.DataAsync(File, new { input = new { kind = "DEFECT", category = "LEAK", title = "욕실 누수", description = "천장에서 물이 샙니다", location = "101동 1203호 욕실",
            photoFileIds = new[] { photo } } }, resident.Token)).GetProperty("fileComplaint").GetProperty("complaint");
        var assigneeId = (await Api.DataAsync("query($c: ID!) { node(id: $c) { ... on Complex { managers { id } } } }", new { c = Host.ComplexId }, Host.Manager.Token))
            .GetProperty("node").GetProperty("managers")[0].GetProperty("id").GetString();
        var complaintId = filed.GetProperty("id").GetString();

        var earlyRating = await StepAsync("rateComplaint", new { complaintId, satisfaction = 5 }, resident);
        var assigned = await StepAsync("assignComplaint", new { complaintId, assigneeId }, Host.Manager);
        await StepAsync("startComplaint", new { complaintId }, Host.Manager);
        var resolved = await StepAsync("resolveComplaint", new { complaintId, resolution = "배관 교체" }, Host.Manager);
        var rated = await StepAsync("rateComplaint", new { complaintId, satisfaction = 4, comment = "빨랐어요" }, resident);

        Assert.Equal([photo], filed.GetProperty("photos").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        Assert.Equal("NOT_RESOLVED", earlyRating.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal("ASSIGNED", assigned.GetProperty("complaint").GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(assigned.GetProperty("complaint").GetProperty("assigneeName").GetString()));
        Assert.Equal("RESOLVED", resolved.GetProperty("complaint").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Number, resolved.GetProperty("complaint").GetProperty("hoursTaken").ValueKind);
        Assert.Equal(4, rated.GetProperty("complaint").GetProperty("satisfaction").GetInt32());

        var queue = (await Api.DataAsync("query($c: ID!) { complaints(complexId: $c, where: { category: { eq: LEAK } }) { nodes { title satisfaction } } }",
            new { c = Host.ComplexId }, Host.Manager.Token)).GetProperty("complaints").GetProperty("nodes");
        Assert.Contains(queue.EnumerateArray(), c => c.GetProperty("title").GetString() == "욕실 누수");
        var mine = (await Api.DataAsync("{ myComplaints { totalCount } }", token: resident.Token)).GetProperty("myComplaints").GetProperty("totalCount").GetInt32();
        Assert.Equal(1, mine);
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task A_complaint_without_a_title_is_refused_and_nothing_is_filed(string provider)
    {
        await UseAsync(provider);
        var resident = await Host.ResidentAsync();

        var payload = (await Api.DataAsync(File, new { input = new { kind = "COMPLAINT", category = "NOISE", title = "", description = "층간소음" } }, resident.Token))
            .GetProperty("fileComplaint");

        Assert.Equal("COMPLAINT_TITLE_REQUIRED", payload.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(0, (await Api.DataAsync("{ myComplaints { totalCount } }", token: resident.Token)).GetProperty("myComplaints").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task Newsroom_items_are_public_and_a_complex_item_reaches_only_its_complex(string provider)
    {
        await UseAsync(provider);
        const string post = """
            mutation($input: PostNewsItemInput!) { postNewsItem(input: $input) { newsItem { id title } errors { __typename ... on RuleViolationError { code } } } }
            """;
        await Api.DataAsync(post, new { input = new { title = "[뉴스] 주거급여 신청 안내", summary = "임차가구 지원", body = "주민센터 신청", category = "HOUSING_SUPPORT", scope = "EVERYWHERE" } }, Host.Officer.Token);
        await Api.DataAsync(post, new { input = new { title = "[뉴스] 단지 행사", summary = "바자회", body = "토요일", category = "EVENT", scope = "COMPLEX", complexId = Host.ComplexId } }, Host.Manager.Token);
        var foreign = (await Api.DataAsync(post, new { input = new { title = "[뉴스] 남의 단지", summary = "x", body = "x", category = "EVENT", scope = "COMPLEX", complexId = Host.ComplexId } }, Host.OtherManager.Token))
            .GetProperty("postNewsItem");

        var everyone = (await Api.DataAsync("{ newsItems(where: { title: { startsWith: \"[뉴스]\" } }) { totalCount } }")).GetProperty("newsItems").GetProperty("totalCount").GetInt32();
        var forComplex = (await Api.DataAsync("query($c: ID!) { newsItems(complexId: $c, where: { title: { startsWith: \"[뉴스]\" } }, order: [{ title: ASC }]) { nodes { title } } }",
            new { c = Host.ComplexId })).GetProperty("newsItems").GetProperty("nodes");

        Assert.Equal("NotAllowedError", foreign.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal(2, everyone);
        Assert.Equal(["[뉴스] 단지 행사", "[뉴스] 주거급여 신청 안내"], forComplex.EnumerateArray().Select(n => n.GetProperty("title").GetString()));
    }

    public static TheoryData<string, string, bool> RootFieldRoles => new()
    {
        { "notices", "resident", true }, { "notices", "officer", true }, { "notices", "anonymous", false },
        { "createNotice", "manager", true }, { "createNotice", "admin", true }, { "createNotice", "resident", false }, { "createNotice", "officer", false },
        { "updateNotice", "manager", true }, { "updateNotice", "resident", false },
        { "polls", "resident", true }, { "polls", "manager", true }, { "polls", "officer", false }, { "polls", "analyst", false },
        { "createPoll", "manager", true }, { "createPoll", "resident", false },
        { "castBallot", "resident", true }, { "castBallot", "manager", false }, { "castBallot", "admin", false },
        { "closePoll", "manager", true }, { "closePoll", "resident", false },
        { "complaints", "manager", true }, { "complaints", "admin", true }, { "complaints", "resident", false }, { "complaints", "officer", false },
        { "myComplaints", "resident", true }, { "myComplaints", "manager", false },
        { "fileComplaint", "resident", true }, { "fileComplaint", "manager", false },
        { "assignComplaint", "manager", true }, { "assignComplaint", "resident", false },
        { "startComplaint", "manager", true }, { "startComplaint", "resident", false },
        { "resolveComplaint", "manager", true }, { "resolveComplaint", "officer", false },
        { "rateComplaint", "resident", true }, { "rateComplaint", "manager", false },
        { "newsItems", "anonymous", true }, { "newsItems", "analyst", true },
        { "postNewsItem", "officer", true }, { "postNewsItem", "manager", true }, { "postNewsItem", "resident", false }, { "postNewsItem", "analyst", false },
    };

    [Theory]
    [MemberData(nameof(RootFieldRoles))]
    public async Task Each_root_field_is_open_to_its_roles_only(string field, string who, bool allowed)
    {
        await UseAsync();
        var token = who switch
        {
            "resident" => Host.Resident.Token,
            "manager" => Host.Manager.Token,
            "officer" => Host.Officer.Token,
            "admin" => Host.Admin.Token,
            "analyst" => Host.Analyst.Token,
            _ => null,
        };
        var complex = Host.ComplexId;
        var some = (string type) => HousingWorld.IdOf(type, Guid.CreateVersion7());
        var (query, variables) = field switch
        {
            "notices" or "polls" or "complaints" => ($"query($c: ID!) {{ {field}(complexId: $c) {{ totalCount }} }}", (object?)new { c = complex }),
            "myComplaints" or "newsItems" => ($"{{ {field} {{ totalCount }} }}", null),
            "createNotice" => ("mutation($c: ID!) { createNotice(input: { complexId: $c, title: \"\", body: \"\" }) { errors { __typename } } }", new { c = complex }),
            "updateNotice" => ("mutation($n: ID!) { updateNotice(input: { noticeId: $n, title: \"x\", body: \"x\" }) { errors { __typename } } }", new { n = some("Notice") }),
            "createPoll" => ("mutation($c: ID!) { createPoll(input: { complexId: $c, kind: VOTE, title: \"\", opensAt: \"2026-01-01T00:00:00Z\", closesAt: \"2026-01-02T00:00:00Z\", questions: [] }) { errors { __typename } } }", new { c = complex }),
            "castBallot" => ("mutation($p: ID!) { castBallot(input: { pollId: $p, answers: [] }) { errors { __typename } } }", new { p = some("Poll") }),
            "closePoll" => ("mutation($p: ID!) { closePoll(input: { pollId: $p }) { errors { __typename } } }", new { p = some("Poll") }),
            "fileComplaint" => ("mutation { fileComplaint(input: { kind: COMPLAINT, category: NOISE, title: \"\", description: \"\" }) { errors { __typename } } }", null),
            "assignComplaint" => ("mutation($k: ID!, $m: ID!) { assignComplaint(input: { complaintId: $k, assigneeId: $m }) { errors { __typename } } }", new { k = some("Complaint"), m = some("ComplexManager") }),
            "resolveComplaint" => ("mutation($k: ID!) { resolveComplaint(input: { complaintId: $k, resolution: \"x\" }) { errors { __typename } } }", new { k = some("Complaint") }),
            "rateComplaint" => ("mutation($k: ID!) { rateComplaint(input: { complaintId: $k, satisfaction: 3 }) { errors { __typename } } }", new { k = some("Complaint") }),
            "startComplaint" => ("mutation($k: ID!) { startComplaint(input: { complaintId: $k }) { errors { __typename } } }", new { k = some("Complaint") }),
            _ => ("mutation { postNewsItem(input: { title: \"\", summary: \"\", body: \"\", category: OTHER, scope: EVERYWHERE }) { errors { __typename } } }", null),
        };

        var body = await Api.GraphQLAsync(query, variables, token);

        var denied = body.ErrorCodes().Any(c => c is "AUTH_NOT_AUTHORIZED" or "AUTH_NOT_AUTHENTICATED");
        Assert.Equal(allowed, !denied);
        if (allowed)
            Assert.Empty(body.ErrorCodes());
    }
}
