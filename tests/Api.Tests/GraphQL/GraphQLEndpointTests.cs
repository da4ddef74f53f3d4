using System.Text.Json;
using Api.Tests.Support;
using Housing.Domain.Common;

namespace Api.Tests.GraphQL;

public sealed class GraphQLEndpointTests : IDisposable
{
    private readonly HousingApiFactory _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task An_anonymous_caller_is_nobody()
    {
        var data = await _api.DataAsync("{ me { name } }");
        Assert.Equal(JsonValueKind.Null, data.GetProperty("me").ValueKind);
    }

    [Fact]
    public async Task A_bearer_token_makes_the_caller_known_with_its_roles()
    {
        await _api.CreateUserAsync("officer.kim", Roles.DistrictOfficer);
        var token = await _api.TokenForAsync("officer.kim");

        var me = (await _api.DataAsync("{ me { name roles } }", token: token)).GetProperty("me");

        Assert.Equal("officer.kim 님", me.GetProperty("name").GetString());
        Assert.Equal([Roles.DistrictOfficer], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }
}
