using System.Net;
using Admin.Tests.Support;
using Housing.Domain.Welfare;

namespace Admin.Tests.Welfare;

public sealed class WelfarePagesTests(WelfareWorld world) : IClassFixture<WelfareWorld>
{
    private static string CasePage(Guid id) => $"/admin/Welfare/Cases/Details/{id}";

    private static string Handler(Guid id, string handler) => $"{CasePage(id)}?handler={handler}";

    [Theory]
    [InlineData("/admin/Welfare")]
    [InlineData("/admin/Welfare/Cases")]
    [InlineData("/admin/Welfare/Cases/New")]
    public async Task Staff_outside_welfare_are_refused_and_anonymous_visitors_sent_to_sign_in(string path)
    {
        var officer = await world.SignedInAsync("officer");

        var (refused, _) = await officer.GetAsync(path);
        var (anonymous, _) = await new AdminBrowser(world.Factory).GetAsync(path);

        AdminBrowser.AssertRedirectsTo(refused, "http://localhost/admin/Account/AccessDenied");
        AdminBrowser.AssertRedirectsTo(anonymous, "http://localhost/admin/Account/SignIn");
    }

    [Fact]
    public async Task Case_and_client_pages_refuse_staff_outside_welfare()
    {
        var (clientId, caseId) = await world.OpenCaseAsync("worker.a");
        var officer = await world.SignedInAsync("officer");

        AdminBrowser.AssertRedirectsTo((await officer.GetAsync(CasePage(caseId))).Response, "http://localhost/admin/Account/AccessDenied");
        AdminBrowser.AssertRedirectsTo((await officer.GetAsync($"/admin/Welfare/Clients/Details/{clientId}")).Response,
            "http://localhost/admin/Account/AccessDenied");
    }

