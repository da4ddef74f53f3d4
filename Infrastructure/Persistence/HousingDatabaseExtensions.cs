using Housing.Domain.Common;
using Housing.Infrastructure.Hosting;
using Housing.Infrastructure.Identity;
using Housing.Infrastructure.Persistence.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Housing.Infrastructure.Persistence;

public static class HousingDatabaseExtensions
{
    /// <summary>
    /// The database of <c>Database:Provider</c> (SQLite file in the data folder by default, or PostgreSQL),
    /// the scoped <see cref="HousingDbContext"/> and <see cref="IHousingStore"/>, migration and seeding at start,
    /// and the database health check.
    /// </summary>
    public static IHostApplicationBuilder AddHousingDatabase(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DataOptions>().BindConfiguration(DataOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DataOptions>, DataOptionsValidator>();
        services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.Section)
            .Configure<IConfiguration>((options, configuration) => options.ConnectionString ??= configuration.GetConnectionString("Housing"))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        services.AddOptions<DemoDataOptions>().BindConfiguration(DemoDataOptions.Section);

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<HousingDataFolder>();
        services.AddSingleton<HousingDatabase>();
        services.AddScoped(sp => sp.GetRequiredService<HousingDatabase>().CreateContext());
        services.AddScoped<IHousingStore, EfHousingStore>();

        services.TryAddScoped<IPasswordHasher<HousingUser>, PasswordHasher<HousingUser>>();
        services.AddScoped<HousingSeeder>();
        foreach (var seeder in typeof(IDemoDataSeeder).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDemoDataSeeder).IsAssignableFrom(t)))
            services.AddScoped(typeof(IDemoDataSeeder), seeder);
        services.AddSingleton<HousingDatabaseInitializer>();
        services.AddHostedService(sp => sp.GetRequiredService<HousingDatabaseInitializer>());

        services.AddHealthChecks().AddCheck<HousingDatabaseHealthCheck>("database");
        return builder;
    }
}
