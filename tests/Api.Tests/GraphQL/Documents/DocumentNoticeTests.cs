using System.Text.Json;
using Api.Tests.GraphQL.Complexes;
using Api.Tests.Support;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Documents;
using Housing.Infrastructure.Identity;
using Housing.Infrastructure.Notifications;
using Housing.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Api.Tests.GraphQL.Documents;

/// <summary>
/// The SMS of a document sent through the API: queued in the outbox with the document (one message per reachable manager,
/// under the round's key) and the delivery marked notified; a resend is a round of its own; a round is queued once.
/// </summary>
public sealed class DocumentNoticeTests : DocumentHostTests
{
    private const string LatePhone = "010-7000-2002";

    private const string Send = """
        mutation($input: SendDocumentInput!) {
          sendDocument(input: $input) {
            document { id deliveries(order: [{ recipientName: ASC }]) { nodes { id recipientName status } } }
            errors { __typename ... on Error { message } }
          }
        }
        """;

    private const string Resend = """
        mutation($ids: [ID!]!) {
          resendDocumentNotice(input: { deliveryIds: $ids }) {
            deliveries { id recipientName status lastNotifiedAt }
            errors { __typename ... on Error { message } ... on RuleViolationError { code } }
          }
        }
        """;

    private async Task<(List<OutboundMessage> Messages, List<DocumentDelivery> Deliveries)> StoredAsync()
    {
        await using var scope = Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HousingDbContext>();
        var messages = await db.Set<OutboundMessage>().AsNoTracking().Where(m => m.DedupKey.StartsWith("document:")).ToListAsync();
        var deliveries = await db.Set<Document>().AsNoTracking().SelectMany(d => d.Deliveries).ToListAsync();
        return ([.. messages.OrderBy(m => m.DedupKey, StringComparer.Ordinal)], [.. deliveries.OrderBy(d => d.RecipientName, StringComparer.Ordinal)]);
    }

    /// <summary>The input of <c>sendDocument</c> from the world's district to <paramref name="complexes"/>.</summary>
    internal static Dictionary<string, object?> SendInput(ComplexWorld world, string title, params Complex[] complexes) => new()
    {
        ["regionId"] = ComplexWorld.IdOf("Region", world.Region.Id),
        ["department"] = "주택과",
        ["title"] = title,
        ["body"] = $"{title}: 단지 게시판에 게시하여 주시기 바랍니다.",
        ["category"] = "NOTICE",
        ["complexIds"] = complexes.Select(c => ComplexWorld.IdOf("Complex", c.Id)).ToList(),
    };

    private async Task<JsonElement> SendAsync()
    {
        var input = SendInput(World, "승강기 정기검사 안내", [.. World.Complexes]);
        input["requiresReply"] = true;
        input["replyDueAt"] = DateTimeOffset.UtcNow.AddDays(7).ToString("O");
        var sent = (await Api.DataAsync(Send, new { input }, World.Tokens["officer"])).GetProperty("sendDocument");
        Assert.Equal(JsonValueKind.Null, sent.GetProperty("errors").ValueKind);
        return sent.GetProperty("document").GetProperty("deliveries").GetProperty("nodes");
    }

