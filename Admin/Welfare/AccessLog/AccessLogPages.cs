using Housing.Admin.Navigation;
using Housing.Domain.Common;
using Housing.Domain.Welfare;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Housing.Admin.Welfare.AccessLog;

public static class AccessLogPages
{
    /// <summary>The monthly access-log review: center managers for their center, central staff for any (read only).</summary>
    public const string Policy = "AccessLogReview";

    public static readonly IReadOnlyList<string> ReviewerRoles = [Roles.WelfareCenterManager, Roles.CentralCenterStaff];

    /// <summary>The review page under <c>/admin/Welfare/AccessLog</c> (inside the welfare policy): its policy, navigation entry and service.</summary>
    public static IServiceCollection AddAccessLogPages(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy.RequireRole(ReviewerRoles));
        services.Configure<RazorPagesOptions>(options =>
            options.Conventions.AuthorizeAreaFolder(AdminExtensions.Area, "/Welfare/AccessLog", Policy));
        services.Configure<AdminNavigationOptions>(navigation => navigation.Items.Add(new("Nav_AccessLogReview", "/Welfare/AccessLog/Index", ReviewerRoles)));
        services.TryAddScoped<AccessLogService>();
        return services;
    }
}
