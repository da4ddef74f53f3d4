using System.Net;
using System.Text.Json;
using Api.Tests.Files;
using Api.Tests.GraphQL.Complexes;
using Api.Tests.Support;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Api.Tests.GraphQL.Documents;

/// <summary>The documents area over HTTP: send → inbox → read → reply → progress, the roles of every field, refused input, statements.</summary>
public sealed class DocumentsFlowTests : IAsyncLifetime
{
    private readonly StatementCounter _statements = new();
    private readonly AheadClock _clock = new();
    private HousingApiFactory _api = null!;
    private ComplexWorld _world = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Each test's host and district on <paramref name="provider"/>.</summary>
    private async Task StartAsync(string provider = DatabaseProviders.Sqlite)
    {
        _api = await HousingApiFactory.OnAsync(provider, s => s.AddSingleton<IInterceptor>(_statements).AddSingleton<TimeProvider>(_clock));
        _world = await ComplexWorld.CreateAsync(_api, complexes: 4);
    }

    public Task DisposeAsync()
    {
        _api?.Dispose();
        return Task.CompletedTask;
    }

    private string Token(string user) => _world.Tokens[user];

    private string RegionId => ComplexWorld.IdOf("Region", _world.Region.Id);

    public const string Send = """
        mutation($input: SendDocumentInput!) {
          sendDocument(input: $input) {
            document { id number title requiresReply replyDueAt attachments { id fileName contentType size downloadUrl }
              deliveries(order: [{ recipientName: ASC }]) { totalCount nodes { id recipientName status recipient { kaptCode } } } }
            errors { __typename ... on Error { message } ... on RuleViolationError { code } }
          }
        }
        """;

    private object SendInput(object recipients, string title = "하절기 안전점검 협조 요청", IEnumerable<string>? attachments = null, bool requiresReply = true) =>
        new Dictionary<string, object?>
        {
            ["regionId"] = RegionId,
            ["department"] = "주택과",
            ["title"] = title,
            ["body"] = "단지별 점검 결과를 회신하여 주시기 바랍니다.",
            ["category"] = "INSPECTION",
            ["requiresReply"] = requiresReply,
            ["replyDueAt"] = requiresReply ? DateTimeOffset.UtcNow.AddDays(7).ToString("O") : null,
            ["attachments"] = attachments?.ToList(),
        }.Concat(recipients is string[] ids
            ? [new KeyValuePair<string, object?>("complexIds", ids)]
            : [new KeyValuePair<string, object?>("where", recipients)])
        .ToDictionary();

    private async Task<JsonElement> SendAsync(object input, string user = "officer") =>
        (await _api.DataAsync(Send, new { input }, Token(user))).GetProperty("sendDocument");

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task A_document_goes_from_the_officer_to_the_managers_inbox_is_read_replied_to_and_tracked(string provider)
    {
        await StartAsync(provider);
        var form = await _api.UploadedAsync(Token("officer"), "점검표.hwpx", FileUploads.Hwpx);

        // Complexes 2 and 4 have district heating: the filter picks them.
        var sent = await SendAsync(SendInput(new { heatingType = new { eq = "DISTRICT" } }, attachments: [form.GetProperty("id").GetString()!]));
        Assert.Equal(0, sent.GetProperty("errors").ValueKind == JsonValueKind.Null ? 0 : sent.GetProperty("errors").GetArrayLength());
        var document = sent.GetProperty("document");
        Assert.Equal("주택과-1", document.GetProperty("number").GetString());
        Assert.Equal(["단지 2", "단지 4"], document.GetProperty("deliveries").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("recipientName").GetString()));
        Assert.All(document.GetProperty("deliveries").GetProperty("nodes").EnumerateArray(), n => Assert.Equal("SENT", n.GetProperty("status").GetString()));
        Assert.Equal("점검표.hwpx", document.GetProperty("attachments")[0].GetProperty("fileName").GetString());

