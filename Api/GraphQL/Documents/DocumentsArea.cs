using GraphQL.Authorization;
using GraphQL.Conventions;
using GraphQL.Data;
using GraphQL.Error;
using GraphQL.Execution;
using GraphQL.Relay;
using GraphQL.Types;
using Housing.Api.Files;
using Housing.Api.GraphQL.Complexes;
using Housing.Api.GraphQL.Listings;
using Housing.Api.GraphQL.Support;
using Housing.Api.GraphQL.Welfare;
using Housing.Domain.Common;
using Housing.Domain.Documents;
using Housing.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace Housing.Api.GraphQL.Documents;

/// <summary>
/// The documents area (전자문서) of DESIGN.md in the schema: the district office sends official documents to complexes,
/// managers read and reply, and the district follows each document's progress and the postage the platform saves.
/// Sending and tracking are for district staff (<see cref="DocumentVisibility.DistrictStaff"/>), the inbox, reading and
/// replying for complex managers; every change goes through <see cref="DocumentService"/>.
/// </summary>
internal sealed class DocumentsArea : IHousingSchemaArea
{
    public void Configure(HousingSchemaBuilder schema)
    {
        AddEnums(schema.Types);
        AddTypes(schema.Types);
        schema.Query(AddQueries);
        schema.Mutation(AddMutations);
    }

    private static void AddQueries(ObjectTypeDescriptor<object> query)
    {
        query.Field("inbox")
            .Description("수신함: deliveries of documents to the complexes the caller manages, in the order they arrived unless `order` says otherwise; filter by `status`, e.g. `{ status: { in: [SENT, NOTIFIED] } }` for the unread.")
            .UsePaging<DeliveryNode, Guid>(x => x.Id)
            .UseFiltering<DeliveryNode>()
            .UseSorting<DeliveryNode>()
            .Authorize(Roles.ComplexManager)
            .Resolve(context => DocumentVisibility.Inbox(context.ReadDb(), context.Actor(), context.Use<TimeProvider>()));
        query.Field("outbox")
            .Description("발신함: documents the district office sent (a district officer's: their district's); filter by progress, e.g. `{ progress: { overdue: { gt: 0 } } }` for documents with late recipients.")
            .UsePaging<DocumentNode, Guid>(d => d.Id)
            .UseFiltering<DocumentNode>()
            .UseSorting<DocumentNode>()
            .Authorize(DocumentVisibility.DistrictStaff)
            .Resolve(context => DocumentVisibility.Documents(context.ReadDb(), context.Actor(), context.Use<TimeProvider>())
                .Where(d => d.SenderKind == DocumentParty.DistrictOffice));
        query.Field("document").Type("Document")
            .Description("A document by its global id, for district staff and the managers of complexes it was sent to or by; null otherwise.")
            .Argument("id", "ID!")
            .Authorize(Roles.DistrictOfficer, Roles.PlatformAdmin, Roles.ComplexManager)
            .ResolveAsync(context => context.DocumentAsync(context.IdArgument<Guid>("id", "Document")));
        query.Field("postageSaved").Type("PostageSaved!")
            .Description("The postage the platform saved in a year (KST): every delivery would otherwise have been a registered letter (등기우편).")
            .Argument("year", "Int!")
            .Authorize(DocumentVisibility.DistrictStaff)
            .ResolveAsync(async context =>
            {
                // In a scope of its own: root fields of a query resolve side by side, and a database context serves one at a time.
                var saved = await HousingErrors.AnsweringAsync(() => context.InScopeAsync<DocumentService, PostageSaved>(documents =>
                    documents.PostageSavedAsync(context.Actor(), context.ArgumentValue<int>("year"), context.CancellationToken)));
                return new PostageSavedNode(saved.Year, saved.Deliveries, saved.Amount, context.Use<DocumentPostage>().RatePerDelivery);
            });
    }

