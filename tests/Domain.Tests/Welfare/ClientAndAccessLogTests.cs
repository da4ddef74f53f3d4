using Housing.Domain.Common;
using Housing.Domain.Welfare;

namespace Domain.Tests.Welfare;

public sealed class ClientAndAccessLogTests
{
    private static readonly RegistrationNumberInput Rrn = new("711231-1234567", "주거급여법 시행령 제26조");

    [Fact]
    public async Task The_registration_number_is_stored_only_encrypted_and_shown_masked()
    {
        var w = await WelfareWorld.CreateAsync();
        var client = await w.ClientAsync(w.YdpWorker, rrn: Rrn);
        Assert.Equal("711231-*******", client.MaskedRegistrationNumber);
        Assert.NotNull(client.ProtectedRegistrationNumber);
        Assert.DoesNotContain("1234567", client.ProtectedRegistrationNumber);
        Assert.Equal("7112311234567", w.Protector.Unprotect(client.ProtectedRegistrationNumber!));
        var stored = typeof(Client).GetProperties().Where(p => p.PropertyType == typeof(string)).Select(p => (string?)p.GetValue(client));
        Assert.DoesNotContain(stored, v => v is not null && (v.Contains("1234567") || v.Contains("7112311234567")));
    }

    [Fact]
    public async Task A_registration_number_needs_a_legal_basis_and_a_valid_form()
    {
        var w = await WelfareWorld.CreateAsync();
        var noBasis = await Assert.ThrowsAsync<DomainException>(() => w.ClientAsync(w.YdpWorker, rrn: Rrn with { LegalBasis = "" }));
        Assert.Equal("RRN_LEGAL_BASIS_REQUIRED", noBasis.Code);
        var invalid = await Assert.ThrowsAsync<DomainException>(() => w.ClientAsync(w.YdpWorker, rrn: Rrn with { Number = "71-1231" }));
        Assert.Equal("INVALID_RRN", invalid.Code);
    }

    private static Task<Client> RegisterAsync(WelfareWorld w, DateOnly birthDate, string number) =>
        w.Clients.RegisterClientAsync(w.YdpWorker, new RegisterClientCommand(
            new ClientDetails("홍길동", birthDate, null, null, IncomeLevel.NearPoverty), new RegistrationNumberInput(number, "주거급여법 시행령")));

    [Fact]
    public async Task A_registration_number_contradicting_the_birth_date_is_refused_saying_both_dates()
    {
        var w = await WelfareWorld.CreateAsync();

        var ex = await Assert.ThrowsAsync<DomainException>(() => RegisterAsync(w, new DateOnly(1980, 1, 1), "711231-1234567"));

        Assert.Equal("RRN_BIRTH_DATE_MISMATCH", ex.Code);
        Assert.Contains("1971-12-31", ex.Message);
        Assert.Contains("1980-01-01", ex.Message);
        Assert.Empty(w.Store.Query<Client>());
    }

    [Theory]
    [InlineData("711231-1234567", 1971, 12, 31)]
    [InlineData("711231-6234567", 1971, 12, 31)]
    [InlineData("050301-3234567", 2005, 3, 1)]
    [InlineData("050301-8234567", 2005, 3, 1)]
    [InlineData("991231-9234567", 1899, 12, 31)]
    [InlineData("991231-0234567", 1899, 12, 31)]
    public async Task The_century_of_the_registration_number_comes_from_its_seventh_digit(string number, int year, int month, int day)
    {
        var w = await WelfareWorld.CreateAsync();
        Assert.Equal(new DateOnly(year, month, day), Client.RegistrationNumberBirthDate(Client.NormalizeRegistrationNumber(number)));
        var client = await RegisterAsync(w, new DateOnly(year, month, day), number);
        Assert.Equal($"{number[..6]}-*******", client.MaskedRegistrationNumber);
        // The same date part in another century contradicts the birth date.
        var other = await Assert.ThrowsAsync<DomainException>(() => RegisterAsync(w, new DateOnly(year, month, day).AddYears(-100), number));
        Assert.Equal("RRN_BIRTH_DATE_MISMATCH", other.Code);
    }

    [Theory]
    [InlineData("711331-1234567")]
    [InlineData("710230-1234567")]
    [InlineData("710000-1234567")]
    [InlineData("010229-3234567")]
    public async Task A_registration_number_whose_date_part_is_no_date_is_refused(string number)
    {
        var w = await WelfareWorld.CreateAsync();
        var ex = await Assert.ThrowsAsync<DomainException>(() => RegisterAsync(w, new DateOnly(1971, 12, 31), number));
        Assert.Equal("INVALID_RRN", ex.Code);
        Assert.Contains(number[..6], ex.Message);
        Assert.Empty(w.Store.Query<Client>());
    }

