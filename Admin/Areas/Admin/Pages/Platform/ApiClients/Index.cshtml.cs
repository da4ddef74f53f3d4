using Housing.Admin.Platform;
using Housing.Admin.Support;
using Housing.Domain.Common;
using Housing.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Housing.Admin.Areas.Admin.Pages.Platform.ApiClients;

/// <summary>Registered partner apps, active first, paged on the server, each active one with a revoke button.</summary>
public sealed class IndexModel(ApiClientRegistry registry, IHousingStore store, ICurrentActor currentActor) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedList<ApiClient> Clients { get; private set; } = null!;

    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Clients = await PagedList<ApiClient>.ReadAsync(store, registry.List(currentActor.Require()), PageNumber, PageSize, ct);
        Pager = Pager.Of(Clients, Request);
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        await registry.RevokeAsync(currentActor.Require(), id, ct);
        return RedirectToPage(new { p = PageNumber });
    }
}
