using System.ComponentModel.DataAnnotations;
using Housing.Admin.Platform;
using Housing.Admin.Resources;
using Housing.Admin.Support;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Housing.Admin.Areas.Admin.Pages.Platform.Users;

/// <summary>Creates an account with its first password and roles.</summary>
public sealed class NewModel(UserAccounts accounts, ICurrentActor currentActor, IStringLocalizer<PlatformResource> text) : PageModel
{
    [BindProperty]
    public NewUserInput Input { get; set; } = new();

    public IReadOnlyList<Region> Districts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Districts = await accounts.DistrictsAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Districts = await accounts.DistrictsAsync(ct);
        if (Input.Roles.Count == 0)
            ModelState.AddModelError("Input.Roles", text["Error_ROLE_REQUIRED"]);
        if (!ModelState.IsValid)
            return Page();
        try
        {
            var (user, result) = await accounts.CreateAsync(currentActor.Require(), Input.UserName, Input.DisplayName, Input.Password, Input.Roles,
                Input.DistrictCode);
            if (result.Succeeded)
                return RedirectToPage("Details", new { id = user.Id });
            // A field shows one message: every rule the password breaks goes into it, not only the first.
            foreach (var field in result.Errors.GroupBy(e => e.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : "Input.UserName"))
                ModelState.AddModelError(field.Key, string.Join(" ", field.Select(error =>
                    text["Identity_" + error.Code] is { ResourceNotFound: false } localized ? localized.Value : error.Description)));
        }
        catch (DomainException e) when (e is not NotFoundException and not ForbiddenException)
        {
            ModelState.AddDomainError(e.Code is "DISTRICT_REQUIRED" or "UNKNOWN_DISTRICT" ? "Input.DistrictCode" : "Input.Roles", e, text);
        }
        return Page();
    }
}

[LocalizedBy(typeof(PlatformResource))]
public sealed class NewUserInput
{
    [Required(ErrorMessage = "Required")]
    [RegularExpression("^[A-Za-z0-9._@-]{3,50}$", ErrorMessage = "Users_UserNameRule")]
    [Display(Name = "Users_UserName")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Required")]
    [StringLength(100, ErrorMessage = "TooLong")]
    [Display(Name = "Users_DisplayName")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Required")]
    [DataType(DataType.Password)]
    [Display(Name = "Users_Password")]
    public string Password { get; set; } = "";

    public List<string> Roles { get; set; } = [];

    /// <summary>A district officer's district (sigungu code); required for that role, ignored for the others.</summary>
    public string? DistrictCode { get; set; }
}
