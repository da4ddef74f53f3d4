using GraphQL.Error;
using GraphQL.Relay;
using Housing.Api.GraphQL.Analytics;
using Housing.Api.OpenApi;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Disclosures;
using Housing.Infrastructure.Exports;
using Housing.Infrastructure.Identity;
using Housing.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Housing.Api.Exports;

/// <summary>
/// Disclosure data over REST: <c>GET /api/exports/{id}/file</c> downloads a completed bulk export (for its requester and
/// platform admins; 410 Gone once expired), and <c>GET /api/disclosures</c> streams the line items of a filter as CSV or
/// JSON Lines while they are read, for scripts. Both write the columns of <see cref="DisclosureExportColumns"/>.
/// </summary>
public static class ExportEndpoints
{
    public const string ExportsPath = "/api/exports";
    public const string DisclosuresPath = "/api/disclosures";

    private static readonly string[] Parameters = ["format", "from", "to", "sigungu", "heating", "items"];

    public static WebApplicationBuilder AddHousingExportEndpoints(this WebApplicationBuilder builder)
    {
        builder.Services.AddHousingExports();
        builder.Services.AddSingleton<IDisclosureScopeReader, DisclosureScopeJson>();
        return builder;
    }

    /// <summary>The download address of an export, relative to the API's address as a file's <c>downloadUrl</c> is (behind a proxy the host the API sees is not the client's).</summary>
    public static string DownloadUrl(Guid exportId) => $"{ExportsPath}/{exportId:N}/file";

