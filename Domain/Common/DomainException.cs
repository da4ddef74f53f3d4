namespace Housing.Domain.Common;

/// <summary>
/// A business rule refused the operation. <see cref="Code"/> is stable and machine-readable
/// (for example <c>INSUFFICIENT_POINTS</c>); the message says what was wrong and what is allowed.
/// </summary>
public class DomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>The thing asked for does not exist or is not visible to the caller.</summary>
public sealed class NotFoundException(string entity, object key)
    : DomainException("NOT_FOUND", $"{entity} '{key}' was not found.")
{
    public string Entity { get; } = entity;

    /// <summary>The key looked for, for hosts that show it as their clients know it (e.g. as a global id).</summary>
    public object Key { get; } = key;
}

/// <summary>The caller is not allowed to do this.</summary>
public sealed class ForbiddenException(string message) : DomainException("FORBIDDEN", message);

/// <summary>Someone else changed the same aggregate first; the use case may be retried on fresh state.</summary>
public sealed class ConcurrencyConflictException(string message, Exception? inner = null)
    : Exception(message, inner);
