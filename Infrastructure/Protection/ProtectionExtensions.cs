using Housing.Domain.Welfare;
using Housing.Infrastructure.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Housing.Infrastructure.Protection;

public static class ProtectionExtensions
{
    /// <summary>Every node of the platform shares one key ring, whatever folder it runs from.</summary>
    public const string ApplicationName = "housing-platform";

    /// <summary>The key ring's folder inside the data folder.</summary>
    public const string KeysFolder = "data-protection-keys";

    /// <summary>
    /// ASP.NET Core data protection with its key ring in the data folder (never in the database or the repository), so
    /// encrypted personal data and the admin's cookies survive a restart and are readable by every node sharing the
    /// folder; and the <see cref="IPersonalDataProtector"/> the welfare services encrypt registration numbers with.
    /// </summary>
    public static IHostApplicationBuilder AddHousingDataProtection(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DataOptions>().BindConfiguration(DataOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DataOptions>, DataOptionsValidator>());
        services.TryAddSingleton<HousingDataFolder>();
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddOptions<KeyManagementOptions>().Configure<HousingDataFolder, ILoggerFactory>((keys, folder, logging) =>
            keys.XmlRepository = new FileSystemXmlRepository(Directory.CreateDirectory(folder.PathOf(KeysFolder)), logging));
        services.TryAddSingleton<IPersonalDataProtector, DataProtectionPersonalDataProtector>();
        return builder;
    }
}
