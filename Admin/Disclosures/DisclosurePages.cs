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
    /// <summary>Who reads the disclosure charts: managers (their own complexes), district officers (their district's), analysts and admins (any).</summary>
    public const string Policy = "Disclosures";

    public static readonly IReadOnlyList<string> ReaderRoles = [Roles.ComplexManager, Roles.DistrictOfficer, Roles.Analyst, Roles.PlatformAdmin];

    /// <summary>Roles that may read every complex's charts; an officer reads their district's, a manager the complexes they manage.</summary>
    public static readonly IReadOnlyList<string> EveryComplexRoles = [Roles.Analyst, Roles.PlatformAdmin];

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
    public static IQueryable<Complex> VisibleComplexes(IHousingStore store, Actor actor, DateOnly today)
    {
        if (EveryComplexRoles.Any(actor.IsIn))
            return store.Query<Complex>();
        if (actor.IsIn(Roles.DistrictOfficer))
        {
            // An officer whose account names no district reads none, and the picker says why.
            var district = actor.DistrictCode;
            var regions = store.Query<Region>().Where(r => r.SigunguCode == district).Select(r => r.Id);
            return store.Query<Complex>().Where(c => regions.Contains(c.RegionId));
        }
        return store.Query<Complex>().ManagedBy(actor.UserId, today);
    }

    /// <summary>A district officer whose account names no district: the picker tells them to ask for one.</summary>
    public static bool LacksDistrict(Actor actor) =>
        actor.IsIn(Roles.DistrictOfficer) && !EveryComplexRoles.Any(actor.IsIn) && actor.DistrictCode is null;
}
