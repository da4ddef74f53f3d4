using System.Text.Json;
using Api.Tests.Support;
using Housing.Domain.Welfare;
using Housing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Api.Tests.GraphQL.Welfare;

public sealed class ClientPersonalDataTests : IClassFixture<WelfareApiWorld>
{
    private const string Reveal = """
        mutation($input: RevealClientPersonalDataInput!) {
          revealClientPersonalData(input: $input) {
            personalData { name birthDate phone address registrationNumber householdMembers { name relationship } }
            errors { __typename ... on Error { message } ... on RuleViolationError { code } }
          }
        }
        """;

    private readonly WelfareApiWorld _w;

    public ClientPersonalDataTests(WelfareApiWorld world) => _w = world;

    private Task<List<AccessLogEntry>> LogOfAsync(Guid clientId) =>
        _w.DomainAsync<AccessLogService, List<AccessLogEntry>>(log => log.EntriesForClientAsync(_w.Staff["central"].Actor, clientId));

    [Fact]
    public async Task A_client_is_masked_and_reading_it_writes_a_view_to_the_access_log()
    {
        var (clientId, _) = await _w.OpenCaseAsync("worker.a");

        var client = (await _w.DataAsync("worker.a", "query($id: ID!) { welfareClient(id: $id) { maskedName birthYear maskedPhone maskedRegistrationNumber registeredBy { name } } }",
            new { id = WelfareApiWorld.ClientId(clientId) })).GetProperty("welfareClient");

        Assert.Equal("홍*동", client.GetProperty("maskedName").GetString());
        Assert.Equal(1971, client.GetProperty("birthYear").GetInt32());
        Assert.Equal("010-****-5678", client.GetProperty("maskedPhone").GetString());
        Assert.Equal("711231-*******", client.GetProperty("maskedRegistrationNumber").GetString());
        var entry = Assert.Single(await LogOfAsync(clientId));
        Assert.Equal(AccessAction.View, entry.Action);
        Assert.Equal("김사례", entry.ActorName);
        Assert.Equal(_w.CenterA, entry.CenterId);
    }

    [Fact]
    public async Task A_reveal_returns_the_clear_data_and_logs_who_when_from_where_and_why()
    {
        var (clientId, _) = await _w.OpenCaseAsync("worker.a");
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var data = (await _w.DataAsync("worker.a", Reveal, new { input = new { clientId = WelfareApiWorld.ClientId(clientId), reason = "임대주택 신청서 작성" } }))
            .GetProperty("revealClientPersonalData").GetProperty("personalData");

        Assert.Equal("홍길동", data.GetProperty("name").GetString());
        Assert.Equal("1971-12-31", data.GetProperty("birthDate").GetString());
        Assert.Equal("711231-1234567", data.GetProperty("registrationNumber").GetString());
        Assert.Equal("서울 영등포구 당산로 1", data.GetProperty("address").GetString());
        var entry = Assert.Single(await LogOfAsync(clientId));
        Assert.Equal(AccessAction.Reveal, entry.Action);
        Assert.Equal("임대주택 신청서 작성", entry.Purpose);
        Assert.Equal("김사례", entry.ActorName);
        Assert.Equal(_w.Staff["worker.a"].Actor.UserId, entry.ActorUserId);
        Assert.InRange(entry.At, before, DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Equal(WelfareApiWorld.ClientAddress, entry.IpAddress);
    }

    [Fact]
    public async Task A_reveal_without_a_reason_is_refused_and_logs_nothing()
    {
        var (clientId, _) = await _w.OpenCaseAsync("worker.a");

        var payload = (await _w.DataAsync("worker.a", Reveal, new { input = new { clientId = WelfareApiWorld.ClientId(clientId), reason = "  " } }))
            .GetProperty("revealClientPersonalData");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("personalData").ValueKind);
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("ACCESS_REASON_REQUIRED", error.GetProperty("code").GetString());
        Assert.Equal("Reveal of personal data needs a reason, which is logged.", error.GetProperty("message").GetString());
        Assert.Empty(await LogOfAsync(clientId));
    }

