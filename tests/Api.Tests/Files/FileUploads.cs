using System.IO.Compression;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Api.Tests.Support;

namespace Api.Tests.Files;

/// <summary>Uploads and downloads through <c>/api/files</c> as a partner app does, and file contents of each kind.</summary>
public static class FileUploads
{
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0];
    public static readonly byte[] Hwp = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

    /// <summary>A ZIP archive with the named entries (each holding its own name, or the given text).</summary>
    public static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        return memory.ToArray();
    }

    public static byte[] Docx => Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>"));
    public static byte[] Xlsx => Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>"));
    public static byte[] Hwpx => Zip(("mimetype", "application/hwp+zip"), ("Contents/section0.xml", "<hs:sec/>"));

    public static async Task<HttpResponseMessage> UploadAsync(this HousingApiFactory api, string? token, string fileName, byte[] content)
    {
        using var client = api.CreateClient();
        if (token is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await client.PostAsync("/api/files", form);
    }

    /// <summary>Uploads a file that must be accepted and returns the answer's JSON.</summary>
    public static async Task<JsonElement> UploadedAsync(this HousingApiFactory api, string token, string fileName, byte[] content)
    {
        using var response = await api.UploadAsync(token, fileName, content);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, body.GetRawText());
        return body.Clone();
    }

    public static async Task<HttpResponseMessage> DownloadAsync(this HousingApiFactory api, string? token, string id)
    {
        using var client = api.CreateClient();
        if (token is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.GetAsync("/api/files/" + Uri.EscapeDataString(id));
    }
}
