using System.ComponentModel.DataAnnotations;
using Housing.Admin.Platform;
using Housing.Admin.Resources;
using Housing.Admin.Support;
using Housing.Domain.Common;
using Housing.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Housing.Admin.Areas.Admin.Pages.Platform.ApiClients;

/// <summary>
/// Registers a partner app. The secret appears once, in the answer to the post (never stored, never redirected through
/// the browser's history or a cookie); leaving the page loses it.
/// </summary>
public sealed class NewModel(ApiClientRegistry registry, ICurrentActor currentActor, IStringLocalizer<PlatformResource> text) : PageModel
{
    [BindProperty]
    public NewClientInput Input { get; set; } = new();

    /// <summary>The registered client and its secret, set only in the answer to a successful post.</summary>
    public (ApiClient Client, string Secret)? Registered { get; private set; }

    /// <summary>A new form offers the GraphQL API checked; a posted form has exactly the boxes left checked.</summary>
    public void OnGet() => Input.Scopes = [ApiScopes.GraphQL];

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return Page();
        try
        {
            Registered = await registry.RegisterAsync(currentActor.Require(), Input.ClientId, Input.Name, [.. Input.Scopes.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct()], ct);
            Response.Headers.CacheControl = "no-store";
        }
        catch (DomainException e) when (e.Code == "SCOPES_UNKNOWN")
        {
            ModelState.AddModelError("Input.Scopes", string.Format(text["Error_SCOPES_UNKNOWN"],
                string.Join(", ", ApiScopes.UnknownOf(Input.Scopes)), string.Join(", ", ApiScopes.All)));
        }
        catch (DomainException e) when (e is not NotFoundException and not ForbiddenException)
        {
            ModelState.AddDomainError(e.Code == "SCOPES_REQUIRED" ? "Input.Scopes" : "Input.ClientId", e, text);
        }
        return Page();
    }
}

[LocalizedBy(typeof(PlatformResource))]
public sealed class NewClientInput
{
    [Required(ErrorMessage = "Required")]
    [Display(Name = "Clients_ClientId")]
    public string ClientId { get; set; } = "";

    [Required(ErrorMessage = "Required")]
    [StringLength(100, ErrorMessage = "TooLong")]
    [Display(Name = "Clients_Name")]
    public string Name { get; set; } = "";

    /// <summary>The platform's scopes the client may ask for (<see cref="ApiScopes.All"/>), chosen by check boxes.</summary>
    public List<string> Scopes { get; set; } = [];
}
