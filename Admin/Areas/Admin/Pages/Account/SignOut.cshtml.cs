using Housing.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Housing.Admin.Areas.Admin.Pages.Account;

/// <summary>Signing out is a POST (with anti-forgery), so a link cannot sign anyone out.</summary>
public sealed class SignOutModel(SignInManager<HousingUser> signInManager) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signInManager.SignOutAsync();
        return RedirectToPage("/Account/SignIn");
    }
}