    [Theory]
    [InlineData("worker.b", "NotFoundError")]
    [InlineData("resident", null)]
    [InlineData("partner.worker.a", null)]
    public async Task Nobody_else_reveals_a_client(string userName, string? errorType)
    {
        var (clientId, _) = await _w.OpenCaseAsync("worker.a");

        var body = await _w.CallAsync(userName, Reveal, new { input = new { clientId = WelfareApiWorld.ClientId(clientId), reason = "궁금해서" } });

        if (errorType is null)
            Assert.Equal(["AUTH_NOT_AUTHORIZED"], body.ErrorCodes());
        else
            Assert.Equal(errorType, body.GetProperty("data").GetProperty("revealClientPersonalData").GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.DoesNotContain("1234567", body.ToString(), StringComparison.Ordinal);
        Assert.Empty(await LogOfAsync(clientId));
    }

    [Fact]
    public async Task A_registration_number_contradicting_the_birth_date_is_refused_and_no_client_is_stored()
    {
        var payload = (await _w.DataAsync("worker.a", """
            mutation($input: RegisterWelfareClientInput!) {
              registerWelfareClient(input: $input) { client { id } errors { __typename ... on RuleViolationError { code message } } }
            }
            """, new
        {
            input = new
            {
                name = "생년불일치", birthDate = "1980-01-01", incomeLevel = "NEAR_POVERTY",
                registrationNumber = new { number = "711231-1234567", legalBasis = "주거급여법 시행령" },
            },
        })).GetProperty("registerWelfareClient");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("client").ValueKind);
        var error = payload.GetProperty("errors")[0];
        Assert.Equal("RRN_BIRTH_DATE_MISMATCH", error.GetProperty("code").GetString());
        Assert.Contains("1971-12-31", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("1980-01-01", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        await using var scope = _w.Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HousingDbContext>();
        Assert.False(await db.Set<Client>().AnyAsync(c => c.Name == "생년불일치"));
    }

    [Fact]
    public async Task The_resident_registration_number_is_stored_encrypted()
    {
        var payload = (await _w.DataAsync("worker.a", """
            mutation($input: RegisterWelfareClientInput!) { registerWelfareClient(input: $input) { client { maskedRegistrationNumber } } }
            """, new
        {
            input = new
            {
                name = "암호화", birthDate = "1980-02-03", incomeLevel = "MEDIAN_UP_TO50",
                registrationNumber = new { number = "8002031234567", legalBasis = "주거급여법 시행령" },
            },
        })).GetProperty("registerWelfareClient");

        Assert.Equal("800203-*******", payload.GetProperty("client").GetProperty("maskedRegistrationNumber").GetString());
        await using var scope = _w.Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HousingDbContext>();
        var stored = await db.Database.SqlQuery<string>($"SELECT \"ProtectedRegistrationNumber\" AS \"Value\" FROM \"WelfareClients\" WHERE \"Name\" = {"암호화"}").SingleAsync();
        Assert.DoesNotContain("8002031234567", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("800203-1234567", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("1234567", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Center_managers_read_their_centers_access_log_and_caseworkers_do_not()
    {
        var (clientA, _) = await _w.OpenCaseAsync("worker.a");
        var (clientB, _) = await _w.OpenCaseAsync("worker.b");
        await _w.DataAsync("worker.a", Reveal, new { input = new { clientId = WelfareApiWorld.ClientId(clientA), reason = "주거급여 신청" } });
        await _w.DataAsync("worker.b", Reveal, new { input = new { clientId = WelfareApiWorld.ClientId(clientB), reason = "긴급지원 신청" } });
        const string Log = """
            query($where: AccessLogEntryFilterInput) {
              accessLog(where: $where, order: [{ sequence: DESC }], first: 50) {
                totalCount
                nodes { sequence actorName action purpose ipAddress center { name } client { maskedName } }
              }
            }
            """;

        var managerA = (await _w.DataAsync("manager.a", Log, new { where = new { action = new { eq = "REVEAL" } } })).GetProperty("accessLog");
        var central = (await _w.DataAsync("central", Log, new { where = new { action = new { eq = "REVEAL" } } })).GetProperty("accessLog");
        var caseworker = await _w.CallAsync("worker.a", Log);

        var purposes = managerA.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("purpose").GetString()).ToList();
        Assert.Contains("주거급여 신청", purposes);
        Assert.DoesNotContain("긴급지원 신청", purposes);
        Assert.All(managerA.GetProperty("nodes").EnumerateArray(), n => Assert.Equal("영등포구 주거복지센터", n.GetProperty("center").GetProperty("name").GetString()));
        var centralPurposes = central.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("purpose").GetString()).ToList();
        Assert.Contains("주거급여 신청", centralPurposes);
        Assert.Contains("긴급지원 신청", centralPurposes);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], caseworker.ErrorCodes());
    }
}
