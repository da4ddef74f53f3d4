using GraphQL.Subscriptions;
using Housing.Infrastructure.Messaging;
using Housing.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Infrastructure.Tests.Messaging;

public sealed class TopicEventsRegistrationTests
{
    private static ServiceProvider Build(string provider)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:Housing"] = "Host=127.0.0.1;Port=1;Database=housing;Username=housing;Password=unused",
        });
        builder.Services.AddLogging();
        builder.Services.AddOptions<DatabaseOptions>().Configure(o => o.ConnectionString = builder.Configuration.GetConnectionString("Housing"));
        builder.AddHousingTopicEvents();
        return builder.Services.BuildServiceProvider();
    }

    [Fact]
    public async Task On_sqlite_the_bus_is_in_process()
    {
        await using var services = Build("Sqlite");

        Assert.IsType<InProcessTopicEventBus>(services.GetRequiredService<ITopicEventSender>());
        Assert.Same(services.GetRequiredService<ITopicEventSender>(), services.GetRequiredService<ITopicEventReceiver>());
        Assert.Empty(services.GetServices<IHostedService>());
    }

    [Theory]
    [InlineData("PostgreSQL")]
    [InlineData("postgres")]
    public async Task On_postgresql_the_bus_goes_through_listen_and_notify_and_starts_with_the_host(string provider)
    {
        await using var services = Build(provider);

        var bus = Assert.IsType<PostgresTopicEventBus>(services.GetRequiredService<ITopicEventSender>());
        Assert.Same(bus, services.GetRequiredService<ITopicEventReceiver>());
        Assert.Same(bus, Assert.Single(services.GetServices<IHostedService>()));
    }
}
