using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Housing.Domain.Common;

namespace Housing.Domain.Welfare;

public enum AccessAction
{
    /// <summary>Masked data or a case record was viewed.</summary>
    View,

    /// <summary>Unmasked personal data (including the resident registration number) was shown.</summary>
    Reveal,

    /// <summary>A client's record left the platform (download, print).</summary>
    Export,
}

/// <summary>
/// One read of a client's personal data: who, when, from where, whose data, what was done and why.
/// Entries form a hash chain: each entry's hash covers its content and the previous entry's hash, and
/// sequence numbers are gap-free, so an edited, deleted or inserted entry breaks the chain.
/// Kept at least two years; there is no way to change or remove an entry through the domain.
/// </summary>
public sealed class AccessLogEntry : AggregateRoot
{
    /// <summary>The previous hash of the first entry.</summary>
    public static readonly string GenesisHash = new('0', 64);

    private AccessLogEntry() { }

    private AccessLogEntry(long sequence, DateTimeOffset at, Guid actorUserId, string actorName, Guid? centerId,
        string? ipAddress, Guid clientId, Guid? caseId, AccessAction action, string? purpose, string? fields, string previousHash)
    {
        Sequence = sequence;
        At = at;
        ActorUserId = actorUserId;
        ActorName = actorName;
        CenterId = centerId;
        IpAddress = ipAddress;
        ClientId = clientId;
        CaseId = caseId;
        Action = action;
        Purpose = purpose;
        Fields = fields;
        PreviousHash = previousHash;
        Hash = ComputeHash();
    }

    public long Sequence { get; private set; }

    public DateTimeOffset At { get; private set; }

    public Guid ActorUserId { get; private set; }

    public string ActorName { get; private set; } = "";

    /// <summary>The center the actor worked for at the time.</summary>
    public Guid? CenterId { get; private set; }

    public string? IpAddress { get; private set; }

    /// <summary>Whose data was read.</summary>
    public Guid ClientId { get; private set; }

    public Guid? CaseId { get; private set; }

    public AccessAction Action { get; private set; }

    /// <summary>The purpose or reason given (required for reveals and exports).</summary>
    public string? Purpose { get; private set; }

    /// <summary>What was read: the personal fields shown (e.g. <c>maskedName, maskedPhone</c>); null when the entry does not name them.</summary>
    public string? Fields { get; private set; }

    public string PreviousHash { get; private set; } = "";

    /// <summary>SHA-256 (lower-case hex) over the content and <see cref="PreviousHash"/>.</summary>
    public string Hash { get; private set; } = "";

    /// <summary>
    /// The next entry, naming the reader as their staff record does (the name every case page shows and the log is
    /// filtered by), not by their account's display name, and the center they work for.
    /// </summary>
    internal static AccessLogEntry Append(AccessLogHead head, DateTimeOffset now, Actor actor, WelfareStaffContext staff,
        Guid clientId, Guid? caseId, AccessAction action, string? purpose, IReadOnlyCollection<string>? fields = null)
    {
        if (action != AccessAction.View && string.IsNullOrWhiteSpace(purpose))
            throw new DomainException("ACCESS_REASON_REQUIRED", $"{action} of personal data needs a reason, which is logged.");
        // Whole milliseconds: every store (PostgreSQL keeps microseconds) returns the instant the hash covers.
        var at = new DateTimeOffset(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
        var entry = new AccessLogEntry(head.LastSequence + 1, at, actor.UserId, staff.Staff.Name, staff.Center.Id, actor.IpAddress,
            clientId, caseId, action, string.IsNullOrWhiteSpace(purpose) ? null : purpose.Trim(),
            fields is { Count: > 0 } ? string.Join(", ", fields) : null, head.LastHash);
        head.Advance(entry);
        return entry;
    }

    public string ComputeHash()
    {
        var content = string.Join('\u001f',
            Sequence.ToString(CultureInfo.InvariantCulture),
            At.UtcTicks.ToString(CultureInfo.InvariantCulture),
            ActorUserId.ToString("N"),
            ActorName,
            CenterId?.ToString("N") ?? "",
            IpAddress ?? "",
            ClientId.ToString("N"),
            CaseId?.ToString("N") ?? "",
            Action.ToString(),
            Purpose ?? "",
            PreviousHash);
        // Entries written before fields were recorded keep the hash they were chained with.
        if (Fields is not null)
            content += '\u001f' + Fields;
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }
}

/// <summary>
/// The end of the chain: the last sequence number and hash. Every append moves it, so two appenders that read the same
/// head conflict on its version (a retryable concurrency conflict) instead of forking the chain, and entries deleted
/// from the end of the log no longer match it.
/// </summary>
public sealed class AccessLogHead : AggregateRoot
{
    /// <summary>The one head row.</summary>
    public static readonly Guid SingletonId = new("00000000-0000-0000-0000-00000000a10c");

