using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Api.Tests.GraphQL.Complexes;
using Api.Tests.Support;
using Housing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Api.Tests.Files;

/// <summary><c>POST /api/files</c> and <c>GET /api/files/{id}</c>: limits, types judged from the content, who downloads what.</summary>
public sealed class FileEndpointsTests : IAsyncLifetime
{
    private HousingApiFactory _api = null!;
    private ComplexWorld _world = null!;

    public async Task InitializeAsync()
    {
        _api = new HousingApiFactory();
        _world = await ComplexWorld.CreateAsync(_api, complexes: 2);
    }

    public Task DisposeAsync()
    {
        _api.Dispose();
        return Task.CompletedTask;
    }

    private string Token(string user) => _world.Tokens[user];

    public static TheoryData<string, byte[], string> Accepted => new()
    {
        { "공문.pdf", FileUploads.Pdf, "application/pdf" },
        { "사진.PNG", FileUploads.Png, "image/png" },
        { "현장.jpeg", FileUploads.Jpeg, "image/jpeg" },
        { "보고서.hwp", FileUploads.Hwp, "application/x-hwp" },
        { "보고서.hwpx", FileUploads.Hwpx, "application/hwp+zip" },
        { "명단.xlsx", FileUploads.Xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
        { "안내.docx", FileUploads.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { "서식모음.zip", FileUploads.Docx, "application/zip" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public async Task An_upload_of_an_allowed_type_answers_its_id_name_size_type_and_sha256(string name, byte[] content, string contentType)
    {
        using var response = await _api.UploadAsync(Token("officer"), name, content);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var fileId = body.GetProperty("fileId").GetGuid();
        Assert.Equal(ComplexWorld.IdOf("File", fileId), body.GetProperty("id").GetString());
        Assert.Equal(name, body.GetProperty("fileName").GetString());
        Assert.Equal(content.Length, body.GetProperty("size").GetInt64());
        Assert.Equal(contentType, body.GetProperty("contentType").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), body.GetProperty("sha256").GetString());
        Assert.Equal($"/api/files/{fileId}", response.Headers.Location!.OriginalString);
    }

    /// <summary>The content decides: a .pdf holding a PNG image is refused, not stored as either.</summary>
    [Theory]
    [InlineData("사진인척.pdf", "png", HttpStatusCode.UnsupportedMediaType, "FILE_CONTENT_MISMATCH")]
    [InlineData("문서인척.docx", "xlsx", HttpStatusCode.UnsupportedMediaType, "FILE_CONTENT_MISMATCH")]
    [InlineData("압축.docx", "zip", HttpStatusCode.UnsupportedMediaType, "FILE_CONTENT_MISMATCH")]
    [InlineData("글.pdf", "text", HttpStatusCode.UnsupportedMediaType, "FILE_CONTENT_MISMATCH")]
    [InlineData("실행.exe", "pdf", HttpStatusCode.UnsupportedMediaType, "FILE_TYPE_NOT_ALLOWED")]
    [InlineData("이름없음", "pdf", HttpStatusCode.UnsupportedMediaType, "FILE_TYPE_NOT_ALLOWED")]
    [InlineData("빈파일.pdf", "empty", HttpStatusCode.BadRequest, "FILE_EMPTY")]
    [InlineData("큰파일.pdf", "large", HttpStatusCode.RequestEntityTooLarge, "FILE_TOO_LARGE")]
    public async Task A_refused_upload_says_why_and_stores_nothing(string name, string content, HttpStatusCode status, string code)
    {
        byte[] bytes = content switch
        {
            "png" => FileUploads.Png,
            "xlsx" => FileUploads.Xlsx,
            "zip" => FileUploads.Zip(("readme.txt", "hello")),
            "text" => "PDF가 아닌 글"u8.ToArray(),
            "pdf" => FileUploads.Pdf,
            "empty" => [],
            _ => [.. FileUploads.Pdf, .. new byte[20 * 1024 * 1024]],
        };

        using var response = await _api.UploadAsync(Token("manager1"), name, bytes);

        Assert.Equal(status, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Contains(name, problem.GetProperty("detail").GetString());
        Assert.Equal("PDF, PNG, JPEG, HWP, HWPX, DOCX, XLSX, PPTX, ZIP", problem.GetProperty("allowed").GetString());
        await using var scope = _api.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<HousingDbContext>().Set<Housing.Infrastructure.Files.StoredFile>().CountAsync());
        var folder = Path.Combine(_api.DataFolder, "files");
        Assert.True(!Directory.Exists(folder) || Directory.GetFiles(folder).Length == 0);
    }

    [Fact]
    public async Task A_content_type_message_names_what_the_content_is()
    {
        using var response = await _api.UploadAsync(Token("manager1"), "사진인척.pdf", FileUploads.Png);

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("사진인척.pdf does not contain what its name says (PDF): its content is PNG.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_upload_that_is_not_multipart_is_an_unsupported_media_type()
    {
        using var client = _api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/files") { Content = JsonContent.Create(new { file = "x" }) };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token("manager1"));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("multipart/form-data; boundary=abc", "not a multipart body")]
    [InlineData("multipart/form-data; boundary=abc", "--abc\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--abc--\r\n")]
    public async Task An_upload_without_a_file_part_is_told_how_to_send_one(string? contentType, string? body)
    {
        using var client = _api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/files");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token("manager1"));
        if (body is not null)
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType!));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("FILE_MISSING", problem.GetProperty("code").GetString());
        Assert.Contains("multipart/form-data", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Uploads_and_downloads_need_a_signed_in_caller()
    {
        using var upload = await _api.UploadAsync(null, "공문.pdf", FileUploads.Pdf);
        var uploaded = await _api.UploadedAsync(Token("officer"), "공문.pdf", FileUploads.Pdf);
        using var download = await _api.DownloadAsync(null, uploaded.GetProperty("id").GetString()!);

        Assert.Equal(HttpStatusCode.Unauthorized, upload.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, download.StatusCode);
    }

    [Fact]
    public async Task A_file_attached_to_nothing_is_downloaded_by_its_uploader_only_by_global_id_or_guid()
    {
        var uploaded = await _api.UploadedAsync(Token("manager1"), "보고.pdf", FileUploads.Pdf);

        using var byGlobalId = await _api.DownloadAsync(Token("manager1"), uploaded.GetProperty("id").GetString()!);
        using var byGuid = await _api.DownloadAsync(Token("manager1"), uploaded.GetProperty("fileId").GetString()!);
        using var other = await _api.DownloadAsync(Token("officer"), uploaded.GetProperty("id").GetString()!);
        using var missing = await _api.DownloadAsync(Token("manager1"), Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.OK, byGlobalId.StatusCode);
        Assert.Equal(FileUploads.Pdf, await byGlobalId.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", byGlobalId.Content.Headers.ContentType!.MediaType);
        Assert.Equal("보고.pdf", byGlobalId.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal(HttpStatusCode.OK, byGuid.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Swagger_documents_the_upload_and_the_download()
    {
        using var client = _api.CreateClient();
        var swagger = await client.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");

        var paths = swagger.GetProperty("paths");
        var upload = paths.GetProperty("/api/files").GetProperty("post");
        Assert.Contains("multipart/form-data", upload.GetProperty("requestBody").GetProperty("content").EnumerateObject().Select(p => p.Name));
        Assert.True(upload.GetProperty("responses").TryGetProperty("413", out _));
        Assert.True(upload.GetProperty("responses").TryGetProperty("415", out _));
        Assert.True(paths.GetProperty("/api/files/{id}").TryGetProperty("get", out _));
    }
}
