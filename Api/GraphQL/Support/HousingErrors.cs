using GraphQL.Authorization;
using GraphQL.Conventions;
using GraphQL.Error;
using GraphQL.Relay;
using Housing.Domain.Common;

namespace Housing.Api.GraphQL.Support;

/// <summary>
/// The Domain's exceptions as the typed errors of mutation payloads, mapped once for the whole schema. A mutation lists
/// the exceptions it can raise: <c>field.UseMutationConvention(HousingErrors.Registry, "result", resolve, HousingErrors.Common)</c>.
/// </summary>
public static class HousingErrors
{
    public static MutationErrors Registry { get; } = new MutationErrors()
        .Map<DomainException, RuleViolationError>(e => new RuleViolationError(e.Message, e.Code))
        .Map<NotFoundException, NotFoundError>(e => new NotFoundError(ClientMessage(e), e.Entity))
        .Map<ForbiddenException, NotAllowedError>(e => new NotAllowedError(e.Message))
        .Map<ConcurrencyConflictException, ConcurrencyError>(e => new ConcurrencyError(e.Message));

    /// <summary>What nearly every mutation can meet: a broken rule, a missing or hidden entity, a refusal, a lost race.</summary>
    public static Type[] Common { get; } =
        [typeof(DomainException), typeof(NotFoundException), typeof(ForbiddenException), typeof(ConcurrencyConflictException)];

    /// <summary>
    /// Runs a query resolver's call into the Domain, its refusals becoming field errors with a code (a refusal is
    /// <c>AUTH_NOT_AUTHORIZED</c>, any other rule its own code such as <c>NOT_FOUND</c>) instead of a masked failure.
    /// </summary>
    public static async Task<T> AnsweringAsync<T>(Func<Task<T>> read)
    {
        try
        {
            return await read();
        }
        catch (ForbiddenException e)
        {
            throw FieldError(e.Message, GraphQLAuthorization.NotAuthorizedCode);
        }
        catch (NotFoundException e)
        {
            throw FieldError(ClientMessage(e), e.Code);
        }
        catch (DomainException e)
        {
            throw FieldError(e.Message, e.Code);
        }
    }

    /// <summary>
    /// A node the caller asked for by id (<c>node</c>, <c>nodes</c>): null when it does not exist or the caller may not see it,
    /// as every node of the schema answers (Relay's contract: a node one cannot fetch is null, and what one may not see is
    /// not told apart from what does not exist); other refusals as <see cref="AnsweringAsync{T}"/>.
    /// </summary>
    public static Task<T?> NodeAsync<T>(Func<Task<T>> read) where T : class =>
        AnsweringAsync<T?>(async () =>
        {
            try
            {
                return await read();
            }
            catch (Exception e) when (e is ForbiddenException or NotFoundException)
            {
                return null;
            }
        });

    /// <summary>
    /// What was not found, named as clients know it: a database key as the global id of its type (clients never see the
    /// bare keys), any other key (a global id, a code) as it was given.
    /// </summary>
    public static string ClientMessage(NotFoundException e)
    {
        if (e.Key is not Guid key) return e.Message;
        var typeName = TypeNames.GetValueOrDefault(e.Entity, e.Entity);
        return $"{typeName} '{GlobalId.Format(typeName, key)}' was not found.";
    }

    // The Domain's entities whose schema type has another name.
    private static readonly Dictionary<string, string> TypeNames = new() { ["CommonSpendingRequest"] = "CommonPointSpending" };

    /// <summary>A field error carrying <paramref name="code"/> in <c>extensions.code</c>.</summary>
    public static GraphQLException FieldError(string message, string code) =>
        new(new GraphQLError(message, extensions: new Dictionary<string, object?> { ["code"] = code }));
}

/// <summary>A business rule refused the change; <c>code</c> is stable (e.g. <c>INSUFFICIENT_POINTS</c>), the message says what is allowed.</summary>
public sealed record RuleViolationError(string Message, string Code);

/// <summary>The entity does not exist or the caller may not see it.</summary>
public sealed record NotFoundError(string Message, string Entity);

/// <summary>The caller may not do this.</summary>
public sealed record NotAllowedError(string Message);

/// <summary>Someone else changed the same thing first; reading it again and retrying may succeed.</summary>
public sealed record ConcurrencyError(string Message);
