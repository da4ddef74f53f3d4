using Housing.Admin.Platform;
using Housing.Admin.Support;
using Housing.Domain.Common;
using Housing.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Housing.Admin.Areas.Admin.Pages.Platform.Users;

/// <summary>Accounts searched by name and filtered by role, paged on the server.</summary>
public sealed class IndexModel(UserAccounts accounts, IHousingStore store, ICurrentActor currentActor) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<UserRow> Rows { get; private set; } = [];

    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var page = await PagedList<HousingUser>.ReadAsync(store, accounts.Search(currentActor.Require(), Search, Role), PageNumber, PageSize, ct);
        Rows = await accounts.RowsAsync(page.Items, ct);
        Pager = Pager.Of(page, Request);
    }
}
