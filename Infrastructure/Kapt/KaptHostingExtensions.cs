using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Housing.Infrastructure.Kapt;

public static class KaptHostingExtensions
{
    /// <summary>The K-apt open-data sync (<see cref="KaptSync"/>), configured by the <c>Kapt</c> section; scheduled by AddHousingJobs when Kapt:Enabled.</summary>
    public static IHostApplicationBuilder AddKaptSync(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<KaptOptions>().BindConfiguration(KaptOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddKaptSyncServices();
        return builder;
    }

    public static IServiceCollection AddKaptSyncServices(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KaptOptions>, KaptOptionsValidator>());
        services.AddSingleton(sp => new KaptRequestPacer(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<KaptOptions>>().Value.RequestsPerSecond));
        services.AddHttpClient<KaptClient>(http => http.Timeout = TimeSpan.FromSeconds(30));
        services.AddTransient<KaptSync>();
        return services;
    }
}

internal sealed class KaptOptionsValidator : IValidateOptions<KaptOptions>
{
    public ValidateOptionsResult Validate(string? name, KaptOptions options)
    {
        if (!options.Enabled) return ValidateOptionsResult.Success;
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ServiceKey))
            errors.Add("Kapt:ServiceKey is required when Kapt:Enabled is true: the decoded key issued by data.go.kr for the K-apt services.");
        if (options.SigunguCodes.Count == 0)
            errors.Add("Kapt:SigunguCodes needs at least one five-digit sigungu code, e.g. 11560 (영등포구).");
        errors.AddRange(options.SigunguCodes.Where(c => c.Length != 5 || !c.All(char.IsAsciiDigit))
            .Select(c => $"Kapt:SigunguCodes has '{c}'; a sigungu code is five digits, e.g. 11560."));
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
