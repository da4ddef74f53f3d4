using Housing.Admin.Navigation;
using Housing.Domain.Common;
using Housing.Domain.Community;
using Housing.Domain.Disclosures;
using Housing.Domain.Listings;
using Housing.Domain.Points;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Housing.Admin.Manager;

public static class ManagerPages
{
    /// <summary>Complex managers (관리소장): the pages act for the complexes the user is assigned to today.</summary>
    public const string ManagerPolicy = "ComplexManager";

    public static readonly IReadOnlyList<string> ManagerRoles = [Roles.ComplexManager];

    /// <summary>The complex managers' pages under <c>/admin/Manager</c>: their policy, navigation entries and services.</summary>
    public static IServiceCollection AddManagerPages(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(ManagerPolicy, policy => policy.RequireRole(ManagerRoles));
        services.Configure<RazorPagesOptions>(options =>
            options.Conventions.AuthorizeAreaFolder(AdminExtensions.Area, "/Manager", ManagerPolicy));
        services.Configure<AdminNavigationOptions>(navigation => navigation.Items.AddRange(
        [
            new("Nav_ManagerInbox", "/Manager/Inbox/Index", ManagerRoles),
            new("Nav_ManagerDisclosure", "/Manager/Disclosures/File", ManagerRoles),
            new("Nav_ManagerComplaints", "/Manager/Complaints/Index", ManagerRoles),
            new("Nav_ManagerNotices", "/Manager/Notices/Index", ManagerRoles),
            new("Nav_ManagerPoints", "/Manager/Points/Index", ManagerRoles),
            new("Nav_ManagerListings", "/Manager/Listings/Index", ManagerRoles),
        ]));
        services.TryAddScoped<ManagedComplexes>();
        services.TryAddScoped<DisclosureService>();
        services.TryAddScoped<ComplaintService>();
        services.TryAddScoped<NoticeService>();
        services.TryAddSingleton(new PointsPolicy());
        services.TryAddScoped<PointsService>();
        services.TryAddScoped<ListingService>();
        return services;
    }
}
