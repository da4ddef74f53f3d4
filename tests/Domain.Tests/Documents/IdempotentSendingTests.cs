using Domain.Tests.Complexes;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Documents;
using Housing.Domain.Points;

namespace Domain.Tests.Documents;

/// <summary>Sending a document under an idempotency key: a retry returns what the key sent, another request under it is refused.</summary>
public class IdempotentSendingTests
{
    private static readonly Attachment Form = new(Guid.NewGuid(), "양식.hwp", "application/x-hwp", 12_345);

    private sealed record Fixture(TestWorld World, DocumentService Documents, Complex A, Complex B)
    {
        public SendDocumentCommand Command(string? key) => new(World.Region.Id, "주택과", "하절기 안전점검 결과 제출", "붙임 양식에 따라 제출 바랍니다.",
            DocumentCategory.Request, [A.Id, B.Id], true, World.Clock.Now + TimeSpan.FromDays(7), [Form], key);

        public List<Document> Stored => [.. World.Store.Query<Document>()];
    }

    private static async Task<Fixture> CreateAsync()
    {
        var world = await TestWorld.CreateAsync();
        return new Fixture(world, new DocumentService(world.Store, world.Clock, new DocumentPostage()),
            await world.AddComplexAsync("당산 삼성래미안"), await world.AddComplexAsync("문래 자이"));
    }

    [Fact]
    public async Task A_retry_with_the_same_key_and_content_returns_the_document_the_key_sent_and_stores_nothing_new()
    {
        var f = await CreateAsync();
        var first = await f.Documents.SendDocumentAsync(TestWorld.Officer, f.Command("2026-notice-7f3a"));
        var version = f.World.Store.SavedVersionOf(first.Id);
        f.World.Clock.Advance(TimeSpan.FromMinutes(1));

        // The retry lists the same recipients and attachments in another order, and the title with spaces the document trims.
        var retry = await f.Documents.SendDocumentAsync(TestWorld.Officer, f.Command("2026-notice-7f3a") with
        {
            ComplexIds = [f.B.Id, f.A.Id, f.B.Id], Title = " 하절기 안전점검 결과 제출 ",
            ReplyDueAt = (first.ReplyDueAt!.Value).ToOffset(TimeSpan.FromHours(9)),
        });

        Assert.Equal(first.Id, retry.Id);
        Assert.Equal(("주택과-1", "2026-notice-7f3a"), (retry.Number, retry.IdempotencyKey));
        Assert.Single(f.Stored);
        Assert.Equal(version, f.World.Store.SavedVersionOf(first.Id));
    }

    private static readonly Dictionary<string, Func<SendDocumentCommand, SendDocumentCommand>> Changes = new()
    {
        ["title"] = c => c with { Title = "하절기 안전점검 결과 제출 (정정)" },
        ["body"] = c => c with { Body = c.Body + " 기한 엄수." },
        ["category"] = c => c with { Category = DocumentCategory.Notice },
        ["department"] = c => c with { Department = "건축과" },
        ["recipients"] = c => c with { ComplexIds = [c.ComplexIds[0]] },
        ["attachments"] = c => c with { Attachments = [] },
        ["reply due"] = c => c with { ReplyDueAt = c.ReplyDueAt!.Value.AddDays(1) },
        ["no reply"] = c => c with { RequiresReply = false, ReplyDueAt = null },
    };

    public static TheoryData<string> ChangedParts => [.. Changes.Keys];

    [Theory]
    [MemberData(nameof(ChangedParts))]
    public async Task The_same_key_with_different_content_is_refused_naming_the_document_it_sent_and_stores_nothing(string change)
    {
        var f = await CreateAsync();
        var first = await f.Documents.SendDocumentAsync(TestWorld.Officer, f.Command("k-1"));

        var refused = await Assert.ThrowsAsync<DomainException>(() => f.Documents.SendDocumentAsync(TestWorld.Officer, Changes[change](f.Command("k-1"))));

        Assert.Equal("IDEMPOTENCY_KEY_REUSED", refused.Code);
        Assert.Contains("'k-1'", refused.Message, StringComparison.Ordinal);
        Assert.Contains(first.Number, refused.Message, StringComparison.Ordinal);
        Assert.Equal([first.Id], f.Stored.Select(d => d.Id));
    }

