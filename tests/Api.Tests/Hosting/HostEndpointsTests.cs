using System.Net;
using System.Text.Json;
using Api.Tests.Support;
using Housing.Api.Authentication;
using Housing.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Api.Tests.Hosting;

public sealed class HostEndpointsTests
{
    [Fact]
    public async Task Health_answers_200_with_the_database_check_in_json()
    {
        using var factory = new HousingApiFactory();

        var response = await factory.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        var database = body.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "database");
        Assert.Equal("Healthy", database.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Health_answers_503_when_a_check_fails()
    {
        using var factory = new HousingApiFactory
        {
            ConfigureTestServices = services => services.AddHealthChecks().AddCheck("disk", () => HealthCheckResult.Unhealthy("disk full")),
        };

        var response = await factory.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("disk full", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_new_database_is_migrated_and_seeded_with_every_role_on_start()
    {
        using var factory = new HousingApiFactory();
        factory.CreateClient();

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HousingDbContext>();
        Assert.Equal(Housing.Domain.Common.Roles.All.Order(), db.Roles.Select(r => r.Name!).AsEnumerable().Order());
        Assert.Equal(DatabaseProvider.Sqlite, scope.ServiceProvider.GetRequiredService<HousingDatabase>().Provider);
        Assert.True(File.Exists(Path.Combine(factory.DataFolder, HousingDatabase.SqliteFileName)));
    }

    [Fact]
    public async Task Swagger_documents_the_token_endpoint()
    {
        using var factory = new HousingApiFactory();
        var client = factory.CreateClient();

        var document = JsonDocument.Parse(await client.GetStringAsync("/swagger/v1/swagger.json")).RootElement;
        var ui = await client.GetAsync("/swagger/index.html");

        Assert.True(document.GetProperty("paths").TryGetProperty("/auth/token", out var token));
        Assert.True(token.TryGetProperty("post", out _));
        Assert.True(document.GetProperty("paths").TryGetProperty("/auth/me", out _));
        Assert.Equal(HttpStatusCode.OK, ui.StatusCode);
    }

    [Fact]
    public void An_external_authority_replaces_the_platforms_own_tokens()
    {
        using var factory = new HousingApiFactory(
            ("Authentication:External:Instance", "https://login.microsoftonline.com/"),
            ("Authentication:External:TenantId", "contoso.onmicrosoft.com"),
            ("Authentication:External:ClientId", "11111111-2222-3333-4444-555555555555"));
        factory.CreateClient();

        var bearer = factory.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);

        Assert.Equal("https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0", bearer.Authority);
        Assert.Contains("11111111-2222-3333-4444-555555555555", bearer.TokenValidationParameters.ValidAudiences);
    }

    [Fact]
    public async Task With_an_external_authority_the_token_endpoint_is_off()
    {
        using var factory = new HousingApiFactory(
            ("Authentication:External:Instance", "https://login.microsoftonline.com/"),
            ("Authentication:External:TenantId", "contoso.onmicrosoft.com"),
            ("Authentication:External:ClientId", "11111111-2222-3333-4444-555555555555"));

        var response = await factory.CreateClient().PostAsync(TokenEndpoint.Path, new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }));

        Assert.False(response.IsSuccessStatusCode);
        Assert.DoesNotContain("access_token", await response.Content.ReadAsStringAsync());
    }
}
