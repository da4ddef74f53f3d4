using GraphQL.Subscriptions;
using Housing.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Housing.Infrastructure.Messaging;

public static class MessagingHostingExtensions
{
    /// <summary>
    /// The topic event bus GraphQL subscriptions read and services publish to (<see cref="ITopicEventSender"/>,
    /// <see cref="ITopicEventReceiver"/>): across nodes through PostgreSQL LISTEN/NOTIFY when <c>Database:Provider</c>
    /// is PostgreSQL, in process on SQLite (one node).
    /// </summary>
    public static IHostApplicationBuilder AddHousingTopicEvents(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var provider = builder.Configuration["Database:Provider"]?.ToUpperInvariant() is "POSTGRESQL" or "POSTGRES"
            ? DatabaseProvider.PostgreSql
            : DatabaseProvider.Sqlite;
        if (provider == DatabaseProvider.Sqlite)
        {
            services.AddInProcessTopicEventBus();
            return builder;
        }

        services.AddOptions<PostgresTopicEventBusOptions>().BindConfiguration(PostgresTopicEventBusOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new PostgresTopicEventBus(
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString
                ?? throw new InvalidOperationException("ConnectionStrings:Housing is required when Database:Provider is PostgreSQL."),
            sp.GetRequiredService<IOptions<PostgresTopicEventBusOptions>>().Value,
            sp.GetRequiredService<ILoggerFactory>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ITopicEventSender>(sp => sp.GetRequiredService<PostgresTopicEventBus>());
        services.AddSingleton<ITopicEventReceiver>(sp => sp.GetRequiredService<PostgresTopicEventBus>());
        services.AddHostedService(sp => sp.GetRequiredService<PostgresTopicEventBus>());
        return builder;
    }
}
