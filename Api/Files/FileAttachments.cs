using GraphQL.Error;
using GraphQL.Relay;
using Housing.Domain.Common;
using Housing.Domain.Documents;
using Housing.Infrastructure.Files;

namespace Housing.Api.Files;

/// <summary>
/// Files referenced by id in mutations: <c>File:&lt;guid&gt;</c> global ids (or the bare guid the upload also returns),
/// turned into the Domain's <see cref="Attachment"/>s. A caller attaches only files they uploaded themselves.
/// </summary>
public sealed class FileAttachments(FileStore files)
{
    public const string TypeName = "File";

    /// <summary>The global id of a stored file, as uploads return it and mutations take it.</summary>
    public static string GlobalIdOf(Guid fileId) => GlobalId.Format(TypeName, fileId);

    /// <summary>A stored file as the Domain's <see cref="Attachment"/>.</summary>
    public static Attachment ToAttachment(StoredFile file) => new(file.Id, file.FileName, file.ContentType, file.Size);

    /// <summary>The file id in a global id or a bare guid; a <see cref="DomainException"/> naming the id otherwise.</summary>
    public static Guid ParseId(string id)
    {
        if (Guid.TryParse(id, out var bare)) return bare;
        try
        {
            return GlobalId.ParseKey<Guid>(id, TypeName);
        }
        catch (GraphQLException)
        {
            throw new DomainException("INVALID_FILE_ID", $"'{id}' is not a file id; use the id POST {FileEndpoints.Path} returned.");
        }
    }

    public async Task<IReadOnlyList<Attachment>> AttachmentsAsync(Actor actor, IReadOnlyList<string>? ids, CancellationToken ct)
    {
        if (ids is null || ids.Count == 0) return [];
        var fileIds = ids.Select(ParseId).Distinct().ToList();
        var stored = await files.FindManyAsync(fileIds, ct);
        var attachments = new List<Attachment>();
        foreach (var id in fileIds)
        {
            var file = stored.GetValueOrDefault(id) ?? throw new NotFoundException(TypeName, GlobalIdOf(id));
            if (file.UploadedBy != actor.UserId)
                throw new ForbiddenException($"{file.FileName} was uploaded by someone else; attach files you uploaded yourself.");
            attachments.Add(ToAttachment(file));
        }
        return attachments;
    }
}
