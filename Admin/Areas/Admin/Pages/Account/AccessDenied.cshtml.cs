using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Housing.Admin.Areas.Admin.Pages.Account;

/// <summary>Shown with status 403 when a signed-in user opens a page their roles do not allow.</summary>
public sealed class AccessDeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status403Forbidden;
}