    private static void AddMutations(ObjectTypeDescriptor<object> mutation)
    {
        mutation.Field("sendDocument")
            .Description("The district office sends a document to complexes of the district: those listed in `complexIds`, or all that match `where`. Recipients' managers get an SMS, queued with the document in one save (a complex nobody can be reached at stays SENT). With an `idempotencyKey`, retrying the same input sends nothing twice and returns the document already sent. A district officer sends for the district on their account (DISTRICT_REQUIRED when it names none).")
            .Authorize(DocumentVisibility.DistrictStaff)
            .UseMutationConvention<SendDocumentInput, DocumentNode?>(HousingErrors.Registry, "document", SendAsync, HousingErrors.Common);
        mutation.Field("resendDocumentNotice")
            .Description("The sending office sends the SMS about a document again (a reminder) to the managers of the listed deliveries' complexes: each a new notification round with its own dedup key, all in one save; refused for a delivery already replied to.")
            .Authorize(DocumentVisibility.DistrictStaff)
            .UseMutationConvention<ResendDocumentNoticeInput, IReadOnlyList<DeliveryNode>?>(HousingErrors.Registry, "deliveries", async (context, input) =>
            {
                var ids = input.DeliveryIds.Select(id => HousingIds.Parse(id, "DocumentDelivery")).ToList();
                await context.Use<DocumentService>().ResendNotificationsAsync(context.Actor(), ids, context.CancellationToken);
                // Asked together, so the loader reads them in one batch.
                var deliveries = await Task.WhenAll(ids.Distinct().Select(id => context.DeliveryAsync(id)));
                return [.. deliveries.OfType<DeliveryNode>()];
            }, HousingErrors.Common);
        mutation.Field("markDeliveryRead")
            .Description("A manager of the recipient complex opens a delivery (열람); reading it again changes nothing.")
            .Authorize(Roles.ComplexManager)
            .UseMutationConvention<MarkDeliveryReadInput, DeliveryNode?>(HousingErrors.Registry, "delivery", async (context, input) =>
            {
                var id = HousingIds.Parse(input.DeliveryId, "DocumentDelivery");
                await context.Use<DocumentService>().MarkDeliveryReadAsync(context.Actor(), id, context.CancellationToken);
                return await context.DeliveryAsync(id);
            }, HousingErrors.Common);
        mutation.Field("replyToDocument")
            .Description("A manager of the recipient complex replies with a report (보고) and attachments; a late reply is accepted and stays marked late.")
            .Authorize(Roles.ComplexManager)
            .UseMutationConvention<ReplyToDocumentInput, DeliveryNode?>(HousingErrors.Registry, "delivery", async (context, input) =>
            {
                var actor = context.Actor();
                var id = HousingIds.Parse(input.DeliveryId, "DocumentDelivery");
                var attachments = await context.Use<FileAttachments>().AttachmentsAsync(actor, input.Attachments, context.CancellationToken);
                await context.Use<DocumentService>().ReplyToDocumentAsync(actor, id, input.Report, attachments, context.CancellationToken);
                return await context.DeliveryAsync(id);
            }, HousingErrors.Common);
    }

    private static async ValueTask<DocumentNode?> SendAsync(IResolverContext context, SendDocumentInput input)
    {
        var actor = context.Actor();
        actor.Require(DocumentVisibility.DistrictStaff);
        if (!actor.IsIn(Roles.PlatformAdmin) && actor.DistrictCode is null)
            throw new DomainException("DISTRICT_REQUIRED", "Your account names no district, so there is no district to send for; ask a platform admin to set your district.");
        var regionId = HousingIds.Parse(input.RegionId, "Region");
        var recipients = await RecipientsAsync(context, input, regionId);
        var attachments = await context.Use<FileAttachments>().AttachmentsAsync(actor, input.Attachments, context.CancellationToken);
        var command = new SendDocumentCommand(regionId, input.Department, input.Title, input.Body, input.Category, recipients,
            input.RequiresReply, input.ReplyDueAt, attachments, input.IdempotencyKey);
        // A send that lost a race (the next document number, or the same key) stored nothing: its retry numbers it anew or finds the winner's.
        var document = await context.RetryingAsync<DocumentService, Document>(documents =>
            documents.SendDocumentAsync(actor, command, context.CancellationToken));
        return await context.DocumentAsync(document.Id);
    }

    /// <summary>The recipients of a new document: the listed complexes, or those of the sending district that match the filter.</summary>
    private static async Task<IReadOnlyList<Guid>> RecipientsAsync(IResolverContext context, SendDocumentInput input, Guid regionId)
    {
        if ((input.ComplexIds is null) == (input.Where is null))
            throw new DomainException("INVALID_RECIPIENTS", "Give the recipients either as complexIds or as a where filter (all matching complexes of the district), not both and not neither.");
        if (input.ComplexIds is { } ids)
            return [.. ids.Select(id => HousingIds.Parse(id, "Complex"))];
        return await ComplexNode.All(context.ReadDb())
            .Where(c => c.RegionId == regionId)
            .Where(FilterExpressions.Predicate<ComplexNode>(input.Where!))
            .Select(c => c.Id)
            .ToListAsync(context.CancellationToken);
    }