    private async Task<JsonElement> ResendAsync(params string[] deliveryIds) =>
        (await Api.DataAsync(Resend, new { ids = deliveryIds }, World.Tokens["officer"])).GetProperty("resendDocumentNotice");

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task Sending_queues_one_sms_per_reachable_manager_under_the_round_key_and_marks_those_deliveries_notified(string provider)
    {
        await StartAsync(provider);

        var nodes = await SendAsync();

        Assert.Equal([(World.Complexes[0].Name, "NOTIFIED"), (World.Complexes[1].Name, "SENT")],
            nodes.EnumerateArray().Select(n => (n.GetProperty("recipientName").GetString(), n.GetProperty("status").GetString())));
        var (messages, deliveries) = await StoredAsync();
        var (reached, unreachable) = (deliveries[0], deliveries[1]);
        Assert.Equal([($"document:{reached.Id}:notice:1:sms:{ManagerPhone}", ManagerPhone)], messages.Select(m => (m.DedupKey, m.Recipient)));
        Assert.Contains("승강기 정기검사 안내", messages[0].Body, StringComparison.Ordinal);
        Assert.Equal((DeliveryStatus.Notified, 1, 1), (reached.Status, reached.NotificationRound, reached.NotificationCount));
        Assert.NotNull(reached.NotifiedAt);
        Assert.Equal((DeliveryStatus.Sent, 1, 0, true), (unreachable.Status, unreachable.NotificationRound, unreachable.NotificationCount, unreachable.AwaitsNotification));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task A_resend_is_a_round_of_its_own_and_a_round_still_awaiting_is_queued_once_however_often_it_is_asked(string provider)
    {
        await StartAsync(provider);
        var nodes = await SendAsync();
        var (reachedId, unreachableId) = (nodes[0].GetProperty("id").GetString()!, nodes[1].GetProperty("id").GetString()!);

        // Complex 2's round 1 still awaits (nobody to reach): asking again twice asks no new round and queues nothing.
        await ResendAsync(unreachableId);
        await ResendAsync(unreachableId);
        var (_, afterAsking) = await StoredAsync();
        Assert.Equal((1, 0), (afterAsking[1].NotificationRound, afterAsking[1].NotificationCount));

        // Once manager2 has a phone, one more request queues that round 1, once; the reached complex's resend is round 2.
        await SetPhoneAsync("manager2", LatePhone);
        var resent = await ResendAsync(reachedId, unreachableId, unreachableId);
        await ResendAsync(unreachableId);

        Assert.Equal(JsonValueKind.Null, resent.GetProperty("errors").ValueKind);
        Assert.Equal(["NOTIFIED", "NOTIFIED"], resent.GetProperty("deliveries").EnumerateArray().Select(d => d.GetProperty("status").GetString()));
        var (messages, deliveries) = await StoredAsync();
        var (reached, late) = (deliveries[0], deliveries[1]);
        Assert.Equal(
            [.. new[]
            {
                $"document:{reached.Id}:notice:1:sms:{ManagerPhone}", $"document:{reached.Id}:notice:2:sms:{ManagerPhone}",
                $"document:{late.Id}:notice:1:sms:{LatePhone}", $"document:{late.Id}:notice:2:sms:{LatePhone}",
            }.Order(StringComparer.Ordinal)],
            messages.Select(m => m.DedupKey));
        Assert.Equal((2, 2), (reached.NotificationRound, reached.NotificationCount));
        Assert.Equal((2, 2, DeliveryStatus.Notified), (late.NotificationRound, late.NotificationCount, late.Status));
    }

    [Fact]
    public async Task A_resend_for_a_replied_delivery_or_by_a_manager_is_refused_and_asks_nothing()
    {
        await StartAsync(DatabaseProviders.Sqlite);
        var nodes = await SendAsync();
        var reachedId = nodes[0].GetProperty("id").GetString()!;
        var reply = await Api.DataAsync("""mutation($id: ID!) { replyToDocument(input: { deliveryId: $id, report: "게시 완료" }) { errors { __typename } } }""",
            new { id = reachedId }, World.Tokens["manager1"]);
        Assert.Equal(JsonValueKind.Null, reply.GetProperty("replyToDocument").GetProperty("errors").ValueKind);

        var refused = await ResendAsync(reachedId, nodes[1].GetProperty("id").GetString()!);
        var byManager = await Api.GraphQLAsync(Resend, new { ids = new[] { reachedId } }, World.Tokens["manager1"]);

        Assert.Equal("DELIVERY_ALREADY_REPLIED", refused.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], byManager.ErrorCodes());
        var (messages, deliveries) = await StoredAsync();
        Assert.Single(messages);
        Assert.All(deliveries, d => Assert.Equal(1, d.NotificationRound));
    }
}

/// <summary>District officers in the API: sending needs a district on the account; the compliance oversight view shows that district only.</summary>
public sealed class OfficerDistrictApiTests : IAsyncLifetime
{
    private HousingApiFactory _api = null!;
    private ComplexWorld _world = null!;

    public async Task InitializeAsync()
    {
        _api = await HousingApiFactory.OnAsync(DatabaseProviders.Sqlite);
        _world = await ComplexWorld.CreateAsync(_api, complexes: 2);
        await _api.CreateUserAsync("officer.none", Roles.DistrictOfficer);
        await _api.CreateUserAsync("officer.seocho", Roles.DistrictOfficer, link: u => u.DistrictCode = "11650");
    }

