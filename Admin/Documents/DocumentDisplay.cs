using Housing.Domain.Common;
using Housing.Domain.Documents;

namespace Housing.Admin.Documents;

/// <summary>How the document pages show instants and sizes: Korean local time, whole minutes; sizes in KB or MB.</summary>
public static class DocumentDisplay
{
    public static string Time(DateTimeOffset? instant) =>
        instant is { } at ? at.ToOffset(KoreanCalendar.Offset).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "";

    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / 1024d / 1024d).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " MB"
        : Math.Max(1, bytes / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture) + " KB";

    /// <summary>The deadline a reply date stands for: 18:00 KST, the end of the office day.</summary>
    public static DateTimeOffset DeadlineOn(DateOnly date) => new(date.ToDateTime(new TimeOnly(18, 0)), KoreanCalendar.Offset);

    /// <summary>The attachment of a document, or of one of its replies, with this file id.</summary>
    public static Attachment? FindAttachment(Document document, Guid fileId, Func<DocumentDelivery, bool> replyVisible) =>
        document.Attachments.FirstOrDefault(a => a.FileId == fileId)
        ?? document.Deliveries.Where(d => d.Reply is not null && replyVisible(d))
            .SelectMany(d => d.Reply!.Attachments).FirstOrDefault(a => a.FileId == fileId);
}
