using Housing.Domain.Common;
using Housing.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Housing.Admin.Areas.Admin.Pages;

/// <summary>The signed-in landing page: who you are and what you may do.</summary>
public sealed class IndexModel(ICurrentActor currentActor) : PageModel
{
    public string DisplayName { get; private set; } = "";

    public IReadOnlyList<string> Roles { get; private set; } = [];

    public void OnGet()
    {
        var actor = currentActor.Require();
        DisplayName = actor.Name;
        Roles = Domain.Common.Roles.All.Where(actor.IsIn).ToList();
    }
}
