using Housing.Domain.Common;
using Housing.Domain.Documents;
using Housing.Infrastructure.Files;
using Housing.Infrastructure.Identity;

namespace Housing.Api.Files;

/// <summary>
/// <c>POST /api/files</c> stores an upload (multipart, field <c>file</c>) and answers its id, which mutations take as an
/// attachment; <c>GET /api/files/{id}</c> downloads a file for those who may read what it is attached to
/// (<see cref="AttachedFileAccess"/>: documents and replies, notices, complaints), or, while it is attached to nothing, for its uploader.
/// </summary>
public static class FileEndpoints
{
    public const string Path = "/api/files";

    public static WebApplicationBuilder AddHousingFileEndpoints(this WebApplicationBuilder builder)
    {
        builder.Services.AddHousingFiles();
        builder.Services.AddScoped<FileAttachments>();
        return builder;
    }

    public static IEndpointRouteBuilder MapHousingFiles(this IEndpointRouteBuilder app)
    {
        var files = app.MapGroup(Path).RequireAuthorization().WithTags("Files");
        files.MapPost("", UploadAsync)
            .DisableAntiforgery()
            .WithName("UploadFile")
            .WithSummary("Upload a file to attach to a document or reply")
            .WithDescription($"multipart/form-data with the file in the part 'file'. Allowed are {FileTypes.AllowedNames}, up to "
                             + $"{FileStore.MaxSize / 1024 / 1024} MB. The type is judged from the content, and the name's extension must agree "
                             + "with it: a .pdf holding a PNG image is refused (415 FILE_CONTENT_MISMATCH). Answers the file's id "
                             + "(a global id File:<guid>, used in mutations), its name, size, content type and SHA-256.")
            .Accepts<FileUploadForm>("multipart/form-data")
            .Produces<UploadedFile>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        files.MapGet("{id}", DownloadAsync)
            .WithName("DownloadFile")
            .WithSummary("Download a file")
            .WithDescription("The id is the one the upload answered (File:<guid>, URL-escaped) or its guid. A file is for those who may "
                             + "read what it is attached to: a document's or reply's attachment for district staff and the managers of "
                             + "the complexes it was sent to or by; a published notice's attachment for every signed-in user (a draft's "
                             + "for the complex's managers); a complaint's photo for the filer's household, its assignee and the "
                             + "complex's managers; platform admins read all. A file attached to nothing yet is for its uploader. "
                             + "Anyone else gets 404, as for a file that does not exist.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> UploadAsync(HttpRequest request, ICurrentActor current, FileStore store, CancellationToken ct)
    {
        var actor = current.Require();
        // The form is read here rather than bound, so a request without a multipart body gets this endpoint's answer, not the host's.
        IFormFile? file = null;
        if (request.HasFormContentType)
        {
            try
            {
                file = (await request.ReadFormAsync(ct)).Files.GetFile("file");
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                return Refused(e.StatusCode, FileStore.TooLarge, $"The upload is larger than the server takes; files are up to {FileStore.MaxSize / 1024 / 1024} MB.");
            }
            catch (Exception e) when (e is IOException or InvalidDataException or BadHttpRequestException)
            {
                return Refused(StatusCodes.Status400BadRequest, "FILE_MISSING", $"The multipart/form-data body could not be read ({e.Message}); send the file in a part named 'file'.");
            }
        }
        if (file is null)
            return Refused(StatusCodes.Status400BadRequest, "FILE_MISSING", "Send the file as multipart/form-data in a part named 'file'.");
        await using var content = file.OpenReadStream();
        try
        {
            var stored = await store.SaveAsync(file.FileName, content, actor.UserId, ct);
            var uploaded = UploadedFile.Of(stored);
            return Results.Created(uploaded.DownloadUrl, uploaded);
        }
        catch (DomainException e)
        {
            return Refused(e.Code switch
            {
                FileStore.TooLarge => StatusCodes.Status413PayloadTooLarge,
                FileStore.TypeNotAllowed or FileStore.ContentMismatch => StatusCodes.Status415UnsupportedMediaType,
                _ => StatusCodes.Status400BadRequest,
            }, e.Code, e.Message);
        }
    }

    private static async Task<IResult> DownloadAsync(string id, ICurrentActor current, FileStore files, IHousingStore store, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var actor = current.Require();
        Guid fileId;
        try
        {
            fileId = FileAttachments.ParseId(id);
        }
        catch (DomainException)
        {
            return NotFound(id);
        }
        if (await files.FindAsync(fileId, ct) is not { } file)
            return NotFound(id);
        if (!await AttachedFileAccess.MayReadAsync(store, clock, actor, fileId, file.UploadedBy, ct))
            return NotFound(id);
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(files.OpenRead(file), file.ContentType, file.FileName, enableRangeProcessing: true);
    }

    private static IResult NotFound(string id) =>
        Refused(StatusCodes.Status404NotFound, "NOT_FOUND", $"File '{id}' was not found.");

    private static IResult Refused(int status, string code, string detail) =>
        Results.Problem(detail, statusCode: status, title: code == "NOT_FOUND" ? "Not found" : "File refused",
            extensions: new Dictionary<string, object?> { ["code"] = code, ["allowed"] = FileTypes.AllowedNames, ["maxSize"] = FileStore.MaxSize });
}

/// <summary>The upload's form, as Swagger shows it: the file in the part <c>file</c>.</summary>
public sealed record FileUploadForm(IFormFile File);

/// <summary>What an upload answers: the id to attach the file by, and the facts the server found.</summary>
public sealed record UploadedFile(string Id, Guid FileId, string FileName, long Size, string ContentType, string Sha256, DateTimeOffset UploadedAt, string DownloadUrl)
{
    public static UploadedFile Of(StoredFile file) => new(FileAttachments.GlobalIdOf(file.Id), file.Id, file.FileName, file.Size,
        file.ContentType, file.Sha256, file.UploadedAt, $"{FileEndpoints.Path}/{file.Id}");
}