    public static IEndpointRouteBuilder MapHousingExports(this IEndpointRouteBuilder app)
    {
        app.MapGet(ExportsPath + "/{id}/file", DownloadAsync)
            .RequireAuthorization()
            .WithTags("Exports")
            .WithName("DownloadExport")
            .WithSummary("Download a completed disclosure export")
            .WithDescription($"The id is the export's (DisclosureExport:<guid> as GraphQL gives it, URL-escaped, or the guid in its `url`). "
                             + "Only its requester and platform admins may download it; anyone else gets 404, as for an export that does not exist. "
                             + $"The file is kept {DisclosureExport.Lifetime.TotalDays} days after completion; after that the answer is 410 Gone. "
                             + "An export not completed (queued, running, failed or canceled) answers 409 with its status.")
            .Produces(StatusCodes.Status200OK, responseType: typeof(Stream), contentType: "text/csv",
                additionalContentTypes: ["application/jsonl", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"])
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status410Gone);
        app.MapGet(DisclosuresPath, StreamAsync)
            .RequireAuthorization()
            .WithTags("Exports")
            .WithName("StreamDisclosures")
            .WithSummary("Stream the disclosed line items of a filter as CSV or JSON Lines")
            .WithDescription("One row per complex × disclosed month × fee item, for complexes subject to disclosure (100+ households), "
                             + "ordered by K-apt code, month and item code, written while they are read. Columns: "
                             + string.Join(", ", DisclosureExportColumns.All.Select(c => c.Name)) + ". "
                             + $"For analysts, district officers and platform admins. A range spans at most {DisclosureScope.MaxMonths} months; "
                             + "for a larger or repeated pull start a bulk export (GraphQL startDisclosureExport).")
            .WithMetadata(new QueryParameterDocs(new Dictionary<string, string>
            {
                ["format"] = "csv (default: UTF-8 with a BOM, RFC 4180 quoting) or jsonl (one JSON object per line).",
                ["from"] = "The first month, yyyy-MM, e.g. 2025-01. Required.",
                ["to"] = $"The last month (inclusive), yyyy-MM, at most {DisclosureScope.MaxMonths - 1} months after `from`. Required.",
                ["sigungu"] = "시군구 codes (5 digits), comma-separated, e.g. 11560,11590; every district when absent. A district officer whose account names a district reads that district only: naming another is refused with 403 OUTSIDE_DISTRICT.",
                ["heating"] = "Heating types, comma-separated: INDIVIDUAL, DISTRICT, CENTRAL; every type when absent.",
                ["items"] = "Fee item codes, comma-separated, e.g. LABOR,SECURITY (see feeItems in the GraphQL API); every item when absent.",
            }))
            .Produces(StatusCodes.Status200OK, responseType: typeof(Stream), contentType: "text/csv", additionalContentTypes: ["application/jsonl"])
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    private static async Task<IResult> DownloadAsync(string id, ICurrentActor current, DisclosureExportService exports, ExportFiles files,
        TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var actor = current.Require();
        if (ParseId(id) is not { } exportId || await exports.FindAsync(actor, exportId, ct) is not { } export)
            return Problem(StatusCodes.Status404NotFound, "NOT_FOUND", $"Export '{id}' was not found.");
        var file = export.Status == ExportStatus.Completed && !export.IsPastExpiry(clock.GetUtcNow()) ? files.Find(export) : null;
        if (export.Status is ExportStatus.Expired || (export.Status is ExportStatus.Completed && file is null))
            return Problem(StatusCodes.Status410Gone, "EXPORT_EXPIRED",
                $"The export's file expired on {export.ExpiresAt:yyyy-MM-dd HH:mm} UTC ({DisclosureExport.Lifetime.TotalDays} days after it completed) and was deleted; start a new export.");
        if (file is null)
            return Problem(StatusCodes.Status409Conflict, "EXPORT_NOT_COMPLETED",
                $"The export is {export.Status.ToString().ToUpperInvariant()}, not COMPLETED; there is no file to download."
                + (export.ErrorMessage is { } error ? " It failed: " + error : ""));
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(file.OpenRead(), DisclosureExport.ContentType(export.Format), export.FileName, enableRangeProcessing: true);
    }

    private static async Task StreamAsync(HttpContext http, ICurrentActor current, HousingDatabase database, CancellationToken ct,
        [FromQuery] string? format, [FromQuery] string? from, [FromQuery] string? to, [FromQuery] string? sigungu,
        [FromQuery] string? heating, [FromQuery] string? items)
    {
        var actor = current.Require();
        if (!actor.IsAnyOf(DisclosureExportService.Requesters))
        {
            await Problem(StatusCodes.Status403Forbidden, "AUTH_NOT_AUTHORIZED",
                $"Disclosure exports are for the roles {string.Join(", ", DisclosureExportService.Requesters)}.").ExecuteAsync(http);
            return;
        }

        await using var db = database.CreateContext();
        var query = await StreamQuery.ReadAsync(http.Request.Query, actor, db, ct);
        if (query.Refusal is { } refusal)
        {
            await refusal.ExecuteAsync(http);
            return;
        }

        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        http.Response.ContentType = DisclosureExport.ContentType(query.Format);
        await DisclosureExportWriter.WriteAsync(DisclosureExportRows.ReadAsync(db, query.Scope!, query.Items, ct: ct),
            query.Format, http.Response.Body, ct: ct);
    }

    private static Guid? ParseId(string id)
    {
        if (Guid.TryParse(id, out var bare)) return bare;
        try
        {
            return GlobalId.ParseKey<Guid>(id, nameof(DisclosureExport));
        }
        catch (GraphQLException)
        {
            return null;
        }
    }

    internal static IResult Problem(int status, string code, string detail, string? parameter = null, string? allowed = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (parameter is not null) extensions["parameter"] = parameter;
        if (allowed is not null) extensions["allowed"] = allowed;
        return Results.Problem(detail, statusCode: status, title: status switch
        {
            StatusCodes.Status400BadRequest => "Invalid parameter",
            StatusCodes.Status403Forbidden => "Not allowed",
            StatusCodes.Status404NotFound => "Not found",
            StatusCodes.Status409Conflict => "Not completed",
            StatusCodes.Status410Gone => "Expired",
            _ => "Refused",
        }, extensions: extensions);
    }

    /// <summary>The query string of <c>GET /api/disclosures</c> read and checked: a scope, items and a format, or the 400 saying what is wrong.</summary>
    private sealed record StreamQuery(DisclosureScope? Scope, IReadOnlyList<string> Items, ExportFormat Format, IResult? Refusal)
    {
        public static async Task<StreamQuery> ReadAsync(IQueryCollection query, Actor actor, HousingDbContext db, CancellationToken ct)
        {
            if (query.Keys.FirstOrDefault(k => !Parameters.Contains(k)) is { } unknown)
                return Refused(unknown, $"'{unknown}' is not a parameter of {DisclosuresPath}.", string.Join(", ", Parameters));
            if (query.Keys.FirstOrDefault(k => query[k].Count > 1) is { } repeated)
                return Refused(repeated, $"'{repeated}' is given {query[repeated].Count} times; give it once (lists are comma-separated).", null);

            var format = (string?)query["format"];
            ExportFormat parsedFormat;
            if (format is null || format.Equals("csv", StringComparison.OrdinalIgnoreCase)) parsedFormat = ExportFormat.Csv;
            else if (format.Equals("jsonl", StringComparison.OrdinalIgnoreCase)) parsedFormat = ExportFormat.Jsonl;
            else return Refused("format", $"format '{format}' is not offered here.", "csv, jsonl");

            if (Month(query, "from") is not { } monthFrom)
                return Refused("from", $"from '{query["from"]}' is not a month.", "yyyy-MM, e.g. 2025-01 (required)");
            if (Month(query, "to") is not { } monthTo)
                return Refused("to", $"to '{query["to"]}' is not a month.", "yyyy-MM, e.g. 2025-12 (required)");

            var codes = List(query, "sigungu");
            if (codes.FirstOrDefault(c => !Region.IsSigunguCode(c)) is { } badCode)
                return Refused("sigungu", $"sigungu '{badCode}' is not a 시군구 code.", "5-digit codes, comma-separated, e.g. 11560,11590");
            if (DisclosureScopeInput.OutsideDistrict(actor, codes) is { } outside)
                return new StreamQuery(null, [], ExportFormat.Csv,
                    Problem(StatusCodes.Status403Forbidden, outside.Code, outside.Message, "sigungu", DisclosureScopeInput.DistrictOf(actor)));
            List<Guid>? regionIds = null;
            if (codes.Count > 0)
            {
                var regions = await db.Set<Region>().AsNoTracking().Where(r => codes.Contains(r.SigunguCode)).Select(r => new { r.Id, r.SigunguCode }).ToListAsync(ct);
                if (codes.FirstOrDefault(c => regions.All(r => r.SigunguCode != c)) is { } missing)
                    return Refused("sigungu", $"sigungu '{missing}' names no registered district.", "the codes of `regions` in the GraphQL API");
                regionIds = [.. regions.Select(r => r.Id)];
            }

            var heatings = new List<HeatingType>();
            foreach (var text in List(query, "heating"))
            {
                if (!Enum.TryParse<HeatingType>(text, ignoreCase: true, out var heatingType) || !Enum.IsDefined(heatingType) || int.TryParse(text, out _))
                    return Refused("heating", $"heating '{text}' is not a heating type.", "INDIVIDUAL, DISTRICT, CENTRAL");
                heatings.Add(heatingType);
            }

            var items = List(query, "items");
            var known = FeeCatalog.AmountItems.Select(i => i.Code).ToList();
            if (items.FirstOrDefault(i => !known.Contains(i)) is { } badItem)
                return Refused("items", $"items '{badItem}' is not a fee item code.", string.Join(", ", known));

            try
            {
                var scope = DisclosureScope.Of(DisclosureScopeInput.WithinReach(actor,
                    c => (regionIds == null || regionIds.Contains(c.RegionId)) && (heatings.Count == 0 || heatings.Contains(c.HeatingType))),
                    monthFrom, monthTo);
                return new StreamQuery(scope, [.. items.Distinct()], parsedFormat, null);
            }
            catch (DomainException e)
            {
                return Refused(monthTo < monthFrom ? "from" : "to", e.Message, $"a range of at most {DisclosureScope.MaxMonths} months");
            }
        }

        private static YearMonth? Month(IQueryCollection query, string name) =>
            (string?)query[name] is { Length: 7 } text && text[4] == '-' && YearMonth.TryParse(text, out var month) ? month : null;

        private static List<string> List(IQueryCollection query, string name) =>
            [.. ((string?)query[name] ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

        private static StreamQuery Refused(string parameter, string detail, string? allowed) =>
            new(null, [], ExportFormat.Csv, Problem(StatusCodes.Status400BadRequest, "INVALID_PARAMETER",
                allowed is null ? detail : $"{detail} Allowed: {allowed}.", parameter, allowed));
    }
}

/// <summary>Descriptions of an endpoint's query parameters for the OpenAPI document (see <see cref="SwaggerExtensions"/>).</summary>
public sealed record QueryParameterDocs(IReadOnlyDictionary<string, string> Descriptions);
