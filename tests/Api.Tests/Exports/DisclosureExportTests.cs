using System.Net;
using System.Text.Json;
using Api.Tests.GraphQL.Welfare;
using Api.Tests.Support;
using Housing.Domain.Complexes;
using Housing.Infrastructure.Exports;
using Housing.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace Api.Tests.Exports;

public sealed class DisclosureExportTests
{
    private static string Id(JsonElement payload)
    {
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        return payload.GetProperty("export").GetProperty("id").GetString()!;
    }

    private static async Task<(HttpResponseMessage Response, byte[] Body)> DownloadAsync(ExportWorld world, string? user, string url)
    {
        using var client = world.Client(user);
        var response = await client.GetAsync(url);
        return (response, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_csv_export_runs_as_a_job_and_downloads_equal_to_the_source_rows_with_korean_text_commas_quotes_and_newlines()
    {
        using var api = new HousingApiFactory();
        var world = await ExportWorld.CreateAsync(api);

        var started = await world.StartAsync("analyst", "CSV");
        Assert.Equal("QUEUED", started.GetProperty("export").GetProperty("status").GetString());
        var export = await world.FinishedAsync("analyst", Id(started));
        var listed = (await api.DataAsync($"{{ exports(last: 5) {{ totalCount nodes {{ {ExportWorld.ExportFields} }} }} }}", token: world.Tokens["analyst"]))
            .GetProperty("exports");
        var (response, body) = await DownloadAsync(world, "analyst", export.GetProperty("url").GetString()!);

        var expected = world.ExpectedRows();
        Assert.Equal("COMPLETED", export.GetProperty("status").GetString());
        Assert.Equal($"/api/exports/{IdKey(export)}/file", export.GetProperty("url").GetString());
        Assert.Equal(expected.Count, export.GetProperty("rowCount").GetInt64());
        Assert.Equal(expected.Count, export.GetProperty("rowsWritten").GetInt64());
        Assert.Equal(expected.Count, export.GetProperty("rowsEstimated").GetInt64());
        Assert.Equal(1.0, export.GetProperty("progress").GetDouble());
        Assert.Equal(body.Length, export.GetProperty("fileSize").GetInt64());
        Assert.Equal(export.GetProperty("completedAt").GetDateTimeOffset().AddDays(7), export.GetProperty("expiresAt").GetDateTimeOffset());
        Assert.Equal("analyst", export.GetProperty("requestedByName").GetString());
        Assert.Equal(1, listed.GetProperty("totalCount").GetInt32());
        Assert.Equal(export.GetProperty("id").GetString(), listed.GetProperty("nodes")[0].GetProperty("id").GetString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal(export.GetProperty("fileName").GetString(), disposition.FileNameStar);
        Assert.StartsWith("관리비공개-", disposition.FileNameStar);
        Assert.EndsWith(".csv", disposition.FileNameStar);
        var (header, rows) = ExportFileReaders.Csv(body);
        Assert.Equal(ExportWorld.Header, header);
        Assert.Equal(expected, rows);
        Assert.Contains(rows, r => r.Contains("쉼표,,와\r\n줄바꿈, 그리고 \"\"", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("한강\n자이", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_jsonl_export_of_one_district_and_two_items_holds_exactly_those_rows()
    {
        using var api = new HousingApiFactory();
        var world = await ExportWorld.CreateAsync(api);

        var started = await world.StartAsync("district", "JSONL", complexes: new { sigunguCode = new { eq = "11560" } }, items: ["SECURITY", "LABOR"],
            from: "2025-02", to: "2025-03");
        var export = await world.FinishedAsync("district", Id(started));
        var (response, body) = await DownloadAsync(world, "district", export.GetProperty("url").GetString()!);

        var expected = world.ExpectedRows(c => c.BjdCode.StartsWith("11560", StringComparison.Ordinal), ["SECURITY", "LABOR"],
            new(2025, 2), new(2025, 3));
        Assert.Equal(["SECURITY", "LABOR"], started.GetProperty("export").GetProperty("items").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal("application/jsonl", response.Content.Headers.ContentType!.MediaType);
        var (header, rows) = ExportFileReaders.JsonLines(body);
        Assert.Equal(ExportWorld.Header, header);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, rows);
        Assert.Equal(expected.Count, export.GetProperty("rowCount").GetInt64());
    }

    [Fact]
    public async Task The_export_of_an_officer_whose_account_names_a_district_holds_that_districts_rows_only()
    {
        using var api = new HousingApiFactory();
        var world = await ExportWorld.CreateAsync(api);

        var export = await world.FinishedAsync("seocho", Id(await world.StartAsync("seocho", "CSV")));
        var (_, body) = await DownloadAsync(world, "seocho", export.GetProperty("url").GetString()!);

        var expected = world.ExpectedRows(c => c.BjdCode.StartsWith("11650", StringComparison.Ordinal), null, ExportWorld.FirstMonth, ExportWorld.LastMonth);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, ExportFileReaders.Csv(body).Rows);
    }

    [Fact]
    public async Task An_officer_exporting_a_district_outside_their_own_is_refused_and_no_export_is_queued()
    {
        using var api = new HousingApiFactory();
        var world = await ExportWorld.CreateAsync(api);

        var outside = await world.StartAsync("seocho", "CSV", complexes: new { sigunguCode = new { eq = "11560" } });
        var nested = await world.StartAsync("seocho", "CSV", complexes: new { or = new object[] { new { sigunguCode = new { @in = new[] { "11650", "11560" } } } } });
        var own = await world.StartAsync("seocho", "CSV", complexes: new { sigunguCode = new { eq = "11650" } });

        foreach (var refused in new[] { outside, nested })
        {
            Assert.Equal(JsonValueKind.Null, refused.GetProperty("export").ValueKind);
            var error = refused.GetProperty("errors")[0];
            Assert.Equal("RuleViolationError", error.GetProperty("__typename").GetString());
            Assert.Equal("OUTSIDE_DISTRICT", error.GetProperty("code").GetString());
            Assert.Contains("Your account belongs to district 11650; 11560 is outside it", error.GetProperty("message").GetString());
        }
        var export = await world.FinishedAsync("seocho", Id(own));
        Assert.Equal("COMPLETED", export.GetProperty("status").GetString());
        var exports = await api.DataAsync("{ exports { totalCount } }", null, world.Tokens["seocho"]);
        Assert.Equal(1, exports.GetProperty("exports").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task An_xlsx_export_opens_with_the_openxml_sdk_with_numbers_as_numbers_and_equals_the_source_rows()
    {
        using var api = new HousingApiFactory();
        var world = await ExportWorld.CreateAsync(api);

        var export = await world.FinishedAsync("admin", Id(await world.StartAsync("admin", "XLSX")));
        var (response, body) = await DownloadAsync(world, "admin", export.GetProperty("url").GetString()!);

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        var (header, rows, sheets) = ExportFileReaders.Xlsx(body);
        Assert.Equal(1, sheets);
        Assert.Equal(ExportWorld.Header, header);
        Assert.Equal(world.ExpectedRows(), rows);
    }

    [PostgresFact]
    public async Task On_postgresql_the_export_job_writes_csv_and_xlsx_equal_to_the_source_rows()
    {
        using var api = await HousingApiFactory.OnAsync(DatabaseProviders.PostgreSql);
        var world = await ExportWorld.CreateAsync(api);

        var csv = await world.FinishedAsync("analyst", Id(await world.StartAsync("analyst", "CSV")));
        var xlsx = await world.FinishedAsync("analyst", Id(await world.StartAsync("analyst", "XLSX", complexes: new { sigunguCode = new { eq = "11650" } })));
        var csvFile = await DownloadAsync(world, "analyst", csv.GetProperty("url").GetString()!);
        var xlsxFile = await DownloadAsync(world, "analyst", xlsx.GetProperty("url").GetString()!);

        Assert.Equal("COMPLETED", csv.GetProperty("status").GetString());
        Assert.Equal(world.ExpectedRows(), ExportFileReaders.Csv(csvFile.Body).Rows);
        Assert.Equal(world.ExpectedRows(c => c.BjdCode.StartsWith("11650", StringComparison.Ordinal)), ExportFileReaders.Xlsx(xlsxFile.Body).Rows);
    }

    [Fact]
    public async Task Only_the_requester_and_platform_admins_see_and_download_an_export_others_get_404_and_anonymous_callers_401()
    {
        using var api = new HousingApiFactory();
        var world = await ExportWorld.CreateAsync(api);
        var export = await world.FinishedAsync("analyst", Id(await world.StartAsync("analyst", "CSV")));
        var id = export.GetProperty("id").GetString()!;
        var url = export.GetProperty("url").GetString()!;

        var otherAnalyst = await DownloadAsync(world, "analyst2", url);
        var resident = await DownloadAsync(world, "tenant", url);
        var anonymous = await DownloadAsync(world, null, url);
        var admin = await DownloadAsync(world, "admin", url);
        var byGlobalId = await DownloadAsync(world, "analyst", $"/api/exports/{Uri.EscapeDataString(id)}/file");
        var unknown = await DownloadAsync(world, "analyst", $"/api/exports/{Guid.NewGuid():N}/file");
        var otherList = (await api.DataAsync("{ exports { totalCount } }", token: world.Tokens["analyst2"])).GetProperty("exports");
        var adminList = (await api.DataAsync("{ exports { totalCount } }", token: world.Tokens["admin"])).GetProperty("exports");

        Assert.Equal(HttpStatusCode.NotFound, otherAnalyst.Response.StatusCode);
        Assert.Equal("application/problem+json", otherAnalyst.Response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, resident.Response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admin.Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byGlobalId.Response.StatusCode);
        Assert.Equal(admin.Body, byGlobalId.Body);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Response.StatusCode);
        Assert.Null(await world.ExportAsync("analyst2", id));
        Assert.NotNull(await world.ExportAsync("admin", id));
        Assert.Equal(0, otherList.GetProperty("totalCount").GetInt32());
        Assert.Equal(1, adminList.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Seven_days_after_completion_the_cleanup_job_deletes_the_file_marks_the_export_expired_and_the_download_answers_410()
    {
        var clock = new SettableClock();
        using var api = new HousingApiFactory { ConfigureTestServices = s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)) };
        var world = await ExportWorld.CreateAsync(api);
        var export = await world.FinishedAsync("analyst", Id(await world.StartAsync("analyst", "CSV")));
        var url = export.GetProperty("url").GetString()!;
        var file = Directory.GetFiles(Path.Combine(api.DataFolder, ExportFiles.FolderName)).Single();

        clock.Advance(TimeSpan.FromDays(6));
        var sixDays = await DownloadAsync(world, "analyst", url);
        clock.Advance(TimeSpan.FromDays(1));
        await api.Services.GetRequiredService<ScheduledJobs>().RunNowAsync("disclosure-export-cleanup");
        var expired = await world.FinishedAsync("analyst", export.GetProperty("id").GetString()!);
        var until = DateTime.UtcNow.AddSeconds(30);
        while (expired.GetProperty("status").GetString() != "EXPIRED" && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
            expired = (await world.ExportAsync("analyst", export.GetProperty("id").GetString()!))!.Value;
        }
        var gone = await DownloadAsync(world, "analyst", url);

        Assert.Equal(HttpStatusCode.OK, sixDays.Response.StatusCode);
        Assert.Equal("EXPIRED", expired.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, expired.GetProperty("url").ValueKind);
        Assert.False(File.Exists(file));
        Assert.Equal(HttpStatusCode.Gone, gone.Response.StatusCode);
        var problem = JsonDocument.Parse(gone.Body).RootElement;
        Assert.Equal("EXPORT_EXPIRED", problem.GetProperty("code").GetString());
        Assert.Contains("start a new export", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_export_that_cannot_write_its_file_fails_with_the_message_and_leaves_nothing_to_download()
    {
        using var api = new HousingApiFactory();
        var world = await ExportWorld.CreateAsync(api);
        // A file where the exports folder belongs: the job cannot create its file.
        await File.WriteAllTextAsync(Path.Combine(api.DataFolder, ExportFiles.FolderName), "in the way");

        var export = await world.FinishedAsync("analyst", Id(await world.StartAsync("analyst", "CSV")));
        var (response, body) = await DownloadAsync(world, "analyst", $"/api/exports/{Guid.Parse(IdKey(export))}/file");

        Assert.Equal("FAILED", export.GetProperty("status").GetString());
        Assert.Contains(ExportFiles.FolderName, export.GetProperty("errorMessage").GetString());
        Assert.Equal(JsonValueKind.Null, export.GetProperty("url").ValueKind);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("FAILED", JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_queued_export_is_canceled_its_job_then_writes_nothing_and_a_caller_runs_at_most_two_at_once()
    {
        using var api = new HousingApiFactory();
        var world = await ExportWorld.CreateAsync(api);
        var scheduler = await api.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.Standby();

        var first = Id(await world.StartAsync("analyst", "CSV"));
        var second = Id(await world.StartAsync("analyst", "JSONL"));
        var third = await world.StartAsync("analyst", "XLSX");
        var byOther = await world.StartAsync("analyst2", "CSV");
        var cancel = (await api.DataAsync("""
            mutation($input: CancelDisclosureExportInput!) {
              cancelDisclosureExport(input: $input) { export { id status completedAt } errors { __typename ... on Error { message } } }
            }
            """, new { input = new { exportId = first } }, world.Tokens["analyst"])).GetProperty("cancelDisclosureExport");
        var cancelByOther = (await api.DataAsync("""
            mutation($input: CancelDisclosureExportInput!) { cancelDisclosureExport(input: $input) { errors { __typename } } }
            """, new { input = new { exportId = second } }, world.Tokens["analyst2"])).GetProperty("cancelDisclosureExport");
        var afterCancel = await world.StartAsync("analyst", "XLSX");
        await scheduler.Start();
        var canceled = await world.FinishedAsync("analyst", first);
        var completed = await world.FinishedAsync("analyst", second);
        var cancelCompleted = (await api.DataAsync("""
            mutation($input: CancelDisclosureExportInput!) { cancelDisclosureExport(input: $input) { errors { __typename ... on RuleViolationError { code } } } }
            """, new { input = new { exportId = second } }, world.Tokens["analyst"])).GetProperty("cancelDisclosureExport");

        Assert.Equal("RuleViolationError", third.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal("EXPORT_LIMIT", third.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, third.GetProperty("export").ValueKind);
        Assert.Equal(JsonValueKind.Null, byOther.GetProperty("errors").ValueKind);
        Assert.Equal("CANCELED", cancel.GetProperty("export").GetProperty("status").GetString());
        Assert.Equal("NotFoundError", cancelByOther.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal(JsonValueKind.Null, afterCancel.GetProperty("errors").ValueKind);
        Assert.Equal("CANCELED", canceled.GetProperty("status").GetString());
        Assert.Equal(0, canceled.GetProperty("rowsWritten").GetInt64());
        Assert.Equal(JsonValueKind.Null, canceled.GetProperty("url").ValueKind);
        Assert.Equal("COMPLETED", completed.GetProperty("status").GetString());
        Assert.Equal("EXPORT_NOT_ACTIVE", cancelCompleted.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.DoesNotContain(Directory.GetFiles(Path.Combine(api.DataFolder, ExportFiles.FolderName)), f => f.Contains(IdKeyOf(first), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reversed_range_is_refused_in_the_payload_and_stores_nothing_and_a_resident_may_not_export()
    {
        using var api = new HousingApiFactory();
        var world = await ExportWorld.CreateAsync(api);

        var reversed = await world.StartAsync("analyst", "CSV", from: "2025-03", to: "2025-01");
        var resident = await api.GraphQLAsync(ExportWorld.StartMutation,
            new { input = new { where = new { from = "2025-01", to = "2025-03" }, format = "CSV" } }, world.Tokens["tenant"]);
        var unknownItem = await api.GraphQLAsync(ExportWorld.StartMutation,
            new { input = new { where = new { from = "2025-01", to = "2025-03" }, items = new[] { "PARKING" }, format = "CSV" } }, world.Tokens["analyst"]);
        var stored = (await api.DataAsync("{ exports { totalCount } }", token: world.Tokens["admin"])).GetProperty("exports");

        Assert.Equal("INVALID_RANGE", reversed.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Contains("before", reversed.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], resident.ErrorCodes());
        Assert.Contains("PARKING", unknownItem.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(0, stored.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task The_export_columns_carry_no_personal_data_and_no_welfare_record_reaches_a_file()
    {
        var welfare = WelfareApiWorld.On(new HousingApiFactory());
        await welfare.InitializeAsync();
        try
        {
            var api = welfare.Api;
            var world = await ExportWorld.CreateAsync(api);
            await welfare.OpenCaseAsync("worker.a");
            var exports = new List<byte[]>();
            foreach (var format in new[] { "CSV", "JSONL", "XLSX" })
            {
                var export = await world.FinishedAsync("analyst", Id(await world.StartAsync("analyst", format)));
                exports.Add((await DownloadAsync(world, "analyst", export.GetProperty("url").GetString()!)).Body);
            }
            var text = string.Join("\n", ExportFileReaders.Csv(exports[0]).Rows.Concat(ExportFileReaders.JsonLines(exports[1]).Rows)
                .Concat(ExportFileReaders.Xlsx(exports[2]).Rows));

            Assert.Equal(ExportWorld.Header, DisclosureExportColumns.All.Select(c => c.Name));
            Assert.DoesNotContain(DisclosureExportColumns.All, c => c.Name.Contains("phone", StringComparison.OrdinalIgnoreCase)
                || c.Name.Contains("resident", StringComparison.OrdinalIgnoreCase) || c.Name.Contains("birth", StringComparison.OrdinalIgnoreCase)
                || c.Name.Contains("manager", StringComparison.OrdinalIgnoreCase) || c.Name.Contains("address", StringComparison.OrdinalIgnoreCase));
            Assert.NotEmpty(text);
            foreach (var personal in new[] { "홍길동", "711231", "010-1234-5678", "010-5555-", "당산로", "김사례", "02-2670-3114", "analyst" })
                Assert.DoesNotContain(personal, text, StringComparison.Ordinal);
        }
        finally
        {
            await welfare.DisposeAsync();
        }
    }

    private static string IdKey(JsonElement export) => IdKeyOf(export.GetProperty("id").GetString()!);

    private static string IdKeyOf(string globalId) =>
        System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(globalId)).Split(':')[1].Replace("-", "", StringComparison.Ordinal);

    /// <summary>The real clock moved ahead by hand.</summary>
    private sealed class SettableClock : TimeProvider
    {
        private TimeSpan _ahead;

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _ahead;

        public void Advance(TimeSpan by) => _ahead += by;
    }
}
