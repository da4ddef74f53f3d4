using System.IO.Compression;
using System.Text;
using Housing.Infrastructure.Files;

namespace Infrastructure.Tests.Files;

/// <summary>What the content of a file is, whatever its name says.</summary>
public sealed class FileTypesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("file-types-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(byte[] content)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N"));
        File.WriteAllBytes(path, content);
        return path;
    }

    private static byte[] Zip(params string[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry.Split('=')[0]).Open());
                writer.Write(entry.Contains('=') ? entry.Split('=')[1] : "<x/>");
            }
        return memory.ToArray();
    }

    public static TheoryData<string, string?> Contents => new()
    {
        { "pdf", "PDF" },
        { "png", "PNG" },
        { "jpeg", "JPEG" },
        { "hwp", "HWP" },
        { "hwpx", "HWPX" },
        { "docx", "DOCX" },
        { "xlsx", "XLSX" },
        { "pptx", "PPTX" },
        { "zip", "ZIP" },
        { "text", null },
        { "exe", null },
        { "broken-zip", null },
        { "empty", null },
    };

    [Theory]
    [MemberData(nameof(Contents))]
    public void The_type_is_judged_from_the_first_bytes_and_a_zips_entries(string content, string? expected)
    {
        byte[] bytes = content switch
        {
            "pdf" => Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF"),
            "png" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0],
            "jpeg" => [0xFF, 0xD8, 0xFF, 0xDB],
            "hwp" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0],
            "hwpx" => Zip("mimetype=application/hwp+zip", "Contents/section0.xml"),
            "docx" => Zip("[Content_Types].xml", "word/document.xml"),
            "xlsx" => Zip("[Content_Types].xml", "xl/workbook.xml"),
            "pptx" => Zip("[Content_Types].xml", "ppt/presentation.xml"),
            "zip" => Zip("readme.txt"),
            "text" => Encoding.UTF8.GetBytes("그냥 글"),
            "exe" => [0x4D, 0x5A, 0x90, 0],
            "broken-zip" => [0x50, 0x4B, 0x03, 0x04, 1, 2, 3],
            _ => [],
        };

        Assert.Equal(expected, FileTypes.Sniff(Write(bytes))?.Name);
    }

    [Theory]
    [InlineData(".pdf", "PDF", true)]
    [InlineData(".PDF", "PDF", true)]
    [InlineData(".pdf", "PNG", false)]
    [InlineData(".docx", "XLSX", false)]
    [InlineData(".docx", "ZIP", false)]
    [InlineData(".zip", "DOCX", true)]
    [InlineData(".zip", "PDF", false)]
    public void A_name_is_accepted_only_for_content_of_its_type(string extension, string content, bool accepted)
    {
        var found = new[] { FileTypes.Pdf, FileTypes.Png, FileTypes.Xlsx, FileTypes.Docx, FileTypes.Zip }.Single(t => t.Name == content);

        Assert.Equal(accepted, FileTypes.ByExtension(extension)!.Accepts(found));
    }

    [Theory]
    [InlineData(".exe")]
    [InlineData(".txt")]
    [InlineData("")]
    public void Other_extensions_are_not_allowed(string extension) => Assert.Null(FileTypes.ByExtension(extension));
}