    private static void AddEnums(SchemaBuilder types)
    {
        types.AddType(new EnumType<DocumentCategory>()
            .Value(DocumentCategory.Notice, v => v.Description = "공지·안내")
            .Value(DocumentCategory.Request, v => v.Description = "요청·협조")
            .Value(DocumentCategory.Survey, v => v.Description = "조사·제출")
            .Value(DocumentCategory.Report, v => v.Description = "보고")
            .Value(DocumentCategory.Inspection, v => v.Description = "점검")
            .Value(DocumentCategory.Other, v => v.Description = "기타"));
        types.AddType(new EnumType<DeliveryStatus>()
            .Value(DeliveryStatus.Sent, v => v.Description = "발송: delivered, no SMS yet.")
            .Value(DeliveryStatus.Notified, v => v.Description = "문자 알림: the manager got an SMS.")
            .Value(DeliveryStatus.Read, v => v.Description = "열람: a manager opened it.")
            .Value(DeliveryStatus.Replied, v => v.Description = "회신: the recipient replied.")
            .Value(DeliveryStatus.Overdue, v => v.Description = "기한 경과: the deadline passed without a reply."));
        types.AddType(new EnumType<DocumentParty>()
            .Value(DocumentParty.DistrictOffice, v => v.Description = "구청 (a district office)")
            .Value(DocumentParty.Complex, v => v.Description = "관리사무소 (a complex's management office)"));
    }

    private static void AddTypes(SchemaBuilder types)
    {
        types.AddObjectType<PostageSavedNode>(type => type.Description("The postage the platform saved in a year (우편요금 절감액)."));
        types.AddObjectType<DocumentNode>(type =>
        {
            type.Description("An official electronic document (전자문서) sent by the district office to many complexes at once, or by a complex to its district.");
            type.ImplementsNode(d => d.Id, async (context, id) => await context.DocumentAsync(id));
            type.Field("attachments").Type("[File!]!")
                .Description("첨부파일.")
                .ResolveAsync(async context => (await context.AttachmentsOfAsync(context.Parent<DocumentNode>().Id)).ToList());
            type.Field("deliveries")
                .Description("The recipients' deliveries (수신 현황): district staff see all, a manager only their own complexes'.")
                .UsePaging<DocumentNode, DeliveryNode, Guid>(d => d.Id, x => x.DocumentId, x => x.Id)
                .UseFiltering<DeliveryNode>()
                .UseSorting<DeliveryNode>()
                .Resolve(context => DocumentVisibility.Deliveries(context.ReadDb(), context.Actor(), context.Use<TimeProvider>()));
        });
        types.AddObjectType<DeliveryNode>(type =>
        {
            type.Description("One recipient's copy of a document and how far it has got.");
            type.ImplementsNode(x => x.Id, async (context, id) => await context.DeliveryAsync(id));
            type.Field("document").Type("Document!")
                .Description("The document delivered.")
                .ResolveAsync(async context => await context.DocumentAsync(context.Parent<DeliveryNode>().DocumentId));
            type.Field("recipient").Type("Complex")
                .Description("The recipient complex; null when the recipient is the district office.")
                .ResolveAsync(async context => context.Parent<DeliveryNode>() is { RecipientKind: DocumentParty.Complex } delivery
                    ? await context.ComplexAsync(delivery.RecipientId)
                    : null);
            type.Field("reply").Type("DocumentReply")
                .Description("The recipient's reply (회신); null until it replies.")
                .ResolveAsync(context => context.ReplyOfAsync(context.Parent<DeliveryNode>().Id));
            type.Field("repliedAt").Type("DateTime")
                .Description("회신 일시; null until it replies.")
                .ResolveAsync(async context => (await context.ReplyOfAsync(context.Parent<DeliveryNode>().Id))?.RepliedAt);
        });
        types.AddObjectType<DocumentReply>(type =>
        {
            type.Description("A recipient's reply (회신) to a document: its report and attachments.").BindFieldsExplicitly();
            type.ImplementsNode(r => r.Id, async (context, id) => await context.ReplyAsync(id));
            type.Field("report").Type("String!").Description("The report (보고 내용).").Resolve(context => context.Parent<DocumentReply>().Body);
            type.Field(r => r.RepliedAt).Description("회신 일시.");
            type.Field("attachments").Type("[File!]!").Description("첨부파일.").Resolve(context => context.Parent<DocumentReply>().Attachments.ToList());
        });
        types.AddObjectType<Attachment>(type =>
        {
            type.Name("File").Description("A stored file attached to a document or reply; download it from `downloadUrl` with the same bearer token.")
                .BindFieldsExplicitly();
            type.ImplementsNode(a => a.FileId, AttachmentNodeAsync);
            type.Field(a => a.FileName).Description("The file's name as uploaded.");
            type.Field(a => a.ContentType).Description("The media type found from the content, e.g. application/pdf.");
            type.Field(a => a.Size).Description("Bytes.");
            type.Field("downloadUrl").Type("String!").Description("GET this path (REST) to download the file.")
                .Resolve(context => $"{FileEndpoints.Path}/{context.Parent<Attachment>().FileId}");
        });
    }

