using System.Security.Cryptography;
using Housing.Domain.Common;
using Housing.Infrastructure.Hosting;
using Housing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Housing.Infrastructure.Files;

/// <summary>A stored upload: its name, the type its content was found to be, its size, SHA-256 and who uploaded it.</summary>
public sealed class StoredFile
{
    private StoredFile() { FileName = ContentType = Sha256 = ""; }

    public StoredFile(Guid id, string fileName, string contentType, long size, string sha256, Guid uploadedBy, DateTimeOffset uploadedAt)
    {
        Id = id;
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt;
    }

    public Guid Id { get; private set; }
    public string FileName { get; private set; }

    /// <summary>The media type judged from the content's first bytes, never taken from the client.</summary>
    public string ContentType { get; private set; }

    public long Size { get; private set; }

    /// <summary>The SHA-256 of the content, lower-case hex.</summary>
    public string Sha256 { get; private set; }

    public Guid UploadedBy { get; private set; }
    public DateTimeOffset UploadedAt { get; private set; }
}

/// <summary>
/// Uploaded files (document and reply attachments): the content in the data folder's <c>files/</c> under its id, the
/// facts in the database. A file is refused when it is empty, larger than <see cref="MaxSize"/>, of a type not allowed,
/// or when its content is not what its name says; the type is judged from the content (<see cref="FileTypes"/>).
/// </summary>
public sealed class FileStore(HousingDataFolder dataFolder, HousingDatabase database, TimeProvider clock)
{
    /// <summary>Kestrel refuses request bodies over 30 MB by default; one file stays well under it.</summary>
    public const long MaxSize = 20L * 1024 * 1024;

    public const string NameInvalid = "FILE_NAME_INVALID";
    public const string TypeNotAllowed = "FILE_TYPE_NOT_ALLOWED";
    public const string Empty = "FILE_EMPTY";
    public const string TooLarge = "FILE_TOO_LARGE";
    public const string ContentMismatch = "FILE_CONTENT_MISMATCH";

    private string Folder => Directory.CreateDirectory(dataFolder.PathOf("files")).FullName;

    /// <summary>Stores <paramref name="content"/> under a new id; throws <see cref="DomainException"/> (codes above) when the file is refused.</summary>
    public async Task<StoredFile> SaveAsync(string fileName, Stream content, Guid uploadedBy, CancellationToken ct = default)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        if (name.Length is 0 or > 200)
            throw new DomainException(NameInvalid, "A file needs a name of 1 to 200 characters.");
        var named = FileTypes.ByExtension(Path.GetExtension(name))
            ?? throw new DomainException(TypeNotAllowed, $"{name}: allowed are {FileTypes.AllowedNames}.");
        var id = Guid.CreateVersion7();
        var path = Path.Combine(Folder, id.ToString("N"));
        var temporary = path + ".upload";
        try
        {
            var (size, sha256) = await CopyAsync(content, temporary, ct);
            if (size == 0)
                throw new DomainException(Empty, $"{name} is empty.");
            if (size > MaxSize)
                throw new DomainException(TooLarge, $"{name} is larger than {MaxSize / 1024 / 1024} MB, the most a file may be.");
            var found = FileTypes.Sniff(temporary);
            if (found is null || !named.Accepts(found))
                throw new DomainException(ContentMismatch,
                    $"{name} does not contain what its name says ({named.Name}): its content is {found?.Name ?? "none of " + FileTypes.AllowedNames}.");
            var file = new StoredFile(id, name, named.ContentTypeFor(found), size, sha256, uploadedBy, clock.GetUtcNow());
            File.Move(temporary, path);
            try
            {
                // A context of its own, so saving a file never saves a caller's pending changes.
                await using var db = database.CreateContext();
                db.Add(file);
                await db.SaveChangesAsync(ct);
            }
            catch
            {
                File.Delete(path);
                throw;
            }
            return file;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>The stored facts of a file, or null when no such file is stored.</summary>
    public async Task<StoredFile?> FindAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        var file = await db.Set<StoredFile>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        return file is not null && File.Exists(Path.Combine(Folder, id.ToString("N"))) ? file : null;
    }

    /// <summary>The stored facts of several files, by id; ids of no stored file are missing from the answer.</summary>
    public async Task<Dictionary<Guid, StoredFile>> FindManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        return await db.Set<StoredFile>().AsNoTracking().Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);
    }

    public Stream OpenRead(StoredFile file) => File.OpenRead(Path.Combine(Folder, file.Id.ToString("N")));

    /// <summary>Copies up to one byte past the limit (enough to know it was exceeded), hashing as it goes.</summary>
    private static async Task<(long Size, string Sha256)> CopyAsync(Stream content, string path, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        var buffer = new byte[81920];
        await using var target = File.Create(path);
        int read;
        while (size <= MaxSize && (read = await content.ReadAsync(buffer, ct)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            await target.WriteAsync(buffer.AsMemory(0, read), ct);
            size += read;
        }
        return (size, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> b)
    {
        b.ToTable("StoredFiles");
        b.HasKey(x => x.Id);
        b.Property(x => x.FileName).HasMaxLength(200).IsRequired();
        b.Property(x => x.ContentType).HasMaxLength(100).IsRequired();
        b.Property(x => x.Sha256).HasMaxLength(64).IsRequired();
        b.HasIndex(x => x.UploadedBy);
    }
}

public static class FileStoreExtensions
{
    /// <summary>The file store over the data folder and the database.</summary>
    public static IServiceCollection AddHousingFiles(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<FileStore>();
        return services;
    }
}
