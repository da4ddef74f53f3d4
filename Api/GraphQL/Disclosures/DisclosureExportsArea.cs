using GraphQL.Authorization;
using GraphQL.Conventions;
using GraphQL.Data;
using GraphQL.Execution;
using GraphQL.Relay;
using GraphQL.Types;
using Housing.Api.Exports;
using Housing.Api.GraphQL.Analytics;
using Housing.Api.GraphQL.Support;
using Housing.Domain.Disclosures;
using Microsoft.EntityFrameworkCore;

namespace Housing.Api.GraphQL.Disclosures;

/// <summary>
/// Bulk exports of disclosures in the manner of Shopify's bulk operations: <c>startDisclosureExport</c> stores the request
/// and a job writes the file (one row per complex × month × fee item, the columns of <c>DisclosureExportColumns</c>);
/// <c>exports</c> shows the caller's exports with status, progress and row count, and the download URL once completed,
/// for seven days. Analysts, district officers and platform admins export; a platform admin sees everyone's exports.
/// </summary>
internal sealed class DisclosureExportsArea : IHousingSchemaArea
{
    public void Configure(HousingSchemaBuilder schema)
    {
        AddTypes(schema.Types);
        schema.Query(query => query.Field("exports")
            .Description($"The caller's disclosure exports, oldest first (`last: n` for the newest); a platform admin sees everyone's. A completed export's file is downloadable for {DisclosureExport.Lifetime.TotalDays} days at its `url`.")
            .Argument("status", "[ExportStatus!]", a => a.Description("Only exports in one of these states."))
            .Authorize(DisclosureExportService.Requesters)
            .UsePaging<DisclosureExport, Guid>(e => e.Id)
            .Resolve(context =>
            {
                var exports = DisclosureExportService.VisibleTo(context.ReadDb().Set<DisclosureExport>(), context.Actor());
                return context.ArgumentValue<List<ExportStatus>?>("status") is { } states ? exports.Where(e => states.Contains(e.Status)) : exports;
            }));
        schema.Mutation(mutation =>
        {
            mutation.Field("startDisclosureExport")
                .Description($"Starts a bulk export of the disclosed line items of a scope (one row per complex × month × fee item) as CSV (UTF-8 with a BOM), JSON Lines or XLSX. It runs in the background: follow it in `exports` (or `node(id:)`) and download the file from its `url` when COMPLETED. At most {DisclosureExportService.MaxActivePerUser} exports per caller are queued or running at once. For analysts, district officers and platform admins.")
                .Authorize(DisclosureExportService.Requesters)
                .UseMutationConvention<StartDisclosureExportInput, DisclosureExport>(HousingErrors.Registry, "export", async (context, input) =>
                {
                    var where = input.Where;
                    // The scope is checked now, so a bad range or a district outside the caller's reach is refused here rather than later.
                    where.ScopeFor(context.Actor());
                    return await context.Use<DisclosureExportService>().StartAsync(context.Actor(),
                        new StartExportCommand(DisclosureScopeJson.Write(context.Schema, where), input.Items ?? [], input.Format), context.CancellationToken);
                }, HousingErrors.Common);
            mutation.Field("cancelDisclosureExport")
                .Description("Cancels a queued or running export of the caller (a platform admin: anyone's); a running job stops at its next progress report and its file is removed.")
                .Authorize(DisclosureExportService.Requesters)
                .UseMutationConvention<CancelDisclosureExportInput, DisclosureExport>(HousingErrors.Registry, "export", async (context, input) =>
                    await context.Use<DisclosureExportService>().CancelAsync(context.Actor(), HousingIds.Parse(input.ExportId, "DisclosureExport"), context.CancellationToken),
                    HousingErrors.Common);
        });
    }

