using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Claims;
using System.Text.Json;
using GraphQL.Error;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>Produces a field's value; may complete synchronously (the common case) or asynchronously.</summary>
public delegate ValueTask<object?> FieldResolver(IResolverContext context);

/// <summary>Wraps a resolver with behaviour such as paging, filtering, authorization or cost accounting.</summary>
public delegate FieldResolver FieldMiddleware(FieldResolver next);

/// <summary>Produces the event stream of a subscription root field.</summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscriptionResolver(IResolverContext context);

/// <summary>Everything a resolver may ask about the field it is resolving and the request it belongs to.</summary>
public interface IResolverContext
{
    /// <summary>The schema.</summary>
    Schema Schema { get; }

    /// <summary>The object type the field belongs to.</summary>
    ObjectType ObjectType { get; }

    /// <summary>The field being resolved.</summary>
    FieldDefinition Field { get; }

    /// <summary>The first field node of the selection (its alias, arguments and sub-selections).</summary>
    FieldNode FieldNode { get; }

    /// <summary>All field nodes merged into this field.</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    /// <summary>The key under which the value appears in the response.</summary>
    string ResponseName { get; }

    /// <summary>The parent value (the source the field reads from).</summary>
    object? Source { get; }

    /// <summary>The parent value cast to the expected CLR type.</summary>
    T Parent<T>();

    /// <summary>
    /// The event of the source stream a subscription is executing for, converted to <typeparamref name="T"/>: the message
    /// its subscription field's resolver maps to the field's value (it is also that resolver's parent, <see cref="Source"/>).
    /// Available to every resolver of the event's execution; throws <see cref="InvalidOperationException"/> outside one.
    /// </summary>
    T GetEventMessage<T>();

    /// <summary>The response path of the field.</summary>
    ResponsePath Path { get; }

    /// <summary>The coerced argument values (only those given or defaulted).</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>An argument converted to <typeparamref name="T"/> (default when absent).</summary>
    T ArgumentValue<T>(string name);

    /// <summary>True when the argument was given or has a default.</summary>
    bool HasArgument(string name);

    /// <summary>The executed operation.</summary>
    OperationDefinitionNode Operation { get; }

    /// <summary>The coerced variable values.</summary>
    IReadOnlyDictionary<string, object?> Variables { get; }

    /// <summary>The application's services.</summary>
    IServiceProvider Services { get; }

    /// <summary>The services scoped to the request (the HTTP request's scope when served over HTTP).</summary>
    IServiceProvider RequestServices { get; }

    /// <summary>The authenticated user, if any.</summary>
    ClaimsPrincipal? User { get; }

    /// <summary>Cancelled when the client goes away or the request times out.</summary>
    CancellationToken CancellationToken { get; }

    /// <summary>Data shared by all resolvers of one request (DataLoaders, per-request caches).</summary>
    IDictionary<string, object?> ContextData { get; }

    /// <summary>Adds an error to the response without failing the field.</summary>
    void ReportError(GraphQLError error);

    /// <summary>Adds an error with a message and an optional <c>extensions.code</c> without failing the field.</summary>
    void ReportError(string message, string? code = null);

    /// <summary>The fields selected below this field for the given object type (the field's type when omitted).</summary>
    IReadOnlyList<SelectedField> GetSelections(ObjectType? type = null);
}

/// <summary>Conveniences for resolvers.</summary>
public static class ResolverContextExtensions
{
    /// <summary>A service from the request's scope; throws when it is not registered.</summary>
    public static T Service<T>(this IResolverContext context)
        where T : notnull =>
        context.RequestServices.GetService(typeof(T)) is T service
            ? service
            : throw new InvalidOperationException("No service for type " + typeof(T).FullName + " has been registered.");
}

/// <summary>Resolves fields without a resolver: reads a property, a dictionary entry or a JSON member named like the field.</summary>
public static class DefaultResolvers
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>?> Getters = new();

    /// <summary>Reads the field's value from the parent.</summary>
    public static object? Resolve(object? source, string fieldName)
    {
        switch (source)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(fieldName, out var value) ? value : null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(fieldName, out var entry) ? entry : null;
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                return element.TryGetProperty(fieldName, out var property) ? FromJson(property) : null;
            case IDictionary legacy:
                return legacy.Contains(fieldName) ? legacy[fieldName] : null;
        }

        var getter = Getters.GetOrAdd((source.GetType(), fieldName), static key => BuildGetter(key.Item1, key.Item2));
        return getter?.Invoke(source);
    }

    /// <summary>Wraps a field's source resolver or the default resolver as a <see cref="FieldResolver"/>.</summary>
    public static FieldResolver ToResolver(FieldDefinition field)
    {
        if (field.SourceResolver is { } read)
        {
            return context => new ValueTask<object?>(context.Source is null ? null : read(context.Source));
        }

        var name = field.Name;
        return context => new ValueTask<object?>(Resolve(context.Source, name));
    }

    internal static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt32(out var i) ? i : element.TryGetInt64(out var l) ? l : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => element,
    };

    private static Func<object, object?>? BuildGetter(Type type, string name)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase;
        var property = type.GetProperty(name, flags);
        if (property is { CanRead: true } && property.GetIndexParameters().Length == 0)
        {
            var parameter = System.Linq.Expressions.Expression.Parameter(typeof(object), "source");
            var body = System.Linq.Expressions.Expression.Convert(
                System.Linq.Expressions.Expression.Property(System.Linq.Expressions.Expression.Convert(parameter, type), property),
                typeof(object));
            return System.Linq.Expressions.Expression.Lambda<Func<object, object?>>(body, parameter).Compile();
        }

        var field = type.GetField(name, flags);
        if (field is not null)
        {
            return field.GetValue;
        }

        var method = type.GetMethod(name, flags, Type.EmptyTypes) ?? type.GetMethod("Get" + name, flags, Type.EmptyTypes);
        return method is not null && method.ReturnType != typeof(void) ? source => method.Invoke(source, null) : null;
    }
}
