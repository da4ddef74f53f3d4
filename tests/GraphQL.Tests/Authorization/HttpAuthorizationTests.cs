using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL.Authorization;
using GraphQL.Http;
using GraphQL.Tests.Http;
using GraphQL.Types;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphQL.Tests.Authorization;

public sealed class HttpAuthorizationTests
{
    private const string SchemeName = "Role";

    // Authenticates whoever sends an X-Role header, in that role.
    private sealed class RoleHeaderHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            if (!Request.Headers.TryGetValue("X-Role", out var role))
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }

            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Role, role.ToString())], SchemeName);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
        }
    }

    private static Task<KestrelHost> StartAsync(bool requireAuthentication) => KestrelHost.StartAsync(
        services =>
        {
            services.AddAuthentication(SchemeName).AddScheme<AuthenticationSchemeOptions, RoleHeaderHandler>(SchemeName, null);
            services.AddAuthorization();
            services.AddGraphQLServer(new SchemaBuilder()
                .AddAuthorization()
                .AddQueryType(query =>
                {
                    query.Field("notice").Type("String").Resolve(_ => "open");
                    query.Field("adminNote").Type("String").Authorize("Admin").Resolve(_ => "audit");
                })
                .Build());
        },
        app =>
        {
            app.UseAuthentication();
            app.UseAuthorization();
            var endpoint = app.MapGraphQL();
            if (requireAuthentication)
            {
                endpoint.RequireAuthorization();
            }
        });

    private static async Task<(HttpStatusCode Status, string Body)> PostAsync(KestrelHost server, string query, string? role)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = JsonContent.Create(new { query }) };
        if (role is not null)
        {
            request.Headers.Add("X-Role", role);
        }

        using var response = await server.Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_endpoint_requiring_authentication_answers_anonymous_requests_with_401()
    {
        await using var server = await StartAsync(requireAuthentication: true);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(server, "{ notice }", role: null)).Status);

        var (status, body) = await PostAsync(server, "{ notice }", role: "Resident");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("open", JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("notice").GetString());
    }

    [Fact]
    public async Task Field_rules_see_the_http_user()
    {
        await using var server = await StartAsync(requireAuthentication: false);
        var (_, admin) = await PostAsync(server, "{ adminNote }", role: "Admin");
        Assert.Equal("audit", JsonDocument.Parse(admin).RootElement.GetProperty("data").GetProperty("adminNote").GetString());

        var (status, anonymous) = await PostAsync(server, "{ notice adminNote }", role: null);
        Assert.Equal(HttpStatusCode.OK, status);
        var root = JsonDocument.Parse(anonymous).RootElement;
        Assert.Equal("open", root.GetProperty("data").GetProperty("notice").GetString());
        Assert.Equal(GraphQLAuthorization.NotAuthenticatedCode, root.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
