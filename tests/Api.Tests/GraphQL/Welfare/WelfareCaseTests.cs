using System.Text.Json;
using Api.Tests.Support;
using Housing.Domain.Welfare;

namespace Api.Tests.GraphQL.Welfare;

public sealed class WelfareCaseTests : IClassFixture<WelfareApiWorld>
{
    private const string Payload = "errors { __typename ... on Error { message } ... on RuleViolationError { code } }";

    private readonly WelfareApiWorld _w;

    public WelfareCaseTests(WelfareApiWorld world) => _w = world;

    private async Task<JsonElement> MutateAsync(string userName, string mutation, string input, object variables, string selection = "welfareCase { id status }")
    {
        var body = await _w.CallAsync(userName, $"mutation($input: {input}!) {{ {mutation}(input: $input) {{ {selection} {Payload} }} }}", new { input = variables });
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data").GetProperty(mutation);
    }

    private static void AssertNoErrors(JsonElement payload) =>
        Assert.True(payload.GetProperty("errors").ValueKind == JsonValueKind.Null, payload.ToString());

    [Fact]
    public async Task A_case_goes_from_intake_to_closure_through_the_mutations_and_reads_back_whole()
    {
        var client = await MutateAsync("worker.a", "registerWelfareClient", "RegisterWelfareClientInput", new
        {
            name = "김영희", birthDate = "1971-12-31", phone = "010-2222-3333", address = "서울 영등포구 여의대로 1", incomeLevel = "NEAR_POVERTY",
            householdMembers = new[] { new { name = "김철수", relationship = "자녀", birthDate = "2010-03-01" } },
            registrationNumber = new { number = "711231-2345678", legalBasis = "주거급여법 시행령" },
        }, "client { id maskedName maskedRegistrationNumber householdSize }");
        AssertNoErrors(client);
        Assert.Equal("김*희", client.GetProperty("client").GetProperty("maskedName").GetString());
        Assert.Equal("711231-*******", client.GetProperty("client").GetProperty("maskedRegistrationNumber").GetString());
        Assert.Equal(2, client.GetProperty("client").GetProperty("householdSize").GetInt32());
        var clientId = client.GetProperty("client").GetProperty("id").GetString();

        var opened = await MutateAsync("worker.a", "openCase", "OpenCaseInput", new
        {
            clientId, intakeChannel = "PHONE", crises = new[] { "EVICTION", "RENT_ARREARS" }, urgency = "HIGH", presentingProblem = "퇴거 통보를 받음",
        });
        AssertNoErrors(opened);
        var caseId = opened.GetProperty("welfareCase").GetProperty("id").GetString()!;
        Assert.Equal("INTAKE", opened.GetProperty("welfareCase").GetProperty("status").GetString());

        AssertNoErrors(await MutateAsync("worker.a", "recordAssessment", "RecordAssessmentInput",
            new { caseId, needs = "보증금 마련과 이주 지원", housingCondition = "반지하, 곰팡이", financialSituation = "월세 3개월 체납" }));
        var today = DateTime.UtcNow.AddHours(9).ToString("yyyy-MM-dd");
        AssertNoErrors(await MutateAsync("worker.a", "recordPlan", "RecordPlanInput", new
        {
            caseId, conferenceDate = today, participants = "사례관리자, 주민센터",
            goals = new object[] { new { description = "긴급주거비 지원" }, new { description = "임대주택 신청", targetDate = "2030-01-31" } },
        }));
        var served = await MutateAsync("worker.a", "recordService", "RecordServiceInput", new
        {
            caseId, type = "EMERGENCY_HOUSING_COST", provider = "영등포구청", amount = 1_500_000L, date = today, outcome = "DELIVERED",
        }, "welfareCase { status totalServiceAmount }");
        AssertNoErrors(served);
        Assert.Equal("SERVICE", served.GetProperty("welfareCase").GetProperty("status").GetString());
        Assert.Equal(1_500_000L, served.GetProperty("welfareCase").GetProperty("totalServiceAmount").GetInt64());
        AssertNoErrors(await MutateAsync("worker.a", "addCaseNote", "AddCaseNoteInput", new { caseId, text = "집주인과 통화함" }));

        var referred = await MutateAsync("worker.a", "referCase", "ReferCaseInput",
            new { caseId, toCenterId = WelfareApiWorld.Id("WelfareCenter", _w.CenterB), reason = "동작구로 이사" }, "referral { id status toCenter { name } }");
        AssertNoErrors(referred);
        Assert.Equal("PENDING", referred.GetProperty("referral").GetProperty("status").GetString());
        Assert.Equal("동작구 주거복지센터", referred.GetProperty("referral").GetProperty("toCenter").GetProperty("name").GetString());
        var accepted = await MutateAsync("worker.b", "acceptReferral", "AcceptReferralInput",
            new { referralId = referred.GetProperty("referral").GetProperty("id").GetString() }, "welfareCase { center { name } assignedWorker { name } }");
        AssertNoErrors(accepted);
        Assert.Equal("동작구 주거복지센터", accepted.GetProperty("welfareCase").GetProperty("center").GetProperty("name").GetString());
        Assert.Equal("최동작", accepted.GetProperty("welfareCase").GetProperty("assignedWorker").GetProperty("name").GetString());

        AssertNoErrors(await MutateAsync("worker.b", "closeCase", "CloseCaseInput",
            new { caseId, outcome = "RESOLVED", summary = "임대주택 입주", followUpDueDates = new[] { "2031-01-01" } }));

        var read = (await _w.DataAsync("worker.b", """
            query($id: ID!) {
              welfareCase(id: $id) {
                status crises urgency presentingProblem openedBy { name }
                client { maskedName birthYear maskedPhone }
                assessment { needs housingCondition assessedBy { name } }
                plan { conferenceDate goals { order description targetDate } }
                services { type provider amount outcome recordedBy { name } }
                referrals { status fromCenter { name } toCenter { name } referredBy { name } }
                notes { text writtenBy { name } center { name } }
                closure { outcome summary closedFrom closedBy { name } }
                followUps { dueDate recordedAt }
                timeline { kind summary staff { name } }
              }
            }
            """, new { id = caseId })).GetProperty("welfareCase");
        Assert.Equal("FOLLOW_UP", read.GetProperty("status").GetString());
        Assert.Equal(["RENT_ARREARS", "EVICTION"], read.GetProperty("crises").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("영등포구 주거복지센터", read.GetProperty("openedBy").GetProperty("name").GetString());
        Assert.Equal("010-****-3333", read.GetProperty("client").GetProperty("maskedPhone").GetString());
        Assert.Equal("김사례", read.GetProperty("assessment").GetProperty("assessedBy").GetProperty("name").GetString());
        Assert.Equal(["긴급주거비 지원", "임대주택 신청"], read.GetProperty("plan").GetProperty("goals").EnumerateArray().Select(g => g.GetProperty("description").GetString()));
        Assert.Equal(1_500_000L, read.GetProperty("services")[0].GetProperty("amount").GetInt64());
        Assert.Equal("ACCEPTED", read.GetProperty("referrals")[0].GetProperty("status").GetString());
        Assert.Equal("집주인과 통화함", read.GetProperty("notes")[0].GetProperty("text").GetString());
        Assert.Equal("RESOLVED", read.GetProperty("closure").GetProperty("outcome").GetString());
        Assert.Equal("최동작", read.GetProperty("closure").GetProperty("closedBy").GetProperty("name").GetString());
        Assert.Equal("2031-01-01", read.GetProperty("followUps")[0].GetProperty("dueDate").GetString());
        var kinds = read.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Contains("ASSESSMENT", kinds);
        Assert.Contains("REFERRAL_ANSWER", kinds);
        Assert.Contains("CLOSURE", kinds);
    }

    [Fact]
    public async Task Bad_input_comes_back_as_a_typed_error_with_its_message_and_stores_nothing()
    {
        var (clientId, caseId) = await _w.OpenCaseAsync("worker.a");

        var noCrisis = await MutateAsync("worker.a", "openCase", "OpenCaseInput", new
        {
            clientId = WelfareApiWorld.ClientId(clientId), intakeChannel = "WALK_IN", crises = Array.Empty<string>(), urgency = "NORMAL", presentingProblem = "월세 체납",
        });
        var beforePlan = await MutateAsync("worker.a", "recordService", "RecordServiceInput", new
        {
            caseId = WelfareApiWorld.CaseId(caseId), type = "EMERGENCY_HOUSING_COST", provider = "구청", amount = -5L, date = "2020-01-01", outcome = "DELIVERED",
        });
        var earlyClosure = await MutateAsync("worker.a", "closeCase", "CloseCaseInput",
            new { caseId = WelfareApiWorld.CaseId(caseId), outcome = "WITHDRAWN", summary = "연락 두절" });

        AssertRuleViolation(noCrisis, "CRISIS_REQUIRED", "Name at least one crisis; allowed: RENT_ARREARS, EVICTION, SUBSTANDARD_HOUSING");
        AssertRuleViolation(beforePlan, "CASE_STAGE_SKIPPED", "Services follow the plan");
        AssertRuleViolation(earlyClosure, "CLOSURE_REASON_REQUIRED", "closing it before any service needs the reason");
        var stored = await _w.DomainAsync<WelfareCaseService, List<WelfareCase>>(async cases =>
            (await cases.VisibleCasesAsync(_w.Staff["central"].Actor)).Where(c => c.ClientId == clientId).ToList());
        var only = Assert.Single(stored);
        Assert.Equal(CaseStatus.Intake, only.Status);
        Assert.Empty(only.Services);
        Assert.Null(only.Closure);
    }

    [Fact]
    public async Task A_negative_service_amount_is_refused_with_its_amount_named()
    {
        var (_, caseId) = await _w.OpenCaseAsync("worker.a", urgency: Urgency.Emergency);

        var payload = await MutateAsync("worker.a", "recordService", "RecordServiceInput", new
        {
            caseId = WelfareApiWorld.CaseId(caseId), type = "EMERGENCY_HOUSING_COST", provider = "구청", amount = -5L,
            date = DateTime.UtcNow.AddHours(9).ToString("yyyy-MM-dd"), outcome = "DELIVERED",
        });

        AssertRuleViolation(payload, "SERVICE_AMOUNT_NEGATIVE", "Amount -5 KRW is negative");
        var stored = await _w.DomainAsync<WelfareCaseService, WelfareCase>(cases => cases.GetCaseAsync(_w.Staff["worker.a"].Actor, caseId));
        Assert.Empty(stored.Services);
    }

    [Fact]
    public async Task Another_district_center_cannot_change_a_case_it_cannot_see()
    {
        var (_, caseId) = await _w.OpenCaseAsync("worker.a");

        var payload = await MutateAsync("worker.b", "addCaseNote", "AddCaseNoteInput", new { caseId = WelfareApiWorld.CaseId(caseId), text = "남의 사례" });

        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("NotFoundError", error.GetProperty("__typename").GetString());
        var stored = await _w.DomainAsync<WelfareCaseService, WelfareCase>(cases => cases.GetCaseAsync(_w.Staff["worker.a"].Actor, caseId));
        Assert.Empty(stored.Notes);
    }

    [Fact]
    public async Task A_receiving_center_declines_a_referral_with_a_reason_then_no_longer_sees_the_case()
    {
        var (_, caseId) = await _w.OpenCaseAsync("worker.a");
        var referral = await _w.DomainAsync<WelfareCaseService, Referral>(cases =>
            cases.ReferCaseAsync(_w.Staff["worker.a"].Actor, caseId, _w.CenterB, null, "이사 예정"));

        var declined = await MutateAsync("worker.b", "declineReferral", "DeclineReferralInput",
            new { referralId = WelfareApiWorld.Id("CaseReferral", referral.Id), reason = "관할 아님" },
            "welfareCase { center { name } referrals { status declineReason } }");
        var again = await MutateAsync("worker.b", "declineReferral", "DeclineReferralInput",
            new { referralId = WelfareApiWorld.Id("CaseReferral", referral.Id), reason = " " });

        AssertNoErrors(declined);
        Assert.Equal("영등포구 주거복지센터", declined.GetProperty("welfareCase").GetProperty("center").GetProperty("name").GetString());
        Assert.Equal("관할 아님", declined.GetProperty("welfareCase").GetProperty("referrals")[0].GetProperty("declineReason").GetString());
        Assert.Equal("NotFoundError", Assert.Single(again.GetProperty("errors").EnumerateArray()).GetProperty("__typename").GetString());
        var stored = await _w.DomainAsync<WelfareCaseService, WelfareCase>(cases => cases.GetCaseAsync(_w.Staff["worker.a"].Actor, caseId));
        Assert.Equal(_w.CenterA, stored.CenterId);
        Assert.Equal(ReferralStatus.Declined, Assert.Single(stored.Referrals).Status);
    }

    [Theory]
    [InlineData("resident", "AUTH_NOT_AUTHORIZED")]
    [InlineData("officer", "AUTH_NOT_AUTHORIZED")]
    [InlineData("partner.worker.a", "AUTH_NOT_AUTHORIZED")]
    [InlineData(null, "AUTH_NOT_AUTHENTICATED")]
    public async Task Nobody_but_welfare_staff_opens_a_case_and_nothing_is_stored(string? userName, string code)
    {
        var (clientId, _) = await _w.OpenCaseAsync("worker.a");

        var body = await _w.CallAsync(userName, "mutation($input: OpenCaseInput!) { openCase(input: $input) { welfareCase { id } } }", new
        {
            input = new { clientId = WelfareApiWorld.ClientId(clientId), intakeChannel = "WALK_IN", crises = new[] { "EVICTION" }, urgency = "NORMAL", presentingProblem = "퇴거" },
        });

        Assert.Equal([code], body.ErrorCodes());
        var cases = await _w.DomainAsync<WelfareCaseService, int>(async s =>
            (await s.VisibleCasesAsync(_w.Staff["central"].Actor)).Count(c => c.ClientId == clientId));
        Assert.Equal(1, cases);
    }

    [Fact]
    public async Task A_district_center_sees_its_own_and_referred_in_cases_and_the_central_center_all()
    {
        var (_, ownA) = await _w.OpenCaseAsync("worker.a");
        var (_, ownB) = await _w.OpenCaseAsync("worker.b");
        var (_, referredToB) = await _w.OpenCaseAsync("worker.a");
        await _w.DomainAsync<WelfareCaseService, Referral>(cases => cases.ReferCaseAsync(_w.Staff["worker.a"].Actor, referredToB, _w.CenterB, null, "이사"));

        async Task<HashSet<string>> SeenBy(string user) =>
            [.. (await _w.DataAsync(user, "{ welfareCases(first: 100) { nodes { id } } }"))
                .GetProperty("welfareCases").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];
        var a = await SeenBy("worker.a");
        var b = await SeenBy("worker.b");
        var central = await SeenBy("central");

        Assert.Contains(WelfareApiWorld.CaseId(ownA), a);
        Assert.DoesNotContain(WelfareApiWorld.CaseId(ownB), a);
        Assert.Contains(WelfareApiWorld.CaseId(ownB), b);
        Assert.Contains(WelfareApiWorld.CaseId(referredToB), b);
        Assert.DoesNotContain(WelfareApiWorld.CaseId(ownA), b);
        Assert.Superset(new HashSet<string> { WelfareApiWorld.CaseId(ownA), WelfareApiWorld.CaseId(ownB), WelfareApiWorld.CaseId(referredToB) }, central);
        var hidden = await _w.CallAsync("worker.b", "query($id: ID!) { welfareCase(id: $id) { id } }", new { id = WelfareApiWorld.CaseId(ownA) });
        Assert.Equal(["NOT_FOUND"], hidden.ErrorCodes());
    }

    [Fact]
    public async Task Cases_filter_by_status_crisis_worker_and_overdue_time_limits_and_sort_by_intake()
    {
        var (_, late) = await _w.OpenCaseAsync("manager.b", daysAgo: 15, crisis: CrisisType.UtilityCutOff);
        var (_, fresh) = await _w.OpenCaseAsync("manager.b", daysAgo: 1, crisis: CrisisType.UtilityCutOff);
        var (_, other) = await _w.OpenCaseAsync("worker.b", daysAgo: 40, crisis: CrisisType.Disaster);
        await _w.DomainAsync<WelfareCaseService, WelfareCase>(cases => cases.RecordAssessmentAsync(_w.Staff["worker.b"].Actor, other, "욕구"));
        var managerId = WelfareApiWorld.Id("WelfareStaff", _w.Staff["manager.b"].StaffId);

        async Task<List<string>> Ids(object? where, object? order = null, string? worker = null) =>
            [.. (await _w.DataAsync("manager.b", "query($where: WelfareCaseFilterInput, $order: [WelfareCaseSortInput!], $worker: ID) { welfareCases(where: $where, order: $order, assignedWorkerId: $worker) { totalCount nodes { id } } }",
                new { where, order, worker })).GetProperty("welfareCases").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];

        Assert.Equal([WelfareApiWorld.CaseId(late)], await Ids(new { assessmentOverdue = new { eq = true } }));
        Assert.Equal([WelfareApiWorld.CaseId(other)], await Ids(new { planOverdue = new { eq = true } }));
        Assert.Equal([WelfareApiWorld.CaseId(other)], await Ids(new { status = new { eq = "ASSESSMENT" } }));
        Assert.Equal([WelfareApiWorld.CaseId(other)], await Ids(new { crises = new { some = new { type = new { eq = "DISASTER" } } } }));
        Assert.Equal([WelfareApiWorld.CaseId(fresh), WelfareApiWorld.CaseId(late)],
            await Ids(null, new[] { new { intakeDate = "DESC" } }, worker: managerId));
    }

    [Theory]
    [InlineData("welfareCases(assignedWorkerId: $id) { totalCount }", "WelfareStaff")]
    [InlineData("welfareCases(centerId: $id) { totalCount }", "WelfareCenter")]
    [InlineData("welfareCases(clientId: $id) { totalCount }", "WelfareClient")]
    [InlineData("accessLog(caseId: $id) { totalCount }", "WelfareCase")]
    public async Task Center_worker_client_and_case_arguments_take_global_ids_of_their_type_only(string field, string typeName)
    {
        var (clientId, caseId) = await _w.OpenCaseAsync("worker.a");
        var wrongType = WelfareApiWorld.Id("Complex", Guid.CreateVersion7());
        var right = typeName switch
        {
            "WelfareStaff" => WelfareApiWorld.Id(typeName, _w.Staff["worker.a"].StaffId),
            "WelfareCenter" => WelfareApiWorld.Id(typeName, _w.CenterA),
            "WelfareClient" => WelfareApiWorld.ClientId(clientId),
            _ => WelfareApiWorld.CaseId(caseId),
        };
        await _w.DataAsync("worker.a", "query($id: ID!) { welfareCase(id: $id) { id } }", new { id = WelfareApiWorld.CaseId(caseId) });
        var query = $"query($id: ID!) {{ {field} }}";

        var matched = (await _w.DataAsync("manager.a", query, new { id = right })).EnumerateObject().Single().Value.GetProperty("totalCount").GetInt32();
        var foreign = await _w.CallAsync("manager.a", query, new { id = wrongType });
        var raw = await _w.CallAsync("manager.a", query, new { id = _w.CenterA.ToString() });

        Assert.True(matched >= 1);
        Assert.Equal(["NODE_ID_TYPE_MISMATCH"], foreign.ErrorCodes());
        Assert.Contains($"does not identify a {typeName}", foreign.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(["NODE_ID_INVALID"], raw.ErrorCodes());
    }

    private static void AssertRuleViolation(JsonElement payload, string code, string message)
    {
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("RuleViolationError", error.GetProperty("__typename").GetString());
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.Contains(message, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
