using Housing.Admin.Navigation;
using Housing.Domain.Common;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Housing.Admin.Platform;

public static class PlatformPages
{
    /// <summary>Platform admins only: accounts, API clients, scheduled jobs and the outgoing message log.</summary>
    public const string Policy = "Platform";

    public static readonly IReadOnlyList<string> AdminRoles = [Roles.PlatformAdmin];

    /// <summary>The platform pages under <c>/admin/Platform</c>: their policy, navigation entries and services.</summary>
    public static IServiceCollection AddPlatformPages(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy.RequireRole(AdminRoles));
        services.Configure<RazorPagesOptions>(options =>
            options.Conventions.AuthorizeAreaFolder(AdminExtensions.Area, "/Platform", Policy));
        services.Configure<AdminNavigationOptions>(navigation => navigation.Items.AddRange(
        [
            new("Nav_PlatformUsers", "/Platform/Users/Index", AdminRoles),
            new("Nav_PlatformApiClients", "/Platform/ApiClients/Index", AdminRoles),
            new("Nav_PlatformJobs", "/Platform/Jobs/Index", AdminRoles),
            new("Nav_PlatformOutbox", "/Platform/Outbox/Index", AdminRoles),
        ]));
        services.TryAddScoped<UserAccounts>();
        services.TryAddScoped<ApiClientRegistry>();
        return services;
    }

    /// <summary>An instant as staff read it: Korean time, to the minute.</summary>
    public static string KoreanTime(DateTimeOffset? instant) =>
        instant is { } at ? at.ToOffset(KoreanCalendar.Offset).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "–";
}
