using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Housing.Infrastructure.Identity;

/// <summary>
/// Re-checks a signed-in admin principal against its account on every request: the security stamp must still match (a lock
/// renews it) and the account must not be locked out now, else the session ends. A principal that passes is rebuilt from
/// the account for the request, so a role taken away is gone from the next request on.
/// </summary>
public sealed class HousingSecurityStampValidator(SignInManager<HousingUser> signInManager) : ISecurityStampValidator
{
    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var user = context.Principal is { } principal ? await signInManager.ValidateSecurityStampAsync(principal) : null;
        if (user is null || await signInManager.UserManager.IsLockedOutAsync(user))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
            return;
        }
        context.ReplacePrincipal(await signInManager.CreateUserPrincipalAsync(user));
    }
}
