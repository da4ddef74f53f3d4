using Housing.Admin.Navigation;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Disclosures;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Housing.Admin.Disclosures;

public static class DisclosurePages
{
    /// <summary>Who reads the disclosure charts: managers (their own complexes), district officers, analysts and admins (any).</summary>
    public const string Policy = "Disclosures";

    public static readonly IReadOnlyList<string> ReaderRoles = [Roles.ComplexManager, Roles.DistrictOfficer, Roles.Analyst, Roles.PlatformAdmin];

    /// <summary>Roles that may read every complex's charts; a manager reads only the complexes they manage.</summary>
    public static readonly IReadOnlyList<string> DistrictWideRoles = [Roles.DistrictOfficer, Roles.Analyst, Roles.PlatformAdmin];

    /// <summary>The disclosure pages under <c>/admin/Disclosures</c>: their policy, navigation entry and services.</summary>
    public static IServiceCollection AddDisclosurePages(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy.RequireRole(ReaderRoles));
        services.Configure<RazorPagesOptions>(options =>
            options.Conventions.AuthorizeAreaFolder(AdminExtensions.Area, "/Disclosures", Policy));
        services.Configure<AdminNavigationOptions>(navigation => navigation.Items.Add(new("Nav_Disclosures", "/Disclosures/Index", ReaderRoles)));
        services.TryAddScoped<DisclosureService>();
        return services;
    }

    /// <summary>The complexes whose charts the actor may read on <paramref name="today"/>.</summary>
    public static IQueryable<Complex> VisibleComplexes(IHousingStore store, Actor actor, DateOnly today) =>
        DistrictWideRoles.Any(actor.IsIn) ? store.Query<Complex>() : store.Query<Complex>().ManagedBy(actor.UserId, today);
}
