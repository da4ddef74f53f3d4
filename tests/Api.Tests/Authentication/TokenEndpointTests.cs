using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Api.Tests.Support;
using Housing.Domain.Common;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Api.Tests.Authentication;

public sealed class TokenEndpointTests : IAsyncLifetime
{
    private const string Secret = "partner-app-secret-0123456789";
    private readonly HousingApiFactory _factory = new();
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = _factory.CreateClient();
        await _factory.CreateApiClientAsync("resident-app", Secret, revoked: false, "graphql", "files");
        await _factory.CreateApiClientAsync("retired-app", Secret, revoked: true);
        await _factory.CreateUserAsync("manager1", Roles.ComplexManager, link: u => u.ComplexId = Guid.Parse("0195f3a0-0000-7000-8000-000000000001"));
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    private Task<HttpResponseMessage> PostForm(params (string Key, string Value)[] fields) =>
        _client.PostAsync("/auth/token", new FormUrlEncodedContent(fields.ToDictionary(f => f.Key, f => f.Value)));

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    /// <summary>The right password is refused with invalid_grant; returns the error description.</summary>
    private async Task<string?> RightPasswordRefusedAsync(string userName)
    {
        var response = await PostForm(("grant_type", "password"), ("username", userName), ("password", HousingApiFactory.Password));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await Json(response);
        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());
        return body.GetProperty("error_description").GetString();
    }

    private static JsonWebToken Decode(JsonElement body) => new(body.GetProperty("access_token").GetString());

    [Fact]
    public async Task Client_credentials_issue_a_signed_token_for_the_api_client_with_its_scopes()
    {
        var response = await PostForm(("grant_type", "client_credentials"), ("client_id", "resident-app"), ("client_secret", Secret));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var body = await Json(response);
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(3600, body.GetProperty("expires_in").GetInt32());
        Assert.Equal("graphql files", body.GetProperty("scope").GetString());
        var token = Decode(body);
        Assert.Equal("ES256", token.Alg);
        Assert.Equal("housing-platform", token.Issuer);
        Assert.Equal(["housing-api"], token.Audiences);
        Assert.Equal(Roles.ApiClient, token.GetClaim("role").Value);
        Assert.Equal("resident-app", token.GetClaim("client_id").Value);
        Assert.Equal(TimeSpan.FromHours(1), token.ValidTo - token.IssuedAt);
    }

    [Fact]
    public async Task Client_credentials_are_accepted_as_json_and_as_http_basic()
    {
        var json = await _client.PostAsJsonAsync("/auth/token", new { grant_type = "client_credentials", client_id = "resident-app", client_secret = Secret, scope = "graphql" });
        using var basic = new HttpRequestMessage(HttpMethod.Post, "/auth/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
        };
        basic.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"resident-app:{Secret}")));
        var viaBasic = await _client.SendAsync(basic);

        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Equal("graphql", (await Json(json)).GetProperty("scope").GetString());
        Assert.Equal(HttpStatusCode.OK, viaBasic.StatusCode);
    }

    [Fact]
    public async Task A_wrong_secret_is_an_invalid_client()
    {
        var response = await PostForm(("grant_type", "client_credentials"), ("client_id", "resident-app"), ("client_secret", "wrong-secret-0123456789"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", (await Json(response)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_revoked_client_gets_no_token()
    {
        var response = await PostForm(("grant_type", "client_credentials"), ("client_id", "retired-app"), ("client_secret", Secret));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", (await Json(response)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_scope_the_client_was_not_given_is_refused()
    {
        var response = await PostForm(("grant_type", "client_credentials"), ("client_id", "resident-app"), ("client_secret", Secret), ("scope", "graphql admin"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await Json(response);
        Assert.Equal("invalid_scope", body.GetProperty("error").GetString());
        Assert.Contains("admin", body.GetProperty("error_description").GetString());
    }

    [Fact]
    public async Task The_password_grant_issues_a_token_with_the_users_roles_and_organisation()
    {
        var response = await PostForm(("grant_type", "password"), ("username", "manager1"), ("password", HousingApiFactory.Password));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = Decode(await Json(response));
        Assert.Equal(Roles.ComplexManager, token.GetClaim("role").Value);
        Assert.Equal("0195f3a0-0000-7000-8000-000000000001", token.GetClaim("complex_id").Value);
        Assert.Equal("manager1", token.GetClaim("preferred_username").Value);
        Assert.False(token.TryGetClaim("AspNet.Identity.SecurityStamp", out _));
    }

    [Fact]
    public async Task A_wrong_password_is_an_invalid_grant()
    {
        var response = await PostForm(("grant_type", "password"), ("username", "manager1"), ("password", "not-the-password"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_grant", (await Json(response)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Five_failed_passwords_lock_the_account_even_against_the_right_password()
    {
        for (var attempt = 0; attempt < 5; attempt++)
            await PostForm(("grant_type", "password"), ("username", "manager1"), ("password", "not-the-password"));

        var description = await RightPasswordRefusedAsync("manager1");

        Assert.Contains("locked after 5 failed sign-ins", description);
        Assert.DoesNotContain("9999", description);
        Assert.DoesNotContain("administrator", description);
    }

    [Fact]
    public async Task An_account_an_administrator_locked_is_refused_saying_so_not_as_failed_sign_ins()
    {
        await _factory.LockAsAdministratorAsync("manager1");

        var description = await RightPasswordRefusedAsync("manager1");

        Assert.Contains("locked by an administrator", description);
        Assert.DoesNotContain("failed sign-ins", description);
        Assert.DoesNotContain("9999", description);
    }

    [Fact]
    public async Task Four_failed_passwords_do_not_lock_the_account()
    {
        for (var attempt = 0; attempt < 4; attempt++)
            await PostForm(("grant_type", "password"), ("username", "manager1"), ("password", "not-the-password"));

        var response = await PostForm(("grant_type", "password"), ("username", "manager1"), ("password", HousingApiFactory.Password));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("authorization_code", "unsupported_grant_type")]
    [InlineData("", "invalid_request")]
    public async Task Other_grants_are_refused_with_the_oauth_error(string grantType, string error)
    {
        var response = await PostForm(("grant_type", grantType));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(error, (await Json(response)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_token_of_the_platform_is_accepted_by_a_protected_endpoint()
    {
        var token = await _factory.TokenForAsync("manager1");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/auth/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var caller = await Json(response);
        Assert.Equal([Roles.ComplexManager], caller.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("0195f3a0-0000-7000-8000-000000000001", caller.GetProperty("complexId").GetString());
    }

    [Fact]
    public async Task A_protected_endpoint_refuses_a_missing_or_tampered_token()
    {
        var token = await _factory.TokenForAsync("manager1");
        var tampered = token[..^4] + (token[^4] == 'A' ? "BBBB" : "AAAA");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/auth/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tampered);

        var anonymous = await _client.GetAsync("/auth/me");
        var forged = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    [Fact]
    public async Task The_signing_key_is_generated_into_the_data_folder_and_kept_across_restarts()
    {
        var token = await _factory.TokenForAsync("manager1");
        Assert.True(File.Exists(Path.Combine(_factory.DataFolder, "token-signing-key.pem")));

        using var restarted = new HousingApiFactory(("Data:Folder", _factory.DataFolder));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/auth/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await restarted.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
