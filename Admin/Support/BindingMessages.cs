using Housing.Admin.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Housing.Admin.Support;

/// <summary>
/// The messages of ASP.NET Core's model binding (a value that cannot be read as the field's type, a missing value) in the
/// admin's language, from <c>SharedResource</c>: Korean by default, English when the user switched. The localizer is asked
/// when a message is made, so each request gets its own language.
/// </summary>
public static class BindingMessages
{
    public static IServiceCollection AddLocalizedBindingMessages(this IServiceCollection services)
    {
        services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((options, factory) =>
        {
            var text = new KoreanParticleLocalizer(factory.Create(typeof(SharedResource)));
            var messages = options.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((value, field) => text["Binding_AttemptedValueIsInvalid", value, field]);
            messages.SetMissingBindRequiredValueAccessor(field => text["Binding_MissingBindRequiredValue", field]);
            messages.SetMissingKeyOrValueAccessor(() => text["Binding_MissingKeyOrValue"]);
            messages.SetMissingRequestBodyRequiredValueAccessor(() => text["Binding_MissingRequestBody"]);
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => text["Binding_ValueIsInvalid", value]);
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["Binding_UnknownValueIsInvalid"]);
            messages.SetNonPropertyValueMustBeANumberAccessor(() => text["Binding_NonPropertyValueMustBeANumber"]);
            messages.SetUnknownValueIsInvalidAccessor(field => text["Binding_FieldValueIsInvalid", field]);
            messages.SetValueIsInvalidAccessor(value => text["Binding_ValueIsInvalid", value]);
            messages.SetValueMustBeANumberAccessor(field => text["Binding_ValueMustBeANumber", field]);
            messages.SetValueMustNotBeNullAccessor(value => text["Binding_ValueIsInvalid", value]);
            options.ModelMetadataDetailsProviders.Add(new ExpectedFormMessages(messages, text));
        });
        return services;
    }

    /// <summary>
    /// A value that is not a whole number, a number or a date where the field needs one says which it needs, with an
    /// example (<c>Binding_NotWhole</c>, <c>Binding_NotNumber</c>, <c>Binding_NotDate</c>).
    /// </summary>
    private sealed class ExpectedFormMessages(ModelBindingMessageProvider messages, IStringLocalizer text) : IBindingMetadataProvider
    {
        public void CreateBindingMetadata(BindingMetadataProviderContext context)
        {
            var type = Nullable.GetUnderlyingType(context.Key.ModelType) ?? context.Key.ModelType;
            string? expected = type switch
            {
                _ when type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte)
                    || type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort) || type == typeof(sbyte) => "Binding_NotWhole",
                _ when type == typeof(decimal) || type == typeof(double) || type == typeof(float) => "Binding_NotNumber",
                _ when type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset) => "Binding_NotDate",
                _ => null,
            };
            if (expected is null) return;
            var specific = new DefaultModelBindingMessageProvider((DefaultModelBindingMessageProvider)messages);
            specific.SetAttemptedValueIsInvalidAccessor((value, field) => text[expected, value, field]);
            context.BindingMetadata.ModelBindingMessageProvider = specific;
        }
    }
}

/// <summary>
/// One message per bad value: a field refused before the handler ran (its value could not be read, or an attribute refused
/// it) keeps that message only, even when the handler's own checks (a required date that bound to nothing) would add another.
/// </summary>
public sealed class OneMessagePerFieldPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var modelState = context.ModelState;
        var refused = modelState.Where(e => e.Value is { Errors.Count: > 0 }).ToDictionary(e => e.Key, e => e.Value!.Errors.Count);
        await next();
        foreach (var (key, count) in refused)
            if (modelState.TryGetValue(key, out var entry) && entry is not null)
                while (entry.Errors.Count > count)
                    entry.Errors.RemoveAt(entry.Errors.Count - 1);
    }
}
