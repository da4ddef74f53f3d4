using Housing.Domain.Common;
using Housing.Infrastructure.Identity;

namespace Housing.Api.Authentication;

/// <summary><c>GET /auth/me</c>: lets a partner app check what its bearer token stands for.</summary>
public static class CallerEndpoint
{
    public const string Path = "/auth/me";

    public static IEndpointRouteBuilder MapCallerEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (ICurrentActor current) => Results.Ok(CallerOf(current.Require())))
            .RequireAuthorization()
            .WithTags("Authentication")
            .WithName("WhoAmI")
            .WithSummary("Who the bearer token speaks for")
            .WithDescription("The user or API client of the token, its roles and organisation links; 401 without a valid token.")
            .Produces<Caller>()
            .Produces(StatusCodes.Status401Unauthorized);
        return app;
    }

    private static Caller CallerOf(Actor actor) => new(
        actor.UserId, actor.Name, actor.RoleSet.Order(StringComparer.Ordinal).ToList(),
        actor.ComplexId, actor.ResidentId, actor.HouseholdId, actor.WelfareCenterId, actor.VendorId, actor.DistrictCode);
}

/// <summary>The caller of <c>/auth/me</c>.</summary>
public sealed record Caller(
    Guid Id, string Name, IReadOnlyList<string> Roles,
    Guid? ComplexId, Guid? ResidentId, Guid? HouseholdId, Guid? WelfareCenterId, Guid? VendorId, string? DistrictCode);
