using System.Text.Json;
using Api.Tests.GraphQL.Complexes;
using Api.Tests.Support;
using Housing.Domain.Documents;
using Housing.Infrastructure.Notifications;
using Housing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Api.Tests.GraphQL.Documents;

/// <summary>
/// <c>sendDocument</c> with an idempotency key, as a partner app retrying after a timeout sends it: one document, one set of
/// deliveries and SMS however often (or however concurrently) the same input comes under the key; other input under it is refused.
/// </summary>
public sealed class DocumentIdempotencyTests : DocumentHostTests
{
    private const string Send = """
        mutation($input: SendDocumentInput!) {
          sendDocument(input: $input) {
            document { id number title deliveries { totalCount } }
            errors { __typename ... on Error { message } ... on RuleViolationError { code } }
          }
        }
        """;

    private Dictionary<string, object?> Input(string key, string title = "승강기 정기검사 안내")
    {
        var input = DocumentNoticeTests.SendInput(World, title, [.. World.Complexes]);
        input["idempotencyKey"] = key;
        return input;
    }

    private async Task<JsonElement> SendAsync(Dictionary<string, object?> input) =>
        (await Api.DataAsync(Send, new { input }, World.Tokens["officer"])).GetProperty("sendDocument");

    private static string SentId(JsonElement payload)
    {
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        return payload.GetProperty("document").GetProperty("id").GetString()!;
    }

    private async Task<(List<Document> Documents, int Deliveries, List<string> Messages)> StoredAsync()
    {
        await using var scope = Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HousingDbContext>();
        var documents = await db.Set<Document>().AsNoTracking().ToListAsync();
        var messages = await db.Set<OutboundMessage>().AsNoTracking().Where(m => m.DedupKey.StartsWith("document:")).Select(m => m.Recipient).ToListAsync();
        return (documents, documents.Sum(d => d.Deliveries.Count), messages);
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task The_same_key_and_input_twice_send_one_document_with_one_set_of_deliveries_and_sms_and_answer_its_id_both_times(string provider)
    {
        await StartAsync(provider);

        var first = await SendAsync(Input("8d0c6a1e-retry"));
        var retry = await SendAsync(Input("8d0c6a1e-retry"));

        Assert.Equal(SentId(first), SentId(retry));
        Assert.Equal(first.GetProperty("document").GetProperty("number").GetString(), retry.GetProperty("document").GetProperty("number").GetString());
        var (documents, deliveries, messages) = await StoredAsync();
        Assert.Equal("8d0c6a1e-retry", Assert.Single(documents).IdempotencyKey);
        Assert.Equal(2, deliveries);
        Assert.Equal([ManagerPhone], messages);
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task The_same_key_with_another_title_or_other_recipients_is_refused_and_nothing_more_is_stored(string provider)
    {
        await StartAsync(provider);
        var sent = SentId(await SendAsync(Input("reused-key")));
        var otherRecipients = Input("reused-key");
        otherRecipients["complexIds"] = new[] { ComplexWorld.IdOf("Complex", World.Second.Id) };

        var otherTitle = await SendAsync(Input("reused-key", title: "승강기 정기검사 안내 (정정)"));
        var fewer = await SendAsync(otherRecipients);

        foreach (var refused in new[] { otherTitle, fewer })
        {
            Assert.Equal(JsonValueKind.Null, refused.GetProperty("document").ValueKind);
            var error = refused.GetProperty("errors")[0];
            Assert.Equal(("RuleViolationError", "IDEMPOTENCY_KEY_REUSED"), (error.GetProperty("__typename").GetString(), error.GetProperty("code").GetString()));
            Assert.Contains("'reused-key'", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        }
        var (documents, deliveries, messages) = await StoredAsync();
        Assert.Equal(sent, ComplexWorld.IdOf("Document", Assert.Single(documents).Id));
        Assert.Equal((2, 1), (deliveries, messages.Count));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task Ten_concurrent_sends_with_one_key_store_exactly_one_document_and_all_answer_it(string provider)
    {
        await StartAsync(provider);

        var payloads = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => SendAsync(Input("burst-key"))));

        var (documents, deliveries, messages) = await StoredAsync();
        var document = Assert.Single(documents);
        Assert.All(payloads, p => Assert.Equal(ComplexWorld.IdOf("Document", document.Id), SentId(p)));
        Assert.Equal((2, 1), (deliveries, messages.Count));
    }

    [Theory]
    [InlineData("", "this one is empty")]
    [InlineData("line\nbreak", "this one contains U+000A")]
    public async Task A_key_that_is_empty_or_has_a_control_character_is_refused_saying_what_keys_are_allowed(string key, string fault)
    {
        await StartAsync(DatabaseProviders.Sqlite);

        var refused = await SendAsync(Input(key));

        var error = refused.GetProperty("errors")[0];
        Assert.Equal("INVALID_IDEMPOTENCY_KEY", error.GetProperty("code").GetString());
        Assert.Contains("1 to 100 printable characters", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains(fault, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty((await StoredAsync()).Documents);
    }
}