    /// <summary>A file by id, for those who may download it (the rule of <c>GET /api/files/{id}</c>); null for anyone else.</summary>
    private static async ValueTask<Attachment?> AttachmentNodeAsync(IResolverContext context, Guid fileId)
    {
        var actor = context.Actor();
        if (await context.Use<FileStore>().FindAsync(fileId, context.CancellationToken) is not { } file) return null;
        return await AttachedFileAccess.MayReadAsync(context.Use<IHousingStore>(), context.Use<TimeProvider>(), actor, fileId, file.UploadedBy,
            context.CancellationToken)
            ? FileAttachments.ToAttachment(file)
            : null;
    }
}

[GraphQLDescription("A document to send to complexes of the sending district.")]
public sealed record SendDocumentInput(
    [property: GraphQLType("ID!"), GraphQLDescription("The sending district (Region id).")] string RegionId,
    [property: GraphQLDescription("The department the document is numbered for, e.g. 주택과.")] string Department,
    [property: GraphQLDescription("제목, 1 to 200 characters.")] string Title,
    [property: GraphQLDescription("본문.")] string Body,
    DocumentCategory Category,
    [property: GraphQLType("[ID!]"), GraphQLDescription("The recipient complexes; or give `where` instead.")] IReadOnlyList<string>? ComplexIds = null,
    [property: GraphQLType("ComplexFilterInput"), GraphQLDescription("Send to every complex of the district matching this filter; or give `complexIds` instead.")]
    IReadOnlyDictionary<string, object?>? Where = null,
    [property: GraphQLDescription("Whether recipients must reply.")] bool RequiresReply = false,
    [property: GraphQLDescription("회신 기한 (needs requiresReply).")] DateTimeOffset? ReplyDueAt = null,
    [property: GraphQLType("[ID!]"), GraphQLDescription("Files uploaded by the caller at POST /api/files, by the id the upload answered.")]
    IReadOnlyList<string>? Attachments = null,
    [property: GraphQLDescription("A key of the caller's choosing (1 to 100 printable characters, no tabs, line breaks or other control characters; e.g. a UUID per document), unique per sending user: a retry with the same key and the same input returns the document already sent, with no new deliveries or SMS; the same key with a different input (title, body, recipients, attachments, reply terms) is refused with IDEMPOTENCY_KEY_REUSED. Without a key, every call sends a new document.")]
    string? IdempotencyKey = null);

public sealed record ResendDocumentNoticeInput(
    [property: GraphQLType("[ID!]!"), GraphQLDescription("The deliveries whose complexes' managers get the SMS again, at most 1,000.")] IReadOnlyList<string> DeliveryIds);

public sealed record MarkDeliveryReadInput([property: GraphQLType("ID!"), GraphQLDescription("The delivery opened.")] string DeliveryId);

public sealed record ReplyToDocumentInput(
    [property: GraphQLType("ID!"), GraphQLDescription("The delivery answered.")] string DeliveryId,
    [property: GraphQLDescription("The report (보고 내용).")] string Report,
    [property: GraphQLType("[ID!]"), GraphQLDescription("Files uploaded by the caller at POST /api/files.")] IReadOnlyList<string>? Attachments = null);
