using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Housing.Domain.Common;

/// <summary>
/// Keys of the caller's choosing that name one request (spending points, sending a document), so a retry of it after a
/// timeout or a double submit is answered with what the first did, and a different request under the same key is refused.
/// Each use case stores the key with what it made, under a unique index, and a fingerprint of the request beside it.
/// </summary>
public static class IdempotencyKeys
{
    /// <summary>
    /// The caller's key, refused (INVALID_IDEMPOTENCY_KEY) unless it has 1 to <paramref name="maxLength"/> printable characters
    /// (any script, spaces inside; no tabs, line breaks or other control or invisible characters): a blank key would make every
    /// retry look like a new request, and a key is compared character for character, so invisible differences must not make two keys of one.
    /// </summary>
    public static string Validated(string? key, int maxLength)
    {
        var fault = string.IsNullOrEmpty(key) ? "this one is empty"
            : string.IsNullOrWhiteSpace(key) ? "this one is blank"
            : key.Length > maxLength ? $"this one has {key.Length} characters"
            : key.Where(c => (char.IsWhiteSpace(c) && c != ' ') || char.IsControl(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned)
                .Select(c => $"U+{(int)c:X4}").FirstOrDefault() is { } other
                ? $"this one contains {other}"
                : null;
        return fault is null
            ? key!
            : throw new DomainException("INVALID_IDEMPOTENCY_KEY",
                $"An idempotency key of 1 to {maxLength} printable characters (letters of any script, digits, spaces and punctuation such as - _ : .; no tabs, line breaks or other control characters) is required, "
                + $"e.g. a UUID per request; {fault}.");
    }

    /// <summary>
    /// What the request under <paramref name="key"/> made before (<paramref name="earlier"/>, null when nothing), when it was
    /// the same request: its stored fingerprint equals <paramref name="fingerprint"/>. A different request reusing the key is
    /// refused (IDEMPOTENCY_KEY_REUSED), naming what the key made.
    /// </summary>
    public static T? Replay<T>(T? earlier, string key, string fingerprint, Func<T, string?> fingerprintOf, Func<T, string> describe) where T : class =>
        earlier is null || fingerprintOf(earlier) == fingerprint
            ? earlier
            : throw new DomainException("IDEMPOTENCY_KEY_REUSED",
                $"Idempotency key '{key}' was already used for a different request ({describe(earlier)}); use a new key for a new request.");

    /// <summary>A fingerprint of a request's parts (SHA-256, hex): two lists of parts share one only when every part is equal.</summary>
    public static string Fingerprint(params string[] parts)
    {
        // Each part prefixed by its length, so no two different lists of parts read as the same text.
        var text = string.Concat(parts.Select(p => p.Length.ToString(CultureInfo.InvariantCulture) + ":" + p + ";"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
