using System.Reflection;
using System.Security.Claims;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Types;

/// <summary>
/// Turns public methods into fields: parameters become arguments (types and defaults inferred), except the resolver
/// context, the cancellation token, the user, <see cref="GraphQLParentAttribute"/> and <see cref="GraphQLServiceAttribute"/> ones.
/// </summary>
internal static class MethodFields
{
    private static readonly HashSet<string> ObjectMembers = ["Equals", "GetHashCode", "ToString", "GetType", "Deconstruct"];

    public static IEnumerable<MethodInfo> Bindable(Type type) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && !m.Name.Contains('<', StringComparison.Ordinal) && !ObjectMembers.Contains(m.Name)
                && !m.IsGenericMethodDefinition && m.ReturnType != typeof(void) && m.ReturnType != typeof(Task) && m.ReturnType != typeof(ValueTask)
                && m.GetParameters().All(p => !p.ParameterType.IsByRef)
                && m.GetCustomAttribute<GraphQLIgnoreAttribute>() is null);

    public static FieldDescriptor Describe(MethodInfo method, Type declaringType)
    {
        var field = new FieldDescriptor(ClrMembers.FieldName(method));
        var binders = new List<Func<IResolverContext, object?>>();
        foreach (var parameter in method.GetParameters())
        {
            binders.Add(Bind(parameter, field));
        }

        field.TypeSpec = method.GetCustomAttribute<GraphQLTypeAttribute>() is { } typeAttribute
            ? TypeSpec.FromSdl(typeAttribute.Type)
            : TypeSpec.FromClr(method.ReturnType, ClrMembers.NullabilityOf(method));
        if (method.GetCustomAttribute<GraphQLDescriptionAttribute>() is { } description)
        {
            field.Description(description.Description);
        }

        if (method.GetCustomAttribute<GraphQLDeprecatedAttribute>() is { } deprecated)
        {
            field.Deprecated(deprecated.Reason);
        }

        var binderArray = binders.ToArray();
        field.Resolve((FieldResolver)(context =>
        {
            var instance = method.IsStatic ? null
                : declaringType.IsInstanceOfType(context.Source) ? context.Source
                : ActivatorUtilities.GetServiceOrCreateInstance(context.RequestServices, declaringType);
            var arguments = new object?[binderArray.Length];
            for (var i = 0; i < arguments.Length; i++)
            {
                arguments[i] = binderArray[i](context);
            }

            return Unwrap(method.Invoke(instance, BindingFlags.DoNotWrapExceptions, null, arguments, null));
        }));
        return field;
    }

    private static Func<IResolverContext, object?> Bind(ParameterInfo parameter, FieldDescriptor field)
    {
        var type = parameter.ParameterType;
        if (type == typeof(IResolverContext))
        {
            return context => context;
        }

        if (type == typeof(CancellationToken))
        {
            return context => context.CancellationToken;
        }

        if (type == typeof(ClaimsPrincipal))
        {
            return context => context.User;
        }

        if (parameter.GetCustomAttribute<GraphQLParentAttribute>() is not null)
        {
            return context => ValueConverter.Convert(context.Source, type);
        }

        if (parameter.GetCustomAttribute<GraphQLEventMessageAttribute>() is not null)
        {
            return context => ValueConverter.Convert(context.GetEventMessage<object?>(), type);
        }

        if (parameter.GetCustomAttribute<GraphQLServiceAttribute>() is not null)
        {
            return context => context.RequestServices.GetService(type)
                ?? throw new InvalidOperationException("No service for type " + type.FullName + " has been registered.");
        }

        var name = parameter.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? GraphQLNaming.CamelCase(parameter.Name!);
        var spec = parameter.GetCustomAttribute<GraphQLTypeAttribute>() is { } typeAttribute
            ? TypeSpec.FromSdl(typeAttribute.Type)
            : TypeSpec.FromClr(type, ClrMembers.NullabilityOf(parameter));
        var argument = new ArgumentDescriptor(name, spec);
        if (parameter.HasDefaultValue && parameter.DefaultValue is not null)
        {
            argument.DefaultValue(type.IsEnum ? Enum.ToObject(type, parameter.DefaultValue) : parameter.DefaultValue);
        }

        if (parameter.GetCustomAttribute<GraphQLDescriptionAttribute>() is { } description)
        {
            argument.Description(description.Description);
        }

        field.Arguments.Add(argument);
        var fallback = parameter.HasDefaultValue ? parameter.DefaultValue : null;
        return context => context.Arguments.TryGetValue(name, out var value)
            ? ValueConverter.Convert(value, type)
            : ValueConverter.Convert(fallback, type);
    }

    private static ValueTask<object?> Unwrap(object? result) => result switch
    {
        Task task => task.IsCompletedSuccessfully ? new ValueTask<object?>(ResultOf(task)) : AwaitTask(task),
        _ when result is not null && result.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(ValueTask<>) =>
            Unwrap(type.GetMethod("AsTask")!.Invoke(result, null)),
        _ => new ValueTask<object?>(result),
    };

    private static async ValueTask<object?> AwaitTask(Task task)
    {
        await task.ConfigureAwait(false);
        return ResultOf(task);
    }

    private static object? ResultOf(Task task) => task.GetType().GetProperty("Result")?.GetValue(task);
}
