using Housing.Admin.Navigation;
using Housing.Domain.Common;
using Housing.Domain.Documents;
using Housing.Infrastructure.Files;
using Housing.Infrastructure.Notifications;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Housing.Admin.Documents;

public static class DocumentsPages
{
    /// <summary>District officers (and platform admins, who may act for the district office) send and track documents.</summary>
    public const string DistrictPolicy = "District";

    public static readonly IReadOnlyList<string> DistrictRoles = [Roles.DistrictOfficer, Roles.PlatformAdmin];

    /// <summary>The document pages under <c>/admin/Documents</c>: their policy, navigation entries and services.</summary>
    public static IServiceCollection AddDocumentsPages(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(DistrictPolicy, policy => policy.RequireRole(DistrictRoles));
        services.Configure<RazorPagesOptions>(options =>
            options.Conventions.AuthorizeAreaFolder(AdminExtensions.Area, "/Documents", DistrictPolicy));
        services.Configure<AdminNavigationOptions>(navigation => navigation.Items.AddRange(
        [
            new("Nav_Documents", "/Documents/Index", DistrictRoles),
            new("Nav_DocumentsCompose", "/Documents/Compose", DistrictRoles),
        ]));
        services.TryAddSingleton(new DocumentPostage(DocumentPostage.RegisteredLetterRate));
        services.TryAddScoped<DocumentService>();
        services.TryAddScoped<IDocumentNotifier, DocumentSms>();
        services.TryAddScoped<SendingDistricts>();
        services.TryAddScoped<AttachmentUploads>();
        services.AddHousingFiles();
        return services;
    }
}
