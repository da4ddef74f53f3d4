using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Conventions;

/// <summary>
/// The registry mapping exceptions to typed error objects, declared once for the schema and shared by every mutation
/// that follows the conventions. Error objects implement <c>interface Error { message: String! }</c>.
/// </summary>
public sealed class MutationErrors
{
    private readonly List<ErrorMapping> _mappings = [];

    /// <summary>Turns <typeparamref name="TException"/> (and exceptions derived from it) into a <typeparamref name="TError"/> object, which needs a <c>Message</c> property.</summary>
    public MutationErrors Map<TException, TError>(Func<TException, TError> factory)
        where TException : Exception
        where TError : class
    {
        var name = ClrMembers.TypeName(typeof(TError));
        _mappings.Add(new ErrorMapping(
            typeof(TException),
            name,
            exception => factory((TException)exception),
            types =>
            {
                DeclareErrorInterface(types);
                return types.Declare(name, _ => new ObjectType<TError>(type => type.Implements(MutationConventions.ErrorInterfaceName)));
            }));
        return this;
    }

    /// <summary>The GraphQL error type name for an exception type, or null when it is not mapped.</summary>
    public string? ErrorTypeOf(Type exceptionType) => Find(exceptionType)?.TypeName;

    internal ErrorMapping? Find(Type exceptionType)
    {
        // The nearest mapped base type wins, so a specific mapping can refine a general one.
        for (var type = exceptionType; type is not null; type = type.BaseType)
        {
            if (_mappings.FirstOrDefault(m => m.Exception == type) is { } mapping)
            {
                return mapping;
            }
        }

        return null;
    }

    private static void DeclareErrorInterface(ITypeInference types) =>
        types.Declare(MutationConventions.ErrorInterfaceName, _ =>
        {
            var error = new InterfaceType(MutationConventions.ErrorInterfaceName) { Description = "An error a mutation reports in its payload." };
            error.AddField("message", new NonNullType(Scalars.String));
            return error;
        });

    internal sealed record ErrorMapping(Type Exception, string TypeName, Func<Exception, object> Create, Func<ITypeInference, INamedType> Declare);
}

/// <summary>
/// HotChocolate-style mutation conventions: <c>verbNoun(input: VerbNounInput!): VerbNounPayload!</c> where the payload
/// holds the result and <c>errors: [VerbNounError!]</c>, a union of the typed errors the mutation declares.
/// </summary>
public static class MutationConventions
{
    /// <summary>The name of the interface every error object implements.</summary>
    public const string ErrorInterfaceName = "Error";

    /// <summary>
    /// Shapes the field as a conventional mutation: its input object is built from <typeparamref name="TInput"/>, the
    /// payload exposes the result as <paramref name="resultField"/>, and the exceptions listed in <paramref name="exceptions"/>
    /// become errors in the payload through <paramref name="errors"/>; any other exception fails the field as usual (masked).
    /// </summary>
    public static FieldDescriptor UseMutationConvention<TInput, TResult>(
        this FieldDescriptor field,
        MutationErrors errors,
        string resultField,
        Func<IResolverContext, TInput, ValueTask<TResult>> resolve,
        params Type[] exceptions)
    {
        var prefix = char.ToUpperInvariant(field.FieldName[0]) + field.FieldName[1..];
        var mappings = exceptions
            .Select(e => errors.Find(e) ?? throw new ArgumentException("No error object is mapped for " + e.Name + "; map it with MutationErrors.Map.", nameof(exceptions)))
            .Distinct()
            .ToList();
        var inputName = prefix + "Input";
        var payloadName = prefix + "Payload";
        var unionName = prefix + "Error";

        field.TypeSpec = TypeSpec.FromNamed(payloadName, types => types.Reference(payloadName + "!"), _ => new ObjectType<MutationPayload>(payload =>
        {
            payload.Name(payloadName).BindFieldsExplicitly();
            payload.Field(resultField).ClrType<TResult>()
                .Resolve(new FieldResolver(context => new ValueTask<object?>(context.Parent<MutationPayload>().Result)));
            if (mappings.Count > 0)
            {
                var list = payload.Field("errors")
                    .Resolve(new FieldResolver(context => new ValueTask<object?>(context.Parent<MutationPayload>().Errors)));
                list.TypeSpec = TypeSpec.FromNamed(unionName, types => types.Reference("[" + unionName + "!]"), types =>
                {
                    var union = new UnionType(unionName);
                    foreach (var mapping in mappings)
                    {
                        union.Types.Add((ObjectType)mapping.Declare(types));
                    }

                    return union;
                });
            }
        }));
        field.Arguments.Add(new ArgumentDescriptor(
            "input",
            TypeSpec.FromNamed(inputName, types => types.Reference(inputName + "!"), _ => new InputObjectType<TInput>(input => input.Name(inputName)))));
        return field.Resolve(new FieldResolver(async context =>
        {
            var input = context.ArgumentValue<TInput>("input");
            try
            {
                return new MutationPayload(await resolve(context, input).ConfigureAwait(false), null);
            }
            catch (Exception exception) when (Match(mappings, exception) is { } mapping)
            {
                return new MutationPayload(null, [mapping.Create(exception)]);
            }
        }));
    }

    private static MutationErrors.ErrorMapping? Match(List<MutationErrors.ErrorMapping> mappings, Exception exception) =>
        mappings.FirstOrDefault(m => m.Exception == exception.GetType()) ?? mappings.FirstOrDefault(m => m.Exception.IsInstanceOfType(exception));

    /// <summary>The value of a payload: the result, or the errors when the mutation failed with a declared exception.</summary>
    internal sealed record MutationPayload(object? Result, IReadOnlyList<object>? Errors);
}
