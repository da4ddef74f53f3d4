using GraphQL.DataLoader;
using GraphQL.Execution;
using Housing.Api.GraphQL.Complexes;
using Housing.Api.GraphQL.Support;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace Housing.Api.GraphQL.Documents;

/// <summary>
/// Who sees which documents, as queries (the rule of <see cref="DocumentService.DocumentAsync"/>): platform admins see every
/// document and delivery, a district officer those sent by or to the district on their account (every one when it names none); a manager sees the documents delivered to or sent by a
/// complex they manage, and of those only the deliveries of their own complexes, so one complex never reads another's reply.
/// </summary>
public static class DocumentVisibility
{
    public static readonly string[] DistrictStaff = [Roles.DistrictOfficer, Roles.PlatformAdmin];

    public static IQueryable<DocumentNode> Documents(DbContext db, Actor actor, TimeProvider clock)
    {
        var documents = DocumentNode.All(db, clock.GetUtcNow());
        if (actor.IsAnyOf(DistrictStaff))
        {
            if (OwnDistrictOffices(db, actor) is not { } offices) return documents;
            var toOffice = db.Set<DocumentDelivery>()
                .Where(x => x.RecipientKind == DocumentParty.DistrictOffice && offices.Contains(x.RecipientId))
                .Select(x => EF.Property<Guid>(x, "DocumentId"));
            return documents.Where(d => (d.SenderKind == DocumentParty.DistrictOffice && offices.Contains(d.SenderId)) || toOffice.Contains(d.Id));
        }
        if (!actor.IsIn(Roles.ComplexManager)) return documents.Where(_ => false);
        var managed = ComplexVisibility.ManagedComplexIds(db, actor, clock);
        var received = db.Set<DocumentDelivery>()
            .Where(x => x.RecipientKind == DocumentParty.Complex && managed.Contains(x.RecipientId))
            .Select(x => EF.Property<Guid>(x, "DocumentId"));
        return documents.Where(d => (d.SenderKind == DocumentParty.Complex && managed.Contains(d.SenderId)) || received.Contains(d.Id));
    }

    public static IQueryable<DeliveryNode> Deliveries(DbContext db, Actor actor, TimeProvider clock)
    {
        var deliveries = DeliveryNode.All(db, clock.GetUtcNow());
        if (actor.IsAnyOf(DistrictStaff))
        {
            if (OwnDistrictOffices(db, actor) is null) return deliveries;
            var visible = Documents(db, actor, clock).Select(d => d.Id);
            return deliveries.Where(x => visible.Contains(x.DocumentId));
        }
        if (!actor.IsIn(Roles.ComplexManager)) return deliveries.Where(_ => false);
        var managed = ComplexVisibility.ManagedComplexIds(db, actor, clock);
        return deliveries.Where(x => x.RecipientKind == DocumentParty.Complex && managed.Contains(x.RecipientId));
    }

    /// <summary>
    /// The district offices (Region ids) a district officer whose account names a district acts for: that district's, the rule
    /// <see cref="DocumentService"/> sends and follows up by; null for platform admins and an officer whose account names none.
    /// </summary>
    private static IQueryable<Guid>? OwnDistrictOffices(DbContext db, Actor actor) =>
        !actor.IsIn(Roles.PlatformAdmin) && actor.DistrictCode is { } district
            ? db.Set<Region>().Where(r => r.SigunguCode == district).Select(r => r.Id)
            : null;

    /// <summary>The manager's inbox: deliveries to the complexes they manage today.</summary>
    public static IQueryable<DeliveryNode> Inbox(DbContext db, Actor actor, TimeProvider clock)
    {
        var managed = ComplexVisibility.ManagedComplexIds(db, actor, clock);
        return DeliveryNode.All(db, clock.GetUtcNow()).Where(x => x.RecipientKind == DocumentParty.Complex && managed.Contains(x.RecipientId));
    }
}

/// <summary>The batch loaders of the documents area.</summary>
public static class DocumentLoaders
{
    public static Task<DocumentNode?> DocumentAsync(this IResolverContext context, Guid id) =>
        context.BatchDataLoader<Guid, DocumentNode>("documents.documentById", async (ids, ct) =>
                await DocumentVisibility.Documents(context.ReadDb(), context.Actor(), context.Use<TimeProvider>())
                    .Where(d => ids.Contains(d.Id)).ByKeyAsync(d => d.Id, ct))
            .LoadAsync(id);

    public static Task<DeliveryNode?> DeliveryAsync(this IResolverContext context, Guid id) =>
        context.BatchDataLoader<Guid, DeliveryNode>("documents.deliveryById", async (ids, ct) =>
                await DocumentVisibility.Deliveries(context.ReadDb(), context.Actor(), context.Use<TimeProvider>())
                    .Where(x => ids.Contains(x.Id)).ByKeyAsync(x => x.Id, ct))
            .LoadAsync(id);

    public static Task<IReadOnlyList<Attachment>> AttachmentsOfAsync(this IResolverContext context, Guid documentId) =>
        context.GroupedDataLoader<Guid, Attachment>("documents.attachmentsByDocument", async (ids, ct) =>
                (await context.ReadDb().Set<Document>().Where(d => ids.Contains(d.Id))
                    .Select(d => new { d.Id, Attachments = d.Attachments.ToList() }).ToListAsync(ct))
                .SelectMany(d => d.Attachments.Select(a => (d.Id, Attachment: a)))
                .ToLookup(p => p.Id, p => p.Attachment))
            .LoadAsync(documentId);

    public static Task<DocumentReply?> ReplyOfAsync(this IResolverContext context, Guid deliveryId) =>
        context.BatchDataLoader<Guid, DocumentReply>("documents.replyByDelivery", async (ids, ct) =>
            {
                var replies = await context.ReadDb().Set<DocumentReply>().Where(r => ids.Contains(EF.Property<Guid>(r, "DeliveryId")))
                    .Select(r => new { DeliveryId = EF.Property<Guid>(r, "DeliveryId"), Reply = r }).ToListAsync(ct);
                return replies.ToDictionary(p => p.DeliveryId, p => p.Reply);
            })
            .LoadAsync(deliveryId);

    /// <summary>A reply by its id, through the delivery it answers, so it is seen exactly where that delivery is.</summary>
    public static async Task<DocumentReply?> ReplyAsync(this IResolverContext context, Guid replyId)
    {
        var deliveryId = await context.BatchDataLoader<Guid, Guid>("documents.deliveryOfReply", async (ids, ct) =>
            {
                var pairs = await context.ReadDb().Set<DocumentReply>().Where(r => ids.Contains(r.Id))
                    .Select(r => new { r.Id, DeliveryId = EF.Property<Guid>(r, "DeliveryId") }).ToListAsync(ct);
                return pairs.ToDictionary(p => p.Id, p => p.DeliveryId);
            }).LoadAsync(replyId);
        return deliveryId != Guid.Empty && await context.DeliveryAsync(deliveryId) is not null ? await context.ReplyOfAsync(deliveryId) : null;
    }
}