    [Theory]
    [InlineData("worker.a")]
    [InlineData("manager.a")]
    [InlineData("central")]
    public async Task The_dashboard_counts_cases_by_stage_and_lists_breached_time_limits(string userName)
    {
        var (_, overdue) = await world.OpenCaseAsync("worker.a", "기한초과", daysAgo: 12);
        var browser = await world.SignedInAsync(userName);

        var (response, page) = await browser.GetAsync("/admin/Welfare");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Enum.GetNames<CaseStatus>(), page.QuerySelectorAll("[data-stage]").Select(e => e.GetAttribute("data-stage")));
        Assert.True(int.Parse(page.QuerySelector("[data-stage='Intake'] strong")!.TextContent) >= 1);
        var breached = page.QuerySelector($"[data-section='breaching'] tr[data-case='{overdue}']");
        Assert.NotNull(breached);
        Assert.Contains("사정 기한 초과", breached.TextContent);
        Assert.Contains("기**과", breached.TextContent);
        Assert.Contains(page.QuerySelectorAll("nav.side a"), a => a.GetAttribute("data-nav") == "Nav_WelfareCases");
    }

    [Fact]
    public async Task Another_district_center_sees_none_of_the_cases()
    {
        var (_, caseId) = await world.OpenCaseAsync("worker.a");
        var other = await world.SignedInAsync("worker.b");

        var (_, list) = await other.GetAsync("/admin/Welfare/Cases");
        var (detail, _) = await other.GetAsync(CasePage(caseId));

        Assert.Null(list.QuerySelector($"tr[data-case='{caseId}']"));
        Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);
    }

    [Fact]
    public async Task The_case_list_filters_by_worker_stage_crisis_and_overdue_and_pages_on_the_server()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 21; i++)
            ids.Add((await world.OpenCaseAsync("worker.a", $"목록{i:00}", daysAgo: i, crisis: i == 0 ? CrisisType.Disaster : CrisisType.Eviction,
                assignedTo: "pager.a")).CaseId);
        var worker = world.Staff["pager.a"].StaffId;
        var browser = await world.SignedInAsync("worker.a");

        var (_, first) = await browser.GetAsync($"/admin/Welfare/Cases?worker={worker}&status=Intake");
        var next = first.QuerySelector("a[rel='next']")!.GetAttribute("href")!;
        var (_, second) = await browser.GetAsync(next);
        var (_, disaster) = await browser.GetAsync($"/admin/Welfare/Cases?worker={worker}&crisis=Disaster");
        var (_, overdue) = await browser.GetAsync($"/admin/Welfare/Cases?worker={worker}&overdue=true");

        Assert.Equal(20, first.QuerySelectorAll("tr[data-case]").Length);
        Assert.Contains($"worker={worker}", next);
        Assert.Contains("status=Intake", next);
        Assert.Contains("p=2", next);
        Assert.Equal([ids[20]], second.QuerySelectorAll("tr[data-case]").Select(r => Guid.Parse(r.GetAttribute("data-case")!)));
        Assert.Equal([ids[0]], disaster.QuerySelectorAll("tr[data-case]").Select(r => Guid.Parse(r.GetAttribute("data-case")!)));
        Assert.Equal(ids.Skip(11).Order(), overdue.QuerySelectorAll("tr[data-case]").Select(r => Guid.Parse(r.GetAttribute("data-case")!)).Order());
        Assert.Equal("selected", disaster.QuerySelector("#crisis option[value='Disaster']")!.GetAttribute("selected"));
    }

    [Fact]
    public async Task The_receiving_center_finds_referrals_waiting_for_its_answer_on_the_dashboard_and_in_the_case_list()
    {
        var (_, referred) = await world.OpenCaseAsync("worker.a", "의뢰대기");
        var (_, answered) = await world.OpenCaseAsync("worker.a", "의뢰완료");
        var sender = world.Staff["worker.a"].Actor;
        await world.CasesAsync(s => s.ReferCaseAsync(sender, referred, world.CentralCenter, null, "중앙 지원 필요"));
        var done = await world.CasesAsync(s => s.ReferCaseAsync(sender, answered, world.CentralCenter, null, "중앙 지원 필요"));
        await world.CasesAsync(s => s.DeclineReferralAsync(world.Staff["central"].Actor, answered, done.Id, "지역에서 처리"));
        var central = await world.SignedInAsync("central");
        var worker = await world.SignedInAsync("worker.a");

        var (_, dashboard) = await central.GetAsync("/admin/Welfare");
        var (_, incoming) = await central.GetAsync("/admin/Welfare/Cases?incoming=true");
        var (_, senderDashboard) = await worker.GetAsync("/admin/Welfare");

        var row = dashboard.QuerySelector($"[data-section='incoming'] tr[data-case='{referred}']");
        Assert.NotNull(row);
        Assert.Equal(CasePage(referred), row.QuerySelector("a")!.GetAttribute("href"), StringComparer.OrdinalIgnoreCase);
        Assert.Null(dashboard.QuerySelector($"[data-section='incoming'] tr[data-case='{answered}']"));
        Assert.Contains("의뢰 수신 대기", dashboard.QuerySelector("[data-section='incoming'] h2")!.TextContent);
        var listed = incoming.QuerySelectorAll("tr[data-case]").Select(r => Guid.Parse(r.GetAttribute("data-case")!)).ToList();
        Assert.Contains(referred, listed);
        Assert.DoesNotContain(answered, listed);
        Assert.Equal("checked", incoming.QuerySelector("#incoming")!.GetAttribute("checked"));
        Assert.Null(senderDashboard.QuerySelector($"[data-section='incoming'] tr[data-case='{referred}']"));
    }

    [Fact]
    public async Task Staff_who_see_several_centers_filter_by_center_and_choose_among_those_centers_workers()
    {
        var (_, inA) = await world.OpenCaseAsync("worker.a", "센터가");
        var (_, inB) = await world.OpenCaseAsync("worker.b", "센터나");
        var central = await world.SignedInAsync("central");

        var (_, all) = await central.GetAsync("/admin/Welfare/Cases");
        var (_, onlyB) = await central.GetAsync($"/admin/Welfare/Cases?center={world.CenterB}");

        var allWorkers = all.QuerySelectorAll("#worker option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains(world.Staff["worker.a"].StaffId.ToString(), allWorkers);
        Assert.Contains(world.Staff["worker.b"].StaffId.ToString(), allWorkers);
        Assert.NotNull(all.QuerySelector($"#center option[value='{world.CenterA}']"));
        Assert.NotNull(all.QuerySelector($"#center option[value='{world.CenterB}']"));
        var inOnlyB = onlyB.QuerySelectorAll("tr[data-case]").Select(r => Guid.Parse(r.GetAttribute("data-case")!)).ToList();
        Assert.Contains(inB, inOnlyB);
        Assert.DoesNotContain(inA, inOnlyB);
        Assert.Equal("selected", onlyB.QuerySelector($"#center option[value='{world.CenterB}']")!.GetAttribute("selected"));
        Assert.Equal(["", world.Staff["worker.b"].StaffId.ToString()], onlyB.QuerySelectorAll("#worker option").Select(o => o.GetAttribute("value")));
    }

    [Fact]
    public async Task Intake_says_what_is_missing_next_to_each_field_and_keeps_what_was_typed()
    {
        var browser = await world.SignedInAsync("worker.a");
        var (_, form) = await browser.GetAsync("/admin/Welfare/Cases/New");

        var (response, page) = await browser.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Name"] = "접수미완", ["Input.Phone"] = "010-2222-3333", ["Input.BirthDate"] = "", ["Input.PresentingProblem"] = "",
            ["Input.IntakeChannel"] = "Referral",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("접수미완", page.QuerySelector("#Input_Name")!.GetAttribute("value"));
        Assert.Equal("010-2222-3333", page.QuerySelector("#Input_Phone")!.GetAttribute("value"));
        Assert.Contains("생년월일", page.QuerySelector("[data-valmsg-for='Input.BirthDate']")!.TextContent);
        Assert.Contains("주 호소 문제", page.QuerySelector("[data-valmsg-for='Input.PresentingProblem']")!.TextContent);
        Assert.Equal("위기 유형을 하나 이상 고르세요.", page.QuerySelector("[data-valmsg-for='Input.Crises']")!.TextContent);
        Assert.Equal("의뢰로 접수된 사례는 의뢰처를 적어야 합니다.", page.QuerySelector("[data-valmsg-for='Input.ReferralSource']")!.TextContent);
    }

    [Fact]
    public async Task Intake_registers_the_client_and_opens_the_case()
    {
        var browser = await world.SignedInAsync("worker.a");
        var (_, form) = await browser.GetAsync("/admin/Welfare/Cases/New");

        var (response, _) = await browser.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Name"] = "신규접수", ["Input.BirthDate"] = "1980-05-01", ["Input.Phone"] = "010-9876-5432",
            ["Input.IncomeLevel"] = "MedianUpTo50", ["Input.IntakeChannel"] = "Phone", ["Input.Crises"] = "Eviction",
            ["Input.Urgency"] = "High", ["Input.PresentingProblem"] = "집주인이 퇴거를 통보함",
        });

        AdminBrowser.AssertRedirectsTo(response, "/admin/Welfare/Cases/Details/");
        var opened = await world.CaseAsync(Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]));
        Assert.Equal(CaseStatus.Intake, opened.Status);
        Assert.Equal([CrisisType.Eviction], opened.Crises.Select(c => c.Type));
        Assert.Equal(Urgency.High, opened.Urgency);
        Assert.Equal(world.Staff["worker.a"].StaffId, opened.AssignedWorkerId);
        var (_, casePage) = await browser.GetAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("신**수", casePage.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task A_case_moves_through_assessment_plan_and_service_with_its_timeline_and_amounts()
    {
        var (_, caseId) = await world.OpenCaseAsync("worker.a");
        var browser = await world.SignedInAsync("worker.a");
        var (_, page) = await browser.GetAsync(CasePage(caseId));

        var (tooEarly, refused) = await browser.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Service.Type"] = "EmergencyHousingCost", ["Service.Provider"] = "구청", ["Service.Amount"] = "300000",
        }, Handler(caseId, "Service"));
        AdminBrowser.AssertRedirectsTo((await browser.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Assessment.Needs"] = "체납 월세 해소와 안정적 거처", ["Assessment.HousingCondition"] = "반지하",
        }, Handler(caseId, "Assessment"))).Response, CasePage(caseId));
        AdminBrowser.AssertRedirectsTo((await browser.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Plan.Goals"] = "체납 월세 정리\n임대주택 신청",
        }, Handler(caseId, "Plan"))).Response, CasePage(caseId));
        var (_, negative) = await browser.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Service.Type"] = "EmergencyHousingCost", ["Service.Provider"] = "구청", ["Service.Amount"] = "-5",
        }, Handler(caseId, "Service"));
        AdminBrowser.AssertRedirectsTo((await browser.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Service.Type"] = "EmergencyHousingCost", ["Service.Provider"] = "구청", ["Service.Amount"] = "300000",
            ["Service.Outcome"] = "Delivered",
        }, Handler(caseId, "Service"))).Response, CasePage(caseId));
        var (_, after) = await browser.GetAsync(CasePage(caseId));

        Assert.Equal(HttpStatusCode.OK, tooEarly.StatusCode);
        Assert.Equal("단계를 건너뛸 수 없습니다. 이전 단계를 먼저 기록하세요.", refused.QuerySelector("[data-valmsg-for='Service']")!.TextContent);
        Assert.Equal("구청", refused.QuerySelector("#Service_Provider")!.GetAttribute("value"));
        Assert.Equal("-5", negative.QuerySelector("#Service_Amount")!.GetAttribute("value"));
        Assert.Contains("0 이상", negative.QuerySelector("[data-valmsg-for='Service.Amount']")!.TextContent);
        var saved = await world.CaseAsync(caseId);
        Assert.Equal(CaseStatus.Service, saved.Status);
        Assert.Equal(["체납 월세 정리", "임대주택 신청"], saved.CurrentPlan!.Goals.OrderBy(g => g.Order).Select(g => g.Description));
        Assert.Equal(300000, saved.TotalServiceAmount);
        Assert.Equal("300,000 원", after.QuerySelector("[data-field='service-total']")!.TextContent);
        Assert.Equal(["StatusChange", "StatusChange", "Assessment", "StatusChange", "Plan", "StatusChange", "Service"],
            after.QuerySelectorAll(".timeline li").Select(li => li.GetAttribute("data-kind")));
        Assert.Contains(after.QuerySelectorAll(".timeline li"), li => li.TextContent.Contains("체납 월세 해소와 안정적 거처"));
        Assert.Contains("계획 수립 → 서비스 제공", after.QuerySelectorAll(".timeline li[data-kind='StatusChange']")[^1].TextContent);
        Assert.Contains("긴급 주거비 지원 (구청, 300,000 원, 제공 완료)", after.QuerySelector(".timeline li[data-kind='Service']")!.TextContent);
    }

    [Fact]
    public async Task A_referral_is_answered_by_the_receiving_center_which_takes_the_case_over()
    {
        var (_, caseId) = await world.OpenCaseAsync("worker.a");
        var (_, declinedId) = await world.OpenCaseAsync("worker.a");
        var sender = await world.SignedInAsync("worker.a");
        var receiver = await world.SignedInAsync("worker.b");

        foreach (var id in new[] { caseId, declinedId })
        {
            var (_, page) = await sender.GetAsync(CasePage(id));
            AdminBrowser.AssertRedirectsTo((await sender.SubmitAsync(page, new Dictionary<string, string>
            {
                ["Refer.ToCenterId"] = world.CenterB.ToString(), ["Refer.Reason"] = "동작구로 전입",
            }, Handler(id, "Refer"))).Response, CasePage(id));
        }
        var (_, incoming) = await receiver.GetAsync(CasePage(caseId));
        var (accepted, _) = await receiver.SubmitAsync(incoming, new Dictionary<string, string>(), Handler(caseId, "Accept"));
        var (_, toDecline) = await receiver.GetAsync(CasePage(declinedId));
        var (_, noReason) = await receiver.SubmitAsync(toDecline, new Dictionary<string, string> { ["Decline.Reason"] = "" }, Handler(declinedId, "Decline"));
        var (declined, _) = await receiver.SubmitAsync(toDecline, new Dictionary<string, string> { ["Decline.Reason"] = "정원 초과" },
            Handler(declinedId, "Decline"));

        AdminBrowser.AssertRedirectsTo(accepted, CasePage(caseId));
        var taken = await world.CaseAsync(caseId);
        Assert.Equal(world.CenterB, taken.CenterId);
        Assert.Equal(world.Staff["worker.b"].StaffId, taken.AssignedWorkerId);
        Assert.Contains("거절 사유", noReason.QuerySelector("[data-valmsg-for='Decline.Reason']")!.TextContent);
        AdminBrowser.AssertRedirectsTo(declined, CasePage(declinedId));
        var refused = await world.CaseAsync(declinedId);
        Assert.Equal(world.CenterA, refused.CenterId);
        Assert.Equal(ReferralStatus.Declined, refused.Referrals.Single().Status);
        var (_, senderView) = await sender.GetAsync(CasePage(caseId));
        Assert.Null(senderView.QuerySelector($"form[action='{Handler(caseId, "Assessment")}']"));
        Assert.Equal("동작구 주거복지센터", senderView.QuerySelector("[data-field='center']")!.TextContent);
    }

    [Fact]
    public async Task The_timeline_of_an_accepted_referral_and_of_a_declined_one_speaks_the_page_language()
    {
        var (_, caseId) = await world.OpenCaseAsync("worker.a");
        var (_, declinedId) = await world.OpenCaseAsync("worker.a");
        var sender = world.Staff["worker.a"].Actor;
        var receiver = world.Staff["worker.b"].Actor;
        var accepted = await world.CasesAsync(s => s.ReferCaseAsync(sender, caseId, world.CenterB, null, "동작구로 전입"));
        await world.CasesAsync(s => s.AcceptReferralAsync(receiver, caseId, accepted.Id));
        var declined = await world.CasesAsync(s => s.ReferCaseAsync(sender, declinedId, world.CenterB, null, "동작구로 전입"));
        await world.CasesAsync(s => s.DeclineReferralAsync(receiver, declinedId, declined.Id, "정원 초과"));
        var browser = await world.SignedInAsync("worker.b");
        var owner = await world.SignedInAsync("worker.a");

        var (_, korean) = await browser.GetAsync(CasePage(caseId));
        var (_, declinedPage) = await owner.GetAsync(CasePage(declinedId));
        var (_, english) = await browser.GetAsync($"{CasePage(caseId)}?culture=en-US&ui-culture=en-US");

        Assert.Equal("접수: 영등포구 주거복지센터의 의뢰 수락",
            korean.QuerySelectorAll(".timeline li[data-kind='StatusChange']")[^1].QuerySelectorAll("span")[0].TextContent);
        Assert.Equal("수락", korean.QuerySelector(".timeline li[data-kind='ReferralAnswer'] span")!.TextContent);
        Assert.Equal("거절: 정원 초과", declinedPage.QuerySelector(".timeline li[data-kind='ReferralAnswer'] span")!.TextContent);
        Assert.DoesNotContain("Accepted", korean.QuerySelector(".timeline")!.TextContent);
        Assert.Equal("Intake: Referral from 영등포구 주거복지센터 accepted",
            english.QuerySelectorAll(".timeline li[data-kind='StatusChange']")[^1].QuerySelectorAll("span")[0].TextContent);
    }

    [Fact]
    public async Task Closing_needs_an_outcome_and_summary_and_then_records_them()
    {
        var (_, caseId) = await world.OpenCaseAsync("worker.a");
        var browser = await world.SignedInAsync("worker.a");
        var (_, page) = await browser.GetAsync(CasePage(caseId));

        var (_, missing) = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Close.Summary"] = "연락 안 됨" }, Handler(caseId, "Close"));
        var (_, early) = await browser.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Close.Outcome"] = "Unreachable", ["Close.Summary"] = "연락 안 됨",
        }, Handler(caseId, "Close"));
        var (_, pastFollowUp) = await browser.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Close.Outcome"] = "Unreachable", ["Close.Summary"] = "연락 안 됨", ["Close.EarlyClosureReason"] = "3회 방문 부재",
            ["Close.FollowUpDate"] = "2020-01-01",
        }, Handler(caseId, "Close"));
        var (closed, _) = await browser.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Close.Outcome"] = "Unreachable", ["Close.Summary"] = "연락 안 됨", ["Close.EarlyClosureReason"] = "3회 방문 부재",
        }, Handler(caseId, "Close"));
        var (_, after) = await browser.GetAsync(CasePage(caseId));

        Assert.Contains("종결 결과", missing.QuerySelector("[data-valmsg-for='Close.Outcome']")!.TextContent);
        Assert.Equal("연락 안 됨", missing.QuerySelector("#Close_Summary")!.TextContent.Trim());
        Assert.Equal("서비스 제공 전에 종결하려면 조기 종결 사유를 적어야 합니다.", early.QuerySelector("[data-valmsg-for='Close.EarlyClosureReason']")!.TextContent);
        Assert.Equal("", early.QuerySelector("[data-valmsg-for='Close']")!.TextContent);
        Assert.Equal("사후관리 예정일은 종결일 이후여야 합니다.", pastFollowUp.QuerySelector("[data-valmsg-for='Close.FollowUpDate']")!.TextContent);
        Assert.Equal("", pastFollowUp.QuerySelector("[data-valmsg-for='Close']")!.TextContent);
        Assert.Equal("2020-01-01", pastFollowUp.QuerySelector("#Close_FollowUpDate")!.GetAttribute("value"));
        AdminBrowser.AssertRedirectsTo(closed, CasePage(caseId));
        var saved = await world.CaseAsync(caseId);
        Assert.Equal(CaseStatus.Closed, saved.Status);
        Assert.Equal(CaseOutcome.Unreachable, saved.Closure!.Outcome);
        Assert.Equal("연락 두절: 연락 안 됨", after.QuerySelector("[data-field='outcome']")!.TextContent);
        Assert.Null(after.QuerySelector($"form[action='{Handler(caseId, "Close")}']"));
    }

    [Fact]
    public async Task Time_limits_show_only_while_they_apply()
    {
        var (_, fresh) = await world.OpenCaseAsync("worker.a");
        var (_, assessed) = await world.OpenCaseAsync("worker.a");
        var (_, closed) = await world.OpenCaseAsync("worker.a");
        var worker = world.Staff["worker.a"].Actor;
        await world.CasesAsync(s => s.RecordAssessmentAsync(worker, assessed, "체납 해소"));
        await world.CasesAsync(s => s.CloseCaseAsync(worker, new CloseCaseCommand(closed, CaseOutcome.Withdrawn, "동의 철회", "본인 요청", [])));
        var browser = await world.SignedInAsync("worker.a");

        var (_, freshPage) = await browser.GetAsync(CasePage(fresh));
        var (_, assessedPage) = await browser.GetAsync(CasePage(assessed));
        var (_, closedPage) = await browser.GetAsync(CasePage(closed));

        Assert.Equal(["assessment", "plan"], freshPage.QuerySelectorAll("[data-field='limits'] [data-limit]").Select(e => e.GetAttribute("data-limit")));
        Assert.Equal(["plan"], assessedPage.QuerySelectorAll("[data-field='limits'] [data-limit]").Select(e => e.GetAttribute("data-limit")));
        Assert.Null(closedPage.QuerySelector("[data-field='limits']"));
        Assert.DoesNotContain("처리기한", closedPage.QuerySelector("dl.facts")!.TextContent);
    }

    [Fact]
    public async Task Notes_are_added_to_the_timeline_and_an_empty_note_is_refused()
    {
        var (_, caseId) = await world.OpenCaseAsync("worker.a");
        var browser = await world.SignedInAsync("worker.a");
        var (_, page) = await browser.GetAsync(CasePage(caseId));

        var (_, empty) = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Note.Text"] = " " }, Handler(caseId, "Note"));
        await browser.SubmitAsync(page, new Dictionary<string, string> { ["Note.Text"] = "집주인과 통화함" }, Handler(caseId, "Note"));
        var (_, after) = await browser.GetAsync(CasePage(caseId));

        Assert.Contains("메모 내용", empty.QuerySelector("[data-valmsg-for='Note.Text']")!.TextContent);
        Assert.Contains(after.QuerySelectorAll(".timeline li[data-kind='Note']"), li => li.TextContent.Contains("집주인과 통화함"));
        Assert.Equal(["집주인과 통화함"], (await world.CaseAsync(caseId)).Notes.Select(n => n.Text));
    }

    [Fact]
    public async Task The_client_page_is_masked_and_a_reveal_needs_a_reason_and_is_logged()
    {
        var (clientId, _) = await world.OpenCaseAsync("worker.a", "홍길동");
        var browser = await world.SignedInAsync("worker.a");
        var path = $"/admin/Welfare/Clients/Details/{clientId}";

        var (_, masked) = await browser.GetAsync(path);
        var (_, noReason) = await browser.SubmitAsync(masked, new Dictionary<string, string> { ["Reason"] = "" }, path);
        var revealsBefore = (await world.AccessLogOfAsync(clientId)).Count(e => e.Action == AccessAction.Reveal);
        var (_, revealed) = await browser.SubmitAsync(masked, new Dictionary<string, string> { ["Reason"] = "주거급여 신청서 작성" }, path);

        Assert.Equal("홍*동", masked.QuerySelector("[data-field='name']")!.TextContent);
        Assert.Equal("711231-*******", masked.QuerySelector("[data-field='rrn']")!.TextContent);
        Assert.DoesNotContain("1234567", masked.Body!.TextContent);
        Assert.Equal("010-****-5678", masked.QuerySelector("[data-field='phone']")!.TextContent);
        Assert.Contains("열람 사유", noReason.QuerySelector("[data-valmsg-for='Reason']")!.TextContent);
        Assert.Equal(0, revealsBefore);
        Assert.Equal("홍길동", revealed.QuerySelector("[data-field='name']")!.TextContent);
        Assert.Equal("711231-1234567", revealed.QuerySelector("[data-field='rrn']")!.TextContent);
        Assert.Equal("010-1234-5678", revealed.QuerySelector("[data-field='phone']")!.TextContent);
        var reveal = Assert.Single(await world.AccessLogOfAsync(clientId), e => e.Action == AccessAction.Reveal);
        Assert.Equal("주거급여 신청서 작성", reveal.Purpose);
        Assert.Equal(world.Staff["worker.a"].Actor.UserId, reveal.ActorUserId);
        var (_, again) = await browser.GetAsync(path);
        Assert.Equal("홍*동", again.QuerySelector("[data-field='name']")!.TextContent);
    }
}
