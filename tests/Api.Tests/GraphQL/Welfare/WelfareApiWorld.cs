using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Api.Tests.Support;
using Housing.Domain.Common;
using Housing.Domain.Welfare;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Api.Tests.GraphQL.Welfare;

/// <summary>
/// The host with three welfare centers (영등포 A, 동작 B and the central one) and their staff, each with a bearer token:
/// caseworkers <c>worker.a</c>, <c>worker.b</c>, managers <c>manager.a</c>, <c>manager.b</c>, central staff <c>central</c>;
/// also a resident, a district officer and a caseworker signed in through a partner app. Tests open their own cases.
/// </summary>
public class WelfareApiWorld : IAsyncLifetime
{
    public const string PartnerSecret = "resident-app-secret-0123456789";

    /// <summary>Where the test's requests come from, as the host sees the connection (TestServer has none of its own).</summary>
    public const string ClientAddress = "203.0.113.7";

    public WelfareApiWorld()
        : this(new HousingApiFactory { ConfigureTestServices = s => s.AddSingleton<IStartupFilter>(new RemoteAddressFilter()) })
    {
    }

    private WelfareApiWorld(HousingApiFactory api) => Api = api;

    /// <summary>The same world on a host a test configured (e.g. with a statement counter).</summary>
    public static WelfareApiWorld On(HousingApiFactory api) => new(api);

    public HousingApiFactory Api { get; }

    public Guid CenterA { get; private set; }

    public Guid CenterB { get; private set; }

    public Guid CentralCenter { get; private set; }

    public Dictionary<string, (Actor Actor, Guid StaffId)> Staff { get; } = [];

    public Dictionary<string, string> Tokens { get; } = [];

    public virtual async Task InitializeAsync()
    {
        await using (var scope = Api.Services.CreateAsyncScope())
        {
            var centers = new WelfareCenterService(scope.ServiceProvider.GetRequiredService<IHousingStore>());
            CentralCenter = (await centers.CreateCentralCenterAsync(Actor.System, "서울중앙주거복지센터")).Id;
            CenterA = (await centers.CreateDistrictCenterAsync(Actor.System, "영등포구 주거복지센터", "11560")).Id;
            CenterB = (await centers.CreateDistrictCenterAsync(Actor.System, "동작구 주거복지센터", "11590")).Id;
            await AddStaffAsync(centers, "worker.a", "김사례", Roles.WelfareCaseworker, StaffRole.Caseworker, CenterA);
            await AddStaffAsync(centers, "manager.a", "이센터", Roles.WelfareCenterManager, StaffRole.CenterManager, CenterA);
            await AddStaffAsync(centers, "worker.b", "최동작", Roles.WelfareCaseworker, StaffRole.Caseworker, CenterB);
            await AddStaffAsync(centers, "manager.b", "박동작", Roles.WelfareCenterManager, StaffRole.CenterManager, CenterB);
            await AddStaffAsync(centers, "central", "정중앙", Roles.CentralCenterStaff, StaffRole.CentralStaff, CentralCenter);
        }

        await Api.CreateUserAsync("resident", Roles.Resident);
        await Api.CreateUserAsync("officer", Roles.DistrictOfficer);
        foreach (var user in new[] { "resident", "officer" })
            Tokens[user] = await Api.TokenForAsync(user);
        await Api.CreateApiClientAsync("resident-app", PartnerSecret);
        Tokens["partner.worker.a"] = await PartnerTokenAsync("worker.a");
    }

    public virtual Task DisposeAsync()
    {
        Api.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A token the partner app obtained for one of its users (password grant with the app's credentials).</summary>
    public async Task<string> PartnerTokenAsync(string userName)
    {
        using var client = Api.CreateClient();
        var response = await client.PostAsync("/auth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["username"] = userName, ["password"] = HousingApiFactory.Password,
            ["client_id"] = "resident-app", ["client_secret"] = PartnerSecret,
        }));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    /// <summary>Registers a client and opens a case as <paramref name="userName"/>, through the welfare services.</summary>
    public async Task<(Guid ClientId, Guid CaseId)> OpenCaseAsync(string userName, int daysAgo = 0, CrisisType crisis = CrisisType.RentArrears,
        Urgency urgency = Urgency.Normal)
    {
        await using var scope = Api.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var actor = Staff[userName].Actor;
        var client = await services.GetRequiredService<WelfareClientService>().RegisterClientAsync(actor, new RegisterClientCommand(
            new ClientDetails("홍길동", new DateOnly(1971, 12, 31), "010-1234-5678", "서울 영등포구 당산로 1", IncomeLevel.NearPoverty),
            new RegistrationNumberInput("711231-1234567", "주거급여법 시행령")));
        var today = KoreanCalendar.Today(TimeProvider.System);
        var opened = await services.GetRequiredService<WelfareCaseService>().OpenCaseAsync(actor, new OpenCaseCommand(client.Id,
            new OpenCaseDetails(IntakeChannel.WalkIn, [crisis], urgency, "월세 3개월 체납", IntakeDate: today.AddDays(-daysAgo))));
        return (client.Id, opened.Id);
    }

    /// <summary>Runs a use case of the Domain directly, as a test's arrangement.</summary>
    public async Task<T> DomainAsync<TService, T>(Func<TService, Task<T>> useCase)
        where TService : notnull
    {
        await using var scope = Api.Services.CreateAsyncScope();
        return await useCase(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task<JsonElement> DataAsync(string userName, string query, object? variables = null) =>
        Api.DataAsync(query, variables, Tokens[userName]);

    public Task<JsonElement> CallAsync(string? userName, string query, object? variables = null) =>
        Api.GraphQLAsync(query, variables, userName is null ? null : Tokens[userName]);

    public static string CaseId(Guid id) => Id("WelfareCase", id);

    public static string ClientId(Guid id) => Id("WelfareClient", id);

    public static string Id(string typeName, Guid id) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{typeName}:{id}"));

    /// <summary>Gives every request the connection address <see cref="ClientAddress"/>.</summary>
    private sealed class RemoteAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(ClientAddress);
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    private async Task AddStaffAsync(WelfareCenterService centers, string userName, string name, string role, StaffRole staffRole, Guid centerId)
    {
        var user = await Api.CreateUserAsync(userName, role);
        var staff = await centers.RegisterStaffAsync(Actor.System, centerId, user.Id, name, staffRole);
        Staff[userName] = (new Actor(user.Id, name, new HashSet<string> { role }), staff.Id);
        Tokens[userName] = await Api.TokenForAsync(userName);
    }
}
