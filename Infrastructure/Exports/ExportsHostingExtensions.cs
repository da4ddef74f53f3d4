using Housing.Domain.Disclosures;
using Housing.Infrastructure.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Housing.Infrastructure.Exports;

public static class ExportsHostingExtensions
{
    /// <summary>
    /// Bulk disclosure exports: their files in the data folder, the use cases, and a Quartz job per export. The host
    /// adds the <see cref="IDisclosureScopeReader"/> that reads a stored scope back.
    /// </summary>
    public static IServiceCollection AddHousingExports(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<HousingDataFolder>();
        services.TryAddSingleton<ExportFiles>();
        services.TryAddSingleton<IDisclosureExportScheduler, QuartzDisclosureExportScheduler>();
        services.TryAddScoped<DisclosureExportService>();
        services.TryAddTransient<DisclosureExportJob>();
        services.TryAddTransient<DisclosureExportCleanupJob>();
        return services;
    }
}
