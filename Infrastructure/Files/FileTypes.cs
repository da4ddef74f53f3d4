using System.IO.Compression;
using System.Text;

namespace Housing.Infrastructure.Files;

/// <summary>A kind of content the platform takes, as its first bytes (and, for ZIP-based formats, its entries) show it.</summary>
public sealed record FileType(string Name, string ContentType);

/// <summary>
/// The file types the platform takes and how each is recognised from its content: PDF, PNG and JPEG by their signatures,
/// HWP by the OLE compound-file signature, and the ZIP-based formats (HWPX, DOCX, XLSX, PPTX) by the entries inside.
/// </summary>
public static class FileTypes
{
    public static readonly FileType Pdf = new("PDF", "application/pdf");
    public static readonly FileType Png = new("PNG", "image/png");
    public static readonly FileType Jpeg = new("JPEG", "image/jpeg");
    public static readonly FileType Hwp = new("HWP", "application/x-hwp");
    public static readonly FileType Hwpx = new("HWPX", "application/hwp+zip");
    public static readonly FileType Docx = new("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    public static readonly FileType Xlsx = new("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static readonly FileType Pptx = new("PPTX", "application/vnd.openxmlformats-officedocument.presentationml.presentation");
    public static readonly FileType Zip = new("ZIP", "application/zip");

    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] CompoundSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    private static readonly Dictionary<string, FileType> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = Pdf,
        [".png"] = Png,
        [".jpg"] = Jpeg,
        [".jpeg"] = Jpeg,
        [".hwp"] = Hwp,
        [".hwpx"] = Hwpx,
        [".docx"] = Docx,
        [".xlsx"] = Xlsx,
        [".pptx"] = Pptx,
        [".zip"] = Zip,
    };

    /// <summary>The allowed types as a client is told them.</summary>
    public static string AllowedNames => "PDF, PNG, JPEG, HWP, HWPX, DOCX, XLSX, PPTX, ZIP";

    /// <summary>The allowed file name extensions.</summary>
    public static IReadOnlyCollection<string> AllowedExtensions => Extensions.Keys;

    /// <summary>The type a file name claims, or null when its extension is not allowed.</summary>
    public static FileType? ByExtension(string extension) => Extensions.GetValueOrDefault(extension);

    /// <summary>What the content of the file at <paramref name="path"/> is, or null when it is none of the allowed types.</summary>
    public static FileType? Sniff(string path)
    {
        using var file = File.OpenRead(path);
        Span<byte> head = stackalloc byte[8];
        var read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        if (head.StartsWith(PdfSignature)) return Pdf;
        if (head.StartsWith(PngSignature)) return Png;
        if (head.StartsWith(JpegSignature)) return Jpeg;
        if (head.StartsWith(CompoundSignature)) return Hwp;
        if (!head.StartsWith(ZipSignature)) return null;
        file.Position = 0;
        return ZipKind(file);
    }

    /// <summary>Whether content of <paramref name="found"/> may carry a name claiming <paramref name="named"/>: the same type, or any ZIP-based type named .zip.</summary>
    public static bool Accepts(this FileType named, FileType found) =>
        named == found || (named == Zip && IsZipBased(found));

    /// <summary>The media type stored: what the content is, except that a .zip stays a ZIP archive.</summary>
    public static string ContentTypeFor(this FileType named, FileType found) => named == Zip ? Zip.ContentType : found.ContentType;

    private static bool IsZipBased(FileType type) => type == Zip || type == Hwpx || type == Docx || type == Xlsx || type == Pptx;

    private static FileType? ZipKind(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.GetEntry("mimetype") is { Length: < 100 } mimetype && ReadText(mimetype) == Hwpx.ContentType) return Hwpx;
            if (zip.GetEntry("word/document.xml") is not null) return Docx;
            if (zip.GetEntry("xl/workbook.xml") is not null) return Xlsx;
            if (zip.GetEntry("ppt/presentation.xml") is not null) return Pptx;
            return Zip;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static string ReadText(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open(), Encoding.ASCII);
        return reader.ReadToEnd().Trim();
    }
}
