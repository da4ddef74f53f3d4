using System.Security.Claims;
using System.Text.Json;
using GraphQL.Authorization;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.Authorization;

public sealed class AuthorizationTests
{
    private sealed record Ledger(string Title, long Balance);

    private static readonly ServiceProvider Services = new ServiceCollection()
        .AddLogging()
        .AddAuthorization(options => options.AddPolicy("Treasurer", policy => policy.RequireClaim("duty", "treasurer")))
        .BuildServiceProvider();

    private static Schema BuildSchema() => new SchemaBuilder()
        .AddAuthorization()
        .AddQueryType(query =>
        {
            query.Field("notice").Type("String").Resolve(_ => "open to all");
            query.Field("residentName").Type("String").Authorize().Resolve(_ => "Kim");
            query.Field("adminNote").Type("String").Authorize("Admin", "Manager").Resolve(_ => "audit");
            query.Field("requiredNote").Type("String!").Authorize("Admin").Resolve(_ => "required");
            query.Field("ledger").Type("Ledger").Resolve(_ => new Ledger("2026", 1_000));
            query.Field("treasury").Type("Long").AuthorizePolicy("Treasurer").Resolve(_ => 5_000L);
        })
        .AddObjectType<Ledger>(type => type.Authorize("Manager"))
        .Build();

    private static ClaimsPrincipal User(params Claim[] claims) => new(new ClaimsIdentity(claims, "test"));

    private static async Task<JsonElement> RunAsync(string query, ClaimsPrincipal? user)
    {
        var executor = new RequestExecutor(BuildSchema());
        var result = await executor.ExecuteAsync(GraphQLRequest.Create(query), new RequestContext { User = user, RequestServices = Services });
        return JsonDocument.Parse(result.ToJson()).RootElement;
    }

    private static string[] Codes(JsonElement result) => result.TryGetProperty("errors", out var errors)
        ? errors.EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()!).ToArray()
        : [];

    [Fact]
    public async Task Anonymous_users_get_null_and_not_authenticated_for_protected_fields_only()
    {
        var result = await RunAsync("{ notice residentName }", user: null);
        Assert.Equal("open to all", result.GetProperty("data").GetProperty("notice").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("residentName").ValueKind);
        Assert.Equal([GraphQLAuthorization.NotAuthenticatedCode], Codes(result));
        Assert.Equal("residentName", result.GetProperty("errors")[0].GetProperty("path")[0].GetString());
    }

    [Fact]
    public async Task Any_authenticated_user_passes_a_rule_without_roles()
    {
        var result = await RunAsync("{ residentName }", User(new Claim(ClaimTypes.Name, "kim")));
        Assert.Equal("Kim", result.GetProperty("data").GetProperty("residentName").GetString());
        Assert.Empty(Codes(result));
    }

    [Fact]
    public async Task Roles_allow_any_listed_role_and_deny_others()
    {
        var manager = await RunAsync("{ adminNote }", User(new Claim(ClaimTypes.Role, "Manager")));
        Assert.Equal("audit", manager.GetProperty("data").GetProperty("adminNote").GetString());

        var resident = await RunAsync("{ adminNote }", User(new Claim(ClaimTypes.Role, "Resident")));
        Assert.Equal(JsonValueKind.Null, resident.GetProperty("data").GetProperty("adminNote").ValueKind);
        Assert.Equal([GraphQLAuthorization.NotAuthorizedCode], Codes(resident));
    }

    [Fact]
    public async Task A_denied_non_null_field_nulls_its_parent()
    {
        var result = await RunAsync("{ requiredNote }", User(new Claim(ClaimTypes.Role, "Resident")));
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").ValueKind);
        Assert.Equal([GraphQLAuthorization.NotAuthorizedCode], Codes(result));
    }

    [Fact]
    public async Task Type_rules_apply_to_every_field_of_the_type()
    {
        var resident = await RunAsync("{ ledger { title balance } }", User(new Claim(ClaimTypes.Role, "Resident")));
        // Ledger's fields are non-null, so the denial nulls the nullable ledger field above them.
        Assert.Equal(JsonValueKind.Null, resident.GetProperty("data").GetProperty("ledger").ValueKind);
        Assert.NotEmpty(Codes(resident));
        Assert.All(Codes(resident), code => Assert.Equal(GraphQLAuthorization.NotAuthorizedCode, code));

        var manager = await RunAsync("{ ledger { title balance } }", User(new Claim(ClaimTypes.Role, "Manager")));
        Assert.Equal(1_000, manager.GetProperty("data").GetProperty("ledger").GetProperty("balance").GetInt64());
    }

    [Fact]
    public async Task Policies_are_evaluated_by_the_authorization_service()
    {
        var treasurer = await RunAsync("{ treasury }", User(new Claim("duty", "treasurer")));
        Assert.Equal(5_000, treasurer.GetProperty("data").GetProperty("treasury").GetInt64());

        var other = await RunAsync("{ treasury }", User(new Claim("duty", "gardener")));
        Assert.Equal(JsonValueKind.Null, other.GetProperty("data").GetProperty("treasury").ValueKind);
        Assert.Equal([GraphQLAuthorization.NotAuthorizedCode], Codes(other));
    }

    [Fact]
    public void Rules_are_readable_from_the_schema()
    {
        var schema = BuildSchema();
        var rule = Assert.Single(GraphQLAuthorization.RulesOf((ObjectType)schema.GetType("Ledger")!));
        Assert.Equal(["Manager"], rule.Roles);
        Assert.Empty(GraphQLAuthorization.RulesOf(((ObjectType)schema.GetType("Query")!).GetField("notice")!));
    }
}
