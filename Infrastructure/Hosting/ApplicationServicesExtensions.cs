using Housing.Domain.Community;
using Housing.Domain.Complexes;
using Housing.Domain.Disclosures;
using Housing.Domain.Documents;
using Housing.Domain.Listings;
using Housing.Domain.Points;
using Housing.Domain.Welfare;
using Housing.Infrastructure.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Housing.Infrastructure.Hosting;

public static class ApplicationServicesExtensions
{
    /// <summary>
    /// The Domain's application services, one per request, with the policies they read: what GraphQL resolvers,
    /// admin pages and endpoints call to change anything. The document SMS goes through the notification outbox
    /// (<c>AddHousingNotifications</c> registers its queue).
    /// </summary>
    public static IServiceCollection AddHousingApplicationServices(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new PointsPolicy().Validated());
        services.TryAddSingleton(new DocumentPostage());
        services.TryAddScoped<ComplexService>();
        services.TryAddScoped<DocumentService>();
        services.TryAddScoped<IDocumentNotifier, DocumentSms>();
        services.TryAddScoped<ListingService>();
        services.TryAddScoped<PointsService>();
        services.TryAddScoped<DisclosureService>();
        services.TryAddScoped<NoticeService>();
        services.TryAddScoped<PollService>();
        services.TryAddScoped<ComplaintService>();
        services.TryAddScoped<NewsroomService>();
        services.TryAddScoped<WelfareCenterService>();
        services.TryAddScoped<WelfareCaseService>();
        services.TryAddScoped<WelfareClientService>();
        services.TryAddScoped<AccessLogService>();
        return services;
    }
}