        // manager2 manages complexes 2..4: both deliveries are in their inbox, none in manager1's.
        const string inbox = "{ inbox(first: 10, where: { status: { in: [SENT, NOTIFIED] } }) { totalCount nodes { id status recipientName document { title attachments { downloadUrl } } } } }";
        var mine = (await _api.DataAsync(inbox, token: Token("manager2"))).GetProperty("inbox");
        Assert.Equal(2, mine.GetProperty("totalCount").GetInt32());
        Assert.Equal(0, (await _api.DataAsync(inbox, token: Token("manager1"))).GetProperty("inbox").GetProperty("totalCount").GetInt32());
        var delivery = mine.GetProperty("nodes")[0].GetProperty("id").GetString()!;

        // The recipient's manager downloads the attachment; a manager of another complex does not.
        var download = mine.GetProperty("nodes")[0].GetProperty("document").GetProperty("attachments")[0].GetProperty("downloadUrl").GetString()!;
        using (var allowed = await _api.DownloadAsync(Token("manager2"), download["/api/files/".Length..]))
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        using (var denied = await _api.DownloadAsync(Token("manager1"), download["/api/files/".Length..]))
            Assert.Equal(HttpStatusCode.NotFound, denied.StatusCode);

        var read = await _api.DataAsync("mutation($id: ID!) { markDeliveryRead(input: { deliveryId: $id }) { delivery { status readAt } errors { __typename } } }",
            new { id = delivery }, Token("manager2"));
        Assert.Equal("READ", read.GetProperty("markDeliveryRead").GetProperty("delivery").GetProperty("status").GetString());

        var report = await _api.UploadedAsync(Token("manager2"), "결과.pdf", FileUploads.Pdf);
        var replied = await _api.DataAsync("""
            mutation($id: ID!, $files: [ID!]) { replyToDocument(input: { deliveryId: $id, report: "점검 완료, 이상 없음", attachments: $files }) {
              delivery { status repliedAt reply { report attachments { fileName } } } errors { __typename } } }
            """, new { id = delivery, files = new[] { report.GetProperty("id").GetString() } }, Token("manager2"));
        var answered = replied.GetProperty("replyToDocument").GetProperty("delivery");
        Assert.Equal("REPLIED", answered.GetProperty("status").GetString());
        Assert.Equal("점검 완료, 이상 없음", answered.GetProperty("reply").GetProperty("report").GetString());
        Assert.Equal("결과.pdf", answered.GetProperty("reply").GetProperty("attachments")[0].GetProperty("fileName").GetString());

        // The reply's attachment is for district staff and the replying complex's manager.
        using (var officerReads = await _api.DownloadAsync(Token("officer"), report.GetProperty("id").GetString()!))
            Assert.Equal(HttpStatusCode.OK, officerReads.StatusCode);
        using (var otherReads = await _api.DownloadAsync(Token("manager1"), report.GetProperty("id").GetString()!))
            Assert.Equal(HttpStatusCode.NotFound, otherReads.StatusCode);

        var outbox = (await _api.DataAsync("""
            { outbox(first: 5) { totalCount nodes { title progress { recipients read replied overdue }
              replied: deliveries(first: 5, where: { status: { eq: REPLIED } }) { nodes { recipientName reply { report } } } } } }
            """, token: Token("officer"))).GetProperty("outbox");
        Assert.Equal(1, outbox.GetProperty("totalCount").GetInt32());
        var progress = outbox.GetProperty("nodes")[0].GetProperty("progress");
        Assert.Equal((2, 1, 1, 0), (progress.GetProperty("recipients").GetInt32(), progress.GetProperty("read").GetInt32(),
            progress.GetProperty("replied").GetInt32(), progress.GetProperty("overdue").GetInt32()));
        Assert.Single(outbox.GetProperty("nodes")[0].GetProperty("replied").GetProperty("nodes").EnumerateArray());