    private static void AddTypes(SchemaBuilder types)
    {
        types.AddType(new EnumType<ExportFormat>()
            .Value(ExportFormat.Csv, v => v.Description = "CSV, UTF-8 with a byte-order mark (Excel reads the Korean text), RFC 4180 quoting.")
            .Value(ExportFormat.Jsonl, v => v.Description = "JSON Lines: one object per row.")
            .Value(ExportFormat.Xlsx, v => v.Description = "An Excel workbook; beyond 1,048,575 rows the rows continue on the next sheet."));
        types.AddType(new EnumType<ExportStatus>()
            .Value(ExportStatus.Queued, v => v.Description = "Waiting for a job to take it up.")
            .Value(ExportStatus.Running, v => v.Description = "Being written; see `rowsWritten` and `progress`.")
            .Value(ExportStatus.Completed, v => v.Description = "Written: download it from `url` until `expiresAt`.")
            .Value(ExportStatus.Failed, v => v.Description = "Stopped by an error; see `errorMessage`.")
            .Value(ExportStatus.Expired, v => v.Description = "Its file was deleted after seven days.")
            .Value(ExportStatus.Canceled, v => v.Description = "Canceled by its requester or an admin."));
        types.AddObjectType<DisclosureExport>(type =>
        {
            type.Description("A bulk export of disclosure line items and where it stands.").BindFieldsExplicitly();
            type.ImplementsNode(e => e.Id, async (context, id) => context.OptionalActor() is { } actor
                ? await DisclosureExportService.VisibleTo(context.ReadDb().Set<DisclosureExport>(), actor).FirstOrDefaultAsync(e => e.Id == id, context.CancellationToken)
                : null);
            type.Field(e => e.Status).Description("QUEUED → RUNNING → COMPLETED (→ EXPIRED after seven days), or FAILED, or CANCELED.");
            type.Field(e => e.Format).Description("The file format.");
            type.Field("items").Type($"[{DisclosuresArea.FeeItemCode}!]!").Description("The fee items exported; empty for every item.")
                .Resolve(context => context.Parent<DisclosureExport>().ItemCodes);
            type.Field(e => e.Scope).Description("The complexes and months exported, as the JSON of a `DisclosureScopeInput`.");
            type.Field(e => e.RequestedByName).Description("Who asked for it.");
            type.Field(e => e.RowsWritten).Description("Rows written so far.");
            type.Field(e => e.RowsEstimated).Description("The rows the scope held when the job started; null while queued.");
            type.Field(e => e.Progress).Description("Rows written over rows estimated, 0 to 1; null while queued.");
            type.Field(e => e.RowCount).Description("The rows in the completed file.");
            type.Field(e => e.FileSize).Description("The completed file's size in bytes.");
            type.Field(e => e.FileName).Description("The name the file downloads under.");
            type.Field(e => e.ErrorMessage).Description("Why it failed.");
            type.Field(e => e.CreatedAt).Description("When it was asked for.");
            type.Field(e => e.StartedAt).Description("When its job started writing.");
            type.Field(e => e.CompletedAt).Description("When it completed, failed or was canceled.");
            type.Field(e => e.ExpiresAt).Description("When the completed file stops being downloadable.");
            type.Field("url").Type("String")
                .Description("Where to download the file (GET, with the same bearer token) while it is COMPLETED, relative to the API's address like a file's downloadUrl (/api/exports/…/file); null otherwise.")
                .Resolve(context => context.Parent<DisclosureExport>() is { Status: ExportStatus.Completed } export ? ExportEndpoints.DownloadUrl(export.Id) : null);
        });
    }
}

public sealed record StartDisclosureExportInput(
    [property: GraphQLDescription("Which complexes and months to export.")] DisclosureScopeInput Where,
    [property: GraphQLType("[" + DisclosuresArea.FeeItemCode + "!]")]
    [property: GraphQLDescription("The fee items to export; every item with an amount in KRW when absent or empty.")]
    IReadOnlyList<string>? Items,
    [property: GraphQLDescription("The file format.")] ExportFormat Format);

public sealed record CancelDisclosureExportInput([property: GraphQLType("ID!")] string ExportId);
