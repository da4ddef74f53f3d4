using System.Globalization;
using System.Text.Json;

namespace Housing.Infrastructure.Jobs;

/// <summary>
/// What a job run did, as codes with their values (counts, times, skipped items) rather than sentences, so that the
/// admin shows it in the reader's language (<c>JobSummary_{code}</c> resources). Stored in <see cref="JobRun.Summary"/>
/// as <c>#</c> and the parts in JSON; a summary without the mark (runs recorded before) is shown as it was written.
/// </summary>
public sealed record JobSummary(IReadOnlyList<JobSummary.Part> Parts)
{
    /// <summary>One thing the run did: its code and values, written invariantly (numbers plain, times as UTC "u").</summary>
    public sealed record Part(string Code, IReadOnlyList<string> Values);

    private const char Mark = '#';

    public static JobSummary Of(string code, params object[] values) => new([new Part(code, Written(values))]);

    /// <summary>This summary and one more part (e.g. items skipped, or when a paused run resumes).</summary>
    public JobSummary And(string code, params object[] values) => new([.. Parts, new Part(code, Written(values))]);

    /// <summary>The form kept in <see cref="JobRun.Summary"/>.</summary>
    public string Stored => Mark + JsonSerializer.Serialize(Parts);

    public override string ToString() => Stored;

    /// <summary>The summary of a stored one; null for free text (older runs, or jobs that wrote a sentence).</summary>
    public static JobSummary? Read(string? stored)
    {
        if (stored is not { Length: > 1 } || stored[0] != Mark) return null;
        try
        {
            return JsonSerializer.Deserialize<List<Part>>(stored.AsSpan(1)) is { Count: > 0 } parts ? new JobSummary(parts) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string[] Written(object[] values) =>
    [
        .. values.Select(v => v switch
        {
            DateTimeOffset at => at.ToUniversalTime().ToString("u", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => v?.ToString() ?? "",
        }),
    ];
}
