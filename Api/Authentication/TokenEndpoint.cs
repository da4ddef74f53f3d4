using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Housing.Domain.Common;
using Housing.Infrastructure.Identity;
using Housing.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Housing.Api.Authentication;

/// <summary>
/// <c>POST /auth/token</c>: the OAuth 2.0 token endpoint of the embedded default. <c>client_credentials</c>
/// for registered API clients (RFC 6749 §4.4), <c>password</c> for users (§4.3, with Identity's lockout).
/// Errors use the OAuth codes of §5.2.
/// </summary>
public static class TokenEndpoint
{
    public const string Path = "/auth/token";

    public static IEndpointRouteBuilder MapTokenEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, IssueAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .WithTags("Authentication")
            .WithName("IssueToken")
            .WithSummary("Issue a bearer token")
            .WithDescription("grant_type=client_credentials (client_id, client_secret, optional scope) for registered partner apps, "
                             + "or grant_type=password (username, password) for users. Form-encoded or JSON; the client may also authenticate with HTTP Basic.")
            .Accepts<TokenRequest>("application/x-www-form-urlencoded", "application/json")
            .Produces<TokenResponse>()
            .Produces<TokenError>(StatusCodes.Status400BadRequest)
            .Produces<TokenError>(StatusCodes.Status401Unauthorized);
        return app;
    }

    private static async Task<IResult> IssueAsync(
        HttpContext http,
        HousingDbContext db,
        UserManager<HousingUser> users,
        SignInManager<HousingUser> signIn,
        BearerAccountCheck accounts,
        TokenIssuer issuer,
        CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.Pragma = "no-cache";
        var request = await ReadAsync(http.Request, ct);
        if (request is null)
            return Error("invalid_request", "Send the token request as application/x-www-form-urlencoded or application/json.");
        var (clientId, clientSecret, viaBasic) = ClientCredentialsOf(http.Request, request);
        switch (request.GrantType)
        {
            case null or "":
                return Error("invalid_request", "grant_type is required; supported are client_credentials and password.");
            case "client_credentials":
            {
                if (clientId is null || clientSecret is null)
                    return InvalidClient("client_id and client_secret are required for grant_type=client_credentials.", viaBasic);
                var client = await FindClientAsync(db, clientId, clientSecret, ct);
                if (client is null)
                    return InvalidClient("Unknown client, wrong secret or revoked client.", viaBasic);
                var scope = request.Scope ?? client.Scopes;
                var requested = scope.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var unknown = requested.Except(client.ScopeList, StringComparer.Ordinal).ToList();
                if (unknown.Count > 0)
                    return Error("invalid_scope", $"This client may ask for {client.Scopes}; not for {string.Join(' ', unknown)}.");
                Claim[] claims =
                [
                    new(HousingClaimTypes.UserId, client.Id.ToString()),
                    new(HousingClaimTypes.Name, client.Name),
                    new(HousingClaimTypes.ClientId, client.ClientId),
                    new(HousingClaimTypes.Role, Roles.ApiClient),
                ];
                return Success(issuer.Issue(claims, string.Join(' ', requested)));
            }
            case "password":
            {
                ApiClient? client = null;
                if (clientId is not null)
                {
                    client = clientSecret is null ? null : await FindClientAsync(db, clientId, clientSecret, ct);
                    if (client is null)
                        return InvalidClient("Unknown client, wrong secret or revoked client.", viaBasic);
                }
                if (string.IsNullOrEmpty(request.Username) || string.IsNullOrEmpty(request.Password))
                    return Error("invalid_request", "username and password are required for grant_type=password.");
                var user = await users.FindByNameAsync(request.Username);
                if (user is null)
                    return Error("invalid_grant", "Wrong user name or password.");
                var result = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
                if (result.IsLockedOut && user.IsLockedByAdministrator())
                    return Error("invalid_grant", "The account is locked by an administrator; ask a platform administrator to unlock it.");
                if (result.IsLockedOut)
                    return Error("invalid_grant", $"The account is locked after {IdentityExtensions.MaxFailedSignIns} failed sign-ins; try again after {user.LockoutEnd:u}.");
                if (!result.Succeeded)
                    return Error("invalid_grant", "Wrong user name or password.");
                var claims = await accounts.AccountClaimsAsync(user);
                if (client is not null)
                    claims.Add(new Claim(HousingClaimTypes.ClientId, client.ClientId));
                return Success(issuer.Issue(claims, request.Scope));
            }
            default:
                return Error("unsupported_grant_type", $"grant_type '{request.GrantType}' is not supported; use client_credentials or password.");
        }
    }

    private static async Task<ApiClient?> FindClientAsync(HousingDbContext db, string clientId, string secret, CancellationToken ct)
    {
        var client = await db.ApiClients.AsNoTracking().FirstOrDefaultAsync(c => c.ClientId == clientId, ct);
        return client is { IsRevoked: false } && client.VerifySecret(secret) ? client : null;
    }

    private static async Task<TokenRequest?> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            return new TokenRequest(form["grant_type"], form["client_id"], form["client_secret"], form["username"], form["password"], form["scope"]);
        }
        if (request.HasJsonContentType())
        {
            try
            {
                return await request.ReadFromJsonAsync<TokenRequest>(ct);
            }
            catch (JsonException)
            {
                return null;
            }
        }
        return null;
    }

    private static (string? Id, string? Secret, bool ViaBasic) ClientCredentialsOf(HttpRequest request, TokenRequest body)
    {
        if (AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            && header.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase) && header.Parameter is not null)
        {
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
                var colon = pair.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                    return (Uri.UnescapeDataString(pair[..colon]), Uri.UnescapeDataString(pair[(colon + 1)..]), true);
            }
            catch (FormatException)
            {
                return (null, null, true);
            }
        }
        return (NullIfEmpty(body.ClientId), NullIfEmpty(body.ClientSecret), false);
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static IResult Success(IssuedToken token) =>
        Results.Json(new TokenResponse(token.AccessToken, "Bearer", token.ExpiresInSeconds, NullIfEmpty(token.Scope)));

    private static IResult Error(string code, string description) =>
        Results.Json(new TokenError(code, description), statusCode: StatusCodes.Status400BadRequest);

    private static IResult InvalidClient(string description, bool viaBasic) => new InvalidClientResult(description, viaBasic);

    /// <summary>401 with a Basic challenge when the client used Basic (RFC 6749 §5.2).</summary>
    private sealed class InvalidClientResult(string description, bool viaBasic) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            if (viaBasic)
                httpContext.Response.Headers.WWWAuthenticate = "Basic realm=\"housing\"";
            return Results.Json(new TokenError("invalid_client", description), statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(httpContext);
        }
    }
}

/// <summary>The fields of a token request (RFC 6749 §4.3, §4.4).</summary>
public sealed record TokenRequest(
    [property: JsonPropertyName("grant_type")] string? GrantType,
    [property: JsonPropertyName("client_id")] string? ClientId,
    [property: JsonPropertyName("client_secret")] string? ClientSecret,
    [property: JsonPropertyName("username")] string? Username,
    [property: JsonPropertyName("password")] string? Password,
    [property: JsonPropertyName("scope")] string? Scope);

/// <summary>A successful token response (RFC 6749 §5.1).</summary>
public sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("scope"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Scope);

/// <summary>An error response (RFC 6749 §5.2).</summary>
public sealed record TokenError(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("error_description")] string ErrorDescription);