    private AccessLogHead() : base(SingletonId) { }

    public long LastSequence { get; private set; }

    public string LastHash { get; private set; } = AccessLogEntry.GenesisHash;

    internal static AccessLogHead Start() => new();

    internal void Advance(AccessLogEntry entry)
    {
        LastSequence = entry.Sequence;
        LastHash = entry.Hash;
        Touch();
    }
}

/// <summary>The result of checking the access-log chain.</summary>
public sealed record AccessLogVerification(bool Intact, long EntriesChecked, long? FirstBrokenSequence, string? Problem)
{
    public static AccessLogVerification Ok(long checkedCount) => new(true, checkedCount, null, null);
}

/// <summary>Walks entries in sequence order and finds the first broken link.</summary>
public sealed class AccessLogChainVerifier
{
    private long _expectedSequence = 1;
    private string _expectedPrevious = AccessLogEntry.GenesisHash;

    public long Checked { get; private set; }

    public AccessLogVerification? Failure { get; private set; }

    /// <summary>Checks the next entry; returns false once the chain is broken.</summary>
    public bool Next(AccessLogEntry entry)
    {
        if (Failure is not null) return false;
        if (entry.Sequence != _expectedSequence)
            return Fail(_expectedSequence, entry.Sequence < _expectedSequence
                ? $"Sequence {entry.Sequence} appears twice or out of order."
                : $"Entries {_expectedSequence} to {entry.Sequence - 1} are missing.");
        if (entry.PreviousHash != _expectedPrevious)
            return Fail(entry.Sequence, $"Entry {entry.Sequence} does not link to the hash of entry {entry.Sequence - 1}.");
        if (entry.ComputeHash() != entry.Hash)
            return Fail(entry.Sequence, $"Entry {entry.Sequence} was altered: its content no longer matches its hash.");
        _expectedSequence++;
        _expectedPrevious = entry.Hash;
        Checked++;
        return true;
    }

    public AccessLogVerification Result => Failure ?? AccessLogVerification.Ok(Checked);

    /// <summary>After the last entry: the head must point at it, or entries were removed from the end.</summary>
    public AccessLogVerification Finish(AccessLogHead? head)
    {
        if (Failure is not null) return Failure;
        var lastSequence = head?.LastSequence ?? 0;
        if (lastSequence > _expectedSequence - 1)
            return Broken(_expectedSequence, $"Entries {_expectedSequence} to {lastSequence} are missing from the end of the log.");
        if (lastSequence < _expectedSequence - 1 || (head?.LastHash ?? AccessLogEntry.GenesisHash) != _expectedPrevious)
            return Broken(lastSequence + 1, "The log's head does not match its last entry.");
        return Result;
    }

    private bool Fail(long sequence, string problem)
    {
        Broken(sequence, problem);
        return false;
    }

    private AccessLogVerification Broken(long sequence, string problem) =>
        Failure = new AccessLogVerification(false, Checked, sequence, problem);
}

/// <summary>The monthly review of a center's access log, signed off by its manager.</summary>
public sealed class AccessLogReview : AggregateRoot
{
    private AccessLogReview() { }

    private AccessLogReview(Guid centerId, YearMonth month, int entries, int reveals, int exports, bool chainIntact,
        string findings, Guid staffId, DateTimeOffset at)
    {
        CenterId = centerId;
        Month = month;
        EntriesReviewed = entries;
        Reveals = reveals;
        Exports = exports;
        ChainIntact = chainIntact;
        Findings = findings;
        SignedOffByStaffId = staffId;
        SignedOffAt = at;
    }

    public Guid CenterId { get; private set; }

    public YearMonth Month { get; private set; }

    public int EntriesReviewed { get; private set; }

    public int Reveals { get; private set; }

    public int Exports { get; private set; }

    /// <summary>Whether the whole chain verified when the review was signed.</summary>
    public bool ChainIntact { get; private set; }

    public string Findings { get; private set; } = "";

    public Guid SignedOffByStaffId { get; private set; }

    public DateTimeOffset SignedOffAt { get; private set; }

    internal static AccessLogReview SignOff(Guid centerId, YearMonth month, IReadOnlyCollection<AccessLogEntry> entries,
        bool chainIntact, string findings, Guid staffId, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(findings))
            throw new DomainException("REVIEW_FINDINGS_REQUIRED", "Record the review's findings (\"no irregularities\" is a finding).");
        return new AccessLogReview(centerId, month, entries.Count, entries.Count(e => e.Action == AccessAction.Reveal),
            entries.Count(e => e.Action == AccessAction.Export), chainIntact, findings.Trim(), staffId, now);
    }
}