        var postage = (await _api.DataAsync("query($year: Int!) { postageSaved(year: $year) { year deliveries amount ratePerDelivery } }",
            new { year = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9)).Year }, Token("officer"))).GetProperty("postageSaved");
        Assert.Equal(2, postage.GetProperty("deliveries").GetInt32());
        Assert.Equal(2 * 2_530, postage.GetProperty("amount").GetInt64());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1999)]
    [InlineData(99999)]
    public async Task Postage_of_a_year_the_platform_does_not_count_is_refused_with_the_years_allowed(int year)
    {
        await StartAsync(DatabaseProviders.Sqlite);

        var body = await _api.GraphQLAsync("query($year: Int!) { postageSaved(year: $year) { amount } }", new { year }, Token("officer"));

        Assert.Equal(["INVALID_YEAR"], body.ErrorCodes());
        Assert.Contains("from 2000 to", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task Progress_counts_unreplied_deliveries_overdue_once_the_deadline_passed_before_the_reminder_job_marks_them(string provider)
    {
        await StartAsync(provider);
        var input = (Dictionary<string, object?>)SendInput(new[] { ComplexWorld.IdOf("Complex", _world.First.Id), ComplexWorld.IdOf("Complex", _world.Second.Id) });
        input["replyDueAt"] = DateTimeOffset.UtcNow.AddDays(1).ToString("O");
        await SendAsync(input);
        const string overdue = "{ outbox(where: { progress: { overdue: { gt: 0 } } }) { totalCount nodes { progress { overdue } deliveries { nodes { status } } } } }";
        Assert.Equal(0, (await _api.DataAsync(overdue, token: Token("officer"))).GetProperty("outbox").GetProperty("totalCount").GetInt32());

        _clock.Advance(TimeSpan.FromDays(2));

        var outbox = (await _api.DataAsync(overdue, token: Token("officer"))).GetProperty("outbox");
        Assert.Equal(1, outbox.GetProperty("totalCount").GetInt32());
        Assert.Equal(2, outbox.GetProperty("nodes")[0].GetProperty("progress").GetProperty("overdue").GetInt32());
        // Each delivery says so by the same rule, and a manager's inbox filters on it.
        Assert.All(outbox.GetProperty("nodes")[0].GetProperty("deliveries").GetProperty("nodes").EnumerateArray(),
            n => Assert.Equal("OVERDUE", n.GetProperty("status").GetString()));
        var inbox = (await _api.DataAsync("{ inbox(where: { status: { eq: OVERDUE } }) { totalCount nodes { status overdueAt } } }", token: Token("manager1"))).GetProperty("inbox");
        Assert.Equal(1, inbox.GetProperty("totalCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, inbox.GetProperty("nodes")[0].GetProperty("overdueAt").ValueKind);
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task Outbox_filters_by_progress_and_a_manager_sees_only_their_own_deliveries_of_a_document(string provider)
    {
        await StartAsync(provider);
        var all = await SendAsync(SendInput(new[] { ComplexWorld.IdOf("Complex", _world.First.Id), ComplexWorld.IdOf("Complex", _world.Second.Id) }));
        await SendAsync(SendInput(new[] { ComplexWorld.IdOf("Complex", _world.Second.Id) }, title: "안내", requiresReply: false));
        var documentId = all.GetProperty("document").GetProperty("id").GetString()!;

        var unread = await _api.DataAsync("{ outbox(where: { progress: { read: { lt: 1 }, recipients: { gte: 2 } } }, order: [{ sentAt: DESC }]) { totalCount nodes { title } } }",
            token: Token("admin"));
        Assert.Equal(1, unread.GetProperty("outbox").GetProperty("totalCount").GetInt32());

        const string seen = "query($id: ID!) { document(id: $id) { title deliveries { nodes { recipientName } } } }";
        var manager1 = (await _api.DataAsync(seen, new { id = documentId }, Token("manager1"))).GetProperty("document");
        Assert.Equal(["Park 단지 1"], manager1.GetProperty("deliveries").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("recipientName").GetString()));
        var officer = (await _api.DataAsync(seen, new { id = documentId }, Token("officer"))).GetProperty("document");
        Assert.Equal(2, officer.GetProperty("deliveries").GetProperty("nodes").GetArrayLength());

        var info = await SendAsync(SendInput(new[] { ComplexWorld.IdOf("Complex", _world.Second.Id) }, title: "안내 2", requiresReply: false));
        var onlyManager2 = (await _api.DataAsync(seen, new { id = info.GetProperty("document").GetProperty("id").GetString() }, Token("manager1"))).GetProperty("document");
        Assert.Equal(JsonValueKind.Null, onlyManager2.ValueKind);
    }

    /// <summary>Refused input: a typed error in the payload with a clear message, and nothing stored.</summary>
    [Theory]
    [InlineData("both", "RuleViolationError", "INVALID_RECIPIENTS")]
    [InlineData("none-match", "RuleViolationError", "INVALID_DOCUMENT")]
    [InlineData("empty-title", "RuleViolationError", "INVALID_DOCUMENT")]
    [InlineData("bad-id", "RuleViolationError", "INVALID_ID")]
    [InlineData("other-district", "RuleViolationError", "RECIPIENT_OUTSIDE_DISTRICT")]
    [InlineData("unknown-file", "NotFoundError", null)]
    [InlineData("someone-elses-file", "NotAllowedError", null)]
    public async Task A_refused_document_is_a_typed_error_and_nothing_is_sent(string problem, string errorType, string? code)
    {
        await StartAsync();
        var complex = ComplexWorld.IdOf("Complex", _world.First.Id);
        var managersFile = (await _api.UploadedAsync(Token("manager1"), "남의파일.pdf", FileUploads.Pdf)).GetProperty("id").GetString()!;
        var input = problem switch
        {
            "both" => ((Dictionary<string, object?>)SendInput(new[] { complex })).Append(new KeyValuePair<string, object?>("where", new { name = new { contains = "단지" } })).ToDictionary(),
            "none-match" => SendInput(new { householdCount = new { gt = 1_000_000 } }),
            "empty-title" => SendInput(new[] { complex }, title: " "),
            "bad-id" => SendInput(new[] { "not-an-id" }),
            "other-district" => SendInput(new[] { ComplexWorld.IdOf("Complex", _world.OtherDistrictComplex.Id) }),
            "unknown-file" => SendInput(new[] { complex }, attachments: [ComplexWorld.IdOf("File", Guid.NewGuid())]),
            _ => SendInput(new[] { complex }, attachments: [managersFile]),
        };

        var payload = await SendAsync(input);

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("document").ValueKind);
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(errorType, error.GetProperty("__typename").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        if (code is not null)
            Assert.Equal(code, error.GetProperty("code").GetString());
        var outbox = await _api.DataAsync("{ outbox { totalCount } }", token: Token("officer"));
        Assert.Equal(0, outbox.GetProperty("outbox").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task A_manager_cannot_read_or_reply_to_another_complexs_delivery_nor_reply_twice(string provider)
    {
        await StartAsync(provider);
        var sent = await SendAsync(SendInput(new[] { ComplexWorld.IdOf("Complex", _world.First.Id) }));
        var delivery = sent.GetProperty("document").GetProperty("deliveries").GetProperty("nodes")[0].GetProperty("id").GetString();
        const string reply = "mutation($id: ID!) { replyToDocument(input: { deliveryId: $id, report: \"완료\" }) { delivery { status } errors { __typename ... on Error { message } ... on RuleViolationError { code } } } }";

        var other = await _api.DataAsync("mutation($id: ID!) { markDeliveryRead(input: { deliveryId: $id }) { delivery { status } errors { __typename } } }",
            new { id = delivery }, Token("manager2"));
        Assert.Equal("NotAllowedError", other.GetProperty("markDeliveryRead").GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal("NotAllowedError", (await _api.DataAsync(reply, new { id = delivery }, Token("manager2")))
            .GetProperty("replyToDocument").GetProperty("errors")[0].GetProperty("__typename").GetString());

        Assert.Equal("REPLIED", (await _api.DataAsync(reply, new { id = delivery }, Token("manager1")))
            .GetProperty("replyToDocument").GetProperty("delivery").GetProperty("status").GetString());
        var again = (await _api.DataAsync(reply, new { id = delivery }, Token("manager1"))).GetProperty("replyToDocument");
        Assert.Equal("DELIVERY_ALREADY_REPLIED", again.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    /// <summary>Every root field and mutation of the area against the roles it is not for (and anonymous callers).</summary>
    [Theory]
    [InlineData("{ inbox { totalCount } }", "officer", "admin", "resident", "analyst")]
    [InlineData("{ outbox { totalCount } }", "manager1", "resident", "analyst")]
    [InlineData("{ postageSaved(year: 2026) { amount } }", "manager1", "resident", "analyst")]
    [InlineData("{ document(id: \"RG9jdW1lbnQ6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw\") { title } }", "resident", "analyst")]
    [InlineData("mutation { sendDocument(input: { regionId: \"x\", department: \"주택과\", title: \"t\", body: \"b\", category: NOTICE, complexIds: [] }) { document { id } } }", "manager1", "resident", "analyst")]
    [InlineData("mutation { markDeliveryRead(input: { deliveryId: \"x\" }) { delivery { id } } }", "officer", "resident", "admin")]
    [InlineData("mutation { replyToDocument(input: { deliveryId: \"x\", report: \"r\" }) { delivery { id } } }", "officer", "resident", "analyst")]
    public async Task Fields_are_denied_to_the_roles_they_are_not_for(string query, params string[] denied)
    {
        await StartAsync();
        foreach (var user in denied)
            Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await _api.GraphQLAsync(query, token: Token(user))).ErrorCodes());
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], (await _api.GraphQLAsync(query)).ErrorCodes());
    }

    [Theory]
    [InlineData("{ inbox { totalCount } }", "manager1")]
    [InlineData("{ outbox { totalCount } }", "officer")]
    [InlineData("{ outbox { totalCount } }", "admin")]
    [InlineData("{ postageSaved(year: 2026) { amount } }", "officer")]
    [InlineData("{ document(id: \"RG9jdW1lbnQ6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw\") { title } }", "manager1")]
    public async Task Fields_answer_the_roles_they_are_for(string query, string user)
    {
        await StartAsync();
        Assert.Empty((await _api.GraphQLAsync(query, token: Token(user))).ErrorCodes());
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task Statements_of_a_deep_outbox_query_do_not_grow_with_the_number_of_documents(string provider)
    {
        await StartAsync(provider);
        var file = (await _api.UploadedAsync(Token("officer"), "공문.pdf", FileUploads.Pdf)).GetProperty("id").GetString()!;
        const string query = """
            query($first: Int!) { outbox(first: $first) { nodes { number progress { read overdue } attachments { fileName }
              deliveries(first: 3) { totalCount nodes { status recipient { name region { sigunguName } } reply { report } document { title } } } } } }
            """;
        var counts = new List<int>();
        foreach (var documents in new[] { 3, 9 })
        {
            while ((await _api.DataAsync("{ outbox { totalCount } }", token: Token("officer"))).GetProperty("outbox").GetProperty("totalCount").GetInt32() < documents)
                await SendAsync(SendInput(new { sigunguCode = new { eq = ComplexWorld.District } }, attachments: [file]));
            _statements.Reset();
            var data = await _api.DataAsync(query, new { first = documents }, Token("officer"));
            counts.Add(_statements.Count);
            Assert.Equal(documents, data.GetProperty("outbox").GetProperty("nodes").GetArrayLength());
        }

        Assert.Equal(counts[0], counts[1]);
    }

    /// <summary>The real clock, moved ahead by hand past a deadline.</summary>
    private sealed class AheadClock : TimeProvider
    {
        private TimeSpan _ahead;

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _ahead;

        public void Advance(TimeSpan by) => _ahead += by;
    }
}
