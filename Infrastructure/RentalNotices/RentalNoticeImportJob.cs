using Housing.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace Housing.Infrastructure.RentalNotices;

/// <summary>Imports the public rental notice feed.</summary>
public sealed class RentalNoticeImportJob(IServiceScopeFactory scopes) : HousingJob(scopes)
{
    protected override async Task<string> RunAsync(IServiceProvider services, IJobExecutionContext context, CancellationToken ct) =>
        (await services.GetRequiredService<RentalNoticeImporter>().ImportAsync(ct: ct)).Summary().Stored;
}

public static class RentalNoticesHostingExtensions
{
    /// <summary>The public rental notice import (docs/rental-notices-feed.md); scheduled by AddHousingJobs when RentalNotices:FeedUrl is set.</summary>
    public static IHostApplicationBuilder AddRentalNoticeImport(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RentalNoticeOptions>().BindConfiguration(RentalNoticeOptions.Section);
        builder.Services.AddRentalNoticeImportServices();
        return builder;
    }

    public static IServiceCollection AddRentalNoticeImportServices(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient<RentalNoticeFeed>(http => http.Timeout = TimeSpan.FromSeconds(30));
        services.AddTransient<RentalNoticeImporter>();
        return services;
    }
}
