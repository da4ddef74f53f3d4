using System.Globalization;
using System.Reflection;
using Housing.Admin.Disclosures;
using Housing.Admin.Documents;
using Housing.Admin.Manager;
using Housing.Admin.Navigation;
using Housing.Admin.Platform;
using Housing.Admin.Resources;
using Housing.Admin.Support;
using Housing.Admin.Welfare.AccessLog;
using Housing.Domain.Common;
using Housing.Domain.Welfare;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Housing.Admin;

public static class AdminExtensions
{
    public const string Area = "Admin";

    /// <summary>Staff sign in to the admin; residents, vendors and API clients use the apps and the API instead.</summary>
    public const string StaffPolicy = "Staff";

    /// <summary>Welfare staff: caseworkers, center managers and the central center (the domain narrows what each sees).</summary>
    public const string WelfarePolicy = "Welfare";

    public static readonly IReadOnlyList<string> WelfareRoles = [Roles.WelfareCaseworker, Roles.WelfareCenterManager, Roles.CentralCenterStaff];

    public static readonly IReadOnlyList<string> StaffRoles =
    [
        Roles.PlatformAdmin, Roles.DistrictOfficer, Roles.ComplexManager, Roles.WelfareCaseworker,
        Roles.WelfareCenterManager, Roles.CentralCenterStaff, Roles.Analyst,
    ];

    public static readonly CultureInfo[] Cultures = [new("ko-KR"), new("en-US")];

    /// <summary>
    /// The Razor Pages of the admin (area <c>Admin</c>, mounted at <c>/admin</c>): every page needs a signed-in staff
    /// member except sign-in, access denied and the language switch; labels from resources, Korean by default.
    /// </summary>
    public static IHostApplicationBuilder AddHousingAdmin(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddLocalization();
        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicy, policy => policy.RequireRole(StaffRoles))
            .AddPolicy(WelfarePolicy, policy => policy.RequireRole(WelfareRoles));
        services.AddRazorPages(options =>
            {
                options.Conventions.AuthorizeAreaFolder(Area, "/", StaffPolicy);
                options.Conventions.AllowAnonymousToAreaPage(Area, "/Account/SignIn");
                options.Conventions.AllowAnonymousToAreaPage(Area, "/Account/AccessDenied");
                options.Conventions.AllowAnonymousToAreaPage(Area, "/Language");
                options.Conventions.AuthorizeAreaFolder(Area, "/Welfare", WelfarePolicy);
            })
            .AddMvcOptions(options =>
            {
                options.Filters.Add<DomainErrorPageFilter>();
                options.Filters.Add<UnknownHandlerPageFilter>();
                options.Filters.Add<OneMessagePerFieldPageFilter>();
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (type, factory) => new KoreanParticleLocalizer(
                    factory.Create(type.GetCustomAttribute<LocalizedByAttribute>()?.Resource ?? typeof(SharedResource))));
        services.AddOptions<AdminNavigationOptions>().Configure(navigation => navigation.Items.AddRange(
        [
            new("Nav_Welfare", "/Welfare/Index", WelfareRoles),
            new("Nav_WelfareCases", "/Welfare/Cases/Index", WelfareRoles),
            new("Nav_WelfareIntake", "/Welfare/Cases/New", WelfareRoles),
        ]));
        services.AddLocalizedBindingMessages();
        services.AddDocumentsPages();
        services.AddDisclosurePages();
        services.AddAccessLogPages();
        services.AddPlatformPages();
        services.AddManagerPages();
        services.TryAddScoped<WelfareCaseService>();
        services.TryAddScoped<WelfareClientService>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
            options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        return builder;
    }

    /// <summary>Korean unless the user chose English (language cookie) or asked for it in the query string.</summary>
    public static IApplicationBuilder UseHousingLocalization(this IApplicationBuilder app) => app.UseRequestLocalization();

    public static IEndpointRouteBuilder MapHousingAdmin(this IEndpointRouteBuilder app)
    {
        app.MapRazorPages();
        return app;
    }
}
