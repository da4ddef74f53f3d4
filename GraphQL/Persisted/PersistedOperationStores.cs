using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace GraphQL.Persisted;

/// <summary>
/// Where persisted operations are kept, keyed by the SHA-256 hash of their document text in lowercase hex. The in-memory
/// and directory stores come with the engine; an application may keep them in its database by implementing this.
/// </summary>
public interface IPersistedOperationStore
{
    /// <summary>The document stored under the hash, or null when none is.</summary>
    ValueTask<string?> TryGetAsync(string hash, CancellationToken cancellationToken);

    /// <summary>Stores a document under its hash; storing the same document again changes nothing.</summary>
    ValueTask SaveAsync(string hash, string document, CancellationToken cancellationToken);
}

/// <summary>The hash persisted operations are keyed by.</summary>
public static class PersistedOperationHash
{
    /// <summary>The SHA-256 of the document's UTF-8 text, as 64 lowercase hex digits.</summary>
    public static string Of(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));
    }

    /// <summary>True for 64 hex digits, the only keys a store holds (so a key is always a safe file name).</summary>
    public static bool IsWellFormed(string? hash) => hash is { Length: 64 } && hash.All(char.IsAsciiHexDigit);
}

/// <summary>Persisted operations in memory: for tests and for documents registered at start.</summary>
public sealed class InMemoryPersistedOperationStore : IPersistedOperationStore
{
    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The number of stored documents.</summary>
    public int Count => _documents.Count;

    /// <summary>Stores a document under its own hash and returns the hash.</summary>
    public string Add(string document)
    {
        var hash = PersistedOperationHash.Of(document);
        _documents[hash] = document;
        return hash;
    }

    /// <inheritdoc />
    public ValueTask<string?> TryGetAsync(string hash, CancellationToken cancellationToken) =>
        new(_documents.GetValueOrDefault(hash));

    /// <inheritdoc />
    public ValueTask SaveAsync(string hash, string document, CancellationToken cancellationToken)
    {
        _documents[hash] = document;
        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// Persisted operations as files in a directory, one <c>&lt;hash&gt;.graphql</c> per document: a build step can write the
/// client's documents there, and several nodes can share the directory.
/// </summary>
public sealed class FileSystemPersistedOperationStore : IPersistedOperationStore
{
    private readonly string _directory;

    /// <summary>Uses the directory, creating it when missing.</summary>
    public FileSystemPersistedOperationStore(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        _directory = Directory.CreateDirectory(directory).FullName;
    }

    /// <inheritdoc />
    public async ValueTask<string?> TryGetAsync(string hash, CancellationToken cancellationToken)
    {
        if (!PersistedOperationHash.IsWellFormed(hash))
        {
            return null;
        }

        try
        {
            return await File.ReadAllTextAsync(PathOf(hash), Encoding.UTF8, cancellationToken).ConfigureAwait(false);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async ValueTask SaveAsync(string hash, string document, CancellationToken cancellationToken)
    {
        if (!PersistedOperationHash.IsWellFormed(hash))
        {
            throw new ArgumentException("A persisted operation's key must be a SHA-256 hash in hex.", nameof(hash));
        }

        var path = PathOf(hash);
        if (File.Exists(path))
        {
            return;
        }

        // Written aside and moved in, so a reader never sees half a document.
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllTextAsync(temporary, document, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        try
        {
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private string PathOf(string hash) => Path.Combine(_directory, hash.ToLowerInvariant() + ".graphql");
}
