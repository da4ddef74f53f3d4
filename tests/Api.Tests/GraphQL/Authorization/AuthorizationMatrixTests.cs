using System.Net.Http.Json;
using System.Text.Json;
using Api.Tests.Support;
using GraphQL.Authorization;
using GraphQL.Types;
using Housing.Api.GraphQL;
using Housing.Api.GraphQL.Welfare;
using Housing.Domain.Common;
using Housing.Domain.Welfare;
using Microsoft.Extensions.DependencyInjection;

namespace Api.Tests.GraphQL.Authorization;

/// <summary>A host with one signed-in token per <see cref="Caller"/>.</summary>
public sealed class MatrixWorld : IAsyncLifetime
{
    private const string PartnerSecret = "matrix-partner-secret-0123456789";

    public HousingApiFactory Api { get; } = new();

    public Dictionary<Caller, string?> Tokens { get; } = [];

    public async Task InitializeAsync()
    {
        (Caller Caller, string Role)[] users =
        [
            (Caller.PlatformAdmin, Roles.PlatformAdmin), (Caller.DistrictOfficer, Roles.DistrictOfficer), (Caller.ComplexManager, Roles.ComplexManager),
            (Caller.Resident, Roles.Resident), (Caller.Vendor, Roles.Vendor), (Caller.WelfareCaseworker, Roles.WelfareCaseworker),
            (Caller.WelfareCenterManager, Roles.WelfareCenterManager), (Caller.CentralCenterStaff, Roles.CentralCenterStaff), (Caller.Analyst, Roles.Analyst),
        ];
        var created = new Dictionary<Caller, Guid>();
        foreach (var (caller, role) in users)
        {
            // Organisation links as the admin sets them, so the Domain's scoping finds each caller's own (empty) world.
            created[caller] = (await Api.CreateUserAsync(caller.ToString(), role, link: u =>
            {
                u.ComplexId = caller is Caller.ComplexManager or Caller.Resident ? Guid.CreateVersion7() : null;
                u.HouseholdId = caller is Caller.Resident ? Guid.CreateVersion7() : null;
                u.ResidentId = caller is Caller.Resident ? Guid.CreateVersion7() : null;
                u.VendorId = caller is Caller.Vendor ? Guid.CreateVersion7() : null;
            })).Id;
            Tokens[caller] = await Api.TokenForAsync(caller.ToString());
        }

        await using (var scope = Api.Services.CreateAsyncScope())
        {
            var centers = new WelfareCenterService(scope.ServiceProvider.GetRequiredService<IHousingStore>());
            var central = await centers.CreateCentralCenterAsync(Actor.System, "서울중앙주거복지센터");
            var district = await centers.CreateDistrictCenterAsync(Actor.System, "영등포구 주거복지센터", "11560");
            await centers.RegisterStaffAsync(Actor.System, district.Id, created[Caller.WelfareCaseworker], "김사례", StaffRole.Caseworker);
            await centers.RegisterStaffAsync(Actor.System, district.Id, created[Caller.WelfareCenterManager], "이센터", StaffRole.CenterManager);
            await centers.RegisterStaffAsync(Actor.System, central.Id, created[Caller.CentralCenterStaff], "정중앙", StaffRole.CentralStaff);
        }

        await Api.CreateApiClientAsync("matrix-app", PartnerSecret);
        Tokens[Caller.PartnerApp] = await TokenAsync(new() { ["grant_type"] = "client_credentials", ["client_id"] = "matrix-app", ["client_secret"] = PartnerSecret });
        Tokens[Caller.PartnerAppForResident] = await PartnerTokenForAsync(Caller.Resident);
        Tokens[Caller.Anonymous] = null;
    }

    public Task DisposeAsync()
    {
        Api.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A token the partner app obtains for one of the users above, through the password grant.</summary>
    public Task<string> PartnerTokenForAsync(Caller user) => TokenAsync(new()
    {
        ["grant_type"] = "password", ["username"] = user.ToString(), ["password"] = HousingApiFactory.Password,
        ["client_id"] = "matrix-app", ["client_secret"] = PartnerSecret,
    });

    private async Task<string> TokenAsync(Dictionary<string, string> form)
    {
        using var client = Api.CreateClient();
        var response = await client.PostAsync("/auth/token", new FormUrlEncodedContent(form));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }
}

/// <summary>
/// Every caller against every root field and mutation of the printed schema, over HTTP: a field the table denies a caller
/// must answer with <c>AUTH_NOT_AUTHORIZED</c> (or <c>AUTH_NOT_AUTHENTICATED</c>), one it allows must not.
/// </summary>
public sealed class AuthorizationMatrixTests(MatrixWorld world) : IClassFixture<MatrixWorld>
{
    private static readonly Schema Schema = HousingSchema.Build();

