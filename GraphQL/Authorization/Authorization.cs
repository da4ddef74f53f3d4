using System.Security.Claims;
using GraphQL.Error;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.AspNetCore.Authorization;

namespace GraphQL.Authorization;

/// <summary>An <c>@authorize</c>-style rule: an authenticated user, in one of <see cref="Roles"/> (when any) and satisfying <see cref="Policy"/> (when set).</summary>
/// <param name="Policy">The ASP.NET Core authorization policy to evaluate, or null.</param>
/// <param name="Roles">The roles of which the user needs one; empty for any authenticated user.</param>
public sealed record AuthorizeRule(string? Policy, IReadOnlyList<string> Roles);

/// <summary>
/// Authorization of types and fields against the request's <see cref="ClaimsPrincipal"/>: a denied field resolves to
/// null with an <c>AUTH_NOT_AUTHORIZED</c> (or <c>AUTH_NOT_AUTHENTICATED</c>) error, propagating as usual.
/// </summary>
public static class GraphQLAuthorization
{
    /// <summary>The error code for a request without an authenticated user.</summary>
    public const string NotAuthenticatedCode = "AUTH_NOT_AUTHENTICATED";

    /// <summary>The error code for a user the rules deny.</summary>
    public const string NotAuthorizedCode = "AUTH_NOT_AUTHORIZED";

    private const string RulesKey = "authorization.rules";

    /// <summary>Enforces the rules declared with <c>Authorize</c> on types and fields of the schema.</summary>
    public static SchemaBuilder AddAuthorization(this SchemaBuilder builder) => builder.UseField(next => context =>
    {
        var typeRules = context.ObjectType.GetMetadata<List<AuthorizeRule>>(RulesKey);
        var fieldRules = context.Field.GetMetadata<List<AuthorizeRule>>(RulesKey);
        return typeRules is null && fieldRules is null ? next(context) : AuthorizeAsync(context, typeRules, fieldRules, next);
    });

    /// <summary>Requires an authenticated user with one of <paramref name="roles"/> (any role when none) for every field of the type.</summary>
    public static ObjectTypeDescriptor<T> Authorize<T>(this ObjectTypeDescriptor<T> descriptor, params string[] roles) =>
        descriptor.Metadata(RulesKey, Append(descriptor.MetadataEntries.GetValueOrDefault(RulesKey), new AuthorizeRule(null, roles)));

    /// <summary>Requires an authenticated user satisfying <paramref name="policy"/> for every field of the type.</summary>
    public static ObjectTypeDescriptor<T> AuthorizePolicy<T>(this ObjectTypeDescriptor<T> descriptor, string policy) =>
        descriptor.Metadata(RulesKey, Append(descriptor.MetadataEntries.GetValueOrDefault(RulesKey), new AuthorizeRule(policy, [])));

    /// <summary>Requires an authenticated user with one of <paramref name="roles"/> (any role when none) for the field.</summary>
    public static FieldDescriptor Authorize(this FieldDescriptor descriptor, params string[] roles) =>
        descriptor.Metadata(RulesKey, Append(descriptor.MetadataEntries.GetValueOrDefault(RulesKey), new AuthorizeRule(null, roles)));

    /// <summary>Requires an authenticated user satisfying <paramref name="policy"/> for the field.</summary>
    public static FieldDescriptor AuthorizePolicy(this FieldDescriptor descriptor, string policy) =>
        descriptor.Metadata(RulesKey, Append(descriptor.MetadataEntries.GetValueOrDefault(RulesKey), new AuthorizeRule(policy, [])));

    /// <summary>The rules declared on a type or field (empty when it is open).</summary>
    public static IReadOnlyList<AuthorizeRule> RulesOf(SchemaElement element) =>
        element.GetMetadata<List<AuthorizeRule>>(RulesKey) ?? [];

    private static List<AuthorizeRule> Append(object? existing, AuthorizeRule rule) =>
        [.. existing as List<AuthorizeRule> ?? [], rule];

    private static async ValueTask<object?> AuthorizeAsync(
        IResolverContext context,
        List<AuthorizeRule>? typeRules,
        List<AuthorizeRule>? fieldRules,
        FieldResolver next)
    {
        var user = context.User;
        if (user?.Identity?.IsAuthenticated != true)
        {
            throw Denied("The current user is not authenticated.", NotAuthenticatedCode);
        }

        foreach (var rule in (typeRules ?? []).Concat(fieldRules ?? []))
        {
            if (!await SatisfiesAsync(context, user, rule).ConfigureAwait(false))
            {
                throw Denied("The current user is not authorized to access this resource.", NotAuthorizedCode);
            }
        }

        return await next(context).ConfigureAwait(false);
    }

    private static async ValueTask<bool> SatisfiesAsync(IResolverContext context, ClaimsPrincipal user, AuthorizeRule rule)
    {
        if (rule.Roles.Count > 0 && !rule.Roles.Any(user.IsInRole))
        {
            return false;
        }

        if (rule.Policy is null)
        {
            return true;
        }

        var service = context.RequestServices.GetService(typeof(IAuthorizationService)) as IAuthorizationService
            ?? throw new InvalidOperationException("Policy \"" + rule.Policy + "\" needs IAuthorizationService; call services.AddAuthorization().");
        var result = await service.AuthorizeAsync(user, context, rule.Policy).ConfigureAwait(false);
        return result.Succeeded;
    }

    private static GraphQLException Denied(string message, string code) =>
        new(new GraphQLError(message, extensions: new Dictionary<string, object?> { ["code"] = code }));
}
