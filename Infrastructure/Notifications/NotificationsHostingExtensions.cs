using Housing.Domain.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Housing.Infrastructure.Notifications;

public static class NotificationsHostingExtensions
{
    /// <summary>
    /// Outgoing SMS and e-mail: the outbox queue the domain services use (<see cref="INotificationQueue"/>), the
    /// dispatcher, and per channel the configured provider or, by default, the outbox alone.
    /// </summary>
    public static IHostApplicationBuilder AddHousingNotifications(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHousingNotifications(builder.Configuration.GetSection(NotificationOptions.Section).Get<NotificationOptions>() ?? new());
        builder.Services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return builder;
    }

    /// <summary>Registers the notification services; <paramref name="settings"/> chooses the sender of each channel.</summary>
    public static IServiceCollection AddHousingNotifications(this IServiceCollection services, NotificationOptions settings)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<NotificationOptions>();
        services.AddScoped<INotificationQueue, NotificationQueue>();
        services.AddScoped<OutboxLog>();
        services.AddSingleton<OutboxDispatcher>();
        if (settings.Sms.BaseUrl is not null)
            services.AddHttpClient<SmsHttpSender>(http => http.Timeout = TimeSpan.FromSeconds(20))
                .Services.AddSingleton<INotificationSender>(sp => sp.GetRequiredService<SmsHttpSender>());
        else
            services.AddSingleton<INotificationSender>(new OutboxOnlySender(NotificationChannel.Sms));
        if (!string.IsNullOrWhiteSpace(settings.Smtp.Host))
            services.AddSingleton<INotificationSender, SmtpEmailSender>();
        else
            services.AddSingleton<INotificationSender>(new OutboxOnlySender(NotificationChannel.Email));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NotificationOptions>, NotificationOptionsValidator>());
        return services;
    }
}

/// <summary>Refuses settings that would fail at the first send rather than at start.</summary>
internal sealed class NotificationOptionsValidator : IValidateOptions<NotificationOptions>
{
    public ValidateOptionsResult Validate(string? name, NotificationOptions options)
    {
        var errors = new List<string>();
        if (options.Sms.BaseUrl is not null && string.IsNullOrWhiteSpace(options.Sms.ApiKey))
            errors.Add("Notifications:Sms:ApiKey is required when Notifications:Sms:BaseUrl is set.");
        if (options.Sms.BaseUrl is not null && string.IsNullOrWhiteSpace(options.Sms.SenderNumber))
            errors.Add("Notifications:Sms:SenderNumber (the registered 발신번호) is required when Notifications:Sms:BaseUrl is set.");
        if (options.QuietHoursStart == options.QuietHoursEnd)
            errors.Add("Notifications:QuietHoursStart and QuietHoursEnd must differ.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