    [Fact]
    public async Task A_changed_birth_date_must_agree_with_the_stored_registration_number()
    {
        var w = await WelfareWorld.CreateAsync();
        var client = await w.ClientAsync(w.YdpWorker, rrn: Rrn);

        var ex = await Assert.ThrowsAsync<DomainException>(() => w.Clients.UpdateClientAsync(w.YdpWorker, client.Id,
            new ClientDetails("홍길동", new DateOnly(1980, 1, 1), null, null, IncomeLevel.NearPoverty)));

        Assert.Equal("RRN_BIRTH_DATE_MISMATCH", ex.Code);
        Assert.Equal(new DateOnly(1971, 12, 31), client.BirthDate);
        var mismatch = await Assert.ThrowsAsync<DomainException>(() =>
            w.Clients.SetRegistrationNumberAsync(w.YdpWorker, client.Id, new RegistrationNumberInput("800101-1234567", "주거급여법 시행령")));
        Assert.Equal("RRN_BIRTH_DATE_MISMATCH", mismatch.Code);
        Assert.Equal("711231-*******", client.MaskedRegistrationNumber);
    }

    [Fact]
    public async Task The_registration_number_can_be_removed()
    {
        var w = await WelfareWorld.CreateAsync();
        var client = await w.ClientAsync(w.YdpWorker, rrn: Rrn);
        await w.Clients.SetRegistrationNumberAsync(w.YdpWorker, client.Id, null);
        Assert.Null(client.ProtectedRegistrationNumber);
        Assert.Null(client.MaskedRegistrationNumber);
    }

    [Fact]
    public async Task Viewing_a_client_shows_masked_data_and_is_logged()
    {
        var w = await WelfareWorld.CreateAsync();
        var client = await w.ClientAsync(w.YdpWorker, rrn: Rrn);
        var view = await w.Clients.GetClientAsync(w.YdpWorker, client.Id);
        Assert.Equal("홍*동", view.MaskedName);
        Assert.Equal("010-****-5678", view.MaskedPhone);
        Assert.Equal("711231-*******", view.MaskedRegistrationNumber);
        Assert.Equal(2, view.HouseholdSize);
        var entry = Assert.Single(w.Store.Query<AccessLogEntry>());
        Assert.Equal(AccessAction.View, entry.Action);
        Assert.Equal(client.Id, entry.ClientId);
    }

    [Fact]
    public async Task A_list_of_clients_logs_one_view_per_visible_client_naming_the_fields_and_skips_the_rest()
    {
        var w = await WelfareWorld.CreateAsync();
        var first = await w.ClientAsync(w.YdpWorker, "김하나");
        var second = await w.ClientAsync(w.YdpWorker, "이두리");
        var elsewhere = await w.ClientAsync(w.GuroWorker, "박세리");

        var views = await w.Clients.ViewClientsAsync(w.YdpWorker, [second.Id, elsewhere.Id, first.Id, second.Id], "WelfareCase.client", ["maskedName", "birthYear"]);

        Assert.Equal([second.Id, first.Id], views.Select(v => v.Id));
        var entries = w.Store.Query<AccessLogEntry>().OrderBy(e => e.Sequence).ToList();
        Assert.Equal([second.Id, first.Id], entries.Select(e => e.ClientId));
        Assert.All(entries, e => Assert.Equal((AccessAction.View, "WelfareCase.client", "maskedName, birthYear"), (e.Action, e.Purpose, e.Fields)));
        Assert.True((await w.AccessLog.VerifyAccessLogAsync(w.YdpManager)).Intact);
        Assert.Equal("ACCESS_FIELDS_REQUIRED", (await Assert.ThrowsAsync<DomainException>(() =>
            w.Clients.ViewClientsAsync(w.YdpWorker, [first.Id], "WelfareCase.client", []))).Code);
    }

    [Fact]
    public async Task The_fields_read_are_covered_by_the_entrys_hash()
    {
        var w = await WelfareWorld.CreateAsync();
        var client = await w.ClientAsync(w.YdpWorker);
        await w.Clients.ViewClientsAsync(w.YdpWorker, [client.Id], "WelfareCase.client", ["maskedPhone"]);

        var entry = Assert.Single(w.Store.Query<AccessLogEntry>());
        typeof(AccessLogEntry).GetProperty(nameof(AccessLogEntry.Fields))!.SetValue(entry, null);
        var result = await w.AccessLog.VerifyAccessLogAsync(w.YdpManager);

        Assert.False(result.Intact);
        Assert.Equal(1, result.FirstBrokenSequence);
    }