    public static TheoryData<Caller> Callers => [.. AccessTable.Everyone];

    private static IEnumerable<(string Operation, FieldDefinition Field, IReadOnlyDictionary<string, Caller[]> Table)> RootFields() =>
        Schema.QueryType!.Fields.Select(f => ("query", f, AccessTable.Queries))
            .Concat(MutationFields().Select(f => ("mutation", f, AccessTable.Mutations)));

    private static IEnumerable<FieldDefinition> MutationFields() => Schema.MutationType?.Fields.AsEnumerable() ?? [];

    [Fact]
    public void Every_root_field_has_a_row_and_every_row_a_field()
    {
        var queries = Schema.QueryType!.Fields.Select(f => f.Name).ToHashSet();
        var mutations = MutationFields().Select(f => f.Name).ToHashSet();

        Assert.Empty(queries.Except(AccessTable.Queries.Keys).Select(f => $"query {f} has no row in AccessTable"));
        Assert.Empty(mutations.Except(AccessTable.Mutations.Keys).Select(f => $"mutation {f} has no row in AccessTable"));
        Assert.Empty(AccessTable.Queries.Keys.Except(queries).Select(f => $"AccessTable row {f} is no query of the schema"));
        Assert.Empty(AccessTable.Mutations.Keys.Except(mutations).Select(f => $"AccessTable row {f} is no mutation of the schema"));
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Each_caller_passes_exactly_the_fields_the_table_allows(Caller caller)
    {
        var wrong = new List<string>();
        foreach (var (operation, field, table) in RootFields().Where(r => r.Table.ContainsKey(r.Field.Name)))
        {
            var body = await world.Api.GraphQLAsync(RootFieldCalls.Document(operation, field), token: world.Tokens[caller]);
            var denial = Denial(body, field.Name);
            var allowed = table[field.Name].Contains(caller);
            if (allowed && denial is not null)
                wrong.Add($"{operation} {field.Name}: allowed by the table, denied by the server ({denial})");
            else if (!allowed && denial is null)
                wrong.Add($"{operation} {field.Name}: denied by the table, allowed by the server ({Summary(body)})");
        }

        Assert.True(wrong.Count == 0, $"{caller}:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void Partner_apps_are_denied_every_welfare_field_in_the_table_and_each_declares_its_roles()
    {
        Assert.All(WelfareFields(), f =>
        {
            var allowed = (f.Operation == "query" ? AccessTable.Queries : AccessTable.Mutations)[f.Field.Name];
            Assert.DoesNotContain(Caller.PartnerApp, allowed);
            Assert.DoesNotContain(Caller.PartnerAppForResident, allowed);
            Assert.NotEmpty(GraphQLAuthorization.RulesOf(f.Field));
        });
    }

    [Fact]
    public async Task A_caseworker_signed_in_through_a_partner_app_is_denied_every_welfare_field()
    {
        var token = await world.PartnerTokenForAsync(Caller.WelfareCaseworker);
        var wrong = new List<string>();
        foreach (var (operation, field) in WelfareFields())
        {
            var body = await world.Api.GraphQLAsync(RootFieldCalls.Document(operation, field), token: token);
            if (Denial(body, field.Name) is null)
                wrong.Add($"{operation} {field.Name}: {Summary(body)}");
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static IEnumerable<(string Operation, FieldDefinition Field)> WelfareFields()
    {
        var welfare = new HousingSchemaBuilder();
        new WelfareArea().Configure(welfare);
        var schema = welfare.Build();
        return schema.QueryType!.Fields.Where(f => f.Name is not ("node" or "nodes")).Select(f => ("query", Schema.QueryType!.GetField(f.Name)!))
            .Concat(schema.MutationType!.Fields.Select(f => ("mutation", Schema.MutationType!.GetField(f.Name)!)));
    }

    private static string? Denial(JsonElement body, string field)
    {
        if (!body.TryGetProperty("errors", out var errors))
            return null;
        foreach (var error in errors.EnumerateArray())
        {
            var code = error.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : null;
            var atField = error.TryGetProperty("path", out var path) && path.GetArrayLength() > 0 && path[0].GetString() == field;
            if (atField && code is GraphQLAuthorization.NotAuthorizedCode or GraphQLAuthorization.NotAuthenticatedCode)
                return code;
        }

        return null;
    }

    private static string Summary(JsonElement body) =>
        body.TryGetProperty("errors", out var errors) ? "errors: " + string.Join("; ", errors.EnumerateArray().Select(e => e.GetProperty("message").GetString())) : "no errors";
}