    [Fact]
    public async Task A_key_is_the_senders_own_and_without_a_key_every_send_is_a_new_document()
    {
        var f = await CreateAsync();
        var colleague = TestWorld.Staff(Roles.DistrictOfficer, "주택과 이주무관");

        var mine = await f.Documents.SendDocumentAsync(TestWorld.Officer, f.Command("shared-key"));
        var theirs = await f.Documents.SendDocumentAsync(colleague, f.Command("shared-key"));
        var unkeyed = await f.Documents.SendDocumentAsync(TestWorld.Officer, f.Command(null));
        var againUnkeyed = await f.Documents.SendDocumentAsync(TestWorld.Officer, f.Command(null));

        Assert.Equal(["주택과-1", "주택과-2", "주택과-3", "주택과-4"], new[] { mine, theirs, unkeyed, againUnkeyed }.Select(d => d.Number));
        Assert.Equal((null, null), (unkeyed.IdempotencyKey, unkeyed.Fingerprint));
    }

    [Theory]
    [InlineData("", "this one is empty")]
    [InlineData("   ", "this one is blank")]
    [InlineData("탭\tkey", "this one contains U+0009")]
    [InlineData("zero\u200Bwidth", "this one contains U+200B")]
    [InlineData("line\nbreak", "this one contains U+000A")]
    public async Task A_key_that_is_empty_or_not_printable_is_refused_saying_what_is_allowed(string key, string fault)
    {
        var f = await CreateAsync();

        var refused = await Assert.ThrowsAsync<DomainException>(() => f.Documents.SendDocumentAsync(TestWorld.Officer, f.Command(key)));

        Assert.Equal("INVALID_IDEMPOTENCY_KEY", refused.Code);
        Assert.Contains("1 to 100 printable characters", refused.Message, StringComparison.Ordinal);
        Assert.EndsWith(fault + ".", refused.Message, StringComparison.Ordinal);
        Assert.Empty(f.Stored);
    }

    [Fact]
    public async Task A_key_of_100_characters_is_taken_and_one_of_101_refused()
    {
        var f = await CreateAsync();

        var sent = await f.Documents.SendDocumentAsync(TestWorld.Officer, f.Command(new string('k', 100)));
        var refused = await Assert.ThrowsAsync<DomainException>(() => f.Documents.SendDocumentAsync(TestWorld.Officer, f.Command(new string('k', 101))));

        Assert.Equal(100, sent.IdempotencyKey!.Length);
        Assert.Equal(("INVALID_IDEMPOTENCY_KEY", true), (refused.Code, refused.Message.EndsWith("this one has 101 characters.", StringComparison.Ordinal)));
    }

    [Fact]
    public void Fingerprints_tell_parts_apart_wherever_a_separator_falls()
    {
        Assert.NotEqual(IdempotencyKeys.Fingerprint("a|b", "c"), IdempotencyKeys.Fingerprint("a", "b|c"));
        Assert.NotEqual(IdempotencyKeys.Fingerprint("1:a;", ""), IdempotencyKeys.Fingerprint("1:a;"));
        Assert.Equal(IdempotencyKeys.Fingerprint("a", "b"), IdempotencyKeys.Fingerprint("a", "b"));
        Assert.Equal(64, IdempotencyKeys.Fingerprint("a").Length);
    }

    [Fact]
    public void Points_keys_follow_the_same_rule_with_their_own_length()
    {
        Assert.Equal("order-1", IdempotencyKeys.Validated("order-1", PointsService.MaxClientKeyLength));
        var refused = Assert.Throws<DomainException>(() => IdempotencyKeys.Validated(new string('k', 151), PointsService.MaxClientKeyLength));
        Assert.Contains("1 to 150 printable characters", refused.Message, StringComparison.Ordinal);
    }
}