    public Task DisposeAsync()
    {
        _api?.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_officer_whose_account_names_no_district_is_refused_sending_with_DISTRICT_REQUIRED_and_nothing_is_stored()
    {
        var input = DocumentNoticeTests.SendInput(_world, "구역 없는 발송", _world.First);
        var sent = (await _api.DataAsync("""
            mutation($input: SendDocumentInput!) { sendDocument(input: $input) { document { id } errors { ... on RuleViolationError { code message } } } }
            """, new { input }, await _api.TokenForAsync("officer.none"))).GetProperty("sendDocument");

        Assert.Equal(JsonValueKind.Null, sent.GetProperty("document").ValueKind);
        Assert.Equal("DISTRICT_REQUIRED", sent.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Contains("platform admin", sent.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        await using var scope = _api.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<HousingDbContext>().Set<Document>().AnyAsync());
    }

    [Fact]
    public async Task An_officer_of_another_district_neither_sees_a_document_in_outbox_or_by_id_nor_resends_its_sms()
    {
        var input = DocumentNoticeTests.SendInput(_world, "영등포구 공문", _world.First);
        var sent = (await _api.DataAsync("""
            mutation($input: SendDocumentInput!) { sendDocument(input: $input) { document { id deliveries { nodes { id } } } } }
            """, new { input }, _world.Tokens["officer"])).GetProperty("sendDocument").GetProperty("document");
        var (documentId, deliveryId) = (sent.GetProperty("id").GetString()!, sent.GetProperty("deliveries").GetProperty("nodes")[0].GetProperty("id").GetString()!);
        var seocho = await _api.TokenForAsync("officer.seocho");
        const string Reads = """query($id: ID!) { outbox { totalCount } document(id: $id) { id } }""";

        var own = await _api.DataAsync(Reads, new { id = documentId }, _world.Tokens["officer"]);
        var other = await _api.DataAsync(Reads, new { id = documentId }, seocho);
        var resend = (await _api.DataAsync("""
            mutation($ids: [ID!]!) { resendDocumentNotice(input: { deliveryIds: $ids }) { deliveries { id } errors { __typename } } }
            """, new { ids = new[] { deliveryId } }, seocho)).GetProperty("resendDocumentNotice");

        Assert.Equal((1, documentId), (own.GetProperty("outbox").GetProperty("totalCount").GetInt32(), own.GetProperty("document").GetProperty("id").GetString()));
        Assert.Equal((0, JsonValueKind.Null), (other.GetProperty("outbox").GetProperty("totalCount").GetInt32(), other.GetProperty("document").ValueKind));
        Assert.Equal("NotAllowedError", resend.GetProperty("errors")[0].GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Disclosure_compliance_shows_an_officer_the_complexes_of_the_district_on_their_account_and_an_admin_every_one()
    {
        const string Query = """
            query($from: YearMonth!) { disclosureCompliance(from: $from) { to missing { complex { name } } } }
            """;
        var from = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9)).AddMonths(-3).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        async Task<List<string>> MissingFor(string token) =>
            [.. (await _api.DataAsync(Query, new { from }, token)).GetProperty("disclosureCompliance").GetProperty("missing").EnumerateArray()
                .Select(m => m.GetProperty("complex").GetProperty("name").GetString()!).Distinct().Order(StringComparer.Ordinal)];

        var yeongdeungpo = await MissingFor(_world.Tokens["officer"]);
        var seocho = await MissingFor(await _api.TokenForAsync("officer.seocho"));
        var admin = await MissingFor(_world.Tokens["admin"]);

        Assert.Equal([.. _world.Complexes.Select(c => c.Name).Order(StringComparer.Ordinal)], yeongdeungpo);
        Assert.Equal([_world.OtherDistrictComplex.Name], seocho);
        Assert.Equal([.. yeongdeungpo.Concat(seocho).Order(StringComparer.Ordinal)], admin);
        var refused = await _api.GraphQLAsync("""query($from: YearMonth!, $id: ID!) { disclosureCompliance(from: $from, complexId: $id) { to } }""",
            new { from, id = ComplexWorld.IdOf("Complex", _world.First.Id) }, await _api.TokenForAsync("officer.seocho"));
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], refused.ErrorCodes());
    }
}