    [Fact]
    public async Task Revealing_personal_data_needs_a_reason_and_logs_who_when_where_whose_and_why()
    {
        var w = await WelfareWorld.CreateAsync();
        var client = await w.ClientAsync(w.YdpWorker, rrn: Rrn);
        var noReason = await Assert.ThrowsAsync<DomainException>(() => w.Clients.RevealClientPersonalDataAsync(w.YdpWorker, client.Id, " "));
        Assert.Equal("ACCESS_REASON_REQUIRED", noReason.Code);
        Assert.Empty(w.Store.Query<AccessLogEntry>());

        var data = await w.Clients.RevealClientPersonalDataAsync(w.YdpWorker, client.Id, "긴급주거비 신청서 작성");
        Assert.Equal("711231-1234567", data.RegistrationNumber);
        Assert.Equal("홍길동", data.Name);
        Assert.Equal("서울 영등포구 당산로 1", data.Address);

        var entry = Assert.Single(w.Store.Query<AccessLogEntry>());
        Assert.Equal(AccessAction.Reveal, entry.Action);
        Assert.Equal(w.YdpWorker.UserId, entry.ActorUserId);
        Assert.Equal("김사례", entry.ActorName);
        Assert.Equal("10.0.0.7", entry.IpAddress);
        Assert.Equal(client.Id, entry.ClientId);
        Assert.Equal(w.Yeongdeungpo.Id, entry.CenterId);
        Assert.Equal("긴급주거비 신청서 작성", entry.Purpose);
        Assert.Equal(w.Clock.Now, entry.At);
    }

    [Fact]
    public async Task Another_centers_worker_cannot_see_or_reveal_a_client_until_a_case_is_referred_to_them()
    {
        var w = await WelfareWorld.CreateAsync();
        var client = await w.ClientAsync(w.YdpWorker, rrn: Rrn);
        await Assert.ThrowsAsync<NotFoundException>(() => w.Clients.RevealClientPersonalDataAsync(w.GuroWorker, client.Id, "확인"));
        await Assert.ThrowsAsync<NotFoundException>(() => w.Clients.GetClientAsync(w.GuroWorker, client.Id));
        Assert.Empty(await w.Clients.VisibleClientsAsync(w.GuroWorker));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Clients.GetClientAsync(w.Admin, client.Id));

