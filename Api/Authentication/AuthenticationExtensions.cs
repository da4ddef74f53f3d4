using Housing.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Housing.Api.Authentication;

public static class AuthenticationExtensions
{
    /// <summary>Picks the admin cookie under /admin and the bearer token everywhere else.</summary>
    public const string Scheme = "Housing";

    public const string AdminPath = "/admin";

    /// <summary>
    /// Identity accounts, the staff cookie of the admin (sliding idle timeout), bearer tokens (the platform's own,
    /// or an external issuer's when <c>Authentication:External</c> is set) and the token issuer behind <c>/auth/token</c>.
    /// </summary>
    public static WebApplicationBuilder AddHousingAuthentication(this WebApplicationBuilder builder)
    {
        builder.AddHousingIdentity();
        var services = builder.Services;
        services.AddSingleton<AuthenticationOptionsValidator>();
        services.AddOptions<TokenOptions>().BindConfiguration(TokenOptions.Section).ValidateOnStart();
        services.AddOptions<ExternalAuthorityOptions>().BindConfiguration(ExternalAuthorityOptions.Section).ValidateOnStart();
        services.AddOptions<AdminCookieOptions>().BindConfiguration(AdminCookieOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TokenOptions>>(sp => sp.GetRequiredService<AuthenticationOptionsValidator>());
        services.AddSingleton<IValidateOptions<ExternalAuthorityOptions>>(sp => sp.GetRequiredService<AuthenticationOptionsValidator>());
        services.AddSingleton<IValidateOptions<AdminCookieOptions>>(sp => sp.GetRequiredService<AuthenticationOptionsValidator>());
        services.AddSingleton<SigningKeyStore>();
        services.AddSingleton<TokenIssuer>();
        services.AddScoped<BearerAccountCheck>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = Scheme;
                options.DefaultChallengeScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, "Admin cookie or bearer token", options =>
                options.ForwardDefaultSelector = context => context.Request.Path.StartsWithSegments(AdminPath)
                    ? IdentityConstants.ApplicationScheme
                    : JwtBearerDefaults.AuthenticationScheme)
            .AddCookie(IdentityConstants.ApplicationScheme)
            .AddJwtBearer();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<AdminCookieOptions>>((cookie, admin) =>
            {
                cookie.Cookie.Name = "housing.admin";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = TimeSpan.FromMinutes(admin.Value.IdleTimeoutMinutes);
                cookie.SlidingExpiration = true;
                cookie.LoginPath = AdminPath + "/Account/SignIn";
                cookie.LogoutPath = AdminPath + "/Account/SignOut";
                cookie.AccessDeniedPath = AdminPath + "/Account/AccessDenied";
                // Every request re-reads the account (HousingSecurityStampValidator): a lock ends open sessions, a role change applies at once.
                cookie.Events.OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync;
            });
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<TokenOptions>, IOptions<ExternalAuthorityOptions>, SigningKeyStore>(ConfigureBearer);
        services.AddAuthorization();
        services.AddHostedService<AuthenticationStartupReport>();
        return builder;
    }

    private static void ConfigureBearer(JwtBearerOptions jwt, IOptions<TokenOptions> tokens, IOptions<ExternalAuthorityOptions> external, SigningKeyStore keys)
    {
        jwt.MapInboundClaims = false;
        if (external.Value.IsConfigured)
        {
            var settings = external.Value;
            jwt.Authority = settings.Authority;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidAudiences = [settings.ClientId, $"api://{settings.ClientId}"],
                NameClaimType = HousingClaimTypes.Name,
                RoleClaimType = "roles",
            };
            return;
        }
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = tokens.Value.Issuer,
            ValidAudience = tokens.Value.Audience,
            IssuerSigningKeyResolver = (_, _, _, _) => [keys.Key],
            ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
            ClockSkew = TimeSpan.FromMinutes(1),
            NameClaimType = HousingClaimTypes.Name,
            RoleClaimType = HousingClaimTypes.Role,
        };
        // A token of this platform answers for its account on every request: locked, renewed or revoked ends it before expiry.
        jwt.Events = new JwtBearerEvents
        {
            OnTokenValidated = context => context.HttpContext.RequestServices.GetRequiredService<BearerAccountCheck>().ValidateAsync(context),
        };
    }

    /// <summary>Says at start which tokens the API trusts, so an operator sees a misconfiguration at once.</summary>
    private sealed class AuthenticationStartupReport(
        IOptions<ExternalAuthorityOptions> external,
        IOptions<TokenOptions> tokens,
        ILogger<AuthenticationStartupReport> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (external.Value.IsConfigured)
                logger.LogInformation(
                    "Bearer tokens: trusting the external issuer {Authority} for audience {Audience}; {TokenPath} is off",
                    external.Value.Authority, external.Value.ClientId, TokenEndpoint.Path);
            else
                logger.LogInformation(
                    "Bearer tokens: issued by this platform at {TokenPath} (issuer {Issuer}, audience {Audience})",
                    TokenEndpoint.Path, tokens.Value.Issuer, tokens.Value.Audience);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>The token endpoint (unless an external issuer is trusted instead) and <c>/auth/me</c>.</summary>
    public static WebApplication MapHousingAuthentication(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<ExternalAuthorityOptions>>().Value.IsConfigured)
            app.MapTokenEndpoint();
        app.MapCallerEndpoint();
        return app;
    }
}
