using Microsoft.Extensions.Options;

namespace Housing.Api.Authentication;

/// <summary>Settings of <c>Authentication:Tokens</c>: the bearer tokens the platform issues itself at <c>/auth/token</c>.</summary>
public sealed class TokenOptions
{
    public const string Section = "Authentication:Tokens";

    public string Issuer { get; set; } = "housing-platform";

    public string Audience { get; set; } = "housing-api";

    public int LifetimeMinutes { get; set; } = 60;

    public TimeSpan Lifetime => TimeSpan.FromMinutes(LifetimeMinutes);
}

/// <summary>
/// Settings of <c>Authentication:External</c>, named as Microsoft.Identity.Web names them: when set, bearer
/// tokens from that issuer are trusted instead of the platform's own.
/// </summary>
public sealed class ExternalAuthorityOptions
{
    public const string Section = "Authentication:External";

    /// <summary>For example https://login.microsoftonline.com/.</summary>
    public string? Instance { get; set; }

    public string? TenantId { get; set; }

    /// <summary>The application (client) id registered for this API: the expected audience.</summary>
    public string? ClientId { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Instance) || !string.IsNullOrWhiteSpace(TenantId) || !string.IsNullOrWhiteSpace(ClientId);

    /// <summary>Instance plus tenant, with the v2.0 endpoint as Microsoft.Identity.Web uses it.</summary>
    public string Authority => $"{Instance!.TrimEnd('/')}/{TenantId}/v2.0";
}

/// <summary>Settings of <c>Authentication:Admin</c>: the staff sign-in cookie.</summary>
public sealed class AdminCookieOptions
{
    public const string Section = "Authentication:Admin";

    /// <summary>Signed-in staff are signed out after this many minutes without a request (sliding).</summary>
    public int IdleTimeoutMinutes { get; set; } = 30;
}

internal sealed class AuthenticationOptionsValidator :
    IValidateOptions<TokenOptions>, IValidateOptions<ExternalAuthorityOptions>, IValidateOptions<AdminCookieOptions>
{
    public ValidateOptionsResult Validate(string? name, TokenOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Issuer))
            failures.Add("Authentication:Tokens:Issuer must not be empty (default: housing-platform).");
        if (string.IsNullOrWhiteSpace(options.Audience))
            failures.Add("Authentication:Tokens:Audience must not be empty (default: housing-api).");
        if (options.LifetimeMinutes is < 1 or > 1440)
            failures.Add($"Authentication:Tokens:LifetimeMinutes is {options.LifetimeMinutes}; allowed is 1 to 1440 (default 60).");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public ValidateOptionsResult Validate(string? name, ExternalAuthorityOptions options)
    {
        if (!options.IsConfigured)
            return ValidateOptionsResult.Success;
        var failures = new List<string>();
        if (!Uri.TryCreate(options.Instance, UriKind.Absolute, out var instance) || instance.Scheme != Uri.UriSchemeHttps)
            failures.Add($"Authentication:External:Instance is '{options.Instance}'; it must be an https URL such as https://login.microsoftonline.com/.");
        if (string.IsNullOrWhiteSpace(options.TenantId))
            failures.Add("Authentication:External:TenantId is required when Authentication:External is configured (the directory's tenant id or domain).");
        if (string.IsNullOrWhiteSpace(options.ClientId))
            failures.Add("Authentication:External:ClientId is required when Authentication:External is configured (the API's application id, used as audience).");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public ValidateOptionsResult Validate(string? name, AdminCookieOptions options) =>
        options.IdleTimeoutMinutes is < 1 or > 720
            ? ValidateOptionsResult.Fail($"Authentication:Admin:IdleTimeoutMinutes is {options.IdleTimeoutMinutes}; allowed is 1 to 720 (default 30).")
            : ValidateOptionsResult.Success;
}