        var c = await w.Cases.OpenCaseAsync(w.YdpWorker, new OpenCaseCommand(client.Id, WelfareWorld.Details()));
        await w.Cases.ReferCaseAsync(w.YdpWorker, c.Id, w.Guro.Id, null, "이사");
        Assert.Equal("711231-1234567", (await w.Clients.RevealClientPersonalDataAsync(w.GuroWorker, client.Id, "인수 검토")).RegistrationNumber);
        Assert.Single(await w.Clients.VisibleClientsAsync(w.CentralStaff));
    }

    [Fact]
    public async Task An_export_returns_the_visible_cases_and_is_logged()
    {
        var w = await WelfareWorld.CreateAsync();
        var c = await w.CaseInServiceAsync();
        var export = await w.Clients.ExportClientRecordAsync(w.YdpManager, c.ClientId, "구청 제출");
        Assert.Equal([c.Id], export.Cases.Select(x => x.Id));
        Assert.Equal(AccessAction.Export, w.Store.Query<AccessLogEntry>().OrderBy(e => e.Sequence).Last().Action);
    }

    [Fact]
    public async Task Reading_a_case_is_logged_against_its_client()
    {
        var w = await WelfareWorld.CreateAsync();
        var c = await w.OpenCaseAsync();
        await w.Cases.GetCaseAsync(w.CentralStaff, c.Id);
        var entry = Assert.Single(w.Store.Query<AccessLogEntry>());
        Assert.Equal(c.ClientId, entry.ClientId);
        Assert.Equal(c.Id, entry.CaseId);
        Assert.Equal(w.Central.Id, entry.CenterId);
    }

    [Fact]
    public async Task The_access_log_is_a_hash_chain_that_verifies_when_untouched()
    {
        var w = await WelfareWorld.CreateAsync();
        var client = await w.ClientAsync(w.YdpWorker, rrn: Rrn);
        for (var i = 0; i < 5; i++)
        {
            await w.Clients.RevealClientPersonalDataAsync(w.YdpWorker, client.Id, $"사유 {i}");
            w.Clock.Advance(TimeSpan.FromMinutes(3));
        }
        var entries = w.Store.Query<AccessLogEntry>().OrderBy(e => e.Sequence).ToList();
        Assert.Equal([1L, 2, 3, 4, 5], entries.Select(e => e.Sequence));
        Assert.Equal(AccessLogEntry.GenesisHash, entries[0].PreviousHash);
        for (var i = 1; i < entries.Count; i++)
            Assert.Equal(entries[i - 1].Hash, entries[i].PreviousHash);

        var result = await w.AccessLog.VerifyAccessLogAsync(w.YdpManager);
        Assert.True(result.Intact);
        Assert.Equal(5, result.EntriesChecked);
    }

    [Fact]
    public async Task A_tampered_entry_is_detected_at_its_sequence()
    {
        var w = await WelfareWorld.CreateAsync();
        var client = await w.ClientAsync(w.YdpWorker, rrn: Rrn);
        for (var i = 0; i < 5; i++)
            await w.Clients.RevealClientPersonalDataAsync(w.YdpWorker, client.Id, $"사유 {i}");
        var third = w.Store.Query<AccessLogEntry>().Single(e => e.Sequence == 3);
        typeof(AccessLogEntry).GetProperty(nameof(AccessLogEntry.Purpose))!.SetValue(third, "정상 업무");

        var result = await w.AccessLog.VerifyAccessLogAsync(w.CentralStaff);
        Assert.False(result.Intact);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Equal(2, result.EntriesChecked);
        Assert.Contains("altered", result.Problem);
    }

    [Fact]
    public async Task A_rehashed_forgery_breaks_the_next_link_and_a_deleted_entry_leaves_a_gap()
    {
        var w = await WelfareWorld.CreateAsync();
        var client = await w.ClientAsync(w.YdpWorker, rrn: Rrn);
        for (var i = 0; i < 5; i++)
            await w.Clients.RevealClientPersonalDataAsync(w.YdpWorker, client.Id, $"사유 {i}");
        var second = w.Store.Query<AccessLogEntry>().Single(e => e.Sequence == 2);
        typeof(AccessLogEntry).GetProperty(nameof(AccessLogEntry.Purpose))!.SetValue(second, "위조");
        typeof(AccessLogEntry).GetProperty(nameof(AccessLogEntry.Hash))!.SetValue(second, second.ComputeHash());
        var forged = await w.AccessLog.VerifyAccessLogAsync(w.CentralStaff);
        Assert.Equal(3, forged.FirstBrokenSequence);
        Assert.Contains("does not link", forged.Problem);

        var w2 = await WelfareWorld.CreateAsync();
        var client2 = await w2.ClientAsync(w2.YdpWorker);
        for (var i = 0; i < 4; i++)
            await w2.Clients.RevealClientPersonalDataAsync(w2.YdpWorker, client2.Id, $"사유 {i}");
        w2.Store.Remove(w2.Store.Query<AccessLogEntry>().Single(e => e.Sequence == 2));
        await w2.Store.SaveChangesAsync();
        var gap = await w2.AccessLog.VerifyAccessLogAsync(w2.CentralStaff);
        Assert.False(gap.Intact);
        Assert.Equal(2, gap.FirstBrokenSequence);
        Assert.Contains("missing", gap.Problem);
    }

    [Fact]
    public async Task Entries_deleted_from_the_end_of_the_log_are_detected_by_the_head()
    {
        var w = await WelfareWorld.CreateAsync();
        var client = await w.ClientAsync(w.YdpWorker);
        for (var i = 0; i < 4; i++)
            await w.Clients.RevealClientPersonalDataAsync(w.YdpWorker, client.Id, $"사유 {i}");
        var head = Assert.Single(w.Store.Query<AccessLogHead>());
        Assert.Equal(4, head.LastSequence);
        w.Store.Remove(w.Store.Query<AccessLogEntry>().Single(e => e.Sequence == 4));
        await w.Store.SaveChangesAsync();

        var result = await w.AccessLog.VerifyAccessLogAsync(w.CentralStaff);
        Assert.False(result.Intact);
        Assert.Equal(4, result.FirstBrokenSequence);
        Assert.Equal(3, result.EntriesChecked);
        Assert.Contains("end of the log", result.Problem);
    }

    [Fact]
    public async Task Caseworkers_neither_verify_nor_sign_off_the_access_log()
    {
        var w = await WelfareWorld.CreateAsync();
        await Assert.ThrowsAsync<ForbiddenException>(() => w.AccessLog.VerifyAccessLogAsync(w.YdpWorker));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.AccessLog.SignOffAccessLogReviewAsync(w.YdpWorker, new YearMonth(2026, 5), "이상 없음"));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.AccessLog.VerifyAccessLogAsync(w.Admin));
    }

    [Fact]
    public async Task The_center_manager_signs_off_a_finished_months_review_once()
    {
        var w = await WelfareWorld.CreateAsync();
        var client = await w.ClientAsync(w.YdpWorker, rrn: Rrn);
        await w.Clients.RevealClientPersonalDataAsync(w.YdpWorker, client.Id, "신청서");
        await w.Clients.GetClientAsync(w.YdpWorker2, client.Id);
        var guroClient = await w.ClientAsync(w.GuroWorker);
        await w.Clients.GetClientAsync(w.GuroWorker, guroClient.Id);

        var june = new YearMonth(2026, 6);
        var notOver = await Assert.ThrowsAsync<DomainException>(() => w.AccessLog.SignOffAccessLogReviewAsync(w.YdpManager, june, "이상 없음"));
        Assert.Equal("REVIEW_MONTH_NOT_OVER", notOver.Code);

        Assert.Equal(2, (await w.AccessLog.EntriesOfMonthAsync(w.YdpManager, june)).Count);
        await Assert.ThrowsAsync<ForbiddenException>(() => w.AccessLog.EntriesOfMonthAsync(w.YdpManager, june, w.Guro.Id));
        Assert.Single(await w.AccessLog.EntriesOfMonthAsync(w.CentralStaff, june, w.Guro.Id));

        w.Clock.Set(new DateTimeOffset(2026, 7, 2, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(3, (await w.AccessLog.CentersWithReviewDueAsync(KoreanCalendar.Today(w.Clock))).Count);
        var noFindings = await Assert.ThrowsAsync<DomainException>(() => w.AccessLog.SignOffAccessLogReviewAsync(w.YdpManager, june, ""));
        Assert.Equal("REVIEW_FINDINGS_REQUIRED", noFindings.Code);
        var review = await w.AccessLog.SignOffAccessLogReviewAsync(w.YdpManager, june, "이상 없음");
        Assert.Equal(2, review.EntriesReviewed);
        Assert.Equal(1, review.Reveals);
        Assert.True(review.ChainIntact);
        Assert.Equal(w.StaffOf(w.YdpManager).Id, review.SignedOffByStaffId);
        var twice = await Assert.ThrowsAsync<DomainException>(() => w.AccessLog.SignOffAccessLogReviewAsync(w.YdpManager, june, "again"));
        Assert.Equal("REVIEW_ALREADY_SIGNED", twice.Code);

        var due = await w.AccessLog.CentersWithReviewDueAsync(KoreanCalendar.Today(w.Clock));
        Assert.DoesNotContain(due, c => c.Id == w.Yeongdeungpo.Id);
        Assert.Equal(2, due.Count);
    }

    [Fact]
    public async Task A_center_manager_lists_only_their_centers_entries_and_central_staff_all()
    {
        var w = await WelfareWorld.CreateAsync();
        var ydpClient = await w.ClientAsync(w.YdpWorker);
        var guroClient = await w.ClientAsync(w.GuroWorker);
        await w.Clients.GetClientAsync(w.YdpWorker, ydpClient.Id);
        await w.Clients.GetClientAsync(w.GuroWorker, guroClient.Id);
        await w.Clients.RevealClientPersonalDataAsync(w.YdpWorker, ydpClient.Id, "신청");

        Assert.Equal([3L, 1L], (await w.AccessLog.AccessLogEntriesAsync(w.YdpManager)).Select(e => e.Sequence));
        Assert.Equal(3, (await w.AccessLog.AccessLogEntriesAsync(w.CentralStaff)).Count());
        Assert.Equal(2, (await w.AccessLog.EntriesForClientAsync(w.YdpManager, ydpClient.Id)).Count);
        Assert.Empty(await w.AccessLog.EntriesForClientAsync(w.GuroManager, ydpClient.Id));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.AccessLog.AccessLogEntriesAsync(w.YdpWorker));
    }

    [Fact]
    public async Task Entries_of_a_month_follow_the_korean_calendar()
    {
        var w = await WelfareWorld.CreateAsync();
        var client = await w.ClientAsync(w.YdpWorker);
        w.Clock.Set(new DateTimeOffset(2026, 6, 30, 15, 30, 0, TimeSpan.Zero));
        await w.Clients.GetClientAsync(w.YdpWorker, client.Id);
        Assert.Empty(await w.AccessLog.EntriesOfMonthAsync(w.YdpManager, new YearMonth(2026, 6)));
        Assert.Single(await w.AccessLog.EntriesOfMonthAsync(w.YdpManager, new YearMonth(2026, 7)));
    }
}
