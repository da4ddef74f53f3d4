using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Api.Tests.Support;
using Housing.Domain.Common;
using Housing.Infrastructure.Identity;
using Housing.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Api.Tests.Authentication;

/// <summary>A bearer token answers for its account on every request, not only when it is issued.</summary>
public sealed class TokenRevocationTests : IAsyncLifetime
{
    private const string Secret = "partner-app-secret-0123456789";
    private readonly HousingApiFactory _api = new();
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = _api.CreateClient();
        await _api.CreateUserAsync("worker1", Roles.WelfareCaseworker);
        await _api.CreateUserAsync("bystander", Roles.WelfareCaseworker);
        await _api.CreateApiClientAsync("partner-app", Secret);
    }

    public Task DisposeAsync()
    {
        _client.Dispose();
        _api.Dispose();
        return Task.CompletedTask;
    }

    private async Task<HttpResponseMessage> MeAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/auth/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await _client.SendAsync(request);
    }

    private async Task<T> WithUserAsync<T>(string userName, Func<UserManager<HousingUser>, HousingUser, Task<T>> change)
    {
        await using var scope = _api.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HousingUser>>();
        return await change(users, (await users.FindByNameAsync(userName))!);
    }

    private static async Task<IdentityResult> LockAsync(UserManager<HousingUser> users, HousingUser user)
    {
        // As the admin's lock does it: locked for good, and the security stamp renewed in the same update.
        user.LockoutEnabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        return await users.UpdateSecurityStampAsync(user);
    }

    [Fact]
    public async Task A_locked_account_s_token_is_refused_at_once_and_other_accounts_go_on()
    {
        var token = await _api.TokenForAsync("worker1");
        var other = await _api.TokenForAsync("bystander");
        Assert.Equal(HttpStatusCode.OK, (await MeAsync(token)).StatusCode);

        Assert.True((await WithUserAsync("worker1", LockAsync)).Succeeded);

        Assert.Equal(HttpStatusCode.Unauthorized, (await MeAsync(token)).StatusCode);
        var graphQL = await _api.GraphQLAsync("{ welfareCases(first: 1) { totalCount } }", token: token);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], graphQL.ErrorCodes());
        Assert.Equal(HttpStatusCode.OK, (await MeAsync(other)).StatusCode);
    }

    [Fact]
    public async Task Unlocking_does_not_bring_back_a_token_issued_before_the_lock()
    {
        var before = await _api.TokenForAsync("worker1");
        await WithUserAsync("worker1", LockAsync);
        await WithUserAsync("worker1", async (users, user) => await users.SetLockoutEndDateAsync(user, null));

        Assert.Equal(HttpStatusCode.Unauthorized, (await MeAsync(before)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MeAsync(await _api.TokenForAsync("worker1"))).StatusCode);
    }

    [Fact]
    public async Task A_changed_password_ends_the_tokens_issued_with_the_old_one()
    {
        var token = await _api.TokenForAsync("worker1");

        var changed = await WithUserAsync("worker1", (users, user) => users.ChangePasswordAsync(user, HousingApiFactory.Password, "Another-password-2"));

        Assert.True(changed.Succeeded);
        Assert.Equal(HttpStatusCode.Unauthorized, (await MeAsync(token)).StatusCode);
    }

    [Fact]
    public async Task Roles_and_district_are_read_from_the_account_on_each_request()
    {
        var token = await _api.TokenForAsync("worker1");

        await WithUserAsync("worker1", async (users, user) =>
        {
            user.DistrictCode = "11560";
            await users.UpdateAsync(user);
            await users.RemoveFromRoleAsync(user, Roles.WelfareCaseworker);
            return await users.AddToRoleAsync(user, Roles.DistrictOfficer);
        });

        var me = await (await MeAsync(token)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([Roles.DistrictOfficer], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("11560", me.GetProperty("districtCode").GetString());
    }

    [Fact]
    public async Task A_revoked_api_client_s_token_is_refused_before_it_expires()
    {
        using var issued = await _client.PostAsync("/auth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "partner-app", ["client_secret"] = Secret,
        }));
        var token = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await MeAsync(token)).StatusCode);

        await using (var scope = _api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HousingDbContext>();
            (await db.ApiClients.SingleAsync(c => c.ClientId == "partner-app")).Revoke(DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        var refused = await MeAsync(token);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }
}
