using Api.Tests.GraphQL.Complexes;
using Api.Tests.Support;
using Housing.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Api.Tests.GraphQL.Documents;

/// <summary>
/// Tests of sending documents on a host of their own per test: a district with two complexes, whose first complex's manager
/// (manager1) has a phone, so a document to both queues one SMS; manager2 has none until a test gives one.
/// </summary>
public abstract class DocumentHostTests : IAsyncLifetime
{
    protected const string ManagerPhone = "010-7000-1001";

    protected HousingApiFactory Api { get; private set; } = null!;

    protected ComplexWorld World { get; private set; } = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Api?.Dispose();
        return Task.CompletedTask;
    }

    protected async Task StartAsync(string provider)
    {
        Api = await HousingApiFactory.OnAsync(provider);
        World = await ComplexWorld.CreateAsync(Api, complexes: 2);
        await SetPhoneAsync("manager1", ManagerPhone);
    }

    protected async Task SetPhoneAsync(string userName, string phone)
    {
        await using var scope = Api.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HousingUser>>();
        var user = (await users.FindByNameAsync(userName))!;
        user.PhoneNumber = phone;
        Assert.True((await users.UpdateAsync(user)).Succeeded);
    }
}
