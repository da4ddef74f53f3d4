using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Housing.Admin.Resources;
using Housing.Domain.Common;
using Housing.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Housing.Admin.Areas.Admin.Pages.Account;

/// <summary>Staff sign-in with Identity: lockout after repeated failures, and only for staff roles (residents and vendors use the apps and the API).</summary>
public sealed class SignInModel(
    SignInManager<HousingUser> signInManager,
    IOptionsMonitor<CookieAuthenticationOptions> cookieOptions,
    IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public int IdleTimeoutMinutes =>
        (int)cookieOptions.Get(IdentityConstants.ApplicationScheme).ExpireTimeSpan.TotalMinutes;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
            return Page();
        var user = await signInManager.UserManager.FindByNameAsync(Input.UserName);
        if (user is null)
            return Refuse(text["SignIn_Invalid"]);
        var roles = await signInManager.UserManager.GetRolesAsync(user);
        var result = await signInManager.CheckPasswordSignInAsync(user, Input.Password, lockoutOnFailure: true);
        if (result.IsLockedOut && user.IsLockedByAdministrator())
            return Refuse(text["SignIn_LockedByAdministrator"]);
        if (result.IsLockedOut)
            return Refuse(string.Format(CultureInfo.CurrentCulture, text["SignIn_LockedOut"],
                IdentityExtensions.MaxFailedSignIns, MinutesLeft(user.LockoutEnd)));
        if (!result.Succeeded)
            return Refuse(text["SignIn_Invalid"]);
        if (!roles.Any(AdminExtensions.StaffRoles.Contains))
            return Refuse(text[roles.Contains(Roles.Vendor) ? "SignIn_Vendor" : "SignIn_NotStaff"]);
        await signInManager.SignInAsync(user, isPersistent: false);
        return Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : RedirectToPage("/Index");
    }

    /// <summary>
    /// Whole minutes until the lockout ends, rounded up (at least 1); the full lockout when its end is unknown. Read on the
    /// system clock, the one Identity sets and checks lockouts by.
    /// </summary>
    private static int MinutesLeft(DateTimeOffset? lockoutEnd)
    {
        var left = lockoutEnd is { } end ? end - TimeProvider.System.GetUtcNow() : IdentityExtensions.LockoutDuration;
        return Math.Max(1, (int)Math.Ceiling(left.TotalMinutes));
    }

    private PageResult Refuse(string message)
    {
        ModelState.AddModelError(string.Empty, message);
        return Page();
    }
}

public sealed class SignInInput
{
    [Required(ErrorMessage = "Required")]
    [Display(Name = "SignIn_UserName")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Required")]
    [DataType(DataType.Password)]
    [Display(Name = "SignIn_Password")]
    public string Password { get; set; } = "";
}
