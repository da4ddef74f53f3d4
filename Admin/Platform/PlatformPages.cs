using Housing.Admin.Navigation;
using CultureInfo = System.Globalization.CultureInfo;
using DateTimeStyles = System.Globalization.DateTimeStyles;
using NumberStyles = System.Globalization.NumberStyles;
using Housing.Domain.Common;
using Housing.Infrastructure.Jobs;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

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

    /// <summary>
    /// What a job run did in the reader's language: each part of a <see cref="JobSummary"/> through its
    /// <c>JobSummary_{code}</c> resource, counts with digit grouping and times in Korean time; free text as it was stored.
    /// </summary>
    public static string JobSummaryText(string? stored, IStringLocalizer text)
    {
        if (JobSummary.Read(stored) is not { } summary) return stored ?? "";
        return string.Join("; ", summary.Parts.Select(part =>
        {
            object[] values = [.. part.Values.Select(v => (object)(long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                ? n.ToString("N0", CultureInfo.CurrentCulture)
                : DateTimeOffset.TryParseExact(v, "u", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? KoreanTime(at) : v))];
            var template = text["JobSummary_" + part.Code];
            return template.ResourceNotFound ? $"{part.Code} {string.Join(' ', part.Values)}" : string.Format(CultureInfo.CurrentCulture, template.Value, values);
        }));
    }

    /// <summary>An instant as staff read it: Korean time, to the minute.</summary>
    public static string KoreanTime(DateTimeOffset? instant) =>
        instant is { } at ? at.ToOffset(KoreanCalendar.Offset).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "–";
}
